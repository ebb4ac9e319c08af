// The ten acceptance cases of the issue (CollateX's classic ones): columns as the issue states
// them, tokens lower-cased, punctuation its own token.
import { describe, expect, it } from 'vitest';
import { collateStrings, columnsOf, tokensFromTable } from './helpers.js';

const cols = (...rows: string[]): string[][] => rows.map((r) => r.split(','));

describe('acceptance cases', () => {
  it('1. an omission in the middle witness', () => {
    const c = collateStrings(['the black cat', 'the cat', 'the black cat']);
    expect(columnsOf(c)).toEqual(cols('the,the,the', 'black,–,black', 'cat,cat,cat'));
  });

  it('2. an addition of two words', () => {
    const c = collateStrings(['the black cat', 'the white and black cat']);
    expect(columnsOf(c)).toEqual(cols('the,the', '–,white', '–,and', 'black,black', 'cat,cat'));
  });

  it('3. each witness fills only the columns of its own words', () => {
    const c = collateStrings(['the cat', 'before the cat', 'the black cat', 'the cat walks']);
    expect(columnsOf(c)).toEqual(
      cols('–,before,–,–', 'the,the,the,the', '–,–,black,–', 'cat,cat,cat,cat', '–,–,–,walks'),
    );
  });

  it('4. six columns for four witnesses with additions of different lengths', () => {
    const c = collateStrings([
      'the black cat',
      'the black and white cat',
      'the black not very special cat',
      'the black very special cat',
    ]);
    expect(columnsOf(c)).toEqual(
      cols(
        'the,the,the,the',
        'black,black,black,black',
        '–,and,not,–',
        '–,white,very,very',
        '–,–,special,special',
        'cat,cat,cat,cat',
      ),
    );
  });

  it('5. two words exchanged stay in their columns (and the exchange is linked)', () => {
    const c = collateStrings(['A black cat in a white basket', 'A white cat in a black basket']);
    expect(columnsOf(c)).toEqual(cols('a,a', 'black,white', 'cat,cat', 'in,in', 'a,a', 'white,black', 'basket,basket'));
    const apps = c.places.filter((p) => p.kind === 'variant');
    expect(apps.map((p) => [p.id, p.type, p.corresp])).toEqual([
      ['app1', 'transposition', ['app2']],
      ['app2', 'transposition', ['app1']],
    ]);
  });

  it('6. a phrase transposition is detected and encoded; yellow/black is a substitution', () => {
    const c = collateStrings([
      'the black dog chases a red cat',
      'a red cat chases the black dog',
      'a red cat chases the yellow dog',
    ]);
    // The phrase "the black dog" of A is linked to "the black dog" of B (and "the yellow dog" of C).
    const phrase = c.transpositions.find((t) => t.sides.some((s) => s.witnesses.join('') === 'A' && s.tokens.map((x) => x.norm).join(' ') === 'the black dog'));
    expect(phrase).toBeDefined();
    const other = phrase!.sides.find((s) => s.witnesses.join('') !== 'A')!;
    expect(other.witnesses).toEqual(['B', 'C']);
    expect(other.tokens.filter((t) => t.witness === 'B').map((t) => t.norm)).toEqual(['the', 'black', 'dog']);
    // Inside it, B's "black" and C's "yellow" share a column: a substitution between B and C.
    const col = c.columns.find((k) => k.cells[1]?.norm === 'black')!;
    expect(col.cells.map((t) => t?.norm ?? '–')).toEqual(['–', 'black', 'yellow']);
    // Both places are encoded as linked transpositions.
    const places = c.places.filter((p) => p.transpositions?.includes(phrase!.id));
    expect(places).toHaveLength(2);
    expect(places.every((p) => p.type === 'transposition')).toBe(true);
    expect(places[0]!.corresp).toContain(places[1]!.id);
    expect(places[1]!.corresp).toContain(places[0]!.id);
    // "a red cat" agrees in all three.
    expect(columnsOf(c).filter((k) => k.every((x) => x === k[0] && x !== '–')).map((k) => k[0])).toEqual(['a', 'red', 'cat']);
  });

  it('7. transpositions of words are detected and nothing is lost', () => {
    const c = collateStrings(['the cat is black', 'black is the cat']);
    const moved = c.transpositions.map((t) => t.sides.map((s) => `${s.witnesses.join('')}:${s.tokens.map((x) => x.norm).join(' ')}`).sort());
    expect(moved).toEqual(
      expect.arrayContaining([
        ['A:black', 'B:black'],
        ['A:is', 'B:is'],
      ]),
    );
    expect(tokensFromTable(c, 'A')).toEqual([0, 1, 2, 3]);
    expect(tokensFromTable(c, 'B')).toEqual([0, 1, 2, 3]);

    const d = collateStrings(['a b', 'b a']);
    expect(d.transpositions).toHaveLength(1);
    expect(d.transpositions[0]!.sides.map((s) => s.tokens.map((t) => t.norm).join(' '))).toEqual(['b', 'b']);
    expect(tokensFromTable(d, 'A')).toEqual([0, 1]);
    expect(tokensFromTable(d, 'B')).toEqual([0, 1]);
  });

  it('8. the repeated "very quick" of A is the one left unmatched', () => {
    const c = collateStrings([
      'This very quick very quick brown wombat',
      'That very quick brown koala',
      'That very quick brown kangaroo',
    ]);
    expect(columnsOf(c)).toEqual(
      cols(
        'this,that,that',
        'very,–,–',
        'quick,–,–',
        'very,very,very',
        'quick,quick,quick',
        'brown,brown,brown',
        'wombat,koala,kangaroo',
      ),
    );
    // The unmatched pair is A's first "very quick" (tokens 1 and 2); its second one is aligned.
    const unmatched = c.columns.filter((k) => k.cells[0] && !k.cells[1]).map((k) => k.cells[0]!.index);
    expect(unmatched).toEqual([1, 2]);
  });

  it('9. near matching decides where an extra word goes', () => {
    expect(columnsOf(collateStrings(['over this dog', 'over that there dog']))).toEqual(
      cols('over,over', 'this,that', '–,there', 'dog,dog'),
    );
    expect(columnsOf(collateStrings(['over this dog', 'over there that dog']))).toEqual(
      cols('over,over', '–,there', 'this,that', 'dog,dog'),
    );
  });

  it('10. readings as CollateX gives them, with an explicit empty reading where A has "quick"', () => {
    const c = collateStrings([
      'The quick brown wombat jumps over the industrious brown dog.',
      'The brown koala jumps over the lazy yellow dog.',
      'The brown koala jumps over the industrious yellow dog.',
    ]);
    const apps = c.places
      .filter((p) => p.kind === 'variant')
      .map((p) => p.readings.map((r) => `${r.witnesses.join('')}:${r.text}`));
    expect(apps).toEqual([
      ['A:quick', 'BC:'],
      ['A:wombat', 'BC:koala'],
      ['AC:industrious', 'B:lazy'],
      ['A:brown', 'BC:yellow'],
    ]);
    // (The TEI shape of this case is checked in tei.test.ts.)
  });
});
