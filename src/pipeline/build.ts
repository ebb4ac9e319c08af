import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { displayPath, loadConfig, resolveFromConfig, type EditionConfig } from '../config/load.js';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import type { EditionSource } from './source.js';
import { configInputs, refuseOutputsOverInputs, type PlannedOutput } from '../io/output-guard.js';
import { previousKept, replaceOutputsTogether, type SetOutput } from '../io/replace-together.js';
import { manifestName, manifestOf, writeOutputs } from '../io/write-files.js';
import type { EditionInput } from './memory.js';
import type { Processed } from './process.js';
import { lazyEdition, wholeFromCache } from './cached.js';
import { readEdition } from './read.js';
import { sweepCacheFolders } from '../io/temp-files.js';
import { cacheRoot } from '../io/cache-dir.js';
import { BuildCache, hashFiles, hashOf, toolkitFingerprint } from './build-cache.js';
import { staged, type OnStage } from './progress.js';
import { buildOutputs, htmlFolder, type BuildOutput } from './render.js';

export { buildOutputs, type BuildOutput };
export { BuildCache } from './build-cache.js';
export type { OnStage, StageEvent } from './progress.js';

export interface BuildOptions {
  /** Working directory for the config path and messages (default: process.cwd()). */
  cwd?: string;
  /** Write the outputs (default true); false builds everything in memory only. */
  write?: boolean;
  /** Outputs to make (default: all). */
  only?: readonly BuildOutput[];
  /**
   * Reuse what earlier builds of the same inputs made (the TEI, the review, the web edition,
   * the PDF), kept by content hash in the toolkit's cache folder or the given cache; default
   * false. The files are the same bytes either way.
   */
  cache?: boolean | BuildCache;
  /** Told when each stage starts and ends (timings, progress). */
  onStage?: OnStage;
  /**
   * Make the PDF on threads of its own beside the rest (default true). A worker of the build
   * pool makes it on its own thread: the pool already keeps every core busy, and each thread
   * would start the stylesheet engine again.
   */
  printThreads?: boolean;
  /** Make the review's proposals on a thread of their own (default true; the pool's workers make them in line). */
  reviewThread?: boolean;
}

export interface BuildResult {
  readonly edition: Edition;
  readonly tei: string;
  /** The rendered files by their path in the output folder: `review.md`, `review.json`, `html/…`, `<id>.pdf`. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Files written, as shown to the user (none for an edition built in memory). */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** Outputs taken from the cache rather than made (`tei`, `review`, `html`, `pdf`). */
  readonly reused: readonly BuildOutput[];
  /** Every file the build read (the config first): what `build --watch` watches. */
  readonly inputs: readonly string[];
}

/** Where each output goes, from the config. */
export function outputPaths(config: EditionConfig): { tei: string; dir: string } {
  return { tei: resolveFromConfig(config, config.output.tei), dir: resolveFromConfig(config, config.output.dir) };
}

const refused = (diagnostics: readonly Diagnostic[], file: string, kept?: string): EditionError =>
  new EditionError([
    ...diagnostics,
    error({
      message: `the edition breaks the rules above and was not written${kept ? `; the rejected TEI is kept at ${kept} for inspection (the positions above are in it)` : ''}`,
      rule: 'build-refused',
      stage: 'tei',
      file,
    }),
  ]);

/**
 * Builds an edition: read → structure → collate → annotate → toTei → check → render → write.
 *
 * - `buildEdition(configFile, options)` reads the config and the files it names and writes the
 *   TEI and the outputs where the config says (unless `write: false`).
 * - `buildEdition(input, options)` builds an edition held in memory ({@link EditionInput}:
 *   witnesses as `{ siglum, text }`, the header, registers as TEI text…) and returns the TEI and
 *   the rendered files without touching the disk.
 *
 * Nothing is written when any stage reports an error (an `EditionError` carries the reasons);
 * each file is written whole or not at all.
 */
