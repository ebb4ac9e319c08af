import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';
import { outputBase, renderCacheDir, transform, type TransformResult } from './xslt.js';
import { runSaxonScript, saxonFiles } from './saxon-load.js';

const saxon = saxonFiles(join(renderCacheDir, 'v8'));

/**
 * The worker's code, as source text rather than a module file: the same text runs from dist/
 * and from the TypeScript sources under vitest, where a worker could not load a .ts file.
 * It does what transform() in xslt.ts does (keep the two in step): secondary results are
 * serialised and kept in memory, keyed by their href relative to the output base.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { existsSync, readFileSync } = require('node:fs');
const { Script } = require('node:vm');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const runSaxonScript = ${runSaxonScript.toString()};
const SaxonJS = runSaxonScript({ existsSync, readFileSync, Script, createRequire, dirname }, workerData.saxonJs, workerData.cacheFile).api;
const sefs = new Map();
parentPort.on('message', (job) => {
  try {
    let sef = sefs.get(job.sef);
    if (sef === undefined) {
      sef = JSON.parse(readFileSync(job.sef, 'utf8'));
      sefs.set(job.sef, sef);
    }
    const documents = {};
    const result = SaxonJS.transform({
      stylesheetInternal: sef,
      sourceText: job.xml,
      destination: 'serialized',
      stylesheetParams: job.params,
      baseOutputURI: job.base,
      deliverResultDocument: () => ({
        destination: 'serialized',
        save: (uri, text) => {
          const href = String(uri);
          documents[href.startsWith(job.base) ? href.slice(job.base.length) : href] = String(text);
        },
      }),
    }, 'sync');
    parentPort.postMessage({ id: job.id, output: String(result.principalResult ?? ''), documents });
  } catch (err) {
    parentPort.postMessage({ id: job.id, failure: { message: (err && err.message) || String(err), code: err && err.code } });
  }
});
`;

interface Reply {
  readonly id: number;
  readonly output?: string;
  readonly documents?: Record<string, string>;
  readonly failure?: { readonly message: string; readonly code?: string };
}

/**
 * A thread that runs transformations, kept for the next render (a build renders more than
 * once, and a thread that has run SaxonJS before is faster: its code is compiled). It holds
 * the process open only while it has work.
 */
class TransformThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: TransformResult) => void; reject: (e: unknown) => void; sef: string }>();
  private nextId = 0;

  constructor() {
    // The source is CommonJS and needs no flags; a worker would inherit the process's, and
    // under --input-type=module (node -e with ESM) its eval'd source would be read as a module.
    this.worker = new Worker(workerSource, { eval: true, execArgv: [], workerData: { saxonJs: saxon.file, cacheFile: saxon.cacheFile } });
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`the XSLT worker thread stopped (exit code ${code})`)));
  }

  run(sef: string, xml: string, params: Record<string, unknown>, base: string): Promise<TransformResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, sef });
      this.worker.ref(); // also after release(): a new run holds the process again
      this.worker.postMessage({ id, sef, xml, params, base });
    });
  }

  /** Its work is no longer wanted: it no longer holds the process open (a new run holds it again). */
  release(): void {
    this.worker.unref();
  }

  /** Ends the thread; its memory (SaxonJS, the trees of its runs) goes back to the system. */
  async end(): Promise<void> {
    await this.worker.terminate();
  }

  private settle(reply: Reply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.failure) {
      job.reject(xsltFailure(reply.failure, job.sef));
    } else {
      job.resolve({ output: reply.output ?? '', documents: reply.documents ?? {} });
    }
  }

  /** The thread is gone: every job it had fails, and the next render starts a new thread. */
  private fail(err: unknown): void {
    const at = threads.indexOf(this);
    if (at >= 0) threads.splice(at, 1);
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
  }
}

/** The same diagnostic as transform() reports for a failure on this thread. */
function xsltFailure(failure: { readonly message: string; readonly code?: string }, sef: string): EditionError {
  const d: Diagnostic = error({
    message: `XSLT failed: ${failure.code ? `${failure.code}: ` : ''}${failure.message}`,
    rule: 'xslt-runtime',
    stage: 'render',
    file: relative(process.cwd(), sef),
  });
  return new EditionError([d]);
}

const threads: TransformThread[] = [];

/**
 * Lets the process end without waiting for the worker threads' runs: a build that was refused
 * does not wait for the print it had started beside its check.
 */
export function releaseThreads(): void {
  for (const t of threads) t.release();
}

/** How many shares of a transformation run at once: one per core, the calling thread included. */
export function transformThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs a compiled stylesheet on a worker thread, so that this thread can do other work
 * meanwhile (the build renders the HTML edition while the print stylesheet runs). Same
 * result as transform(); the thread is kept for later runs.
 */
export function transformOnThread(sef: string, xml: string, params: Record<string, unknown> = {}): Promise<TransformResult> {
  if (threads.length === 0) threads.push(new TransformThread());
  return threads[0]!.run(sef, xml, params, outputBase);
}

/**
 * transformOnThread on a thread of its own, ended before the result is returned: the memory
 * the run took goes back to the system before the caller's next stage. A PDF render sets the
 * markup with Typst next, which needs hundreds of megabytes more for a long book; on the
 * calling thread, SaxonJS's heap would stay resident beside it.
 */
export async function transformOnOwnThread(sef: string, xml: string, params: Record<string, unknown> = {}): Promise<TransformResult> {
  const thread = new TransformThread();
  try {
    return await thread.run(sef, xml, params, outputBase);
  } finally {
    await thread.end();
  }
}

/**
 * Runs one compiled stylesheet on one XML text several times at once, each run with its own
 * parameters (its share of the work: the HTML edition gives each run some of the pages): the
 * first share on this thread, the others on worker threads, as many at a time as there are
 * cores (or `maxThreads`, the calling thread included; with 1 every share runs here, in turn).
 * Resolves to the results in the order of `shares`; fails with the first failure.
 * The results are those transform() gives for the same shares: only the thread differs.
 */
export async function transformShares(
  sef: string,
  xml: string,
  shares: readonly Record<string, unknown>[],
  maxThreads: number = transformThreads(),
): Promise<TransformResult[]> {
  const [first, ...rest] = shares;
  if (first === undefined) return [];
  const workers = Math.max(0, Math.min(rest.length, maxThreads - 1));
  while (threads.length < workers) threads.push(new TransformThread());
  // The shares beyond the worker count queue on the workers, in turn.
  const queued = rest.map((params, i) => (workers === 0 ? undefined : threads[i % workers]!.run(sef, xml, params, outputBase)));
  // Failures of the worker shares are caught here so that none goes unhandled while this
  // thread still runs its own share; the first failure in share order is thrown below.
  const settled = queued.map((p) => p?.then((value) => ({ value }), (reason: unknown) => ({ reason })));
  const results: TransformResult[] = [transform(sef, xml, first)];
  for (let i = 0; i < rest.length; i++) {
    const s = settled[i];
    if (s === undefined) {
      results.push(transform(sef, xml, rest[i]!));
      continue;
    }
    const outcome = await s;
    if ('reason' in outcome) throw outcome.reason;
    results.push(outcome.value);
  }
  return results;
}
