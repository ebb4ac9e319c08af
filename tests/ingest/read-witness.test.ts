import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../src/diagnostics/index.js';
import { readWitness } from '../../src/ingest/read-witness.js';

const source = { siglum: 'B', id: 'B', title: 'B', provenance: 'test' };
const refusal = (path: string, file: string): unknown => {
  try {
    readWitness(source, { path, file, source: file, maxBytes: 1024 });
  } catch (err) {
    expect(err).toBeInstanceOf(EditionError);
    return (err as EditionError).diagnostics;
  }
  return expect.unreachable();
};

describe('readWitness names the witness and its file when it cannot read it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-witness-'));
  mkdirSync(join(dir, 'a'));

  it('a folder: no bare EISDIR, but the siglum, the path as the config writes it and what to do', () => {
    expect(refusal(join(dir, 'a'), 'witnesses/a')).toEqual([
      expect.objectContaining({
        rule: 'ingest-unreadable',
        file: 'witnesses/a',
        message: 'witness B (named "witnesses/a" in the config) is a folder, not a file',
        hint: expect.stringContaining('name the witness file inside it'),
      }),
    ]);
  });

  it('a missing file: the reason in words', () => {
    expect(refusal(join(dir, 'none.txt'), 'witnesses/none.txt')).toEqual([
      expect.objectContaining({ rule: 'ingest-unreadable', file: 'witnesses/none.txt', message: 'cannot read witness B (named "witnesses/none.txt" in the config): it does not exist (ENOENT)' }),
    ]);
  });

  it('a UTF-16 file: the encoding, not "binary"', () => {
    writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Some text.\n', 'utf16le')]));
    expect(refusal(join(dir, 'u16.txt'), 'witnesses/u16.txt')).toEqual([
      expect.objectContaining({ rule: 'ingest-not-utf8', file: 'witnesses/u16.txt', message: 'the witness is UTF-16 (little endian), not UTF-8 (byte-order mark FF FE)' }),
    ]);
  });
});
