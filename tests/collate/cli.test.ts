// The `collate` command: outputs, usage errors (exit 2) and bad input (exit 1, file:line:col).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { defaultSiglum } from '../../src/cli/commands/collate.js';
import { parseTei, elements, readingsOf } from './tei-reader.js';
import { repoRoot } from './schema.js';

let dir: string;
const write = (name: string, content: string | Uint8Array): string => {
  writeFileSync(join(dir, name), content);
  return name;
};

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'tei-edition', 'collate', ...args], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'collate-cli-'));
  write('a.txt', 'the black cat');
  write('b.txt', 'the white and black cat');
  write('c.txt', 'the black cat\n');
  mkdirSync(join(dir, 'folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tei-edition collate', () => {
  it('writes a TEI document by default, with sigla A, B, C', async () => {
    const r = await cli('a.txt', 'b.txt', 'c.txt');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = parseTei(r.stdout);
    expect(elements(doc, 'witness').map((w) => w.textContent)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const app = elements(doc, 'app')[0]!;
    expect(readingsOf(app).map((x) => [x.localName, x.getAttribute('wit'), x.textContent])).toEqual([
      ['lem', '#A #C', ''],
      ['rdg', '#B', 'white and '],
    ]);
  });

  it('writes a table and JSON, with the sigla given', async () => {
    const table = await cli('a.txt', 'b.txt', '--sigla', 'X,Y', '--format', 'table');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('addition');
    expect(table.stdout.split('\n').find((l) => l.startsWith('Y'))).toMatch(/^Y\s+│ the │ white and │ black cat$/);
    const json = await cli('a.txt', 'b.txt', '-f', 'json');
    const value = JSON.parse(json.stdout);
    expect(value.witnesses.map((w: { siglum: string }) => w.siglum)).toEqual(['A', 'B']);
    expect(value.table).toEqual([[0, 0], [null, 1], [null, 2], [1, 3], [2, 4]]);
  });

  it('writes to a file with --out', async () => {
    const r = await cli('a.txt', 'b.txt', '-o', 'out.xml');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('wrote out.xml\n');
    expect(readFileSync(join(dir, 'out.xml'), 'utf8')).toContain('<variantEncoding method="parallel-segmentation" location="internal"/>');
  });

  it('the normalisation switches change what counts as the same word', async () => {
    write('upper.txt', 'The Black cat');
    const folded = await cli('a.txt', 'upper.txt', '-f', 'json');
    expect(JSON.parse(folded.stdout).places.filter((p: { kind: string }) => p.kind === 'variant').map((p: { type: string }) => p.type)).toEqual(['case']);
    const strict = await cli('a.txt', 'upper.txt', '-f', 'json', '--case-sensitive');
    const value = JSON.parse(strict.stdout);
    expect(value.options.normalize.case).toBe(false);
    expect(value.witnesses[1].norm).toEqual({});
    expect(JSON.parse(folded.stdout).witnesses[1].norm).toEqual({ 0: 'the', 1: 'black' });
  });

  it('bad usage exits with 2 and says what to do', async () => {
    const one = await cli('a.txt');
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('at least two witness files');
    const mismatch = await cli('a.txt', 'b.txt', '--sigla', 'A,B,C');
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('--sigla names 3 sigla for 2 files');
    const badSiglum = await cli('a.txt', 'b.txt', '--sigla', 'A,2B');
    expect(badSiglum.code).toBe(2);
    expect(badSiglum.stderr).toContain('siglum "2B" is not an XML name');
    const twice = await cli('a.txt', 'b.txt', '--sigla', 'A,A');
    expect(twice.code).toBe(2);
    const format = await cli('a.txt', 'b.txt', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are tei, table, json');
    const base = await cli('a.txt', 'b.txt', '--base', 'Q');
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('--base Q is not one of the sigla (A, B)');
  });

  it('bad input exits with 1 and names every bad file, with line and column where it applies', async () => {
    write('empty.txt', '');
    write('binary.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    write('latin1.txt', new Uint8Array([...Buffer.from('first line\nna'), 0xef, 0x76, 0x65]));
    write('blank.txt', ' \n\n  ');
    const r = await cli('a.txt', 'missing.txt', 'empty.txt', 'binary.bin', 'latin1.txt', 'blank.txt', 'folder');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(r.stderr).toMatch(/^missing\.txt error the witness file was not found .* collate:collate-file-missing$/m);
    expect(r.stderr).toMatch(/^empty\.txt error the witness is empty .* ingest:ingest-empty$/m);
    expect(r.stderr).toMatch(/^binary\.bin error the witness looks like a binary file .* ingest:ingest-binary$/m);
    expect(r.stderr).toMatch(/^latin1\.txt:2:3 error invalid UTF-8 at byte offset 13 \(byte 0xef\) .* ingest:ingest-invalid-utf8$/m);
    expect(r.stderr).toMatch(/^blank\.txt error the witness has no text to collate .* collate:collate-no-tokens$/m);
    expect(r.stderr).toMatch(/^folder error the witness is a directory, not a text file .* collate:collate-not-a-file$/m);
  });

  it('collates the edition’s two witnesses', async () => {
    const a = join(repoRoot, 'witnesses/red-book-part2-sph-compilation.txt');
    const b = join(repoRoot, 'witnesses/red-book-ch11-etol.txt');
    const r = await cli(a, b, '--format', 'table', '--width', '120');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Last updated on: 13.2.2005');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('takes a regularisation table, classes to hide and the minimum anchor; a bad table is an error at its place', async () => {
    write('aye.txt', 'Aye, and the window-shutters were shut.');
    write('ay.txt', 'Ay and the window shutters were shut.');
    write('regular.json', '{\n  // archaic spellings\n  "Aye": "ay"\n}');
    const plain = JSON.parse((await cli('aye.txt', 'ay.txt', '-f', 'json')).stdout);
    expect(plain.places.map((p: { type: string }) => p.type)).toEqual(['substantive', 'punctuation', 'hyphenation']);
    const regular = JSON.parse((await cli('aye.txt', 'ay.txt', '-f', 'json', '--regularize', 'regular.json')).stdout);
    expect(regular.places.map((p: { type: string }) => p.type)).toEqual(['orthographic', 'punctuation', 'hyphenation']);
    const table = (await cli('aye.txt', 'ay.txt', '-f', 'table', '--hide', 'punctuation,hyphenation')).stdout;
    expect(table).toContain('hidden: punctuation, hyphenation');
    expect(table).not.toMatch(/│ punctuation|│ hyphenation/);
    write('bad.json', '{ "Aye": 3 }');
    const bad = await cli('aye.txt', 'ay.txt', '--regularize', 'bad.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.json:1:\d+ error /m);
    const hide = await cli('aye.txt', 'ay.txt', '--hide', 'spelling');
    expect(hide.code).toBe(2);
    expect(hide.stderr).toContain('"spelling" is not a variant class');
    expect((await cli('aye.txt', 'ay.txt', '--min-anchor', '-1')).code).toBe(2);
  });

  it('names sigla A…Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(defaultSiglum)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
