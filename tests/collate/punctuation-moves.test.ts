// A word that only trades places with a punctuation mark is a change of punctuation, not a
// transposition; a word moved over another word still is one. Real lines from Project
// Gutenberg e-texts (public domain in the USA):
// - Pride and Prejudice, 1813 (pg42671): gutenbergbooks/42671 @ 199d2f57, 42671-0.txt, lines
//   3178–3179 and 4414; 1894 (pg1342): gutenbergbooks/1342 @ 041e5208, 1342-0.txt, lines
//   3984–3985 and 5279.
// - Alice's Adventures in Wonderland, pg11: gutenbergbooks/11 @ 5e5120e1, 11-0.txt, line 2515;
//   1907 (pg28885): gutenbergbooks/28885 @ 0775500a, 28885-0.txt, line 2729.
import { describe, expect, it } from 'vitest';
import { collate } from '../../src/collate/index.js';

const variants = (a: string, b: string) => {
  const c = collate([
    { siglum: 'A', text: a },
    { siglum: 'B', text: b },
  ]);
  return { moved: c.transpositions.length, places: c.places.filter((p) => p.kind === 'variant').map((p) => [p.type, ...p.readings.map((r) => r.text)]) };
};

describe('a word and a punctuation mark that trade places', () => {
  it('is a change of punctuation (", and as" / "; and, as"), not "and" transposed', () => {
    const found = variants(
      'This part of his intelligence, though unheard by Lydia, was caught by\nElizabeth, and as it assured her that Darcy was not less answerable for',
      'This part of his intelligence, though unheard by Lydia, was caught by\nElizabeth; and, as it assured her that Darcy was not less answerable for',
    );
    expect(found.moved).toBe(0);
    expect(found.places.every(([type]) => type === 'punctuation')).toBe(true);
  });

  it('is so again where the comma is added after the word (", and making" / "; and, making")', () => {
    const found = variants('But Elizabeth had now recollected herself, and making a strong effort', 'But Elizabeth had now recollected herself; and, making a strong effort');
    expect(found.moved).toBe(0);
    expect(found.places.every(([type]) => type === 'punctuation')).toBe(true);
  });

  it('leaves a word moved over another word a transposition ("thought it over" / "thought over it")', () => {
    const found = variants('This was quite a new idea to Alice, and she thought it over a little', 'This was quite a new idea to Alice, and she thought over it a little');
    expect(found.moved).toBe(1);
    expect(found.places.map(([type]) => type)).toEqual(['transposition', 'transposition']);
  });
});
