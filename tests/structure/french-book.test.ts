// A French book the toolkit had not seen. The lines are quoted from two public-domain texts:
// - Alexandre Dumas, Les Frères corses (1844), ch. I and V, as repository oeuvres/oeuvres.github.io
//   prints it (commit ae9f2d46dc6703b36e97fc213bad2f457609bea6, markdown/dumas_frerescorses.md;
//   the repository states no licence, the text is in the public domain);
// - Guy de Maupassant, Mademoiselle Fifi (1882), as repository lattice-8094/fr-litbank prints it
//   (commit 4b197890473b89726243585dd53f5641d8afb1f1,
//   brat/citations/Mademoiselle_Fifi_nouveaux_contes-1.txt; CC BY-SA 4.0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { readHeading } from '../../src/structure/rules/headings.js';
import { opensAsSpeech } from '../../src/structure/rules/text-patterns.js';
import { isDateline } from '../../src/structure/rules/verse-and-letters.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { plainText } from '../../src/model/walk.js';

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div(${kinds(b.blocks).join(',')})` : b.kind));
/** The kinds of the blocks of a one-witness text's first chapter. */
const firstChapterKinds = (text: string): string[] => kinds(editionOf([witnessOf('A', text)]).body[0]!.blocks);

describe('French dialogue', () => {
  it('a paragraph opened by a dialogue dash after "et dit :" is what is said, not a block quotation', () => {
    const text = [
      'V.',
      '',
      'Madame de Franchi sourit tristement et dit :',
      '',
      "– Les absents sont dans la main de Dieu. Le principal est que tu sois sûr qu'il vit.",
      '',
      "– S'il était mort, dit tranquillement Lucien, je l'aurais revu.",
      '',
    ].join('\n');
    expect(firstChapterKinds(text)).toEqual(['head', 'p', 'p', 'p']);
  });

  it('so is a paragraph opened by a guillemet after "il but :"', () => {
    const text = [
      'MADEMOISELLE FIFI',
      '',
      "On arrivait au dessert ; on versait du champagne. Le commandant se leva, et du même ton qu'il aurait pris pour porter la santé de l'impératrice Augusta, il but :",
      '',
      "« À nos dames ! » Et une série de toasts commença, des toasts d'une galanterie de soudards et de pochards, mêlés de plaisanteries obscènes, rendues plus brutales encore par l'ignorance de la langue.",
      '',
    ].join('\n');
    expect(firstChapterKinds(text)).toEqual(['head', 'p', 'p']);
  });

  it('a colon still announces a block quotation that opens without a mark of speech', () => {
    expect(opensAsSpeech('Bataille des Pyramides, 21 juillet 1798.')).toBe(false);
    expect(opensAsSpeech('» – C’est moi, dit cette femme')).toBe(true);
    expect(opensAsSpeech('--Non.')).toBe(true);
    expect(opensAsSpeech('---')).toBe(false);
  });
});

describe('a chapter that opens with a sentence holding a date', () => {
  it('is a paragraph, not the dateline of a letter', () => {
    const text = [
      'I.',
      '',
      "Vers le commencement du mois de mars de l'année 1841, je voyageais en Corse.",
      '',
      "Rien de plus pittoresque et de plus commode qu'un voyage en Corse : on s'embarque à Toulon.",
      '',
    ].join('\n');
    expect(firstChapterKinds(text)).toEqual(['head', 'p', 'p']);
  });

  it('a place and a date alone on their line are still a dateline', () => {
    expect(isDateline('St. Petersburgh, Dec. 11th, 17—.')).toBe(true);
    expect(isDateline('Paris, le 3 mai 1789.')).toBe(true);
    expect(isDateline("Vers le commencement du mois de mars de l'année 1841, je voyageais en Corse.")).toBe(false);
  });
});

describe('French headings with an abbreviated ordinal', () => {
  // Written for the rule (no probe book prints them): the forms of French printing.
  const read = (l: string) => {
    const h = readHeading(l);
    return h ? [h.level, h.value, h.number] : undefined;
  };

  it('reads "Ier", "1er", "Iᵉʳ" as the first and "IIe", "2e" as the second', () => {
    expect(read('CHAPITRE Ier')).toEqual(['chapter', 1, 'Ier']);
    expect(read('Chapitre 1er')).toEqual(['chapter', 1, '1er']);
    expect(read('LIVRE Iᵉʳ')).toEqual(['book', 1, 'Iᵉʳ']);
    expect(read('IIe PARTIE')).toEqual(['part', 2, 'IIe']);
    expect(read('Chapitre 2e')).toEqual(['chapter', 2, '2e']);
  });

  it('takes no French article or preposition for a roman numeral with a suffix', () => {
    expect(read('Chapitre Le Château')).toBeUndefined();
    expect(read('Livre De Poche')).toBeUndefined();
  });
});

describe('a chapter title wrapped over two lines in capitals', () => {
  // Project Gutenberg's text of Verne (tests/fixtures/french-verne/SOURCES.md) wraps a long title
  // under the chapter's number at 72 characters, as it wraps the prose.
  const pg = readFileSync(join(repoRoot, 'tests/fixtures/french-verne/pg-ch1.txt'), 'utf8');

  it('is the chapter’s title, not its first paragraph', () => {
    const blocks = editionOf([witnessOf('PG', pg)]).body[0]!.blocks;
    expect(kinds(blocks).slice(0, 3)).toEqual(['head', 'head', 'p']);
    const title = blocks[1]!;
    expect(title.kind === 'head' && title.headType).toBe('title');
    expect(plainText(title.kind === 'head' ? title.children : [])).toMatch(/^DANS LEQUEL .* DOMESTIQUE$/su);
  });

  it('a paragraph of two lines in small letters under the number stays a paragraph', () => {
    const text = ['I', '', 'Dans lequel il arrive. Il entra dans la maison et, sans dire un mot,', 'il s’assit.', '', 'Puis il partit.', ''].join('\n');
    expect(firstChapterKinds(text)).toEqual(['head', 'p', 'p']);
  });
});
