import { existsSync, linkSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { EditionError, info, type Stage } from '../diagnostics/index.js';
import { writeFault } from './faults.js';
import { sweepStaleTemporaryFiles } from './temp-files.js';
import { shownPath } from './write-atomic.js';
import { quietly } from './write-files.js';

/** One output of a set replaced together: a file, or a folder given whole (its files relative to it). */
export interface SetOutput {
  readonly path: string;
  readonly data?: string | Uint8Array;
  readonly tree?: ReadonlyMap<string, string | Uint8Array>;
  /** As messages show it (default: relative to the working directory when inside it). */
  readonly shown?: string;
}

/**
 * The extension of a staging folder: `.tei-edition.t<thread>.<pid>.staging`, beside the outputs
 * it stages (the build pool's threads share the process id).
 */
export const stagingExtension = 'staging';
const stagingName = (): string => `.tei-edition.t${threadId}.${process.pid}.${stagingExtension}`;

/** A hard link, where the file system has them (else the old file is moved aside instead). */
function linked(path: string, link: string): boolean {
  try {
    linkSync(path, link);
    return true;
  } catch {
    return false;
  }
}

/** A step of the swap, undone in reverse order when a later step fails. */
type Step = { undo: () => void };


/**
 * What a failed set says about the previous outputs (it is true: see {@link replaceOutputsTogether}),
 * or, where none of `paths` exists (a first build), that nothing was written.
 */
export const previousKept = (stage: Stage, paths: readonly string[]): ReturnType<typeof info> =>
  info({
    message: paths.some((p) => existsSync(p))
      ? 'no output was replaced: the previous outputs are exactly as they were'
      : 'no output was written: none existed before, and none is left half made',
    rule: 'outputs-kept',
    stage,
  });

/**
 * Replaces a set of outputs all together or not at all (the build's TEI, review, web edition
 * and PDF). Every output is first written whole into a staging folder beside it
 * (`.tei-edition.t<thread>.<pid>.staging` in the output's own folder, so the renames stay on one file
 * system); only when all are written is each renamed into place. A file is replaced by one
 * atomic rename, the previous one kept by a hard link; a folder is moved aside, then the new
 * one moved in. A fault at any step undoes the steps already made (the previous outputs come
 * back), removes the staging folders and is thrown as an EditionError (exit 1) naming the
 * output and saying that the previous outputs were kept. Staging folders a killed build left
 * are removed first.
 */
export function replaceOutputsTogether(outputs: readonly SetOutput[], stage: Stage = 'write'): void {
  const stagings = new Set<string>();
  const stagingOf = (path: string): string => join(dirname(path), stagingName());
  const fail = (err: unknown, output: SetOutput): EditionError =>
    new EditionError([writeFault(err, output.shown ?? shownPath(output.path), stage), previousKept(stage, outputs.map((o) => o.path))]);
  const removeStagings = (): void => {
    for (const s of stagings) quietly(() => rmSync(s, { recursive: true, force: true }));
  };

  // 1. Everything into the staging folders; nothing the user sees changes.
  for (const output of outputs) {
    try {
      const parent = dirname(output.path);
      mkdirSync(parent, { recursive: true });
      sweepStaleTemporaryFiles(parent, [stagingExtension]);
      const staging = stagingOf(output.path);
      if (!stagings.has(staging)) {
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(join(staging, 'new'), { recursive: true });
        mkdirSync(join(staging, 'old'));
        stagings.add(staging);
      }
      const staged = join(staging, 'new', basename(output.path));
      if (output.tree) {
        mkdirSync(staged);
        for (const [name, data] of [...output.tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          mkdirSync(dirname(join(staged, name)), { recursive: true });
          writeFileSync(join(staged, name), data);
        }
      } else {
        writeFileSync(staged, output.data ?? '');
      }
    } catch (err) {
      removeStagings();
      throw fail(err, output);
    }
  }

  // 2. Each output into place; a fault puts every previous output back.
  const done: Step[] = [];
  for (const output of outputs) {
    const staging = stagingOf(output.path);
    const staged = join(staging, 'new', basename(output.path));
    const kept = join(staging, 'old', basename(output.path));
    try {
      const previous = existsSync(output.path) ? lstatSync(output.path) : undefined;
      if (previous && !output.tree && previous.isFile() && linked(output.path, kept)) {
        // The new file replaces the old in one rename; the old one lives on as a hard link.
        done.push({ undo: () => quietly(() => renameSync(kept, output.path)) });
        renameSync(staged, output.path);
      } else {
        if (previous) {
          renameSync(output.path, kept);
          done.push({ undo: () => quietly(() => renameSync(kept, output.path)) });
        }
        renameSync(staged, output.path);
        done.push({ undo: () => quietly(() => renameSync(output.path, staged)) });
      }
    } catch (err) {
      for (const step of done.reverse()) step.undo();
      removeStagings();
      throw fail(err, output);
    }
  }

  // 3. The previous outputs and the staging folders go.
  removeStagings();
}
