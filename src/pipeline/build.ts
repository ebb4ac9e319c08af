import { createRequire } from 'node:module';
import { join } from 'node:path';
import { displayPath, resolveFromConfig, type EditionConfig } from '../config/load.js';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import type { EditionSource } from './source.js';
import { writeOutputs } from '../io/write-files.js';
import type { EditionInput } from './memory.js';
import type { Processed } from './process.js';
import { lazyEdition, wholeFromCache } from './cached.js';
import { readEdition } from './read.js';
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
    const built = await processEdition(sourceFromInput(from), { ...(options.only ? { only: options.only } : {}), ...(on ? { onStage: on } : {}) });
    if (!built.passed) throw refused(built.diagnostics, `${built.edition.id}.xml`);
    return { edition: built.edition, tei: built.tei, files: built.files, written: [], diagnostics: built.diagnostics, reused: [], inputs: [] };
  }
  const cwd = options.cwd ?? process.cwd();
  const { source, config, files: inputs } = staged(on, 'read', () => readEdition(from, { cwd }));
  const paths = outputPaths(config);
  const shown = (p: string) => displayPath(config, p, cwd);
  const write = options.write !== false;
  const only = write ? options.only : (options.only ?? ['tei']);
  const store = options.cache === true ? new BuildCache() : options.cache || undefined;
  // The TEI's key: every file read, where it was read from and the toolkit that reads it.
  const cache = store ? { store, inputs: hashOf(toolkitFingerprint(), cwd, hashFiles(inputs)) } : undefined;
  const teiFile = shown(paths.tei);
  // A rebuild whose every output is cached loads none of the stages (most of a process's start).
  const whole = cache ? wholeFromCache(cache.store, cache.inputs, teiFile, new Set(only ?? buildOutputs), source.render) : undefined;
  let built: Processed;
  if (whole) {
    for (const stage of whole.reused) on?.({ stage, phase: 'reused' });
    built = { ...whole, passed: true, files: whole.files, edition: lazyEdition(source.id, () => modelOf(source, only)) };
  } else {
    const { processEdition } = await staged(on, 'load', () => import('./process.js'));
    built = await processEdition(source, { teiFile, ...(only ? { only } : {}), ...(on ? { onStage: on } : {}), ...(cache ? { cache } : {}) });
  }
  if (!built.passed) {
    const rejected = join(paths.dir, `${config.id}.rejected.xml`);
    if (write) writeOutputs(new Map([[rejected, built.tei]]));
    throw refused(built.diagnostics, shown(paths.tei), write ? shown(rejected) : undefined);
  }
  const result = { edition: built.edition, tei: built.tei, files: built.files, diagnostics: built.diagnostics, reused: built.reused, inputs };
  if (!write) return { ...result, written: [] };
  return { ...result, written: staged(on, 'write', () => writeBuild(built, paths, shown)) };
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

/** The write stage of a build from a config: the TEI, the loose files and the web edition's folder. */
function writeBuild(built: Processed, paths: { tei: string; dir: string }, shown: (p: string) => string): string[] {
  const loose = new Map<string, string | Uint8Array>([[paths.tei, built.tei]]);
  const html = new Map<string, Uint8Array>();
  for (const [name, data] of built.files) {
    if (name.startsWith(`${htmlFolder}/`)) html.set(name.slice(htmlFolder.length + 1), data);
    else loose.set(join(paths.dir, name), data);
  }
  const htmlDir = join(paths.dir, htmlFolder);
  writeOutputs(loose, html.size > 0 ? [{ dir: htmlDir, files: html }] : []);
  return [
    ...[...loose.keys()].map((p) => (p.endsWith('.pdf') && built.pages !== undefined ? `${shown(p)} (${built.pages} pages)` : shown(p))),
    ...(html.size > 0 ? [`${shown(htmlDir)}/ (${html.size} files)`] : []),
  ];
}
