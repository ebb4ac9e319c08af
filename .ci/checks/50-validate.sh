#!/usr/bin/env bash
# Validation check: jing (Debian, the reference) and `tei-edition validate` agree on valid/invalid
# for every TEI fixture; the committed edition and every fixture meant valid pass jing against
# tei_all; the edition also passes our embedded-Schematron and edition rules.
#
# A TEI fixture is tests/fixtures/**/*.xml whose root element is TEI or teiCorpus in the TEI
# namespace. Fixtures whose name starts with "invalid" or "hostile" are not meant valid
# (invalid-rng-* must be invalid for jing as well); all others must be valid. Files with a
# DOCTYPE are never handed to jing (hostile-input fixtures: jing would expand them). jing and
# tei-edition must agree on every file, meant valid or not.
set -euo pipefail
cd "$(dirname "$0")/../.."

schema="${TEI_ALL_RNG:-}"
if [ -z "$schema" ] || [ ! -f "$schema" ]; then
  echo "50-validate: TEI_ALL_RNG does not name tei_all.rng (got '${schema}')" >&2
  exit 1
fi
if ! command -v jing >/dev/null 2>&1; then
  echo "50-validate: jing is not installed (it is listed in .ci/apt-packages)" >&2
  exit 1
fi
[ -f dist/cli/main.js ] || npm run build:ts >/dev/null

node --input-type=module - "$schema" <<'EOF'
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';

const schema = process.argv[2];
const failures = [];
const say = (line) => process.stdout.write(`50-validate: ${line}\n`);

function* xmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* xmlFiles(path);
    else if (entry.name.endsWith('.xml')) yield path;
  }
}
const isTeiDocument = (text) =>
  !/<!DOCTYPE/.test(text) &&
  /^(?:\s|<\?[^]*?\?>|<!--[^]*?-->)*<(TEI|teiCorpus)\b[^>]*\bxmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/.test(text.replace(/^\uFEFF/, ''));

const fixtures = [...xmlFiles('tests/fixtures')].filter((f) => isTeiDocument(readFileSync(f, 'utf8'))).sort();
const edition = existsSync('tei/red-book.xml') ? ['tei/red-book.xml'] : [];
const files = [...edition, ...fixtures];
say(`${fixtures.length} TEI fixtures${edition.length ? ' and tei/red-book.xml' : ' (tei/red-book.xml not built yet)'}`);

// jing: one call for all files; a file is invalid when jing prints an error or fatal line for it.
const jing = spawnSync('jing', [schema, ...files.map((f) => resolve(f))], { encoding: 'utf8' });
const jingLines = `${jing.stdout}\n${jing.stderr}`.split('\n');
const jingInvalid = (f) => jingLines.some((l) => l.startsWith(`${resolve(f)}:`) && / (error|fatal): /.test(l));

// ours, with --rules none (what jing checks: RELAX NG and xml:ids).
const ours = spawnSync(process.execPath, ['bin/tei-edition.js', 'validate', '--schema', schema, '--rules', 'none', '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (ours.status !== 0 && ours.status !== 1) {
  process.stderr.write(ours.stderr);
  throw new Error(`tei-edition validate exited ${ours.status}`);
}
const report = JSON.parse(ours.stdout);
const oursInvalid = new Map(report.files.map((r) => [resolve(r.file), !r.valid]));

for (const f of files) {
  const name = basename(f);
  const j = jingInvalid(f);
  const o = oursInvalid.get(resolve(f));
  if (o !== j) failures.push(`${f}: jing says ${j ? 'invalid' : 'valid'}, tei-edition says ${o ? 'invalid' : 'valid'}`);
  const meantInvalidForJing = name.startsWith('invalid-rng-');
  const meantValid = !/^(invalid|hostile)/.test(name);
  if (meantValid && j) failures.push(`${f}: meant valid, but jing reports:\n  ${jingLines.filter((l) => l.startsWith(`${resolve(f)}:`)).join('\n  ')}`);
  if (meantInvalidForJing && !j) failures.push(`${f}: meant invalid, but jing accepts it`);
}

// The edition must also pass the embedded Schematron and the edition rules.
if (edition.length) {
  const full = spawnSync(process.execPath, ['bin/tei-edition.js', 'validate', '--schema', schema, '--rules', 'all', ...edition], { encoding: 'utf8' });
  if (full.status !== 0) failures.push(`tei/red-book.xml fails the Schematron or edition rules:\n${full.stderr}`);
}

if (failures.length) {
  for (const f of failures) process.stderr.write(`50-validate: FAIL ${f}\n`);
  process.exit(1);
}
say(`jing and tei-edition agree on all ${files.length} files; every file meant valid is valid`);
EOF
