import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ExitCode, UsageError, hasErrors, type Diagnostic } from '../../diagnostics/index.js';
import { runCommand } from '../action.js';
import { printDiagnostics, type CliIO } from '../io.js';
import { progressLine } from '../progress.js';
import { defaultConfigFile } from '../../config/defaults.js';
import type { StageEvent } from '../../pipeline/progress.js';
import type { RegisterCommand } from './index.js';

/** Kept in step with `buildOutputs` in src/pipeline/build.ts (not imported: that module is heavy). */
const outputs = ['tei', 'review', 'html', 'pdf'];

interface BuildFlags {
  config: string[];
  only?: string;
  timings?: boolean;
  cache: boolean;
  watch?: boolean;
  jobs?: string;
  memory?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const wholeNumber = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`${flag} wants a whole number of at least 1 (got "${value}")`);
  return Number(value);
};

const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

/** `--timings`: each stage's time as it ends, then the whole process's. */
function timingsPrinter(io: CliIO, t0: number): { onStage(e: StageEvent): void; total(): void } {
  return {
    onStage(e) {
      if (e.phase === 'end') io.stderr(`timing ${e.stage.padEnd(10)} ${ms(e.ms ?? 0).padStart(9)}\n`);
      if (e.phase === 'reused') io.stderr(`timing ${e.stage.padEnd(10)}    reused\n`);
    },
    total() {
      io.stderr(`timing ${'command'.padEnd(10)} ${ms(performance.now() - t0).padStart(9)}\n`);
      io.stderr(`timing ${'process'.padEnd(10)} ${ms(performance.now()).padStart(9)} (since Node started)\n`);
    },
  };
}

export const registerBuild: RegisterCommand = (program, ctx) => {
  program
    .command('build')
    .description('Build the edition named by the config: the TEI, the review report, the HTML edition and the PDF.')
    .option('-c, --config <file>', `edition config file (default ${defaultConfigFile}); repeat it to build several editions at once, one per core`, collect, [])
    .option('--only <outputs>', `outputs to make, comma-separated: ${outputs.join(', ')} (the TEI is always made)`)
    .option('--no-cache', 'make every output anew, neither using nor keeping the results of earlier builds')
    .option('--watch', 'after building, rebuild whenever an input file changes and say what was redone (Ctrl-C stops)')
    .option('--timings', 'print the time of each stage and of the whole process on stderr')
    .option('-j, --jobs <n>', 'with several --config: editions built at once (default: one per core)')
    .option('--memory <MiB>', 'with several --config: heap limit of each build worker in MiB (default: the memory shared out, at most 4096)')
    .action(async (opts: BuildFlags) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          const t0 = performance.now();
          const only = opts.only?.split(',').map((s) => s.trim()).filter(Boolean);
          const unknown = only?.filter((o) => !outputs.includes(o));
          if (unknown?.length) throw new UsageError(`unknown output "${unknown.join(', ')}" (use ${outputs.join(', ')})`);
          const configs = opts.config.length ? opts.config : [defaultConfigFile];
          const jobs = wholeNumber('--jobs', opts.jobs);
          const memoryMb = wholeNumber('--memory', opts.memory);
          if (configs.length > 1) {
            if (opts.watch) throw new UsageError('--watch builds one edition; give one --config');
            return buildSeveral(ctx.io, configs, { ...(only ? { only } : {}), cache: opts.cache, ...(jobs ? { jobs } : {}), ...(memoryMb ? { memoryMb } : {}) });
          }
          const timings = opts.timings ? timingsPrinter(ctx.io, t0) : undefined;
          // Loaded on use, so `tei-edition --help` and other commands start fast.
          const { buildEdition } = await import('../../pipeline/build.js');
          if (timings) ctx.io.stderr(`timing ${'load'.padEnd(10)} ${ms(performance.now() - t0).padStart(9)}\n`);
          if (opts.watch) return watch(ctx.io, configs[0]!, { ...(only ? { only } : {}), cache: opts.cache, ...(timings ? { onStage: timings.onStage } : {}) });
          const progress = progressLine(ctx.io);
          try {
            const result = await buildEdition(configs[0]!, {
              cwd: ctx.io.cwd,
              ...(only ? { only: only as never } : {}),
              cache: opts.cache,
              onStage: (e) => {
                if (timings) {
                  progress.clear();
                  timings.onStage(e);
                }
                if (e.phase === 'start') progress.update(`building: ${e.stage}`);
              },
            });
            progress.done();
            for (const f of result.written) ctx.io.stderr(`wrote ${f}\n`);
            timings?.total();
            return { diagnostics: result.diagnostics };
          } finally {
            progress.done();
          }
        }),
      );
    });
};

