import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EditionError, type Diagnostic } from '../diagnostics/index.js';
import { BuildCache } from './build-cache.js';
import { buildEdition, type BuildOptions, type BuildResult } from './build.js';
import type { StageEvent } from './progress.js';
import { keepHelpersWarm } from './warm.js';

/** One build of a watch: the first, or one after a change. */
export interface WatchBuild {
  /** The input files whose change started it (none for the first). */
  readonly changed: readonly string[];
  /** The build's result, or undefined when it failed (its reasons are in `diagnostics`). */
  readonly result?: BuildResult;
  readonly diagnostics: readonly Diagnostic[];
  /** The stages run, in order (`structure`, `tei`, `html`, `pdf`…). */
  readonly redone: readonly string[];
  /** The outputs taken unchanged from earlier builds. */
  readonly reused: readonly string[];
  readonly ms: number;
}

export interface WatchOptions extends Pick<BuildOptions, 'cwd' | 'only' | 'onStage'> {
  /** Where built results are kept between builds (default: the toolkit's cache folder). */
  readonly cache?: BuildCache;
  /** Told after every build. */
  readonly onBuild: (build: WatchBuild) => void;
  /** Stops watching. */
  readonly signal: AbortSignal;
  /** Quiet time after a change before rebuilding, so that a save of several files is one rebuild (default 150 ms). */
  readonly settleMs?: number;
}

/**
 * Builds an edition, then rebuilds it whenever a file the read stage read changes (the config,
 * the witnesses, the editors' data, the registers, the rules; a config that names other files
 * is watched anew after each build), until `signal` aborts. Each rebuild reuses, by content
 * hash, what the change left unchanged. The folders holding the inputs are watched rather than
 * the files, so that editors that save by replacing a file are followed too.
 * Resolves when stopped.
 */
export async function watchEdition(configFile: string, options: WatchOptions): Promise<void> {
  const cache = options.cache ?? new BuildCache();
  const settle = options.settleMs ?? 150;
  let watchers: FSWatcher[] = [];
  let watched = new Set<string>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const once = async (changed: readonly string[]): Promise<void> => {
    const redone: string[] = [];
    // When the build began reading its inputs: a file changed after it may not be in the build.
    let readFrom = Date.now();
    const onStage = (e: StageEvent): void => {
      if (e.stage === 'read' && e.phase === 'start') readFrom = Date.now();
      if (e.phase === 'end' && !['read', 'load', 'write'].includes(e.stage)) redone.push(e.stage);
      options.onStage?.(e);
    };
    const t0 = performance.now();
    let result: BuildResult | undefined;
    let diagnostics: readonly Diagnostic[];
    try {
      result = await buildEdition(configFile, { ...(options.cwd ? { cwd: options.cwd } : {}), ...(options.only ? { only: options.only } : {}), cache, onStage });
      diagnostics = result.diagnostics;
      rewatch(result.inputs);
      // An input saved while the build ran, before its folder was watched (the first build
      // learns the inputs only when it ends), would otherwise wait for its next save.
      const touched = result.inputs.filter((f) => {
        try {
          return statSync(f).mtimeMs > readFrom;
        } catch {
          return true;
        }
      });
      if (touched.length > 0) changedOnDisk(touched);
    } catch (err) {
      if (!(err instanceof EditionError)) throw err;
      diagnostics = err.diagnostics;
    }
    if (options.signal.aborted) return;
    options.onBuild({ changed, ...(result ? { result } : {}), diagnostics, redone, reused: result?.reused ?? [], ms: performance.now() - t0 });
  };

  const rewatch = (inputs: readonly string[]): void => {
    const files = new Set(inputs);
    if (files.size === watched.size && [...files].every((f) => watched.has(f))) return;
    for (const w of watchers) w.close();
    watched = files;
    const byDir = new Map<string, Set<string>>();
    for (const f of files) byDir.set(dirname(f), (byDir.get(dirname(f)) ?? new Set()).add(basename(f)));
    watchers = [...byDir].map(([dir, names]) =>
      watch(dir, (_event, name) => {
        if (name !== null && names.has(name.toString())) changedOnDisk([join(dir, name.toString())]);
      }),
    );
  };

  /** Rebuilds once the files have been quiet for `settle` ms, after the build running now. */
  const changedOnDisk = (files: readonly string[]): void => {
    for (const f of files) pending.add(f);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending].sort();
      pending = new Set();
      running = running.then(() => once(changed));
    }, settle);
  };

  keepHelpersWarm(true);
  // The first build names the inputs; until it succeeds, the config alone is watched.
  rewatch([resolve(options.cwd ?? process.cwd(), configFile)]);
  running = once([]);
  await running;
  await new Promise<void>((stop) => {
    if (options.signal.aborted) stop();
    options.signal.addEventListener('abort', () => stop(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await running;
  keepHelpersWarm(false);
}
