import { open } from 'node:fs/promises';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { checkDoctype } from './doctype.js';
import { LineIndex } from '../model/line-index.js';

/** Largest file accepted by default: the seed edition is ~200 KB, a big TEI corpus file ~20 MB. */
export const defaultMaxFileBytes = 32 * 1024 * 1024;

export type InputResult = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads one file the user named, refusing what is too large (checked on the open handle before
 * reading) or not UTF-8/UTF-16, and any DOCTYPE that declares entities or names a DTD.
 */
export async function readValidationInput(path: string, displayName: string, maxBytes = defaultMaxFileBytes): Promise<InputResult> {
  const fail = (rule: string, message: string, hint?: string, place?: { line: number; column: number }): InputResult => ({
    ok: false,
    diagnostics: [error({ message, rule, stage: 'validate', file: displayName, ...place, ...(hint ? { hint } : {}) })],
  });
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return fail('input-unreadable', `cannot read the file (${code})`, code === 'ENOENT' ? 'check the path' : undefined);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return fail('input-unreadable', 'not a regular file');
    if (stat.size > maxBytes) {
      return fail(
        'input-too-large',
        `the file has ${stat.size} bytes, more than the limit of ${maxBytes}`,
        'raise it with --max-bytes or validation.maxFileBytes in the edition config if the file is trusted',
      );
    }
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return fail('input-too-large', `the file grew past the limit of ${maxBytes} bytes while being read`);
    return checkText(decode(bytes), displayName);
  } catch (err) {
    if (err instanceof DecodeError) return fail('input-encoding', err.message, 'save the file as UTF-8');
    throw err;
  } finally {
    await handle.close();
  }
}

/** The same checks for text already in memory (the build's own output, tests). */
export function checkText(text: string, displayName: string): InputResult {
  const problem = checkDoctype(text);
  if (problem) {
    return {
      ok: false,
      diagnostics: [
        error({
          message: problem.message,
          rule: problem.rule,
          stage: 'validate',
          file: displayName,
          ...new LineIndex(text).at(problem.offset),
          hint: 'remove the DOCTYPE (TEI needs none) or expand the entities yourself in a trusted tool',
        }),
      ],
    };
  }
  return { ok: true, text };
}

class DecodeError extends Error {}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode('utf-16be', bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = bytes.subarray(start, start + 200).toString('latin1');
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const label = declared?.toLowerCase() ?? 'utf-8';
  if (label !== 'utf-8' && label !== 'utf8') {
    try {
      return strictDecode(label, bytes.subarray(start));
    } catch (err) {
      if (err instanceof DecodeError) throw err;
      throw new DecodeError(`the XML declaration names the encoding "${declared}", which this validator cannot decode`);
    }
  }
  return strictDecode('utf-8', bytes.subarray(start));
}

function strictDecode(label: string, bytes: Uint8Array): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new DecodeError(`unknown encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DecodeError(`the bytes are not valid ${label}`);
  }
}
