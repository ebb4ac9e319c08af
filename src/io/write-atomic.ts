import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { EditionError, type Stage } from '../diagnostics/index.js';
import { writeFault } from './faults.js';
import { temporaryPath } from './temp-files.js';

export interface WriteOptions {
  /** The stage a failure is reported by (default `write`). */
  readonly stage?: Stage;
  /** The file as messages show it (default: relative to the working directory when inside it). */
  readonly shown?: string;
  /** What the file is, for messages ("the PDF"). */
  readonly what?: string;
}

/** A path as a message shows it: relative to the working directory when it lies inside it. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Writes a file so that readers see either the old or the whole new content, never half of
 * it: the bytes go to a temporary file beside the target, which is then renamed over it.
 * A file-system fault (read-only folder, full disk, permission denied, a file where a folder
 * should be) removes the temporary file, leaves the target as it was and is thrown as an
 * EditionError naming the target (exit 1), never as a stack trace.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const tmp = temporaryPath(join(dirname(path), `.${basename(path)}`));
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder may be unreadable too; the fault below says what matters
    }
    throw new EditionError([writeFault(err, options.shown ?? shownPath(path), options.stage ?? 'write', options.what)]);
  }
}
