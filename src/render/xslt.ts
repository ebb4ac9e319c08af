import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EditionError, error } from '../diagnostics/index.js';
import { loadSaxonJS } from './saxon-load.js';
import { cacheRoot } from '../io/cache-dir.js';
import { sweepStaleTemporaryFiles, temporaryPath } from '../io/temp-files.js';
import { pruneLeastRecent, touch } from '../io/prune.js';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** The project root (where package.json and xslt/ live), from this module's place in src/ or dist/. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const xsltDir = join(projectRoot, 'xslt');
/** Caches live with the installed packages, so a fresh `npm ci` starts clean (see src/io/cache-dir.ts). */
export const renderCacheDir = cacheRoot();
export const sefCacheDir = join(renderCacheDir, 'sef');

interface SaxonJSApi {
  transform(options: Record<string, unknown>, mode?: 'sync' | 'async'): { principalResult?: unknown; resultDocuments?: Record<string, unknown> };
  getResource(options: Record<string, unknown>): Promise<unknown>;
  XPath: { evaluate(xpath: string, context?: unknown, options?: Record<string, unknown>): unknown };
}
// Temporary files that runs killed in the middle of a write left (a compilation, a wrapper, a
// V8 cache) are removed once per process, as the validator's caches do.
for (const dir of [sefCacheDir, join(renderCacheDir, 'overrides'), join(renderCacheDir, 'v8')]) sweepStaleTemporaryFiles(dir);
let loaded: ReturnType<typeof loadSaxonJS<SaxonJSApi>> | undefined;
/**
 * SaxonJS on this thread, loaded at its first transformation: a PDF render runs the print
 * stylesheet on a thread of its own (xslt-threads.ts), and SaxonJS loaded here too would keep
 * about 60 MB resident beside Typst for nothing.
 */
function saxon(): ReturnType<typeof loadSaxonJS<SaxonJSApi>> {
  return (loaded ??= loadSaxonJS<SaxonJSApi>(join(renderCacheDir, 'v8')));
}

function xslFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? xslFiles(join(dir, e.name)) : e.name.endsWith('.xsl') ? [join(dir, e.name)] : []))
    .sort();
}

/**
 * Key of a compiled stylesheet: every .xsl under xslt/ (any of them may be imported) and the
 * SaxonJS version. A change to any module recompiles; otherwise the SEF is reused.
 */
export function stylesheetKey(stylesheet: string): string {
  const known = keys.get(stylesheet);
  if (known) return known;
  const hash = createHash('sha256');
  hash.update(require('saxon-js/package.json').version as string);
  for (const f of xslFiles(xsltDir)) {
    hash.update(relative(xsltDir, f));
    hash.update(readFileSync(f));
  }
  hash.update(relative(xsltDir, stylesheet));
  const key = hash.digest('hex').slice(0, 16);
  keys.set(stylesheet, key);
  return key;
}

/** Compilations of editions' overrides kept per driver (and their generated wrappers). */
export const overrideCompilationsKept = 8;

/**
 * Which compilations in the cache are older forms of one (by its name: `html`, or
 * `overrides_html-<hash>` for an edition's overrides) and how many of them are kept. Older
 * compilations are dead weight, but for the most recently used: another process (another
 * version of the toolkit sharing the cache, a render started before the stylesheets changed)
 * may be about to read one. An edition's overrides are named by their content, so each edit
 * of them makes a new name: theirs are kept per driver, the last eight, for the several
 * editions one installation may build.
 */
export function compilationGroup(name: string): { readonly pattern: RegExp; readonly keep: number } {
  const override = /^(overrides_[^-]+)-[0-9a-f]{16}$/u.exec(name);
  const stem = override ? `${override[1]!}-[0-9a-f]{16}` : name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return { pattern: new RegExp(`^${stem}-[0-9a-f]{16}\\.sef\\.json$`, 'u'), keep: override ? overrideCompilationsKept : 3 };
}

/** Per process: sources do not change while a build runs, so each is hashed, compiled and parsed once. */
const keys = new Map<string, string>();
const compiling = new Map<string, Promise<string>>();
const parsed = new Map<string, unknown>();

