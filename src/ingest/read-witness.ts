import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { EditionError, error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import type { WitnessConfig } from '../config/schema.js';
import type { Witness } from '../model/witness.js';
import { decodeWitness } from './decode.js';
import { lineStarts } from '../model/line-index.js';

/** Offsets of line starts (kept under its old name for the library API). */
export const indexLines = lineStarts;

export interface ReadOptions {
  /** Absolute path to read. */
  path: string;
  /** Name used in messages. */
  file: string;
  maxBytes: number;
}

/**
 * Reads one witness: size limit first (so a huge file is refused before it is loaded), then
 * strict decoding. Throws an `EditionError` when the witness cannot be used.
 */
export function readWitness(config: WitnessConfig, options: ReadOptions): { witness: Witness; diagnostics: Diagnostic[] } {
  const { path, file, maxBytes } = options;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new EditionError([
      error({
        message: `cannot read witness ${config.siglum}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        rule: 'ingest-unreadable',
        stage: 'ingest',
        file,
      }),
    ]);
  }
  if (size > maxBytes) {
    throw new EditionError([
      error({
        message: `witness ${config.siglum} has ${size} bytes, more than the limit of ${maxBytes}`,
        rule: 'ingest-too-large',
        stage: 'ingest',
        file,
        hint: 'raise limits.maxWitnessBytes in the edition config if this is intended',
      }),
    ]);
  }
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const diagnostics: Diagnostic[] = [];
  if (config.sha256 && config.sha256 !== sha256) {
    diagnostics.push(
      error({
        message: `witness ${config.siglum} has changed: sha256 is ${sha256}, the config expects ${config.sha256}`,
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
    siglum: config.siglum,
    file,
    config,
    text: decoded.text,
    lineStarts: indexLines(decoded.text),
    byteLength: bytes.length,
    sha256,
    hadBom: decoded.hadBom,
    lineEnding: decoded.lineEnding,
  };
  return { witness, diagnostics };
}
