import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../src/diagnostics/index.js';
import type { EditionInput } from '../../src/pipeline/memory.js';
import { buildEdition } from '../../src/pipeline/build.js';
import { extractWitness } from '../../src/tei/extract.js';
import { repoRoot } from '../helpers/edition-dir.js';

const header = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8')) as EditionInput['header'];
const fixture = (year: string) => readFileSync(join(repoRoot, 'tests/fixtures/frankenstein', `frankenstein-${year}.txt`), 'utf8');
const persons = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>
  <person xml:id="clerval"><persName type="reg">Henry Clerval</persName><persName type="form">Clerval</persName></person>
</listPerson></standOff></TEI>`;

describe('the library API builds an edition held in memory', () => {
  it('returns the TEI and every rendered file, and writes nothing (run in an empty folder, with an empty temporary folder)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'api-cwd-'));
    const tmp = mkdtempSync(join(tmpdir(), 'api-tmp-'));
    // A separate process, so that its working and temporary folders are ours to inspect.
    const script = `
      import { buildEdition } from ${JSON.stringify(join(repoRoot, 'dist/index.js'))};
      const input = JSON.parse(process.argv[1]);
      const r = await buildEdition(input);
      const files = [...r.files].map(([path, bytes]) => [path, bytes.length, Buffer.from(bytes.slice(0, 5)).toString('latin1')]);
      process.stdout.write(JSON.stringify({ tei: r.tei, files, written: r.written, errors: r.diagnostics.filter((d) => d.severity === 'error') }));
    `;
    const input = {
      id: 'frankenstein',
      witnesses: [
        { siglum: '1818', text: fixture('1818') },
        { siglum: '1831', text: fixture('1831') },
      ],
      header,
      registers: { persons },
    };
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(input)], {
      cwd,
      env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { tei: string; files: [string, number, string][]; written: string[]; errors: unknown[] };
    expect(out.errors).toEqual([]);
    expect(out.written).toEqual([]);
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    const files = new Map(out.files.map(([p, n, head]) => [p, { n, head }]));
    expect(files.get('frankenstein.pdf')?.head).toBe('%PDF-');
    expect(files.get('html/index.html')?.n).toBeGreaterThan(0);
    expect([...files.keys()].some((p) => /^html\/.+\.html$/u.test(p) && p !== 'html/index.html')).toBe(true);
    expect(files.get('review.md')?.n).toBeGreaterThan(0);
    expect(files.get('review.json')?.n).toBeGreaterThan(0);
    // The register given as text is used: Clerval is linked.
    expect(out.tei).toContain('<persName ref="#clerval">Clerval</persName>');
    expect(extractWitness(out.tei, '1831')).toBe(fixture('1831'));
  });

  it('renders the outputs asked for only', async () => {
    const r = await buildEdition({ id: 'frankenstein', witnesses: [{ siglum: '1818', text: fixture('1818') }], header }, { only: ['tei', 'review'] });
    expect([...r.files.keys()].sort()).toEqual(['review.json', 'review.md']);
    expect(r.written).toEqual([]);
  });

  it('accepts bytes as well as strings, and reports bad input as an EditionError naming the key', async () => {
    const r = await buildEdition({ witnesses: [{ siglum: 'Ms. B', text: new TextEncoder().encode(fixture('1818')) }], header }, { only: ['tei'] });
    expect(r.tei).toContain('<witness xml:id="Ms-B" n="Ms. B">');
    expect(r.files.size).toBe(0);
    await expect(buildEdition({ witnesses: [], header }, { only: ['tei'] })).rejects.toThrow(EditionError);
    const bad = await buildEdition({ witnesses: [{ siglum: 'A', text: new Uint8Array([0x41, 0xff, 0x0a]) }], header }, { only: ['tei'] }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(EditionError);
    expect((bad as EditionError).diagnostics.map((d) => [d.file, d.rule])).toContainEqual(['A', expect.stringMatching(/^ingest-/u)]);
  });

  it('refuses an edition that breaks the rules an editor adds, and says which', async () => {
    const rules = `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <pattern id="p"><rule context="tei:div[@type='chapter']"><assert id="no-chapters" test="false()">no chapter allowed</assert></rule></pattern></schema>`;
    const err = await buildEdition({ witnesses: [{ siglum: 'A', text: fixture('1818') }], header, rules: [{ text: rules, file: 'mine.sch' }] }, { only: ['tei'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EditionError);
    expect((err as EditionError).diagnostics.map((d) => d.rule)).toEqual(['no-chapters', 'no-chapters', 'build-refused']);
  });
});
