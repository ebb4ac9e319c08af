import { describe, expect, it } from 'vitest';
import { annotateText, proposeReview } from '../../src/annotate/index.js';
import { keepProposalThreads, proposalThreadsStarted, startProposalThread } from '../../src/annotate/propose-thread.js';
import { buildEdition } from '../../src/pipeline/build.js';
import { collatedEdition } from '../../src/pipeline/process.js';
import { readEdition } from '../../src/pipeline/read.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { join } from 'node:path';

// Frankenstein, not the flagship: three witnesses, registers of its own, unknown names and
// suspected corruptions to propose.
const config = join(repoRoot, 'examples/frankenstein/edition.config.json');

describe('the review proposals on their own thread', () => {
  it('makes the same items as in line, on a whole book', async () => {
    const { source } = readEdition(config);
    const text = annotateText(collatedEdition(source), { ...source.annotation, registers: source.registers });
    const here = proposeReview(text.proposals, text.index);
    expect(here.length).toBeGreaterThan(10);
    expect(here.some((r) => r.rule.startsWith('corruption'))).toBe(true);
    const thread = startProposalThread();
    expect(thread).toBeDefined();
    const there = await thread!.propose(text.proposals);
    expect(there).toEqual(here);
  });

  it('gives no items once closed (a build refused by its rules does not wait for them)', async () => {
    const { source } = readEdition(config);
    const text = annotateText(collatedEdition(source), { ...source.annotation, registers: source.registers });
    const thread = startProposalThread()!;
    const pending = thread.propose(text.proposals);
    thread.close();
    expect(await pending).toEqual([]);
  });

  it('a build writes the same review with the thread as without it', async () => {
    const options = { cwd: join(repoRoot, 'examples/frankenstein'), write: false, cache: false, only: ['tei', 'review'] } as const;
    const threaded = await buildEdition('edition.config.json', options);
    const inline = await buildEdition('edition.config.json', { ...options, reviewThread: false });
    expect(threaded.tei).toBe(inline.tei);
    const review = (r: typeof threaded) => new TextDecoder().decode(r.files.get('review.md'));
    expect(review(threaded)).toBe(review(inline));
    expect(review(threaded)).toMatch(/corruption/i);
    expect(threaded.edition.review).toEqual(inline.edition.review);
  });

  it('kept between builds (a watched edition), one thread serves build after build with the same items', async () => {
    const { source } = readEdition(config);
    const text = annotateText(collatedEdition(source), { ...source.annotation, registers: source.registers });
    const here = proposeReview(text.proposals, text.index);
    keepProposalThreads(true);
    try {
      const before = proposalThreadsStarted();
      expect(await startProposalThread()!.propose(text.proposals)).toEqual(here);
      // a build refused while its proposals were pending: none for it, and the thread stays
      const refused = startProposalThread()!;
      const pending = refused.propose(text.proposals);
      refused.close();
      expect(await pending).toEqual([]);
      expect(await startProposalThread()!.propose(text.proposals)).toEqual(here);
      expect(proposalThreadsStarted()).toBe(before + 1);
    } finally {
      keepProposalThreads(false);
    }
    // no longer kept: the next build starts a thread of its own
    const before = proposalThreadsStarted();
    expect(await startProposalThread()!.propose(text.proposals)).toEqual(here);
    expect(proposalThreadsStarted()).toBe(before + 1);
  });
});
