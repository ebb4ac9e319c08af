import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** Marks a cache file as just used, so that pruning removes it last. */
export function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // an unwritable cache only makes pruning less exact
  }
}

/**
 * Removes the files of a folder that `select` picks, but for the `keep` most recently used
 * (modified or {@link touch}ed). A cache grows by one entry per change of what it keeps; this
 * bounds it. Files another process removes meanwhile are skipped.
 */
export function pruneLeastRecent(dir: string, select: (name: string) => boolean, keep: number): void {
  const entries: { path: string; t: number }[] = [];
  for (const name of readdirSync(dir)) {
    if (!select(name)) continue;
    try {
      entries.push({ path: join(dir, name), t: statSync(join(dir, name)).mtimeMs });
    } catch {
      // gone already
    }
  }
  entries.sort((a, b) => b.t - a.t || (a.path < b.path ? -1 : 1));
  for (const { path } of entries.slice(keep)) rmSync(path, { force: true });
}
