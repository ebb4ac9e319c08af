// The same alignment for every order of the witnesses: the acceptance cases under all their
// permutations, and random witnesses under random permutations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collate, type Collation, type WitnessInput } from '../../src/collate/index.js';
import { columnsBySiglum, transpositionsOf } from './helpers.js';

const cases: string[][] = [
  ['the black cat', 'the cat', 'the black cat'],
  ['the black cat', 'the white and black cat'],
  ['the cat', 'before the cat', 'the black cat', 'the cat walks'],
  ['the black cat', 'the black and white cat', 'the black not very special cat', 'the black very special cat'],
  ['A black cat in a white basket', 'A white cat in a black basket'],
  ['the black dog chases a red cat', 'a red cat chases the black dog', 'a red cat chases the yellow dog'],
  ['the cat is black', 'black is the cat'],
  ['a b', 'b a'],
  ['This very quick very quick brown wombat', 'That very quick brown koala', 'That very quick brown kangaroo'],
  ['over this dog', 'over that there dog'],
  ['over this dog', 'over there that dog'],
  [
    'The quick brown wombat jumps over the industrious brown dog.',
    'The brown koala jumps over the lazy yellow dog.',
    'The brown koala jumps over the industrious yellow dog.',
  ],
];

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** Everything about a collation that must not depend on the order of the witnesses. */
function shape(c: Collation) {
  return {
    columns: columnsBySiglum(c),
    transpositions: transpositionsOf(c),
    places: c.places.map((p) => ({
      kind: p.kind,
      from: p.from,
      to: p.to,
      type: p.type,
      corresp: p.corresp,
      readings: p.readings.map((r) => ({ ...r, witnesses: [...r.witnesses].sort() })).sort((a, b) => a.witnesses[0]!.localeCompare(b.witnesses[0]!)),
      ranges: p.ranges,
    })),
  };
}

describe('order of the witnesses', () => {
  it.each(cases.map((c, i) => [i + 1, c] as const))('case %i gives the same result under every permutation', (_, texts) => {
    const witnesses: WitnessInput[] = texts.map((text, i) => ({ siglum: String.fromCharCode(65 + i), text }));
    // The base is fixed by siglum, so that the variant types can be compared too.
    const expected = shape(collate(witnesses, { base: 'A' }));
    for (const order of permutations(witnesses)) {
      expect(shape(collate(order, { base: 'A' }))).toEqual(expected);
    }
  });

  it('random witnesses give the same result in any order', () => {
    const word = fc.constantFrom('the', 'The', 'cat', 'black', 'a', 'dog', 'red', 'very', 'quick', 'colour', 'color', ',', '.', '“', '”');
    const text = fc.array(word, { minLength: 0, maxLength: 14 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), fc.nat(), (texts, seed) => {
        const witnesses = texts.map((t, i) => ({ siglum: `W${i}`, text: t }));
        const shuffled = [...witnesses];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(shape(collate(shuffled, { base: 'W0' }))).toEqual(shape(collate(witnesses, { base: 'W0' })));
      }),
      { numRuns: 300 },
    );
  });
});
