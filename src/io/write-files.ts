import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { EditionError, type Stage } from '../diagnostics/index.js';
import { writeFault } from './faults.js';
import { shownPath } from './write-atomic.js';
import { ownTemporaryShape, sweepStaleTemporaryFiles, temporaryPath } from './temp-files.js';

/** The list of files the last write of a folder put there, so the next one can remove those it no longer writes. */
export const manifestName = '.tei-edition-files.json';

/** The manifest of a folder's files (names relative to it). */
export const manifestOf = (names: readonly string[]): string => `${JSON.stringify([...names].sort(), null, 1)}\n`;

/** A folder the build owns: its files, relative to it. Files an earlier build wrote there and this one does not are removed. */
export interface OutputTree {
  readonly dir: string;
  readonly files: ReadonlyMap<string, string | Uint8Array>;
}

const isInside = (path: string): boolean => {
  const p = normalize(path);
  return path !== '' && !isAbsolute(p) && !p.split(sep).includes('..');
};

/** Runs a step of cleaning up after a fault: the fault itself is what is reported. */
export const quietly = (fn: () => void): void => {
  try {
    fn();
  } catch {
    // nothing more to do
  }
};

/**
 * Writes a set of files so that no reader sees a half-written one and a failure leaves no
 * output half-made: every file is first written beside its target under a temporary name,
 * and only when all are written are they renamed over their targets (each rename is atomic),
 * the previous file kept meanwhile under a second name (a hard link). A failure at any step
 * puts every previous file back, removes the new ones and the temporary files: the folder is
 * as it was. Temporary files a killed write left in these folders are removed first.
 */
export function writeFilesAtomic(files: ReadonlyMap<string, string | Uint8Array>, stage: Stage = 'write'): void {
  const staged: [string, string][] = [];
  const kept: string[] = [];
  const undo: (() => void)[] = [];
  let current = '';
  const swept = new Set<string>();
  try {
    for (const [path, data] of files) {
      current = path;
      const dir = dirname(path);
      mkdirSync(dir, { recursive: true });
      if (!swept.has(dir)) sweepStaleTemporaryFiles(dir, ['tmp', 'bak'], ownTemporaryShape);
      swept.add(dir);
      const tmp = temporaryPath(join(dir, `.${basename(path)}`));
      staged.push([tmp, path]);
      writeFileSync(tmp, data);
    }
    for (const [tmp, path] of staged) {
      current = path;
      const previous = existsSync(path) ? lstatSync(path) : undefined;
      if (previous?.isFile()) {
        const old = temporaryPath(join(dirname(path), `.${basename(path)}`), 'bak');
        // a hard link keeps the file in place until the rename; without them, it is moved aside
        try {
          linkSync(path, old);
        } catch {
          renameSync(path, old);
        }
        kept.push(old);
        undo.push(() => renameSync(old, path));
      } else if (previous === undefined) {
        undo.push(() => rmSync(path, { force: true }));
      }
      renameSync(tmp, path);
    }
  } catch (err) {
    for (const step of undo.reverse()) quietly(step);
    for (const [tmp] of staged) quietly(() => rmSync(tmp, { force: true }));
    for (const old of kept) quietly(() => rmSync(old, { force: true }));
    // A file-system fault names the output the user knows, with what to do (exit 1).
    throw new EditionError([writeFault(err, shownPath(current), stage)]);
  }
  for (const old of kept) quietly(() => rmSync(old, { force: true }));
}

/** Files an earlier write of a tree listed in its manifest that are not in `keep`. */
function staleFiles(dir: string, keep: ReadonlySet<string>): string[] {
  const manifest = join(dir, manifestName);
  if (!existsSync(manifest)) return [];
  let previous: unknown;
  try {
    previous = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return []; // an unreadable manifest only means nothing is cleaned up
  }
  if (!Array.isArray(previous)) return [];
  // A manifest entry that is not a path inside the folder is ignored.
  return previous.filter((p): p is string => typeof p === 'string' && !keep.has(p) && isInside(p));
}

/**
 * The write stage: loose files and whole folders (the web edition), written atomically as
 * {@link writeFilesAtomic}; each folder gets a manifest of its files, and the files its
 * previous manifest listed that are no longer made are removed afterwards.
 */
export function writeOutputs(files: ReadonlyMap<string, string | Uint8Array>, trees: readonly OutputTree[] = []): void {
  const all = new Map(files);
  const stale: string[] = [];
  for (const tree of trees) {
    const names = [...tree.files.keys()].sort();
    for (const name of names) {
      if (!isInside(name)) throw new Error(`an output named a path outside its folder: ${JSON.stringify(name)}`);
      all.set(join(tree.dir, name), tree.files.get(name)!);
    }
    all.set(join(tree.dir, manifestName), manifestOf(names));
    stale.push(...staleFiles(tree.dir, new Set(names)).map((p) => join(tree.dir, p)));
  }
  writeFilesAtomic(all);
  for (const path of stale) rmSync(path, { force: true });
}
