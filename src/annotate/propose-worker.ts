// The proposals thread (propose-thread.ts): loads the spelling dictionaries and the NLP model
// at once, while the build's own thread structures and tags the text, then makes the review's
// proposals it is handed. It prints nothing.
import { parentPort } from 'node:worker_threads';
import { englishSpeller } from './corruptions/find.js';
import { warmTagger } from './discover/find.js';
import { proposeReview, type ProposalInput } from './index.js';

const port = parentPort!;

// Warm up: the dictionaries and the model load on first use.
englishSpeller();
warmTagger();

port.on('message', (input: ProposalInput) => {
  try {
    port.postMessage({ items: proposeReview(input) });
  } catch (err) {
    port.postMessage({ failure: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
