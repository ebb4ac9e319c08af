import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/edition-dir.js';
import { findInOrder, printedText, searchableText } from './printed-text.js';

// The checker the PDF tests rely on must fail when text is missing or out of order.
describe('findInOrder (the PDF text check)', () => {
  const page1 = 'First paragraph has words.36 Second one\n5\nfollows here and runs on\n36 A footnote of the page.\n';
  const page2 = 'Running text of the next page ends.\n';
  const stream = `${page1}\f${page2}`;

  it('accepts texts in order, with note markers and line numbers between words and a page break inside a text', () => {
    expect(findInOrder(stream, ['First paragraph has words.', 'Second one follows here and runs on', 'Running text of the next page ends.'])).toEqual([]);
    expect(findInOrder(stream, ['Second one follows here and runs on Running text of'])).toEqual([]);
  });

  it('reports a missing word, a changed word and texts out of order', () => {
    expect(findInOrder(stream, ['First paragraph words.']).map((m) => m.word)).toEqual(['words.']);
    expect(findInOrder(stream, ['Second one follows there']).map((m) => m.word)).toEqual(['there']);
    expect(findInOrder(stream, ['Running text of the next page ends.', 'First paragraph has words.']).map((m) => m.index)).toEqual([1]);
  });

  it('does not take a word for the end of a longer one', () => {
    expect(findInOrder('paragraph', ['graph'])).toHaveLength(1);
  });

  it('undoes hyphenation and line breaks at dashes', () => {
    expect(searchableText('inter\u00ad\nnational Ter-\nVaganian 1935\n—went')).toBe('international Ter-Vaganian 1935—went');
  });
});

describe('printedText (what the print must show, read from the TEI)', () => {
  const { blocks, notes } = printedText(readFileSync(join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), 'utf8'));

  it('reads corrections, lemmas, supplied text and gaps as the print shows them, notes apart', () => {
    expect(blocks).toContain('Alphonse Chapter');
    expect(blocks.find((b) => b.startsWith('In October'))).toBe(
      'In October 1932 Sedov met Smirnov in Berlin, as the GPU and Bulletin of the Opposition reported; Lurie was not there. The prosecutor Vyshinsky spoke.',
    );
    expect(blocks.find((b) => b.startsWith('Both'))).toContain('differ in tangerine only, and in one word that B omits.');
    expect(blocks.find((b) => b.startsWith('The diagram'))).toBe('The diagram is missing here. A diagram of the contacts is not in the transcription. After the gap.');
    expect(blocks).toContain('Someone, Pravda April 16,1917');
    expect(blocks.join(' ')).not.toMatch(/Xylophone|Yodel|clementine|Vyshinky/);
    expect(notes).toEqual([
      'A note of the author about Trotsky. (L.S.)',
      'A translator’s note about Berlin.',
      'An editorial note on the marker.',
      'A shared note with a walrus in it and a correction: the end. (L.S.)',
    ]);
  });
});
