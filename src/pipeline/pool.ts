import { fork } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { toolkitRoot } from '../io/cache-dir.js';
import type { BuildOutput } from './render.js';
import type { StageEvent } from './progress.js';

/** The outcome of one edition of a pool build. */
export interface PoolOutcome {
  readonly config: string;
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly written: readonly string[];
  readonly reused: readonly BuildOutput[];
  readonly ms: number;
  /** Why the build stopped when it was not the edition's fault (a toolkit error, a worker out of memory). */
  readonly internal?: string;
}

/** What a pool worker tells the pool (src/pipeline/pool-worker.ts): its stages, then its outcome. */
export type PoolReply =
  | { readonly index: number; readonly kind: 'stage'; readonly event: StageEvent }
  | ({ readonly index: number; readonly kind: 'done' } & Omit<PoolOutcome, 'config'>);

export interface PoolOptions {
  readonly cwd?: string;
  readonly only?: readonly BuildOutput[];
  /** Reuse earlier builds' results (BuildOptions.cache). */
  readonly cache?: boolean;
  /** Editions built at once (default: one per core, at most one per edition). */
  readonly jobs?: number;
  /** Heap limit of each worker in MiB (default: the machine's memory shared out, at most 4 GiB). */
  readonly memoryMb?: number;
  /** Told of every stage of every edition, and of each edition's start and end. */
  readonly onEvent?: (config: string, event: StageEvent | { readonly stage: 'edition'; readonly phase: 'start' | 'done'; readonly ok?: boolean }) => void;
}

/** The worker's module: beside this one in dist/ (under the test runner, which runs src/, the compiled one). */
function workerEntry(): string {
  const here = fileURLToPath(new URL('./pool-worker.js', import.meta.url));
  return import.meta.url.endsWith('.ts') ? join(toolkitRoot, 'dist', 'pipeline', 'pool-worker.js') : here;
}

const outOfMemory = (config: string, memoryMb: number): Diagnostic =>
  error({
    message: `the build ran out of memory: its worker's heap limit is ${memoryMb} MiB`,
    rule: 'worker-out-of-memory',
    stage: 'cli',
    file: config,
    hint: 'build this edition alone, or raise the limit with --memory',
  });

/** The end of what a worker process said on stderr (V8's out-of-memory report, a native crash). */
const kept = 4096;

/**
 * Builds several editions at once on a pool of worker processes, one per core by default, each
 * with a bounded heap (`--max-old-space-size`); a worker builds editions one after another, warm.
 * Processes rather than threads: a crash or a runaway allocation in the native Typst compiler
 * ends one worker, not the pool, and the workers share no allocator or V8 background threads
 * (on two cores, 100 copies of the seed edition built 1.69× as fast as on one core with two
 * threads, 1.78× with two processes: docs/scaling.md). An edition that fails does not stop the
 * others; a worker that dies (out of memory) fails its edition and is replaced. Outcomes come
 * back in the order of `configs`.
 */
export async function buildMany(configs: readonly string[], options: PoolOptions = {}): Promise<PoolOutcome[]> {
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), configs.length));
  const memoryMb = options.memoryMb ?? Math.min(4096, Math.max(512, Math.floor(totalmem() / 1024 ** 2 / jobs / 2)));
  const outcomes: PoolOutcome[] = new Array(configs.length);
  let next = 0;
  const settings = { cwd: options.cwd ?? process.cwd(), cache: options.cache ?? false, ...(options.only ? { only: [...options.only] } : {}) };
  const execArgv = [...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')), `--max-old-space-size=${memoryMb}`];

  const runWorker = (): Promise<void> =>
    new Promise((finish) => {
      const worker = fork(workerEntry(), [JSON.stringify(settings)], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      let said = '';
      worker.stderr?.setEncoding('utf8');
      worker.stderr?.on('data', (d: string) => {
        said = (said + d).slice(-kept);
      });
      let current = -1;
      const give = (): void => {
        if (next >= configs.length) {
          current = -1;
          worker.disconnect();
          return;
        }
        current = next++;
        options.onEvent?.(configs[current]!, { stage: 'edition', phase: 'start' });
        worker.send({ index: current, config: configs[current] });
      };
      worker.on('message', (reply: PoolReply) => {
        const config = configs[reply.index]!;
        if (reply.kind === 'stage') {
          options.onEvent?.(config, reply.event);
          return;
        }
        const { index: _index, kind: _kind, ...rest } = reply;
        outcomes[reply.index] = { config, ...rest };
        options.onEvent?.(config, { stage: 'edition', phase: 'done', ok: reply.ok });
        give();
      });
      let fault = '';
      worker.on('error', (err) => {
        fault = err.message;
      });
      worker.on('exit', (code, signal) => {
        if (current === -1) return finish();
        // The worker died with an edition in hand (out of memory, a crash): that edition
        // failed; a new worker takes the rest.
        const config = configs[current]!;
        // Too little memory is the edition's size against the limit, not a fault of the toolkit.
        outcomes[current] = /heap out of memory|allocation failed/i.test(said)
          ? { config, ok: false, diagnostics: [outOfMemory(config, memoryMb)], written: [], reused: [], ms: 0 }
          : { config, ok: false, diagnostics: [], written: [], reused: [], ms: 0, internal: fault || `the build worker stopped unexpectedly (${signal ?? `exit code ${code}`})${said.trim() ? `:\n${said.trim()}` : ''}` };
        options.onEvent?.(config, { stage: 'edition', phase: 'done', ok: false });
        void runWorker().then(finish);
      });
      give();
    });

  await Promise.all(Array.from({ length: jobs }, runWorker));
  return outcomes;
}
