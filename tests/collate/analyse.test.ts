// Variant typing, on the kinds of difference the edition's witnesses have.
import { describe, expect, it } from 'vitest';
import { classifyReading, strongestType, tokenize, normalizeTokens } from '../../src/collate/index.js';
import { collateStrings } from './helpers.js';

const toks = (s: string) => normalizeTokens(tokenize('X', s));
const type = (base: string, other: string) => classifyReading(toks(base), toks(other), 0.7);

describe('variant types', () => {
  it('tells case, punctuation, orthography, additions, omissions and substitutions apart', () => {
    expect(type('Remove Stalin', 'remove Stalin')).toBe('case');
    expect(type('“Remove Stalin”', '"Remove Stalin"')).toBe('typography');
    expect(type('May 1936 –', 'May 1936 -')).toBe('punctuation');
    expect(type('accused,', 'accused')).toBe('punctuation');
    expect(type('Mrachliovsky', 'Mrachkovsky')).toBe('orthographic');
    expect(type('Vyshinky', 'Vyshinsky')).toBe('orthographic');
    expect(type('Reingoid', 'Reingold')).toBe('orthographic');
    expect(type('any one', 'anyone')).toBe('hyphenation');
    expect(type('window-shutters', 'window shutters')).toBe('hyphenation');
    expect(type('bed-chamber', 'bedchamber')).toBe('hyphenation');
    expect(type('', 'unofficial')).toBe('addition');
    expect(type('unofficial', '')).toBe('omission');
    expect(type('wombat', 'koala')).toBe('substantive');
    expect(type('this', 'that')).toBe('substantive');
    expect(type('same', 'same')).toBeUndefined();
  });

  it('types a different number as substantive, however alike its figures', () => {
    // Darwin's Origin: 1859's "CHAPTER VII." is 1872's "CHAPTER VIII." (a chapter added before
    // it); "of which I gave in 1858 a sketch" of one edition beside another's 1859.
    expect(type('CHAPTER VII.', 'CHAPTER VIII.')).toBe('substantive');
    expect(type('1858', '1859')).toBe('substantive');
    expect(type('XIV', '14')).toBe('orthographic');
  });

  it('tells the same marks in another form (typography) from other punctuation', () => {
    // Alice's Adventures in Wonderland as Project Gutenberg #11 (1865 text, curly quotes) and
    // #28885 (Heinemann 1907, ASCII quotes and "--"), from github.com/gutenbergbooks/11
    // @5e5120e12a58a10254e0e6a42661d887e61c2aac 11-0.txt and gutenbergbooks/28885
    // @0775500a2be439ece792d176a725da1ab5bf0382 28885-0.txt (public domain)
    expect(type('“—yes, that’s about the right distance—but', '"--yes, that\'s about the right distance--but')).toBe('typography');
    expect(type('“Well!” thought Alice', '"Well!" thought Alice')).toBe('typography');
    expect(type('many miles I’ve fallen', "many miles I've fallen")).toBe('typography');
    expect(type('down . . .', 'down…')).toBe('punctuation');
    expect(type('“Well!”', '"Well,"')).toBe('punctuation');
    expect(type('“Well!”', '"well!"')).toBe('case');
    expect(strongestType(['typography', 'case'])).toBe('case');
    expect(strongestType(['typography', 'punctuation'])).toBe('punctuation');
  });

  it('a place takes the most telling type of its readings', () => {
    expect(strongestType(['case', 'omission', undefined])).toBe('omission');
    expect(strongestType(['punctuation', 'substantive', 'orthographic'])).toBe('substantive');
    expect(strongestType([undefined])).toBeUndefined();
  });

  it('types readings relative to the base witness chosen', () => {
    const texts = ['the black cat', 'the cat'];
    const byA = collateStrings(texts).places.find((p) => p.kind === 'variant')!;
    const byB = collateStrings(texts, { base: 'B' }).places.find((p) => p.kind === 'variant')!;
    expect(byA.type).toBe('omission');
    expect(byB.type).toBe('addition');
    expect(byB.readings.find((r) => r.witnesses.includes('A'))!.type).toBe('addition');
    expect(byB.readings.find((r) => r.witnesses.includes('B'))!.type).toBeUndefined();
  });

  it('a misspelt word aligns with its correct form (near match) and is typed orthographic', () => {
    const c = collateStrings(['Mrachkovsky and Reingold confessed', 'Mrachliovsky and then Reingoid confessed']);
    expect(c.columns.map((col) => col.cells.map((t) => t?.text ?? '–'))).toEqual([
      ['Mrachkovsky', 'Mrachliovsky'],
      ['and', 'and'],
      ['–', 'then'],
      ['Reingold', 'Reingoid'],
      ['confessed', 'confessed'],
    ]);
    const types = c.places.filter((p) => p.kind === 'variant').map((p) => p.type);
    expect(types).toEqual(['orthographic', 'addition', 'orthographic']);
  });
});

// Maupassant, Mademoiselle Fifi (1882, public domain), as lattice-8094/fr-litbank prints it
// (commit 4b197890473b89726243585dd53f5641d8afb1f1,
// brat/citations/Mademoiselle_Fifi_nouveaux_contes-1.txt; CC BY-SA 4.0), a Gutenberg-derived
// text that writes "oe" and unaccented capitals, beside the same words as a modern edition
// sets them.
describe('variant types of French printing', () => {
  it('a ligature written out and a capital without its accent are spellings, not other words', () => {
    expect(type('Son oeil clair', 'Son œil clair')).toBe('orthographic');
    expect(type("A l'heure du tabac", 'À l’heure du tabac')).toBe('orthographic');
    expect(type('désoeuvrement', 'désœuvrement')).toBe('orthographic');
  });

  it('small letters keep their accents: "a" and "à" are two words', () => {
    expect(type('il a', 'il à')).toBe('substantive');
  });
});
