import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeWitness, firstInvalidUtf8 } from '../../src/ingest/decode.js';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeWitness', () => {
  it('refuses an empty file', () => {
    const d = decodeWitness(new Uint8Array(), 'w.txt');
    expect(d.diagnostics).toMatchObject([{ severity: 'error', rule: 'ingest-empty', file: 'w.txt' }]);
  });

  it('refuses a binary file and names the NUL byte', () => {
    const d = decodeWitness(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x01), 'archive.txt');
    expect(d.diagnostics[0]).toMatchObject({ rule: 'ingest-binary' });
    expect(d.diagnostics[0]!.message).toContain('byte offset 4');
  });

  it('names the byte offset, line and column of invalid UTF-8', () => {
    const d = decodeWitness(new Uint8Array([...utf8('first line\nsé'), 0xff, ...utf8('x')]), 'latin1.txt');
    expect(d.diagnostics).toHaveLength(1);
    expect(d.diagnostics[0]).toMatchObject({ rule: 'ingest-invalid-utf8', line: 2, column: 3 });
    expect(d.diagnostics[0]!.message).toContain('byte offset 14');
    expect(d.diagnostics[0]!.hint).toMatch(/UTF-8/);
  });

  it('rejects overlong forms and encoded surrogates', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(utf8('“Remove Stalin” — é · 𝄞'))).toBe(-1);
  });

  it('agrees with the platform decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(b) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('removes a BOM and turns CRLF into LF, remembering both', () => {
    const d = decodeWitness(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\r\n')]), 'w.txt');
    expect(d.diagnostics).toEqual([]);
    expect(d.text).toBe('a\nb\n');
    expect(d.hadBom).toBe(true);
    expect(d.lineEnding).toBe('crlf');
  });

  it('refuses a lone carriage return and control characters XML cannot carry, with their place', () => {
    const d = decodeWitness(utf8('ok\nbad\u0001here\nx\ry'), 'ctl.txt');
    expect(d.diagnostics.map((x) => [x.rule, x.line, x.column])).toEqual(
      expect.arrayContaining([
        ['ingest-control-char', 2, 4],
        ['ingest-lone-cr', 3, 2],
      ]),
    );
  });

  it('refuses a file that mixes CRLF and LF alone, which it could not give back byte for byte', () => {
    const d = decodeWitness(utf8('It was on a dreary night of November\r\nthat I beheld the accomplishment\nof my toils.\r\n'), 'mixed.txt');
    expect(d.diagnostics).toMatchObject([{ severity: 'error', rule: 'ingest-mixed-line-endings', line: 2, column: 33 }]);
    expect(d.diagnostics[0]!.message).toBe('mixed line endings: CRLF (first at line 1) and LF alone (first at line 2)');
    expect(decodeWitness(utf8('one\r\ntwo\r\n'), 'dos.txt').diagnostics).toEqual([]);
  });

  it('warns about C1 controls but keeps the text', () => {
    const d = decodeWitness(utf8('smart\u0093quote'), 'c1.txt');
    expect(d.diagnostics).toMatchObject([{ severity: 'warning', rule: 'ingest-c1-control', line: 1, column: 6 }]);
    expect(d.text).toBe('smart\u0093quote');
  });
});
