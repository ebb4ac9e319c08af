// Words a plain-text transcription sets between underscores (italic) or equals signs (bold)
// become `hi`, the marks kept as `metamark`. The lines are Jane Austen's Pride and Prejudice
// with George Saintsbury's preface of 1894 (public domain), as Project Gutenberg's eBook #1342
// prints them (held in Tahsan-Alam/Word-Ladder, commit ade589f0e8c252c296771d277a7889876bb6efd6,
// pg1342.txt), and a list of titles in the Gutenberg text of B. M. Gardiner's The French
// Revolution 1789-1795 (1921, public domain; eBook #71688).
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { markPairs } from '../../src/annotate/emphasis.js';
import type { HighlightMarks } from '../../src/annotate/emphasis.js';
import type { Inline } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { prideAndPrejudiceItalics } from '../helpers/novel-excerpts.js';

/** The words of a run as a reader sees them: a line break a space, the marks not shown. */
const words = (run: readonly Inline[]): string =>
  run.map((n) => (n.kind === 'lb' ? ' ' : n.kind === 'hi' ? words(n.children) : n.kind === 'mark' ? '' : plainText([n]))).join('');

const highlighted = (text: string, more: string[] = [], highlightMarks?: HighlightMarks) => {
  const edition = annotate(editionOf([witnessOf('A', text), ...more.map((t, i) => witnessOf(`B${i}`, t))]), {
    corrections: [],
    rules: { exclusions: [], decisions: [] },
    unknownNames: false,
    corruptions: false,
    ...(highlightMarks ? { highlightMarks } : {}),
  });
  const his: string[] = [];
  forEachInline(edition.body, (n: Inline) => {
    if (n.kind === 'hi') his.push(`${n.rend}:${words(n.children)}`);
  });
  return { edition, his };
};

const chapter = prideAndPrejudiceItalics;

// The preface is set in italics and the titles in it in roman: the marks close before a title
// and open again after it, across line breaks.
const preface = [
  'PREFACE.',
  '',
  'novels. To some the delightful freshness and humour of_ Northanger',
  'Abbey, _its completeness, finish, and_ entrain, _obscure the undoubted',
  'critical facts that its scale is small, and its scheme, after all, that',
  'of burlesque or parody, a kind in which the first rank is reached with',
  'difficulty._ Persuasion, _relatively faint in tone._',
  '',
  '_GEORGE SAINTSBURY._',
  '',
].join('\n');

describe('italic and bold marked in a plain-text transcription', () => {
  it('tags _words_ as italic hi, the marks kept as metamark, and the witness comes back whole', () => {
    const { edition, his } = highlighted(chapter);
    expect(his).toEqual(['italic:what', 'italic:am']);
    const tei = toTei(edition);
    expect(tei).toContain('<hi rend="italic"><metamark function="highlight">_</metamark>what<metamark function="highlight">_</metamark></hi>');
    expect(extractWitness(tei, 'A')).toBe(chapter);
  });

  it('reads roman titles inside an italic passage, and italics that run over lines', () => {
    const { edition, his } = highlighted(preface);
    expect(his).toEqual([
      'italic:its completeness, finish, and',
      'italic:obscure the undoubted critical facts that its scale is small, and its scheme, after all, that of burlesque or parody, a kind in which the first rank is reached with difficulty.',
      'italic:relatively faint in tone.',
      'italic:GEORGE SAINTSBURY.',
    ]);
    // The mark that closes an italic passage begun before the excerpt stays text: it opens nothing.
    const first: Inline[] = [];
    forEachInline(edition.body, (n) => void (n.kind === 'text' && n.value.includes('humour') && first.push(n)));
    expect(plainText(first)).toBe('novels. To some the delightful freshness and humour of_ Northanger');
    expect(extractWitness(toTei(edition), 'A')).toBe(preface);
  });

  it('tags =words= as bold, and italics inside them', () => {
    const line = '  =THE SHILLING HISTORY OF ENGLAND=: being an Introductory Volume to\n    the Series of _Epochs of English History_. By MANDELL CREIGHTON.\n';
    const text = `EPOCHS OF ENGLISH HISTORY.\n\n${line}`;
    const { edition, his } = highlighted(text);
    expect(his).toEqual(['bold:THE SHILLING HISTORY OF ENGLAND', 'italic:Epochs of English History']);
    expect(extractWitness(toTei(edition), 'A')).toBe(text);
    const nested = highlighted('NOTICE.\n\n=A _new_ impression.=\n');
    expect(nested.his.sort()).toEqual(['bold:A new impression.', 'italic:new']);
  });

  it('finds no pair in words joined by underscores, blanks, sums or a lone mark', () => {
    expect(markPairs('snake_case and other_words', '_')).toEqual([]);
    expect(markPairs('in the year 17__, Mr. ____ came', '_')).toEqual([]);
    expect(markPairs('if a = b and b = c', '=')).toEqual([]);
    expect(markPairs('a lone _mark and _two words_ here', '_')).toEqual([[17, 28]]);
  });

  it('marks part of a word between two marks inside it, as a letter stresses a syllable ("dis_organ_ised"), and nothing at one mark', () => {
    // Keats to Jane Reynolds, 14 September 1817, and to J. H. Reynolds, 17 April 1817 (Letters,
    // ed. Colvin, 1891; Project Gutenberg eBook #35698, lines 1593 and 942 of 35698-8.txt).
    const line = 'brine-tub--dis_organ_ised her piano--dislocated her candlesticks--emptied';
    expect(markPairs(line, '_')).toEqual([[14, 21]]);
    expect(markPairs('by the mil_a_tary!..."', '_')).toEqual([[10, 13]]);
    expect(markPairs('my_var_name_here and snake_case', '_')).toEqual([]);
    const text = `NOTE.\n\n${line}\n`;
    const { edition, his } = highlighted(text);
    expect(his).toEqual(['italic:organ']);
    expect(extractWitness(toTei(edition), 'A')).toBe(text);
  });

  it('follows the marks the edition names, and none when they are turned off', () => {
    const text = 'NOTE.\n\nHe said *never* again, and _this_ stays.\n';
    expect(highlighted(text, [], { italic: '*', bold: '' }).his).toEqual(['italic:never']);
    expect(highlighted(text, [], { italic: '', bold: '' }).his).toEqual([]);
  });

  it('keeps both witnesses whole when only one marks the italics', () => {
    const plain = chapter.replaceAll('_', '');
    const { edition } = highlighted(chapter, [plain]);
    const tei = toTei(edition);
    expect(extractWitness(tei, 'A')).toBe(chapter);
    expect(extractWitness(tei, 'B0')).toBe(plain);
  });
});
