import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReviewItem } from '../model/review.js';
import { proposeReview, type ProposalInput } from './index.js';

/**
 * The review's proposals made on a thread of their own. The thread starts before the text is
 * structured and loads what the proposals need meanwhile (the spelling dictionaries and the
 * NLP model: about 0.8 s of a build's one-thread start, with the second core idle); the build
 * hands it the annotated text and goes on to the TEI, the check and the renderers. The items
 * are the same as proposeReview's here.
 */
export interface ProposalThread {
  /** The proposals for this text; made here instead if the thread fails. */
  propose(input: ProposalInput): Promise<ReviewItem[]>;
  /** Ends the thread: a build refused by its rules needs no proposals (a pending propose gives none). */
  close(): void;
}

/** The compiled worker: under vitest (TypeScript sources) the one in dist/, as the build pool does. */
function workerFile(): string | undefined {
  const here = fileURLToPath(new URL('./propose-worker.js', import.meta.url));
  const file = import.meta.url.endsWith('.ts') ? fileURLToPath(new URL('../../dist/annotate/propose-worker.js', import.meta.url)) : here;
  return existsSync(file) ? file : undefined;
}

/** Whether a thread is kept for the next build (a watched edition), and the one waiting. */
let keeping = false;
let idle: Worker | undefined;
/** Threads that failed or ended: never kept. */
const gone = new WeakSet<Worker>();

/**
 * Keeps the thread of a build for the next one (true): a watched edition's rebuild then finds
 * the dictionaries and the NLP model loaded and warm instead of loading them again. False
 * ends the kept thread.
 */
export function keepProposalThreads(on: boolean): void {
  keeping = on;
  if (!on && idle) {
    void idle.terminate();
    idle = undefined;
  }
}

let started = 0;
/** For tests: how many threads were started in this process. */
export const proposalThreadsStarted = (): number => started;

function newWorker(file: string): Worker {
  started++;
  const worker = new Worker(file);
  worker.unref(); // until asked, it must not keep the process alive
  const lost = (): void => {
    gone.add(worker);
    if (idle === worker) idle = undefined;
  };
  worker.on('error', lost);
  worker.on('exit', lost);
  return worker;
}

/** Starts the thread (or takes the kept one); undefined where there is no compiled worker (then the build proposes in line). */
export function startProposalThread(): ProposalThread | undefined {
  const file = workerFile();
  if (!file) return undefined;
  const worker = keeping && idle ? idle : newWorker(file);
  idle = undefined;
  let closed = false;
  let asked = false;
  let finished = false;
  // Its work for this build is over: kept for the next build, or ended.
  const finish = (): void => {
    if (finished) return;
    finished = true;
    worker.unref();
    if (keeping && !gone.has(worker) && idle === undefined) idle = worker;
    else void worker.terminate();
  };
  return {
    propose(input) {
      if (gone.has(worker)) return Promise.resolve(proposeReview(input));
      asked = true;
      worker.ref();
      return new Promise<ReviewItem[]>((resolve) => {
        const done = (items: () => ReviewItem[]): void => {
          worker.off('message', onMessage);
          worker.off('error', onFail);
          worker.off('exit', onFail);
          resolve(closed ? [] : items());
          finish();
        };
        const onMessage = (reply: { items?: ReviewItem[] }): void => done(() => reply.items ?? proposeReview(input));
        const onFail = (): void => done(() => proposeReview(input));
        worker.on('message', onMessage);
        worker.on('error', onFail);
        worker.on('exit', onFail);
        worker.postMessage(input);
      });
    },
    close() {
      closed = true;
      // A pending propose gives none; the thread is kept or ended once it has answered.
      if (!asked) finish();
      else if (!keeping) void worker.terminate();
    },
  };
}
