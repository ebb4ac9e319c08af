// General layout rules the third book needed (issue 11, "Done when"): a numbered heading printed
// right above its text, verse in lines of ordinary length, and every layout no rule knows kept as
// a paragraph and named in the review report. Small texts written for the rule, no book's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { buildEdition } from '../../src/pipeline/build.js';
import type { EditionInput } from '../../src/pipeline/memory.js';
import { lineId } from '../../src/structure/source-lines.js';
import { isVerseBlock } from '../../src/structure/rules/verse-and-letters.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div:${b.divType}(${kinds(b.blocks).join(',')})` : b.kind));
// Lines longer than the 48 characters of the short-line rule, as a pentameter often is.
const poem = [
  'Along the river where the grey old willows lean so low,',
  'The evening settles softly on the quiet broken mill,',
  'And every window in the village holds a paler glow,',
  'Until the falling night has made the dark water still.',
];

describe('a numbered heading printed right above its text', () => {
  it('is a head of its own when the witness prints its headings that way, and the lines under it are the text', () => {
    const text = ['                     1', ...poem, '', '                     2', ...poem.map((l) => l.replace('the', 'a')), ''].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map((d) => [d.divType, d.n, kinds(d.blocks).join(',')])).toEqual([
      ['chapter', '1', 'head,lg'],
      ['chapter', '2', 'head,lg'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('also with a keyword ("CHAPTER II") over a paragraph of prose', () => {
    const prose = ['It was late when the carriage came to the gate, and nobody', 'was there to open it for the travellers in the rain.'];
    const text = ['CHAPTER I', ...prose, '', 'CHAPTER II', ...prose, ''].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map((d) => [d.n, kinds(d.blocks).join(',')])).toEqual([
      ['1', 'head,p'],
      ['2', 'head,p'],
    ]);
  });

  it('is not read into a single number over lines (more likely a list or a paragraph)', () => {
    const text = ['A first paragraph of prose, as the witness', 'prints it.', '', '4.', 'items were counted and the', 'rest was thrown away.', ''].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.flatMap((d) => kinds(d.blocks))).toEqual(['p', 'p']);
  });
});

describe('verse in lines of ordinary length', () => {
  it('four lines or more up to 64 characters, each opening with a capital, are verse; fewer, longer or prose-like lines are not', () => {
    expect(isVerseBlock(poem)).toBe(true);
    expect(isVerseBlock(poem.slice(0, 3))).toBe(false);
    expect(isVerseBlock([...poem.slice(0, 3), 'and the last line of this block opens with a small letter,'])).toBe(false);
    expect(isVerseBlock([...poem.slice(0, 3), 'A line much longer than any line of verse that a book prints on its page.'])).toBe(false);
  });

  it('a hard-wrapped paragraph of prose stays a paragraph', () => {
    const prose = ['The morning was grey and cold, and the road that led', 'down to the harbour was already full of carts, of', 'fishermen with their baskets, and of the children who', 'followed them to the boats every day of the year.'];
    const e = editionOf([witnessOf('A', ['CHAPTER 1', '', ...prose, ''].join('\n'))]);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'p']);
  });
});

// A letter read out in a novel, indented as Project Gutenberg sets it: Jane Austen, Pride and
// Prejudice, ch. 7 (public domain; eBook #1342 as held in Tahsan-Alam/Word-Ladder, commit
// 0f3ccefd05fbf8b7c382f33aaaa0defe4ef1020c, pg1342.txt, there in Windows-1252).
const note = [
  '     “If you are not so compassionate as to dine to-day with Louisa and',
  '     me, we shall be in danger of hating each other for the rest of our',
  '     lives; for a whole day’s tête-à-tête between two women can never',
  '     end without a quarrel. Come as soon as you can on the receipt of',
  '     this. My brother and the gentlemen are to dine with the officers.',
  '     Yours ever,',
];

describe('indented lines wrapped as prose', () => {
  it('are a block quotation, not verse, and the signature under them signs it', () => {
    expect(isVerseBlock(note)).toBe(false);
    const before = [
      '“My dear Mr. Bennet, you must not expect such girls to have the sense of',
      'their father and mother. When they get to our age, I dare say they will',
      'not think about officers any more than we do. I remember the time when I',
      'liked a red coat myself very well--and, indeed, so I do still at my',
      'heart; and if a smart young colonel, with five or six thousand a year,',
      'should want one of my girls, I shall not say nay to him; and I thought',
      'Colonel Forster looked very becoming the other night at Sir William’s in',
      'his regimentals.”',
      '',
      '“Mamma,” cried Lydia, “my aunt says that Colonel Forster and Captain',
      'Carter do not go so often to Miss Watson’s as they did when they first',
      'came; she sees them now very often standing in Clarke’s library.”',
      '',
      'Mrs. Bennet was prevented replying by the entrance of the footman with a',
      'note for Miss Bennet; it came from Netherfield, and the servant waited',
      'for an answer. Mrs. Bennet’s eyes sparkled with pleasure, and she was',
      'eagerly calling out, while her daughter read,--',
      '',
      '“Well, Jane, who is it from? What is it about? What does he say? Well,',
      'Jane, make haste and tell us; make haste, my love.”',
      '',
      '“It is from Miss Bingley,” said Jane, and then read it aloud.',
    ];
    const after = [
      '“No, my dear, you had better go on horseback, because it seems likely to',
      'rain; and then you must stay all night.”',
      '',
      '“That would be a good scheme,” said Elizabeth, “if you were sure that',
      'they would not offer to send her home.”',
    ];
    const text = ['CHAPTER VII.', '', ...before, '', ...note, '', '“CAROLINE BINGLEY.”', '', ...after, ''].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'p', 'p', 'p', 'p', 'p', 'quote', 'p', 'p']);
    const quote = e.body[0]!.blocks[6]!;
    expect(quote.kind === 'quote' && quote.signed !== undefined).toBe(true);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('indented verse stays verse, long lines and all, when its lines open with capitals or vary in length', () => {
    expect(isVerseBlock(poem.map((l) => `      ${l}`))).toBe(true);
    const uneven = ['      the rain came down on the roofs of the town all night,', '      and the river rose', '      over the meadows, the fences, the old stone bridge,', '      and was quiet'];
    expect(isVerseBlock(uneven)).toBe(true);
  });
});

describe('element ids', () => {
  it('put a "-" between a witness id that ends in a digit and the line number, so no two readings of one id meet', () => {
    expect(lineId('head', 'wit-1818', 1)).toBe('head-wit-1818-1');
    expect(lineId('head', 'wit-181', 81)).toBe('head-wit-181-81');
    expect(lineId('p', 'A', 12)).toBe('p-A12');
  });
});

describe('a layout no rule knows', () => {
  it('stays a paragraph, nothing dropped, and the review report of the build names it with its place', async () => {
    const text = ['CHAPTER 1', '', 'Name        Age', 'Anna         17', 'Paul         18', '', 'Prose after the table.', ''].join('\n');
    const header = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8')) as EditionInput['header'];
    const built = await buildEdition({ id: 'layouts', witnesses: [{ siglum: 'A', text }], header }, { only: ['tei', 'review'] });
    expect(kinds(built.edition.body[0]!.blocks)).toEqual(['head', 'p', 'p']);
    expect(extractWitness(built.tei, 'A')).toBe(text);
    const review = new TextDecoder().decode(built.files.get('review.md'));
    expect(review).toContain('structure-unknown-layout');
    expect(review).toMatch(/Name\s+Age \/ Anna\s+17/u);
  });
});
