// Issue 11, "Done when": a third book nothing in the toolkit was tuned on (Shakespeare's Sonnets
// I–III as two Project Gutenberg etexts lay them out, tests/fixtures/third-book/SOURCES.md) builds
// from the data `init` writes and nothing else: no overrides, no rules file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldEdition } from '../../src/init/scaffold.js';
import { buildEdition } from '../../src/pipeline/build.js';
import { extractWitness } from '../../src/tei/extract.js';
import { checkEditionRules } from '../../src/validate/edition/check.js';
import { repoRoot } from '../helpers/edition-dir.js';

const fixtures = join(repoRoot, 'tests/fixtures/third-book');
const files = { '1041': 'sonnets-1041.txt', '100': 'sonnets-100.txt' } as const;
const bytes = (siglum: keyof typeof files) => readFileSync(join(fixtures, files[siglum]));

describe('a third book from data alone: two versions of three sonnets', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'third-book-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const scaffold = scaffoldEdition({
    title: 'Sonnets I–III',
    author: 'William Shakespeare',
    witnesses: (['1041', '100'] as const).map((siglum) => ({ siglum, fileName: files[siglum], bytes: bytes(siglum) })),
    date: '2026-12-06',
  });
  for (const [path, content] of scaffold.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const built = await buildEdition(join(dir, scaffold.configFile), { cwd: dir, write: false, only: ['tei'] });
  const { tei } = built;

  it('builds with no error and passes its own rules', () => {
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checkEditionRules(tei, 'sonnets.xml').filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('makes each number line a head, also where it stands right above the poem, and ids that say where the witness id ends', () => {
    const divs = [...tei.matchAll(/<div type="chapter" n="(\d+)"[^>]*>\s*<head xml:id="([^"]+)">/gu)].map((m) => [m[1], m[2]]);
    expect(divs).toEqual([
      ['1', 'head-wit-1041-1'],
      ['2', 'head-wit-1041-18'],
      ['3', 'head-wit-1041-35'],
    ]);
    // "II" and "2" are the same number written otherwise; each witness's indentation stays its own.
    expect(tei).toMatch(/<lb edRef="#wit-1041" n="18" rend="indent-2"\/><lb edRef="#wit-100" n="18" rend="indent-21"\/><app [^>]*type="orthographic">\s*<lem wit="#wit-1041">II<\/lem>\s*<rdg wit="#wit-100" type="orthographic">2<\/rdg>/u);
    // No number is left inside the text of a poem.
    expect(tei).not.toMatch(/<l [^>]*>(?:<[^>]+>)*\s*\d+\s*</u);
  });

  it('makes each sonnet a line group of fourteen lines', () => {
    const groups = [...tei.matchAll(/<lg [^>]*>([\s\S]*?)<\/lg>/gu)];
    expect(groups).toHaveLength(3);
    for (const g of groups) expect(g[1]!.match(/<l xml:id=/gu)).toHaveLength(14);
  });

  it('records no spacing as a variant: indentation and spaces at line ends are each witness’s layout', () => {
    expect(tei).not.toContain('type="whitespace"');
    expect(tei).toContain('<lb edRef="#wit-100" n="22" rend="indent-2 trailing-2"/>');
    expect(tei).toMatch(/<app [^>]*type="orthographic">\s*<lem wit="#wit-1041"> tatter'd <\/lem>\s*<rdg wit="#wit-100" type="orthographic"> tattered <\/rdg>/u);
  });

  it('gives both witnesses back byte for byte, the one with a BOM and CRLF line ends too', () => {
    expect(tei).toContain('<note type="encoding" subtype="bom-crlf">');
    for (const siglum of ['1041', '100'] as const) {
      expect(Buffer.from(extractWitness(tei, siglum), 'utf8').equals(bytes(siglum))).toBe(true);
    }
  });
});
