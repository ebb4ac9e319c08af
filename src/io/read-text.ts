import { readFileSync } from 'node:fs';
import { EditionError, error, type Stage } from '../diagnostics/index.js';

export interface ReadFailure {
  /** What is being read, for the message ("register", "the TEI file"). */
  readonly what: string;
  readonly rule: string;
  readonly stage: Stage;
  /** The file as the user knows it. */
  readonly file: string;
  readonly hint?: string;
}

/** Reads a UTF-8 file; a missing or unreadable file is an `EditionError` saying what and where. */
export function readTextFile(path: string, failure: ReadFailure): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new EditionError([
      error({
        message: `cannot read ${failure.what}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        rule: failure.rule,
        stage: failure.stage,
        file: failure.file,
        ...(failure.hint ? { hint: failure.hint } : {}),
      }),
    ]);
  }
}
