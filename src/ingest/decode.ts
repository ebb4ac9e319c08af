import { error, warning, type Diagnostic } from '../diagnostics/index.js';
import { lineColumnAt } from '../model/line-index.js';

export interface Decoded {
  text: string;
  hadBom: boolean;
  lineEnding: 'lf' | 'crlf';
  diagnostics: Diagnostic[];
}

/**
 * Finds the first byte that is not well-formed UTF-8. Written by hand because TextDecoder
 * (fatal) only says *that* the bytes are invalid, and an editor needs to know *where*.
 * Follows the Unicode table of well-formed byte sequences (no overlongs, no surrogates).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Characters XML 1.0 cannot carry at all (C0 controls but TAB/LF/CR, U+FFFE, U+FFFF). */
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Allowed by XML but almost always debris from a bad conversion. */
const suspiciousControls = /[\u007F-\u009F]/g;

const hex = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A file name as one word for a shell command in a hint. */
const shellWord = (name: string): string => (/^[\w./@%+=:,-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`);

/** A Unicode encoding other than UTF-8, as a byte-order mark or the pattern of NUL bytes shows it. */
export interface WideEncoding {
  /** As a message says it: "UTF-16 (little endian)". */
  readonly name: string;
  /** The name iconv knows it by. */
  readonly iconv: string;
  /** What shows it. */
  readonly evidence: string;
}

/**
 * UTF-16 or UTF-32, told by a byte-order mark, or without one by NUL bytes at regular places
 * in the first 4 KiB: Latin text in UTF-16 has a NUL in every other byte (the high byte of
 * each character), in UTF-32 three NULs in every four bytes. A binary file shows no such
 * pattern and stays "binary".
 */
export function wideEncoding(bytes: Uint8Array): WideEncoding | undefined {
  const [b0, b1, b2, b3] = bytes;
  const bom = 'byte-order mark';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { name: 'UTF-32 (little endian)', iconv: 'UTF-32', evidence: `${bom} FF FE 00 00` };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { name: 'UTF-32 (big endian)', iconv: 'UTF-32', evidence: `${bom} 00 00 FE FF` };
  if (b0 === 0xff && b1 === 0xfe) return { name: 'UTF-16 (little endian)', iconv: 'UTF-16', evidence: `${bom} FF FE` };
  if (b0 === 0xfe && b1 === 0xff) return { name: 'UTF-16 (big endian)', iconv: 'UTF-16', evidence: `${bom} FE FF` };
  const n = Math.min(bytes.length, 4096);
  if (n < 4 || bytes.subarray(0, n).indexOf(0) === -1) return undefined;
  const nuls = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls[i % 4]!++;
  const quarter = n / 4;
  /** Most (half or more) of the bytes at these places in a group of four are NUL, nearly none (5%) at the others. */
  const pattern = (...at: number[]): boolean => nuls.every((c, i) => (at.includes(i) ? c >= 0.5 * quarter : c <= 0.05 * quarter));
  const without = 'no byte-order mark, but';
  if (pattern(1, 2, 3)) return { name: 'UTF-32 (little endian)', iconv: 'UTF-32LE', evidence: `${without} three NUL bytes after every character byte` };
  if (pattern(0, 1, 2)) return { name: 'UTF-32 (big endian)', iconv: 'UTF-32BE', evidence: `${without} three NUL bytes before every character byte` };
  if (pattern(1, 3)) return { name: 'UTF-16 (little endian)', iconv: 'UTF-16LE', evidence: `${without} a NUL byte after every character byte` };
  if (pattern(0, 2)) return { name: 'UTF-16 (big endian)', iconv: 'UTF-16BE', evidence: `${without} a NUL byte before every character byte` };
  return undefined;
}

/**
 * Strict decoding of a witness: UTF-8 only, BOM removed, CRLF turned into LF. UTF-16 and
 * UTF-32 are refused as such (with the command that converts them), invalid bytes,
 * NUL bytes (a binary file), a lone CR and characters XML cannot carry are errors with their
 * place; stray C1 controls are warnings.
 */
export function decodeWitness(bytes: Uint8Array, file: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  const fail = (d: Diagnostic): Decoded => ({ text: '', hadBom: false, lineEnding: 'lf', diagnostics: [d] });
  if (bytes.length === 0) {
    return fail(
      error({ message: 'the witness is empty', rule: 'ingest-empty', stage: 'ingest', file, hint: 'check that the right file is named in the config' }),
    );
  }
  const wide = wideEncoding(bytes);
  if (wide) {
    return fail(
      error({
        message: `the witness is ${wide.name}, not UTF-8 (${wide.evidence})`,
        rule: 'ingest-not-utf8',
        stage: 'ingest',
        file,
        hint: `witnesses must be UTF-8: convert it (e.g. iconv -f ${wide.iconv} -t UTF-8 ${shellWord(file)} > ${shellWord(`${file}.utf8`)}), then put the converted file in its place (its sha256 changes with it)`,
      }),
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(
      error({
        message: `the witness looks like a binary file (NUL byte at byte offset ${nul})`,
        rule: 'ingest-binary',
        stage: 'ingest',
        file,
        hint: 'witnesses must be plain text in UTF-8',
      }),
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    return fail(
      error({
        message: `invalid UTF-8 at byte offset ${bad} (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')})`,
        rule: 'ingest-invalid-utf8',
        stage: 'ingest',
        file,
        ...lineColumnAt(before, before.length),
        hint: 'convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) or fix the byte',
      }),
    );
  }
  let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  const crlf = text.includes('\r\n');
  // Both kinds in one file could not be given back byte for byte (the witness records one kind).
  const bare = crlf ? /(?<!\r)\n/.exec(text) : null;
  if (bare) {
    const at = (i: number) => lineColumnAt(text, i).line;
    diagnostics.push(
      error({
        message: `mixed line endings: CRLF (first at line ${at(text.indexOf('\r\n'))}) and LF alone (first at line ${at(bare.index)})`,
        rule: 'ingest-mixed-line-endings',
        stage: 'ingest',
        file,
        ...lineColumnAt(text, bare.index),
        hint: 'convert the file to one kind of line ending throughout (dos2unix or unix2dos) and record its new checksum in the config',
      }),
    );
  }
  if (crlf) text = text.replace(/\r\n/g, '\n');
  const lone = text.indexOf('\r');
  if (lone !== -1) {
    diagnostics.push(
      error({
        message: 'carriage return without a line feed',
        rule: 'ingest-lone-cr',
        stage: 'ingest',
        file,
        ...lineColumnAt(text, lone),
        hint: 'use LF or CRLF line endings throughout',
      }),
    );
  }
  // Form feeds are page breaks (pdftotext writes one between pages, old e-texts between
  // pages too): one error for all of them, with the command that removes them.
  const feeds = [...text.matchAll(/\f/gu)];
  if (feeds.length > 0) {
    diagnostics.push(
      error({
        message: `${feeds.length === 1 ? 'a form feed' : `${feeds.length} form feeds`} (page breaks, as pdftotext writes between pages) cannot be carried by XML`,
        rule: 'ingest-form-feed',
        stage: 'ingest',
        file,
        ...lineColumnAt(text, feeds[0]!.index),
        hint: "remove them (tr -d '\\f' < old.txt > new.txt), or put a blank line where each stood, and record the new file's checksum in the config",
      }),
    );
  }
  for (const m of text.matchAll(forbiddenInXml)) {
    if (m[0] === '\f') continue;
    diagnostics.push(
      error({
        message: `control character ${hex(m[0])} cannot be carried by XML`,
        rule: 'ingest-control-char',
        stage: 'ingest',
        file,
        ...lineColumnAt(text, m.index),
        hint: 'delete it or replace it with the character it stands for',
      }),
    );
    if (diagnostics.length > 50) break;
  }
  for (const m of text.matchAll(suspiciousControls)) {
    diagnostics.push(
      warning({
        message: `C1 control character ${hex(m[0])}, probably left by a bad conversion`,
        rule: 'ingest-c1-control',
        stage: 'ingest',
        file,
        ...lineColumnAt(text, m.index),
      }),
    );
    if (diagnostics.length > 100) break;
  }
  return { text, hadBom, lineEnding: crlf ? 'crlf' : 'lf', diagnostics };
}
