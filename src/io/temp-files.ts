import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Whether a process of this machine is still running (signal 0 tests without sending anything). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let made = 0;

/**
 * A temporary name for a write of `path` by this thread: `path.t<thread>-<n>.<pid>.<ext>`. The
 * build pool's worker threads share one process id and may write the same cache file at once
 * (two editions, one schema): with the process id alone their writes went into one file. The
 * process id stays last, where the sweep below reads it.
 */
export function temporaryPath(path: string, ext = 'tmp'): string {
  return `${path}.t${threadId}-${made++}.${process.pid}.${ext}`;
}

/**
 * Removes the temporary files that processes no longer running left in `dir` (killed in the
 * middle of a write: `kill -9`, a closed terminal). The toolkit's temporary files carry the
 * writer's process id before their last extension: `name.<pid>.tmp`, `key.<pid>.cjs`.
 * A folder of that shape (a build's staging folder) goes whole. Returns the names removed. A missing or unreadable folder is no error: caches are optional.
 */
export function sweepStaleTemporaryFiles(dir: string, extensions: readonly string[] = ['tmp'], shape: RegExp = /\.(\d+)\.([a-z]+)$/): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = shape.exec(name);
    if (!m || !extensions.includes(m[2]!) || running(Number(m[1]))) continue;
    try {
      rmSync(join(dir, name), { force: true, recursive: true });
      removed.push(name);
    } catch {
      // left for the next run
    }
  }
  return removed;
}

/**
 * The temporary files of a write into a user's folder (a site, a PDF's folder): only names
 * of temporaryPath's exact shape (`.name.t<thread>-<n>.<pid>.tmp`), so that no file of the
 * user's own is taken for one.
 */
export const ownTemporaryShape = /^\..*\.t\d+-\d+\.(\d+)\.([a-z]+)$/;

/**
 * Sweeps every cache folder under `root` (compiled stylesheets, override wrappers, V8 caches,
 * the build cache by kind) once at the start of a build: a build whose outputs all come from
 * its cache loads no renderer, so the renderer's own sweep would not run.
 */
export function sweepCacheFolders(root: string): string[] {
  const folders = ['sef', 'overrides', 'v8'].map((d) => join(root, d));
  try {
    for (const kind of readdirSync(join(root, 'builds'))) folders.push(join(root, 'builds', kind));
  } catch {
    // no build cache yet
  }
  return folders.flatMap((dir) => sweepStaleTemporaryFiles(dir));
}
