import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cacheRoot } from '../io/cache-dir.js';
import { packageVersion } from '../io/package-version.js';
import { sweepStaleTemporaryFiles, temporaryPath } from '../io/temp-files.js';

/** Where converted schemas live (see src/io/cache-dir.ts): never next to the user's files. */
export { cacheRoot };

/** Reads a cached file, or undefined when it is not there (or unreadable). */
export async function readCached(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file atomically (write then rename), so that two processes converting the
 * same schema at once never read half a file. Returns false when the cache is not writable;
 * the caller then simply works without it.
 */
export async function writeCached(path: string, text: string): Promise<boolean> {
  try {
    await mkdir(dirname(path), { recursive: true });
    sweepStaleTemporaryFiles(dirname(path));
    const tmp = temporaryPath(path);
    await writeFile(tmp, text);
    await rename(tmp, path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Cache files of a converted schema: keyed by its sha256 and the versions of salve (which
 * wrote the grammar) and fontoxpath (which judged what Schematron it can run).
 */
export function cachePaths(sha256: string, root = cacheRoot()): { grammar: string; schematron: string } {
  const dir = join(root, 'schemas', sha256);
  return { grammar: join(dir, `salve-${packageVersion('salve')}-v3.json`), schematron: join(dir, `schematron-fontoxpath-${packageVersion('fontoxpath')}-v2.json`) };
}
