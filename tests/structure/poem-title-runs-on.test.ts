// A collection of poems titled in capitals, one title running on after its semicolon into a
// second title line ("THE NIGHTINGALE;" over "A CONVERSATIONAL POEM, WRITTEN IN APRIL, 1798.").
// Fixture: tests/fixtures/structure/lyrical-ballads-1798-titles.txt (see tests/fixtures/structure/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const text = readFileSync(join(repoRoot, 'tests/fixtures/structure/lyrical-ballads-1798-titles.txt'), 'utf8');

describe('a poem whose title runs on into a second title line', () => {
  const e = editionOf([witnessOf('A', text)]);

  it('opens a poem of its own, the second line its title, its verse its own', () => {
    expect(e.body.map((d) => [d.printed?.[0]?.label, d.printed?.[0]?.title])).toEqual([
      ['LINES LEFT UPON A SEAT IN A YEW-TREE WHICH STANDS NEAR THE LAKE OF', 'LINES LEFT UPON A SEAT IN A YEW-TREE WHICH STANDS NEAR THE LAKE OF ESTHWAITE, ON A DESOLATE PART OF THE SHORE, YET COMMANDING A BEAUTIFUL PROSPECT.'],
      ['THE NIGHTINGALE;', 'A CONVERSATIONAL POEM, WRITTEN IN APRIL, 1798.'],
      ['THE FEMALE VAGRANT.', 'THE FEMALE VAGRANT.'],
    ]);
    expect(e.body.map((d) => d.blocks.map((b) => (b.kind === 'head' ? `head:${b.headType ?? ''}` : b.kind)))).toEqual([
      ['head:division', 'lg'],
      ['head:division', 'head:title', 'lg'],
      ['head:division', 'lg'],
    ]);
  });

  it('gives the witness back byte for byte', () => {
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});
