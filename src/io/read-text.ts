import { readFileSync } from 'node:fs';
import { EditionError, error, type Stage } from '../diagnostics/index.js';
import { readFault } from './faults.js';

export interface ReadFailure {
  /** What is being read, for the message ("register", "the TEI file"). */
  readonly what: string;
  readonly rule: string;
  readonly stage: Stage;
  /** The file as the user knows it. */
  readonly file: string;
  readonly hint?: string;
}

/**
 * Reads a UTF-8 file; a missing or unreadable file (or a folder) is an `EditionError` saying
 * what and where, why in words ("it is a folder, not a file (EISDIR)"), and what to do.
 */
export function readTextFile(path: string, failure: ReadFailure): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const fault = readFault(err, failure.file, failure.stage, failure.what);
    throw new EditionError([
      error({
        message: fault.message,
        rule: failure.rule,
        stage: failure.stage,
        file: failure.file,
        hint: failure.hint ? `${fault.hint}; ${failure.hint}` : fault.hint!,
      }),
    ]);
  }
}
