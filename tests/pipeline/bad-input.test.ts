import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';
import { extractWitness } from '../../src/tei/extract.js';
import { jingAvailable, jingErrors, schemaMissing, teiAllSchema } from '../helpers/schema.js';

const schema = teiAllSchema();
const canValidate = schema !== undefined && jingAvailable();

/** Builds an edition from one witness and reports what happened. */
async function attempt(content: string | Uint8Array) {
  const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content }] });
  const r = await runCli(['build'], dir);
  const out = join(dir, 'out/edition.xml');
  return { ...r, dir, out, tei: existsSync(out) ? readFileSync(out, 'utf8') : undefined };
}

const expectCleanFailure = (r: Awaited<ReturnType<typeof attempt>>, rule: string, place: RegExp) => {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(place);
  expect(r.stderr).toContain(rule);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.tei).toBeUndefined();
  expect(existsSync(join(r.dir, 'out')) ? readdirSync(join(r.dir, 'out')) : []).toEqual([]);
};

const expectEdition = (r: Awaited<ReturnType<typeof attempt>>, witness: string) => {
  expect(r.code).toBe(0);
  expect(r.tei).toBeDefined();
  expect(extractWitness(r.tei!, 'A')).toBe(witness);
  if (canValidate) expect(jingErrors(r.tei!, schema!)).toEqual([]);
};

describe('bad input gives a valid edition or a clear error, never a crash or a partial file', () => {
  it('an empty file', async () => expectCleanFailure(await attempt(''), 'ingest:ingest-empty', /^witnesses\/A\.txt error the witness is empty/m));

  it('a binary file', async () =>
    expectCleanFailure(await attempt(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), 'ingest:ingest-binary', /^witnesses\/A\.txt error .*binary/m));

  it('invalid UTF-8, with line, column and byte offset', async () =>
    expectCleanFailure(
      await attempt(new Uint8Array([...new TextEncoder().encode('Line one.\nCaf'), 0xe9, 0x20, 0x61])),
      'ingest:ingest-invalid-utf8',
      /^witnesses\/A\.txt:2:4 error invalid UTF-8 at byte offset 13/m,
    ));

  it('control characters, with their place', async () =>
    expectCleanFailure(await attempt('Fine line.\n\nA bell \u0007 rings.'), 'ingest:ingest-control-char', /^witnesses\/A\.txt:3:8 error control character U\+0007/m));

  it('a BOM: read past, recorded in the header, given back with the rest', async () => {
    const r = await attempt('\uFEFFA text with a byte order mark.\n');
    expectEdition(r, '\uFEFFA text with a byte order mark.\n');
    expect(r.tei).toContain('<note type="encoding" subtype="bom">');
  });

  it('CRLF line ends: read as lines, recorded in the header, given back as CRLF', async () => {
    const r = await attempt('First paragraph.\r\n\r\nSecond paragraph.\r\n');
    expectEdition(r, 'First paragraph.\r\n\r\nSecond paragraph.\r\n');
    expect(r.tei).toContain('<note type="encoding" subtype="crlf">');
  });

  it('markup-like text stays text: <, &, ]]>, entities, a script tag, javascript:', async () => {
    const text = 'Tags <p> and <script>alert(1)</script> & "quotes" \'too\'.\n\nA CDATA end ]]> and &amp; and &#x41; and javascript:alert(1).\n';
    const r = await attempt(text);
    expectEdition(r, text);
    expect(r.tei).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.tei).toContain(']]&gt;');
    expect(r.tei).toContain('&amp;amp;');
  });

  it('a marker without a note: kept as text, with a warning at its place', async () => {
    const text = 'Cites a note [3] that is missing.\n';
    const r = await attempt(text);
    expectEdition(r, text);
    expect(r.stderr).toMatch(/^witnesses\/A\.txt:1:14 warning note marker \[3\] has no note/m);
  });

  it('a note without a marker: kept at the end of its chapter, with a warning', async () => {
    const text = 'Cites nothing.\n\n\n[2] A note nobody cites.';
    const r = await attempt(text);
    expectEdition(r, text);
    expect(r.stderr).toMatch(/^witnesses\/A\.txt:4:1 warning note \[2\] is not cited/m);
    expect(r.tei).toContain('subtype="unanchored"');
  });

  it('two notes with one number: an error naming both', async () =>
    expectCleanFailure(await attempt('Cites [1].\n\n\n[1] One.\n\n[1] Two.'), 'structure:note-duplicate-number', /^witnesses\/A\.txt:6:1 error two notes numbered \[1\].*line 4/m));

  it('a failed build leaves the previous edition untouched', async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: '' }] });
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/edition.xml'), 'previous edition');
    const r = await runCli(['build'], dir);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'out/edition.xml'), 'utf8')).toBe('previous edition');
    expect(readdirSync(join(dir, 'out'))).toEqual(['edition.xml']);
  });

  it('a 50 MB witness is refused before it is read, with what to do', async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: '' }] });
    const fd = openSync(join(dir, 'witnesses/A.txt'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = await runCli(['build'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^witnesses\/A\.txt error witness A has 52428800 bytes, more than the limit of \d+ \(raise limits\.maxWitnessBytes/m);
    expect(existsSync(join(dir, 'out/edition.xml'))).toBe(false);
  });
});

describe.skipIf(!canValidate)(`edition validity (${canValidate ? 'jing + tei_all' : `skipped: ${schema ? 'jing not installed' : schemaMissing}`})`, () => {
  it('the committed edition is valid against tei_all', () => {
    const tei = readFileSync(join(repoRoot, 'tei/red-book.xml'), 'utf8');
    expect(jingErrors(tei, schema!)).toEqual([]);
  });
});
