// Printings that divide the same words into paragraphs otherwise, with their lines wrapped
// otherwise. The lines are real, from Project Gutenberg e-texts (public domain in the USA):
// - Pride and Prejudice, first edition, 1813 (pg42671): gutenbergbooks/42671 @ 199d2f57,
//   42671-0.txt, lines 4312–4321 and 9819–9824; the George Allen edition, 1894 (pg1342):
//   gutenbergbooks/1342 @ 041e5208, 1342-0.txt, lines 5169–5186 and 10882–10890.
// - Alice's Adventures in Wonderland, pg11: gutenbergbooks/11 @ 5e5120e1, 11-0.txt, lines 6 and
//   627–631, 2240–2247; the Heinemann edition, 1907 (pg28885): gutenbergbooks/28885 @ 0775500a,
//   28885-0.txt, lines 2, 816–822 and 2453–2458.
import { describe, expect, it } from 'vitest';
import type { BlockApp } from '../../src/model/block.js';
import type { App } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const lines = (...ls: string[]) => ls.join('\n');

const appsOf = (edition: ReturnType<typeof editionOf>) => {
  const out: App[] = [];
  forEachInline(edition.body.flatMap((d) => d.blocks), (n) => {
    if (n.kind === 'app') out.push(n);
  });
  return out;
};
const blockAppsOf = (edition: ReturnType<typeof editionOf>) => edition.body.flatMap((d) => d.blocks).filter((b): b is BlockApp => b.kind === 'app');

describe('a paragraph one printing divides in two or three, wrapped otherwise', () => {
  const A1813 = lines(
    'CHAPTER V.',
    '',
    '',
    '"Oh, Jane, had we been less secret, had we told what we knew of him,',
    'this could not have happened!"',
    '',
    '"Perhaps it would have been better;" replied her sister. "But to expose',
    'the former faults of any person, without knowing what their present',
    'feelings were, seemed unjustifiable. We acted with the best intentions."',
  );
  const G1894 = lines(
    'CHAPTER V.',
    '',
    '',
    '“Oh, Jane, had we been less secret, had we told what we knew of him,',
    'this could not have happened!”',
    '',
    '“Perhaps it would have been better,” replied her sister.',
    '',
    '“But to expose the former faults of any person, without knowing what',
    'their present feelings were, seemed unjustifiable.”',
    '',
    '“We acted with the best intentions.”',
  );

  it("collates the base's paragraph with the three it became, word by word, not as an omission and three additions", () => {
    const edition = editionOf([witnessOf('A', A1813), witnessOf('G', G1894)]);
    expect(blockAppsOf(edition)).toEqual([]);
    const types = appsOf(edition).map((a) => a.variantType);
    expect(types.length).toBeGreaterThan(0);
    // the printings differ only in their marks: quotation marks set otherwise (typography), a comma
    expect(types.every((t) => t === 'punctuation' || t === 'typography')).toBe(true);
    const tei = toTei(edition);
    expect(extractWitness(tei, 'A')).toBe(A1813);
    expect(extractWitness(tei, 'G')).toBe(G1894);
  });

  it('joins the halves of a paragraph an illustration cuts in the other printing; the figure stands after it', () => {
    const A = lines(
      'CHAPTER XXII.',
      '',
      '',
      'Sir William and Lady Lucas were speedily applied to for their consent;',
      "and it was bestowed with a most joyful alacrity. Mr. Collins's present",
      'circumstances made it a most eligible match for their daughter, to whom',
      'they could give little fortune; and his prospects of future wealth were',
      'exceedingly fair. Lady Lucas began directly to calculate with more',
      'interest than the matter had ever excited before, how many years longer',
      'Mr. Bennet was likely to live; and Sir William gave it as his decided',
      'opinion, that whenever Mr. Collins should be in possession of the',
      'Longbourn estate, it would be highly expedient that both he and his wife',
      "should make their appearance at St. James's. The whole family in short",
    );
    const G = lines(
      'CHAPTER XXII.',
      '',
      '',
      'Sir William and Lady Lucas were speedily applied to for their consent;',
      'and it was bestowed with a most joyful alacrity. Mr. Collins’s present',
      'circumstances made it a most eligible match for their daughter, to whom',
      'they could give little fortune; and his prospects of future wealth were',
      'exceedingly fair. Lady Lucas began directly to calculate, with more',
      'interest than the matter had ever',
      '',
      '[Illustration:',
      '',
      '     “So much love and eloquence”',
      '',
      '[_Copyright 1894 by George Allen._]]',
      '',
      'excited before, how many years longer Mr. Bennet was likely to live; and',
      'Sir William gave it as his decided opinion, that whenever Mr. Collins',
      'should be in possession of the Longbourn estate, it would be highly',
      'expedient that both he and his wife should make their appearance at St.',
      'James’s. The whole family in short were properly overjoyed on the',
    );
    const edition = editionOf([witnessOf('A', A), witnessOf('G', G)]);
    const blocks = edition.body.flatMap((d) => d.blocks).map((b) => (b.kind === 'app' ? `app:${b.readings.flatMap((r) => r.blocks.map((x) => x.kind)).join()}` : b.kind));
    // (The caption's two paragraphs are two figure blocks, as in any block-level app.)
    expect(blocks.slice(0, 2)).toEqual(['head', 'p']);
    expect(blocks.slice(2).length).toBeGreaterThan(0);
    expect(blocks.slice(2).every((b) => b === 'app:figure')).toBe(true);
    expect(appsOf(edition).filter((a) => a.variantType === 'omission')).toEqual([]);
    const tei = toTei(edition);
    expect(extractWitness(tei, 'A')).toBe(A);
    expect(extractWitness(tei, 'G')).toBe(G);
  });

  const F = lines(
    'CHAPTER III.',
    '',
    '',
    '“What a pity it wouldn’t stay!” sighed the Lory, as soon as it was',
    'quite out of sight; and an old Crab took the opportunity of saying to',
    'her daughter “Ah, my dear! Let this be a lesson to you never to lose',
    '_your_ temper!” “Hold your tongue, Ma!” said the young Crab, a little',
    'snappishly. “You’re enough to try the patience of an oyster!”',
  );
  const R = lines(
    'CHAPTER III.',
    '',
    '',
    '"What a pity it wouldn\'t stay!" sighed the Lory, as soon as it was quite',
    'out of sight; and an old Crab took the opportunity of saying to her',
    'daughter, "Ah, my dear! Let this be a lesson to you never to lose',
    '_your_ temper!"',
    '',
    '"Hold your tongue, Ma!" said the young Crab, a little',
    'snappishly. "You\'re enough to try the patience of an oyster!"',
  );

  it('joins the speech the later printing sets apart to the paragraph it was part of', () => {
    const edition = editionOf([witnessOf('F', F), witnessOf('R', R)]);
    expect(blockAppsOf(edition)).toEqual([]);
    expect(appsOf(edition).filter((a) => a.variantType === 'omission' || a.variantType === 'addition')).toEqual([]);
    const tei = toTei(edition);
    expect(extractWitness(tei, 'F')).toBe(F);
    expect(extractWitness(tei, 'R')).toBe(R);
  });

  it('leaves apart a paragraph the other printing adds, whose words the base lacks', () => {
    const added = `${R}\n\n"I wish I had our Dinah here, I know I do!" said Alice aloud.`;
    const edition = editionOf([witnessOf('F', F), witnessOf('R', added)]);
    expect(blockAppsOf(edition).map((a) => a.variantType)).toEqual(['addition']);
    expect(extractWitness(toTei(edition), 'R')).toBe(added);
  });
});