/** Several editions on the worker pool: one progress line, each failure named, exit 1 if any failed. */
async function buildSeveral(io: CliIO, configs: readonly string[], options: { only?: string[]; cache: boolean; jobs?: number; memoryMb?: number }): Promise<{ exitCode: number }> {
  const { buildMany } = await import('../../pipeline/pool.js');
  const progress = progressLine(io);
  const running = new Map<string, string>();
  let finished = 0;
  const show = (): void => progress.update(`built ${finished}/${configs.length}; ${[...running].map(([c, s]) => `${c}: ${s}`).join(', ')}`);
  const outcomes = await buildMany(configs, {
    cwd: io.cwd,
    cache: options.cache,
    ...(options.only ? { only: options.only as never } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.memoryMb ? { memoryMb: options.memoryMb } : {}),
    onEvent: (config, e) => {
      if (e.stage === 'edition') {
        if (e.phase === 'done') {
          running.delete(config);
          finished++;
        } else running.set(config, 'read');
      } else if (e.phase === 'start') running.set(config, e.stage);
      show();
    },
  });
  progress.done();
  const failed: string[] = [];
  for (const o of outcomes) {
    const diagnostics: readonly Diagnostic[] = o.diagnostics;
    printDiagnostics(io, diagnostics);
    for (const f of o.written) io.stderr(`wrote ${f}\n`);
    if (o.internal) io.stderr(`tei-edition: ${o.config}: internal error, please report it with the command you ran:\n${o.internal}\n`);
    if (!o.ok || hasErrors(diagnostics)) failed.push(o.config);
  }
  io.stderr(`built ${configs.length - failed.length} of ${configs.length} editions${failed.length ? `; failed: ${failed.join(', ')}` : ''}\n`);
  return { exitCode: failed.length ? ExitCode.input : ExitCode.ok };
}

/** `build --watch`: builds, then rebuilds on every change until Ctrl-C, saying what each rebuild redid. */
async function watch(io: CliIO, config: string, options: { only?: string[]; cache: boolean; onStage?: (e: StageEvent) => void }): Promise<{ exitCode: number }> {
  const [{ watchEdition }, { BuildCache }] = await Promise.all([import('../../pipeline/watch.js'), import('../../pipeline/build-cache.js')]);
  const stop = new AbortController();
  const interrupted = (): void => stop.abort();
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const shown = (f: string): string => relative(io.cwd, f) || f;
  // Without a cache a watch would redo everything on each change; with --no-cache it keeps
  // its results in a folder of its own, removed when it stops.
  const own = options.cache ? undefined : join(tmpdir(), `tei-edition-watch-${process.pid}`);
  try {
    await watchEdition(config, {
      cwd: io.cwd,
      ...(options.only ? { only: options.only as never } : {}),
      ...(own ? { cache: new BuildCache(own) } : {}),
      ...(options.onStage ? { onStage: options.onStage } : {}),
      signal: stop.signal,
      onBuild: (b) => {
        printDiagnostics(io, b.diagnostics);
        const what = b.changed.length ? `changed ${b.changed.map(shown).join(', ')}: ` : '';
        if (!b.result) io.stderr(`${what}build failed (${ms(b.ms)}); watching for changes\n`);
        else {
          const redid = b.redone.length ? `redid ${b.redone.join(', ')}` : 'redid nothing';
          const reused = b.reused.length ? `; reused ${b.reused.join(', ')}` : '';
          io.stderr(`${what}${redid}${reused} (${ms(b.ms)}); watching ${b.result.inputs.length} files (Ctrl-C stops)\n`);
        }
      },
    });
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (own) rmSync(own, { recursive: true, force: true });
  }
  return { exitCode: ExitCode.ok };
}
