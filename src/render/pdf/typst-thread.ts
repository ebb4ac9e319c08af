import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { runTypst, type TypstRun } from './typst-run.js';

const require = createRequire(import.meta.url);

/**
 * The print thread's code, as source text (the same text runs from dist/ and under vitest,
 * where a worker could not load a .ts file); it compiles with runTypst's own source, so the
 * two threads cannot drift apart.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { NodeCompiler } = require(workerData.typst);
const compilers = new Map();
const runTypst = ${runTypst.toString()};
parentPort.on('message', (job) => {
  try {
    const key = job.fonts.join('\\n');
    let compiler = compilers.get(key);
    if (!compiler) {
      compiler = NodeCompiler.create({ workspace: workerData.workspace, fontArgs: [{ fontBlobs: job.fonts.map((f) => readFileSync(f)) }] });
      compilers.set(key, compiler);
    }
    parentPort.postMessage({ id: job.id, run: runTypst(compiler, job.mainFile, job.source, job.pdfStandard) });
  } catch (err) {
    parentPort.postMessage({ id: job.id, failure: (err && err.message) || String(err) });
  }
});
`;

interface Reply {
  readonly id: number;
  readonly run?: TypstRun;
  readonly failure?: string;
}

interface Job {
  readonly resolve: (run: TypstRun) => void;
  readonly reject: (err: unknown) => void;
}

let thread: { worker: Worker; pending: Map<number, Job>; next: number; workspace: string } | undefined;

function startThread(workspace: string): NonNullable<typeof thread> {
  // No flags of this process: under `node -e` with ESM the eval'd CommonJS would be read as a module.
  const worker = new Worker(workerSource, { eval: true, execArgv: [], workerData: { typst: require.resolve('@myriaddreamin/typst-ts-node-compiler'), workspace } });
  const started = { worker, pending: new Map<number, Job>(), next: 0, workspace };
  worker.unref();
  worker.on('message', (reply: Reply) => {
    const job = started.pending.get(reply.id);
    if (!job) return;
    started.pending.delete(reply.id);
    if (started.pending.size === 0) worker.unref();
    if (reply.run) job.resolve(reply.run);
    else job.reject(new Error(`Typst failed on the print thread: ${reply.failure ?? 'no answer'}`));
  });
  const fail = (err: unknown): void => {
    if (thread === started) thread = undefined;
    for (const job of started.pending.values()) job.reject(err);
    started.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the print thread stopped (exit code ${code})`)));
  return started;
}

/**
 * Compiles Typst markup on the print thread (kept for later runs, like the compiler of
 * typst-compile.ts with its fonts), so that this thread can render the web edition meanwhile.
 * Same result as runTypst here.
 */
export function runTypstOnThread(workspace: string, mainFile: string, source: string, pdfStandard: string, fonts: readonly string[]): Promise<TypstRun> {
  if (!thread || thread.workspace !== workspace) thread = startThread(workspace);
  const t = thread;
  const id = t.next++;
  return new Promise((resolve, reject) => {
    t.pending.set(id, { resolve, reject });
    t.worker.ref(); // also after releaseTypstThread(): a new run holds the process again
    t.worker.postMessage({ id, mainFile, source, pdfStandard, fonts });
  });
}

/** Lets the process end without waiting for the print thread's compilation (see releaseThreads). */
export function releaseTypstThread(): void {
  thread?.worker.unref();
}
