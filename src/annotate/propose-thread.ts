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

/** Starts the thread; undefined where there is no compiled worker (then the build proposes in line). */
export function startProposalThread(): ProposalThread | undefined {
  const file = workerFile();
  if (!file) return undefined;
  const worker = new Worker(file);
  worker.unref(); // until asked, it must not keep the process alive
  let failed: unknown;
  let closed = false;
  worker.on('error', (err) => (failed = err));
  return {
    propose(input) {
      if (failed !== undefined) return Promise.resolve(proposeReview(input));
      worker.ref();
      return new Promise<ReviewItem[]>((resolve) => {
        let settled = false;
        const done = (items: () => ReviewItem[]): void => {
          if (settled) return;
          settled = true;
          resolve(closed ? [] : items());
          void worker.terminate();
        };
        worker.once('message', (reply: { items?: ReviewItem[] }) => done(() => reply.items ?? proposeReview(input)));
        worker.once('error', () => done(() => proposeReview(input)));
        worker.once('exit', () => done(() => proposeReview(input)));
        worker.postMessage(input);
      });
    },
    close() {
      closed = true;
      void worker.terminate();
    },
  };
}