describe('two paragraphs another printing runs on in one, wrapped otherwise', () => {
  const F = lines(
    'CHAPTER IX.',
    '',
    '',
    'Alice did not much like keeping so close to her: first, because the',
    'Duchess was _very_ ugly; and secondly, because she was exactly the',
    'right height to rest her chin upon Alice’s shoulder, and it was an',
    'uncomfortably sharp chin. However, she did not like to be rude, so she',
    'bore it as well as she could.',
    '',
    '“The game’s going on rather better now,” she said, by way of keeping up',
    'the conversation a little.',
  );
  const R = lines(
    'CHAPTER IX.',
    '',
    '',
    'Alice did not much like her keeping so close to her: first, because the',
    'Duchess was _very_ ugly; and secondly, because she was exactly the right',
    "height to rest her chin on Alice's shoulder, and it was an uncomfortably",
    'sharp chin. However, she did not like to be rude, so she bore it as well',
    'as she could. "The game\'s going on rather better now," she said, by way',
    'of keeping up the conversation a little.',
  );

  it("cuts the run-on paragraph between its lines at the base's paragraphs: only the words of the line they share are given twice", () => {
    const edition = editionOf([witnessOf('F', F), witnessOf('R', R)]);
    expect(blockAppsOf(edition)).toEqual([]);
    const words = appsOf(edition)
      .filter((a) => a.variantType === 'omission' || a.variantType === 'addition')
      .flatMap((a) => a.readings.flatMap((r) => r.children.flatMap((c) => (c.kind === 'text' ? c.value.match(/\p{L}+/gu) ?? [] : []))));
    // "her", added in R, and the three words of the line R shares between the paragraphs.
    expect(words.length).toBeLessThanOrEqual(1 + 2 * 3);
    const tei = toTei(edition);
    expect(extractWitness(tei, 'F')).toBe(F);
    expect(extractWitness(tei, 'R')).toBe(R);
  });
});

describe('a title before the first chapter that the witnesses print otherwise', () => {
  const F = lines('Alice’s Adventures in Wonderland', '', 'by Lewis Carroll', '', '', 'CHAPTER III.', '', '', 'snappishly. “You’re enough to try the patience of an oyster!”');
  const R = lines("ALICE'S ADVENTURES IN WONDERLAND", '', '', 'CHAPTER III.', '', '', 'snappishly. "You\'re enough to try the patience of an oyster!"');

  it("keeps each witness's own title (it was given back in the base's letters)", () => {
    const tei = toTei(editionOf([witnessOf('F', F), witnessOf('R', R)]));
    expect(extractWitness(tei, 'F')).toBe(F);
    expect(extractWitness(tei, 'R')).toBe(R);
  });
});
