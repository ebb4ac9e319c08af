import { readFileSync, statSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { EditionError, error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import type { Witness, WitnessDescription } from '../model/witness.js';
import { decodeWitness } from './decode.js';
import { lineStarts } from '../model/line-index.js';
import { readFault } from '../io/faults.js';

/** Offsets of line starts (kept under its old name for the library API). */
export const indexLines = lineStarts;

/** A witness before its text is read: what the editors say about it. */
export interface WitnessSource extends WitnessDescription {
  /** The siglum as printed. */
  readonly siglum: string;
  /** Its xml:id (derived from the siglum by the read stage). */
  readonly id: string;
  /** Expected sha256 of the bytes; a witness that changed is refused. */
  readonly sha256?: string;
}

export interface ReadOptions {
  /** Absolute path to read. */
  path: string;
  /** Name used in messages. */
  file: string;
  /** The path as the config writes it (recorded in the TEI header). */
  source?: string;
  maxBytes: number;
}

/**
 * A witness from its bytes (no disk): checksum, then strict decoding. Throws an
 * `EditionError` when the witness cannot be used.
 */
export function ingestWitness(source: WitnessSource, bytes: Uint8Array, file: string, recorded?: string): { witness: Witness; diagnostics: Diagnostic[] } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const diagnostics: Diagnostic[] = [];
  if (source.sha256 && source.sha256 !== sha256) {
    diagnostics.push(
      error({
        message: `witness ${source.siglum} has changed: sha256 is ${sha256}, the config expects ${source.sha256}`,
        rule: 'ingest-checksum',
        stage: 'ingest',
        file,
        hint: 'restore the original file, or update sha256 in the config if the change is intended',
      }),
    );
  }
  const decoded = decodeWitness(bytes, file);
  diagnostics.push(...decoded.diagnostics);
  if (hasErrors(diagnostics)) throw new EditionError(diagnostics);
  const witness: Witness = {
    siglum: source.siglum,
    id: source.id,
    file,
    ...(recorded !== undefined ? { source: recorded } : {}),
    title: source.title,
    provenance: source.provenance,
    ...(source.url !== undefined ? { url: source.url } : {}),
    ...(source.scope !== undefined ? { scope: source.scope } : {}),
    text: decoded.text,
    lineStarts: lineStarts(decoded.text),
    byteLength: bytes.length,
    sha256,
    hadBom: decoded.hadBom,
    lineEnding: decoded.lineEnding,
  };
  return { witness, diagnostics };
}

/**
 * Reads one witness from disk: size limit first (so a huge file is refused before it is
 * loaded), then {@link ingestWitness}.
 */
export function readWitness(source: WitnessSource, options: ReadOptions): { witness: Witness; diagnostics: Diagnostic[] } {
  const { path, file, maxBytes } = options;
  const named = options.source === undefined ? '' : ` (named "${options.source}" in the config)`;
  const unreadable = (err: unknown): EditionError => {
    const d = readFault(err, file, 'ingest', `witness ${source.siglum}${named}`);
    return new EditionError([{ ...d, rule: 'ingest-unreadable' }]);
  };
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (err) {
    throw unreadable(err);
  }
  if (!stat.isFile()) {
    throw new EditionError([
      error({
        message: `witness ${source.siglum}${named} is ${stat.isDirectory() ? 'a folder, not a file' : 'not a regular file'}`,
        rule: 'ingest-unreadable',
        stage: 'ingest',
        file,
        hint: stat.isDirectory() ? 'name the witness file inside it (paths in the config are relative to the config file)' : 'name a plain-text file',
      }),
    ]);
  }
  const size = stat.size;
  if (size > maxBytes) {
    throw new EditionError([
      error({
        message: `witness ${source.siglum} has ${size} bytes, more than the limit of ${maxBytes}`,
        rule: 'ingest-too-large',
        stage: 'ingest',
        file,
        hint: 'raise limits.maxWitnessBytes in the edition config if this is intended',
      }),
    ]);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw unreadable(err);
  }
  return ingestWitness(source, bytes, file, options.source);
}
