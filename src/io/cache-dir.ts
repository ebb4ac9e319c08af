import { accessSync, constants, mkdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The toolkit's own folder (package.json, xslt/, tei/): this file is src/io/ or dist/io/. */
export const toolkitRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const writable = (dir: string): boolean => {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

let chosen: string | undefined;

/**
 * Where the toolkit keeps what is slow to make (SEF stylesheets, converted schemas, V8 caches):
 * `TEI_EDITION_CACHE` when set; else `node_modules/.cache/tei-edition` — the toolkit's own in a
 * checkout, the project's when the toolkit is installed in a project's node_modules (the
 * convention of babel, eslint and vite caches); else, when that is read-only (a system-wide or
 * read-only install), the user's cache folder (`XDG_CACHE_HOME` or ~/.cache), else the
 * temporary folder. Never a folder of the user's edition.
 */
export function cacheRoot(): string {
  const fromEnv = process.env.TEI_EDITION_CACHE;
  if (fromEnv) return resolve(fromEnv);
  if (chosen !== undefined) return chosen;
  const parts = toolkitRoot.split(sep);
  const installed = parts.lastIndexOf('node_modules');
  const project = installed === -1 ? toolkitRoot : parts.slice(0, installed).join(sep) || sep;
  const candidates = [
    join(project, 'node_modules', '.cache', 'tei-edition'),
    join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tei-edition'),
    join(tmpdir(), 'tei-edition-cache'),
  ];
  chosen = candidates.find(writable) ?? candidates[candidates.length - 1]!;
  return chosen;
}
