// Layouts of a long novel as Project Gutenberg prints it: Herman Melville, Moby-Dick (public
// domain), PG #2701 as Tahsan-Alam/Word-Ladder holds it (commit
// 0f3ccefd05fbf8b7c382f33aaaa0defe4ef1020c, pg2701.txt, there in Windows-1252). A CONTENTS
// of numbered headings alone, chapter titles that end with a full stop and run over two lines,
// a stage direction in italics between parentheses, speeches broken off by a dash.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { divisionTree, editionOf, witnessOf } from '../helpers/in-memory.js';

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div:${b.divType}` : b.kind));

const text = [
  '*** START OF THE PROJECT GUTENBERG EBOOK MOBY DICK; OR, THE WHALE ***',
  '',
  'MOBY-DICK;',
  '',
  'CONTENTS',
  '',
  'ETYMOLOGY.',
  '',
  'CHAPTER 1. Loomings.',
  '',
  'CHAPTER 2. The Carpet-Bag.',
  '',
  'CHAPTER 3. Stubb and Flask kill a Right Whale; and Then Have a Talk',
  'over Him.',
  '',
  'Epilogue',
  '',
  '',
  'CHAPTER 1. Loomings.',
  '',
  'Call me Ishmael. Some years ago—never mind how long precisely—having',
  'little or no money in my purse, and nothing particular to interest me',
  'on shore, I thought I would sail about a little and see the watery part',
  'of the world.',
  '',
  '',
  'CHAPTER 2. The Carpet-Bag.',
  '',
  '(_Enter Ahab: Then, all._)',
  '',
  'It was not a great while after the affair of the pipe, that one morning',
  'shortly after breakfast, Ahab, as was his wont, ascended the',
  'cabin-gangway to the deck.',
  '',
  '“Faith, sir, I’ve——”',
  '',
  '“Faith? What’s that?”',
  '',
  '',
  'CHAPTER 3. Stubb and Flask kill a Right Whale; and Then Have a Talk',
  'over Him.',
  '',
  'It must be borne in mind that all this time we have a Sperm Whale’s',
  'prodigious head hanging to the Pequod’s side.',
  '',
].join('\n');

describe('a long novel from Project Gutenberg', () => {
  const e = editionOf([witnessOf('M', text)]);

  it('reads a CONTENTS of numbered headings alone as a table of contents, and each chapter once', () => {
    expect(e.body.map((d) => [d.divType, d.n])).toEqual([
      ['chapter', '1'],
      ['chapter', '2'],
      ['chapter', '3'],
    ]);
    const contents = e.front.find((d) => d.divType === 'contents');
    expect(contents && kinds(contents.blocks)).toEqual(['head', 'list']);
  });

  it('takes a title that ends with a full stop on its second line for the heading', () => {
    const third = e.body.find((d) => d.n === '3')!;
    expect(kinds(third.blocks)).toEqual(['head', 'p']);
    const head = third.blocks[0]!;
    expect(head.kind === 'head' && plainText(head.children).replace(/\s+/gu, ' ')).toBe('CHAPTER 3. Stubb and Flask kill a Right Whale; and Then Have a Talkover Him.');
  });

  it('keeps a stage direction in italics and a speech broken off by a dash in the chapter, not as headings', () => {
    expect(kinds(e.body[1]!.blocks)).toEqual(['head', 'p', 'p', 'p', 'p']);
  });

  it('gives the witness back byte for byte', () => {
    expect(extractWitness(toTei(e), 'M')).toBe(text);
  });
});

// F. Scott Fitzgerald, The Great Gatsby (1925; public domain in the USA), PG #64317 as
// Tahsan-Alam/Word-Ladder holds it (commit 0f3ccefd05fbf8b7c382f33aaaa0defe4ef1020c,
// pg64317.txt, there in Windows-1252): a letter's "Yours truly" without its comma over the
// name, and a bulleted list of resolves.
describe('a letter and a list inside a novel', () => {
  const chapter = [
    '                                  IX',
    '',
    'After two years I remember the rest of that day, and that night and',
    'the next day, only as an endless drill of police and photographers and',
    'newspaper men in and out of Gatsby’s front door.',
    '',
    ' Dear Mr. Carraway. This has been one of the most terrible shocks of',
    ' my life to me I hardly can believe it that it is true at all.',
    '',
    '                               Yours truly',
    '',
    '                             Meyer Wolfshiem',
    '',
    'and then hasty addenda beneath:',
    '',
    '  * No wasting time at Shafters or [a name, indecipherable]',
    '',
    '  * No more smokeing or chewing.',
    '',
    '  * Bath every other day',
    '',
    '“I came across this book by accident,” said the old man. “It just',
    'shows you, don’t it?”',
    '',
  ].join('\n');
  const e = editionOf([witnessOf('G', chapter)]);

  it('reads no section heading in the letter\'s closing words or in the list, and makes a bulleted list of the resolves', () => {
    const ix = e.body[0]!;
    expect(kinds(ix.blocks)).toEqual(['head', 'p', 'p', 'p', 'p', 'p', 'list', 'p']);
    const list = ix.blocks[6]!;
    expect(list.kind === 'list' && !list.ordered && list.items.map((i) => plainText(i.children).trim())).toEqual([
      '* No wasting time at Shafters or [a name, indecipherable]',
      '* No more smokeing or chewing.',
      '* Bath every other day',
    ]);
    const tei = toTei(e);
    expect(tei).toContain('<label>*</label> No more smokeing or chewing.');
    expect(extractWitness(tei, 'G')).toBe(chapter);
  });
});

// E. M. Forster, A Room with a View (1908; public domain), PG #2641 as Tahsan-Alam/Word-Ladder
// holds it (commit 0f3ccefd05fbf8b7c382f33aaaa0defe4ef1020c, pg2641.txt, there in
// Windows-1252; the contents and chapters shortened): a CONTENTS in parts with one long entry, chapter
// titles under the number, one of them the heading again in words, one with "Mrs.".
describe('a contents in parts, and titles under the chapter number', () => {
  const book = [
    'A Room With A View',
    '',
    'By E. M. Forster',
    '',
    '',
    '',
    '',
    'CONTENTS',
    '',
    ' Part One.',
    ' Chapter I. The Bertolini',
    ' Chapter IV. Fourth Chapter',
    ' Chapter VI. The Reverend Arthur Beebe, the Reverend Cuthbert Eager, Mr. Emerson, Mr. George Emerson, Miss Eleanor Lavish, Miss Charlotte Bartlett, and Miss Lucy Honeychurch Drive Out in Carriages to See a View; Italians Drive Them',
    '',
    ' Part Two.',
    ' Chapter XI. In Mrs. Vyse’s Well-Appointed Flat',
    '',
    '',
    '',
    '',
    'PART ONE',
    '',
    '',
    '',
    '',
    'Chapter I',
    'The Bertolini',
    '',
    '',
    '“The Signora had no business to do it,” said Miss Bartlett, “no',
    'business at all.”',
    '',
    '',
    '',
    '',
    'Chapter IV',
    'Fourth Chapter',
    '',
    '',
    'Mr. Beebe was right. Lucy never knew her desires so clearly as after',
    'music.',
    '',
    '',
    '',
    '',
    'Chapter VI',
    'The Reverend Arthur Beebe',
    '',
    '',
    'It was a Great Day for the Emersons.',
    '',
    '',
    '',
    '',
    'PART TWO',
    '',
    '',
    '',
    '',
    'Chapter XI',
    'In Mrs. Vyse’s Well-Appointed Flat',
    '',
    '',
    'The Vyses lived in a comfortable flat in the West End.',
    '',
  ].join('\n');
  const e = editionOf([witnessOf('A', book)]);

  it('reads the contents as front matter and each part and chapter once, titles as titles', () => {
    expect(e.front.some((d) => d.divType === 'contents')).toBe(true);
    const chapters = (d: Block): string[] => (d.kind === 'div' ? (d.divType === 'chapter' ? [`${d.n}:${kinds(d.blocks).join(',')}`] : d.blocks.flatMap(chapters)) : []);
    expect(e.body.map((d) => `${d.divType} ${d.n}`)).toEqual(['part 1', 'part 2']);
    expect(e.body.flatMap(chapters)).toEqual(['1:head,p', '4:head,p', '6:head,p', '11:head,p']);
    expect(extractWitness(toTei(e), 'A')).toBe(book);
  });
});

// Bram Stoker, Dracula (public domain), as Project Gutenberg #345 prints it
// (vyjayanv-hub/112_TP_Vasudevan, commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa, pg345.txt),
// shortened: a letter quoted whole, each of its paragraphs opened by a quotation mark, its date
// in italics with the day before the month, the salute ending with a dash, the valediction
// without a comma.
describe('a letter whose every paragraph opens with a quotation mark', () => {
  const letter = [
    'CHAPTER V',
    '',
    '',
    '_Letter from Miss Mina Murray to Miss Lucy Westenra._',
    '',
    '',
    '“_9 May._',
    '',
    '“My dearest Lucy,--',
    '',
    '“Forgive my long delay in writing, but I have been simply overwhelmed',
    'with work. The life of an assistant schoolmistress is sometimes trying.',
    '',
    '“Your loving',
    '',
    '“MINA.',
    '',
    '“Tell me all the news when you write. You have not told me anything for',
    'a long time.”',
    '',
  ].join('\n');

  it('reads its dateline, salute, valediction and signature as a letter’s', () => {
    const e = editionOf([witnessOf('A', letter)]);
    const tei = toTei(e);
    const strip = (s: string) => s.replace(/<lb[^>]*\/>/gu, '');
    expect(strip(tei)).toMatch(/<floatingText[^>]*>[^]*<salute>“My dearest Lucy,--<\/salute>[^]*<closer[^>]*>\s*<salute>“Your loving<\/salute>\s*<signed>“MINA\.<\/signed>/u);
    expect(strip(tei)).toMatch(/<dateline>“_9 May\._<\/dateline>/u);
    expect(extractWitness(tei, 'A')).toBe(letter);
  });
});

// Charles Dickens, A Tale of Two Cities (public domain), as Project Gutenberg #98 prints it
// (vyjayanv-hub/112_TP_Vasudevan, commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa, pg98.txt),
// shortened: a contents of books, each with its chapters one to a line and no blank line between
// them; the books' headings with their titles after a double hyphen, one in small letters.
describe('books with titles after a double hyphen, and their chapters listed ahead', () => {
  const chapter = (n: string, title: string) => [`CHAPTER ${n}.`, title, '', '', 'It was the best of times, it was the worst of times.', '', ''];
  const text = [
    'CONTENTS',
    '',
    '',
    '     Book the First--Recalled to Life',
    '',
    '     CHAPTER I      The Period',
    '     CHAPTER II     The Mail',
    '',
    '',
    '     Book the Second--the Golden Thread',
    '',
    '     CHAPTER I      Five Years Later',
    '     CHAPTER II     A Sight',
    '',
    '',
    '',
    '',
    '',
    'Book the First--Recalled to Life',
    '',
    '',
    '',
    '',
    ...chapter('I', 'The Period'),
    ...chapter('II', 'The Mail'),
    '',
    '',
    'Book the Second--the Golden Thread',
    '',
    '',
    '',
    '',
    ...chapter('I', 'Five Years Later'),
    ...chapter('II', 'A Sight'),
  ].join('\n');

  it('reads the contents once and each book with its chapters', () => {
    const e = editionOf([witnessOf('A', text)]);
    expect(e.front.map((d) => d.divType)).toEqual(['contents']);
    expect(e.body.map(divisionTree)).toEqual([
      ['book', '1', [['chapter', '1', []], ['chapter', '2', []]]],
      ['book', '2', [['chapter', '1', []], ['chapter', '2', []]]],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

// The Autobiography of Benjamin Franklin (public domain), as Project Gutenberg #20203 prints it
// (vyjayanv-hub/112_TP_Vasudevan, commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
// pg20203.txt), shortened: the editor's notes stand under the paragraph that cites them, set in
// by four spaces.
describe('notes set in under the paragraph that cites them', () => {
  const text = [
    'I',
    '',
    'ANCESTRY AND EARLY YOUTH IN',
    'BOSTON',
    '',
    '',
    '  Twyford,[3] _at the Bishop of St. Asaph\'s_, 1771.',
    '',
    'Dear son: I have ever had pleasure in obtaining any little anecdotes',
    'of my ancestors.',
    '',
    '    [3] A small village not far from Winchester in',
    '    Hampshire, southern England.',
    '',
    'That felicity, when I reflected on it, has induced me sometimes to',
    'say, that were it offered to my choice, I should have no objection.',
    '',
  ].join('\n');

  it('places the note at its marker, with no warning of a marker without its note', () => {
    const e = editionOf([witnessOf('A', text)]);
    const tei = toTei(e);
    expect(tei).toMatch(/Twyford,<note [^>]*n="3"[^>]*>/u);
    expect(e.diagnostics.filter((d) => d.rule === 'note-orphan-marker')).toEqual([]);
    expect(extractWitness(tei, 'A')).toBe(text);
  });
});

// Dostoyevsky, The Brothers Karamazov in Constance Garnett's translation (public domain), as
// Project Gutenberg #28054 prints it (vyjayanv-hub/112_TP_Vasudevan, commit
// f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa, pg28054.txt), shortened: notes numbered through the
// whole book under "FOOTNOTES" at its end, set in by a space, under no chapter's heading.
describe('notes at the end of the book numbered through it', () => {
  const text = [
    'Chapter I.',
    'The Old Buffoon',
    '',
    'But I’ve not drunk a quarter of a bottle, and I’m not Silenus. I’m not',
    'Silenus, though I am strong,[1] for I’ve made a decision once for all.',
    '',
    'Chapter II.',
    'The Confession',
    '',
    'He was simply a hound,[2] he said, and that was all there was to it.',
    '',
    '',
    '',
    'FOOTNOTES',
    '',
    '',
    ' [1] In Russian, “silen.”',
    '',
    ' [2] A proverbial expression in Russia.',
    '',
  ].join('\n');

  it('go each to the one chapter that cites its number', () => {
    const e = editionOf([witnessOf('A', text)]);
    const tei = toTei(e);
    expect(tei).toMatch(/<div type="chapter" n="1"[^]*strong,<note [^>]*n="1"[^]*<div type="chapter" n="2"[^]*hound,<note [^>]*n="2"/u);
    expect(e.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    expect(extractWitness(tei, 'A')).toBe(text);
  });
});
