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

  describe('says a UTF-16 or UTF-32 witness is one, with the command that converts it, instead of calling it binary', () => {
    const text = 'Chapter 1\n\nIt was a dark and stormy night; the rain fell in torrents.\n';
    const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
    const swap = (b: Uint8Array) => b.map((_, i) => b[i % 2 === 0 ? i + 1 : i - 1]!);
    const utf32le = (s: string) => new Uint8Array([...s].flatMap((c) => [c.codePointAt(0)! & 0xff, c.codePointAt(0)! >> 8, 0, 0]));
    it.each([
      ['UTF-16LE with a byte-order mark', new Uint8Array([0xff, 0xfe, ...utf16le(text)]), 'UTF-16 (little endian)', 'byte-order mark FF FE', 'UTF-16'],
      ['UTF-16BE with a byte-order mark', new Uint8Array([0xfe, 0xff, ...swap(utf16le(text))]), 'UTF-16 (big endian)', 'byte-order mark FE FF', 'UTF-16'],
      ['UTF-16LE without one', utf16le(text), 'UTF-16 (little endian)', 'no byte-order mark, but a NUL byte after every character byte', 'UTF-16LE'],
      ['UTF-16BE without one', swap(utf16le(text)), 'UTF-16 (big endian)', 'no byte-order mark, but a NUL byte before every character byte', 'UTF-16BE'],
      ['UTF-16LE of non-Latin text with a byte-order mark (no NUL at all)', new Uint8Array([0xff, 0xfe, ...utf16le('Глава первая')]), 'UTF-16 (little endian)', 'byte-order mark FF FE', 'UTF-16'],
      ['UTF-32LE with a byte-order mark', new Uint8Array([0xff, 0xfe, 0, 0, ...utf32le(text)]), 'UTF-32 (little endian)', 'byte-order mark FF FE 00 00', 'UTF-32'],
      ['UTF-32BE with a byte-order mark', new Uint8Array([0, 0, 0xfe, 0xff, ...utf32le(text).map((_, i, b) => b[i - (i % 4) + 3 - (i % 4)]!)]), 'UTF-32 (big endian)', 'byte-order mark 00 00 FE FF', 'UTF-32'],
      ['UTF-32LE without one', utf32le(text), 'UTF-32 (little endian)', 'no byte-order mark, but three NUL bytes after every character byte', 'UTF-32LE'],
    ])('%s', (_, input, name, evidence, iconv) => {
      const d = decodeWitness(input, 'witnesses/my book.txt');
      expect(d.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'error',
          rule: 'ingest-not-utf8',
          file: 'witnesses/my book.txt',
          message: `the witness is ${name}, not UTF-8 (${evidence})`,
          hint: `witnesses must be UTF-8: convert it (e.g. iconv -f ${iconv} -t UTF-8 'witnesses/my book.txt' > 'witnesses/my book.txt.utf8'), then put the converted file in its place (its sha256 changes with it)`,
        }),
      ]);
    });

    it('the suggested conversion gives back the text', () => {
      const converted = new TextDecoder('utf-16le').decode(utf16le(text));
      expect(decodeWitness(new TextEncoder().encode(converted), 'w.txt')).toMatchObject({ text, diagnostics: [] });
    });

    it('a binary file with NUL bytes in no such pattern is still binary', () => {
      const noise = new Uint8Array(512).map((_, i) => (i * 7919) % 251);
      expect(decodeWitness(noise, 'x.bin').diagnostics[0]).toMatchObject({ rule: 'ingest-binary' });
      expect(decodeWitness(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x41]), 'x.zip').diagnostics[0]).toMatchObject({ rule: 'ingest-binary' });
    });
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

  it('refuses the form feeds of a text extracted from a PDF once, with their count and how to remove them', () => {
    // pdftotext puts a form feed before each new page
    const d = decodeWitness(utf8('CHAPTER I\n\nIt was a dark night.\n\fThe rain fell.\n\fMorning came.\n\f'), 'pages.txt');
    expect(d.diagnostics.map((x) => [x.severity, x.rule, x.line, x.column])).toEqual([['error', 'ingest-form-feed', 4, 1]]);
    expect(d.diagnostics[0]!.message).toBe('3 form feeds (page breaks, as pdftotext writes between pages) cannot be carried by XML');
    expect(d.diagnostics[0]!.hint).toContain("tr -d '\\f'");
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
