import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomic } from '../io/write-atomic.js';

const require = createRequire(import.meta.url);

/**
 * Loads SaxonJS (a 2.4 MB script) with a V8 code cache: the bytecode of the functions a
 * transformation used, saved after the first run and reused by every later process. That
 * saves about 0.1 s of each new process's render (half on loading, half in the first
 * transformation). Node 20 has no compile cache of its own (module.enableCompileCache is 22+),
 * so this does what `require` does, through vm.Script with cachedData. Without a usable cache
 * (first run, another Node or SaxonJS version, an unwritable folder) it simply compiles.
 */
export function loadSaxonJS<T>(cacheDir: string): { readonly api: T; readonly fromCache: boolean; saveCodeCache(): void } {
  const file = require.resolve('saxon-js');
  const version = (require('saxon-js/package.json') as { version: string }).version;
  const cacheFile = join(cacheDir, `saxon-js-${version}-node-${process.version}-${process.arch}.v8cache`);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The same wrapper Node puts around a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  let saved = fromCache;
  return {
    api: module.exports as T,
    fromCache,
    /** Writes the cache once, after a transformation has compiled what a render needs. */
    saveCodeCache() {
      if (saved) return;
      saved = true;
      try {
        writeFileAtomic(cacheFile, script.createCachedData());
      } catch {
        // no cache: the next process compiles, as without one
      }
    },
  };
}
