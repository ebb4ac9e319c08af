import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomic } from '../io/write-atomic.js';

const require = createRequire(import.meta.url);

/** What runSaxonScript takes from Node, passed in so that a worker thread can run its source. */
export interface NodeParts {
  readonly existsSync: typeof existsSync;
  readonly readFileSync: typeof readFileSync;
  readonly Script: typeof Script;
  readonly createRequire: typeof createRequire;
  readonly dirname: typeof dirname;
}

/** SaxonJS's file and the file of its V8 code cache in a folder (per SaxonJS, Node and machine). */
export function saxonFiles(cacheDir: string): { readonly file: string; readonly cacheFile: string } {
  const file = require.resolve('saxon-js');
  const version = (require('saxon-js/package.json') as { version: string }).version;
  return { file, cacheFile: join(cacheDir, `saxon-js-${version}-node-${process.version}-${process.arch}.v8cache`) };
}

/**
 * Runs SaxonJS's script as `require` would, with the V8 code cache when there is a usable one.
 * It uses nothing but its arguments: the HTML worker thread (xslt-threads.ts) runs this
 * function's own source text, so both threads load SaxonJS alike.
 *
 * SaxonJS requires axios when it loads, only to fetch resources over HTTP, which a render never
 * does; axios and its dependencies take about 0.1 s to load, so it gets axios only when a
 * property of it is first used.
 */
export function runSaxonScript(node: NodeParts, file: string, cacheFile: string): { api: unknown; script: Script; fromCache: boolean } {
  const cachedData = node.existsSync(cacheFile) ? node.readFileSync(cacheFile) : undefined;
  // The same wrapper Node puts around a CommonJS module.
  const script = new node.Script(`(function (exports, require, module, __filename, __dirname) {${node.readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const realRequire = node.createRequire(file);
  let axios: Record<string | symbol, unknown> | undefined;
  const lazyAxios = new Proxy({}, { get: (_target, key) => (axios ??= realRequire('axios') as Record<string | symbol, unknown>)[key] });
  const requireForSaxon = Object.assign((id: string) => (id === 'axios' ? lazyAxios : realRequire(id)), realRequire);
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (e: unknown, r: unknown, m: unknown, f: string, d: string) => void)(module.exports, requireForSaxon, module, file, node.dirname(file));
  return { api: module.exports, script, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

/**
 * Loads SaxonJS (a 2.4 MB script) with a V8 code cache: the bytecode of the functions a
 * transformation used, saved after the first run and reused by every later process. That
 * saves about 0.1 s of each new process's render (half on loading, half in the first
 * transformation). Node 20 has no compile cache of its own (module.enableCompileCache is 22+),
 * so this does what `require` does, through vm.Script with cachedData. Without a usable cache
 * (first run, another Node or SaxonJS version, an unwritable folder) it simply compiles.
 */
export function loadSaxonJS<T>(cacheDir: string): { readonly api: T; readonly fromCache: boolean; saveCodeCache(): void } {
  const { file, cacheFile } = saxonFiles(cacheDir);
  const { api, script, fromCache } = runSaxonScript({ existsSync, readFileSync, Script, createRequire, dirname }, file, cacheFile);
  let saved = fromCache;
  return {
    api: api as T,
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
