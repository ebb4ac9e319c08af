// Obadiah 1:1–4 from the Westminster Leningrad Codex, with and without its vowel points and
// cantillation (tests/fixtures/scripture): the marks once cut every word into letters for the
// structure's pairing, so no verse of one witness paired with the other's (14 verses an
// omission and an addition). Whether the marks are variants is the edition's normalisation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { words } from '../../src/structure/units.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';

const read = (file: string) => readFileSync(join(repoRoot, 'tests/fixtures/scripture', file), 'utf8');
const pointed = read('obadiah-1-wlc-pointed.txt');
const consonantal = read('obadiah-1-wlc-consonantal.txt');
const types = (tei: string) => [...new Set([...tei.matchAll(/<app [^>]*type="([a-z]+)"/g)].map((m) => m[1]))];

describe('Hebrew with and without its points', () => {
  it('reads a pointed word as one word, its letters', () => {
    expect(words('חֲז֖וֹן עֹֽבַדְיָ֑ה')).toEqual(words('חזון עבדיה'));
    expect(words('חֲז֖וֹן עֹֽבַדְיָ֑ה')).toHaveLength(2);
  });

  it('pairs the verses of the two witnesses, and types the points as the edition normalises', () => {
    const witnesses = () => [witnessOf('L', pointed), witnessOf('C', consonantal)];
    const plain = toTei(editionOf(witnesses()));
    expect(types(plain)).not.toContain('omission');
    expect(types(plain)).not.toContain('addition');
    const normalised = toTei(editionOf(witnesses(), { normalize: { diacritics: true } }));
    expect(types(normalised)).toEqual(['orthographic']);
    expect(normalised.match(/<milestone unit="verse"/g)).toHaveLength(8);
    expect(extractWitness(normalised, 'L')).toBe(pointed);
    expect(extractWitness(normalised, 'C')).toBe(consonantal);
  });
});
