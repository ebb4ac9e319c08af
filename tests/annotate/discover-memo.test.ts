import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../helpers/edition-dir.js';

// Frankenstein, not the flagship: unknown names to find in a whole book.
const config = join(repoRoot, 'examples/frankenstein/edition.config.json');

/** Fresh instances of the stages (vi.resetModules): nothing kept from earlier runs. */
async function stages() {
  vi.resetModules();
  const [annotate, find, process, read] = await Promise.all([
    import('../../src/annotate/index.js'),
    import('../../src/annotate/discover/find.js'),
    import('../../src/pipeline/process.js'),
    import('../../src/pipeline/read.js'),
  ]);
  /** The review's proposals for the edition with `edit` applied to its base witness's text. */
  const proposals = (edit: (text: string) => string = (t) => t) => {
    const { source } = read.readEdition(config);
    const edited = { ...source, witnesses: source.witnesses.map((w) => (w.id === source.base ? { ...w, text: edit(w.text) } : w)) };
    const text = annotate.annotateText(process.collatedEdition(edited), { ...edited.annotation, registers: edited.registers });
    return annotate.proposeReview(text.proposals, text.index);
  };
  return { proposals, tagged: find.sentencesTagged };
}

const correct = (t: string) => t.replace('wonderful', 'marvellous');

describe('the tagging of sentences for unknown names is kept from one run to the next', () => {
  it('a second run tags no sentence again; after a corrected word only its sentence is tagged again; the names found are those of a fresh run', async () => {
    const kept = await stages();
    const first = kept.proposals();
    expect(first.length).toBeGreaterThan(10);
    const before = kept.tagged();
    expect(kept.proposals()).toEqual(first);
    expect(kept.tagged()).toBe(before);

    const corrected = kept.proposals(correct);
    expect(kept.tagged() - before).toBeGreaterThanOrEqual(1);
    expect(kept.tagged() - before).toBeLessThanOrEqual(3);

    const fresh = await stages();
    expect(fresh.proposals(correct)).toEqual(corrected);
    expect(fresh.tagged()).toBeGreaterThan(100);
  }, 120_000);
});