/**
 * Path of the compiled (SEF) form of a stylesheet, compiling it with SaxonJS's own compiler
 * (xslt3) only when no SEF for the current sources exists. Compiling is slow (seconds);
 * running a SEF is fast, so this happens once per change of the stylesheets.
 */
export function compiledStylesheet(stylesheet: string): Promise<string> {
  const path = resolve(xsltDir, stylesheet);
  let pending = compiling.get(path);
  if (!pending) {
    pending = compile(path);
    compiling.set(path, pending);
    pending.catch(() => compiling.delete(path));
  }
  return pending;
}

async function compile(path: string): Promise<string> {
  if (!existsSync(path)) {
    throw new EditionError([error({ message: `stylesheet not found: ${relative(projectRoot, path)}`, rule: 'xslt-missing', stage: 'render' })]);
  }
  const name = (path.startsWith(xsltDir) ? relative(xsltDir, path) : `overrides/${path.split(/[\\/]/).pop()!}`).replace(/[\\/]/g, '_').replace(/\.xsl$/, '');
  const sef = join(sefCacheDir, `${name}-${stylesheetKey(path)}.sef.json`);
  if (existsSync(sef) && statSync(sef).size > 0) {
    touch(sef);
    return sef;
  }
  mkdirSync(sefCacheDir, { recursive: true });
  const tmp = temporaryPath(sef);
  try {
    await run(process.execPath, [require.resolve('xslt3/xslt3.js'), `-xsl:${path}`, `-export:${tmp}`, '-nogo', '-relocate:on', '-ns:##html5'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    renameSync(tmp, sef);
    const group = compilationGroup(name);
    pruneLeastRecent(sefCacheDir, (f) => group.pattern.test(f), group.keep);
  } catch (err) {
    rmSync(tmp, { force: true });
    const e = err as { stderr?: string; message: string };
    throw new EditionError([
      error({
        message: `cannot compile ${relative(projectRoot, path)}: ${(e.stderr || e.message).trim().split('\n').slice(0, 5).join(' | ')}`,
        rule: 'xslt-compile',
        stage: 'render',
        file: relative(process.cwd(), path),
      }),
    ]);
  }
  return sef;
}

/** The SEF as an object, read and parsed once per process. */
function loadSef(sef: string): unknown {
  let value = parsed.get(sef);
  if (value === undefined) {
    value = JSON.parse(readFileSync(sef, 'utf8'));
    parsed.set(sef, value);
  }
  return value;
}

export interface TransformResult {
  /** The principal result, serialised. */
  readonly output: string;
  /** Secondary results (xsl:result-document), by the href the stylesheet gave them, serialised. */
  readonly documents: Readonly<Record<string, string>>;
}

/** Where SaxonJS places secondary results; their names are kept relative to it. */
export const outputBase = 'file:///tei-edition-output/';

/**
 * Runs a compiled stylesheet on an XML text. Parameters are passed as typed values: keys are
 * parameter names (use Clark notation `Q{ns}local` for namespaced ones).
 */
export function transform(sef: string, xml: string, params: Record<string, unknown> = {}): TransformResult {
  // Secondary results are kept in memory (not written by SaxonJS) so the caller can write
  // every file atomically, or none when something fails.
  const base = outputBase;
  const documents: Record<string, string> = {};
  try {
    const result = saxon().api.transform(
      {
        stylesheetInternal: loadSef(sef),
        sourceText: xml,
        destination: 'serialized',
        stylesheetParams: params,
        baseOutputURI: base,
        deliverResultDocument: () => ({
          destination: 'serialized',
          save: (uri: unknown, text: unknown) => {
            const href = String(uri);
            documents[href.startsWith(base) ? href.slice(base.length) : href] = String(text);
          },
        }),
      },
      'sync',
    );
    saxon().saveCodeCache();
    return { output: String(result.principalResult ?? ''), documents };
  } catch (err) {
    const e = err as { message?: string; code?: string };
    throw new EditionError([
      error({
        message: `XSLT failed: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}`,
        rule: 'xslt-runtime',
        stage: 'render',
        file: relative(process.cwd(), sef),
      }),
    ]);
  }
}