export async function buildEdition(configFile: string, options?: BuildOptions): Promise<BuildResult>;
export async function buildEdition(input: EditionInput, options?: Pick<BuildOptions, 'only' | 'onStage'>): Promise<BuildResult>;
export async function buildEdition(from: string | EditionInput, options: BuildOptions = {}): Promise<BuildResult> {
  const on = options.onStage;
  if (typeof from !== 'string') {
    const [{ sourceFromInput }, { processEdition }] = await Promise.all([import('./memory.js'), import('./process.js')]);
    const built = await processEdition(sourceFromInput(from), { schema: false, ...(options.only ? { only: options.only } : {}), ...(on ? { onStage: on } : {}) });
    if (!built.passed) throw refused(built.diagnostics, `${built.edition.id}.xml`);
    return { edition: built.edition, tei: built.tei, files: built.files, written: [], diagnostics: built.diagnostics, reused: [], inputs: [] };
  }
  const cwd = options.cwd ?? process.cwd();
  const write = options.write !== false;
  if (write) {
    // An output over an input (a witness, the config, a register, the header…) is refused before any work.
    const named = loadConfig(from, cwd);
    const inputs = configInputs(resolve(cwd, from), named, named.root, ['output']).map((i) => ({ ...i, shown: displayPath(named, i.path, cwd) }));
    refuseOutputsOverInputs(plannedOutputs(named, outputPaths(named), (p) => displayPath(named, p, cwd)), inputs, 'write');
  }
  sweepCacheFolders(cacheRoot());
  const { source, config, files: inputs } = staged(on, 'read', () => readEdition(from, { cwd }));
  const paths = outputPaths(config);
  const shown = (p: string) => displayPath(config, p, cwd);
  const only = write ? options.only : (options.only ?? ['tei']);
  const store = options.cache === true ? new BuildCache() : options.cache || undefined;
  // The TEI's key: every file read, where it was read from, the toolkit that reads it and the
  // schema that checks it (a TEI is reused only if the same schema passed it).
  const cache = store ? { store, inputs: hashOf(toolkitFingerprint(), cwd, hashFiles(inputs), schemaStamp(source.schema)) } : undefined;
  const teiFile = shown(paths.tei);
  // A rebuild whose every output is cached loads none of the stages (most of a process's start).
  const whole = cache ? wholeFromCache(cache.store, cache.inputs, teiFile, new Set(only ?? buildOutputs), source.render) : undefined;
  try {
    let built: Processed;
    if (whole) {
      for (const stage of whole.reused) on?.({ stage, phase: 'reused' });
      built = { ...whole, passed: true, files: whole.files, edition: lazyEdition(source.id, () => modelOf(source, only)) };
    } else {
      const { processEdition } = await staged(on, 'load', () => import('./process.js'));
      built = await processEdition(source, { teiFile, ...(only ? { only } : {}), ...(on ? { onStage: on } : {}), ...(cache ? { cache } : {}), ...(options.printThreads === false ? { printThreads: false } : {}), ...(options.reviewThread === false ? { reviewThread: false } : {}) });
    }
    if (!built.passed) {
      const rejected = join(paths.dir, `${config.id}.rejected.xml`);
      if (write) writeOutputs(new Map([[rejected, built.tei]]));
      throw refused(built.diagnostics, shown(paths.tei), write ? shown(rejected) : undefined);
    }
    const result = { edition: built.edition, tei: built.tei, files: built.files, diagnostics: built.diagnostics, reused: built.reused, inputs };
    if (!write) return { ...result, written: [] };
    return { ...result, written: staged(on, 'write', () => writeBuild(built, paths, shown)) };
  } catch (err) {
    // Nothing is replaced unless everything was made and written: a failed build says so.
    if (!write || !(err instanceof EditionError) || err.diagnostics.some((d) => d.rule === 'outputs-kept')) throw err;
    throw new EditionError([...err.diagnostics, previousKept('write', plannedOutputs(config, paths, shown).map((o) => o.path))], err.exitCode);
  }
}

const require = createRequire(import.meta.url);

/**
 * The edition model of a build taken whole from the cache, made when asked for: the stages
 * are loaded then, synchronously (`require` of the compiled ES modules, Node ≥ 20.19).
 */
function modelOf(source: EditionSource, only: readonly BuildOutput[] | undefined): Edition {
  let stages: typeof import('./process.js');
  try {
    stages = require('./process.js') as typeof import('./process.js');
  } catch (err) {
    throw new Error(`the edition model of a build taken from the cache could not be made (build without the cache to have it): ${(err as Error).message}`);
  }
  return stages.editionModel(source, !only || only.includes('review') ? {} : { unknownNames: false });
}

/** Every place a build from this config may write: the TEI, the files of the output folder, the web edition's folder. */
function plannedOutputs(config: EditionConfig, paths: { tei: string; dir: string }, shown: (p: string) => string): PlannedOutput[] {
  const hint = 'change the output paths of the config (output.tei, output.dir) so that no input is an output';
  const file = (path: string): PlannedOutput => ({ path, shown: shown(path), kind: 'file', hint });
  return [
    file(paths.tei),
    ...['review.md', 'review.json', `${config.id}.pdf`, `${config.id}.rejected.xml`].map((name) => file(join(paths.dir, name))),
    { path: join(paths.dir, htmlFolder), shown: shown(join(paths.dir, htmlFolder)), kind: 'folder', hint },
  ];
}

/**
 * The write stage of a build from a config: the TEI, the loose files and the web edition's
 * folder, replaced all together or not at all (staged beside them first).
 */
function writeBuild(built: Processed, paths: { tei: string; dir: string }, shown: (p: string) => string): string[] {
  const outputs: SetOutput[] = [{ path: paths.tei, data: built.tei, shown: shown(paths.tei) }];
  const html = new Map<string, Uint8Array | string>();
  for (const [name, data] of built.files) {
    if (name.startsWith(`${htmlFolder}/`)) html.set(name.slice(htmlFolder.length + 1), data);
    else outputs.push({ path: join(paths.dir, name), data, shown: shown(join(paths.dir, name)) });
  }
  const htmlDir = join(paths.dir, htmlFolder);
  const pages = html.size;
  if (pages > 0) {
    html.set(manifestName, manifestOf([...html.keys()]));
    outputs.push({ path: htmlDir, tree: html, shown: shown(htmlDir) });
  }
  replaceOutputsTogether(outputs);
  return outputs.map((o) => (o.tree ? `${o.shown}/ (${pages} files)` : o.path.endsWith('.pdf') && built.pages !== undefined ? `${o.shown} (${built.pages} pages)` : o.shown!));
}

/** The schema as the cache key needs it: none, a URL as named, or a file with its content. */
function schemaStamp(schema: string | undefined): string {
  if (schema === undefined) return 'no schema';
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(schema) ? schema : hashFiles([schema]);
}
