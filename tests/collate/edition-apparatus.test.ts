// Issue 13, point 1, inside an edition: spacing, line breaks and wrapping are no variants in the
// paragraphs the edition collates (Frankenstein 1818 / 1823 / 1831, and 1831 wrapped at 72 columns).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from './schema.js';

const dir = join(repoRoot, 'tests/fixtures/collate/frankenstein');
const [f1818, f1823, f1831] = ['f1818', 'f1823', 'f1831'].map((s) => readFileSync(join(dir, `${s}.txt`), 'utf8')) as [string, string, string];

/** Each line wrapped at `width` columns, as a plain-text edition would print it. */
const wrap = (text: string, width: number): string =>
  text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && `${cur} ${w}`.length > width) out.push(cur), (cur = w);
        else cur = cur ? `${cur} ${w}` : w;
      }
      return [...out, cur].join('\n');
    })
    .join('\n');

function apparatus(texts: readonly string[]) {
  const sigla = ['A', 'B', 'C'].slice(0, texts.length);
  const tei = toTei(editionOf(texts.map((t, i) => witnessOf(sigla[i]!, t, i ? '1' : undefined))));
  const types = [...tei.matchAll(/<app [^>]*type="([a-z]+)"/g)].map((m) => m[1]!);
  return { tei, sigla, types };
}

describe('the edition’s apparatus of collated paragraphs', () => {
  it('three editions: no whitespace entry, no reading equal to its lemma, every witness back exactly', () => {
    const { tei, sigla, types } = apparatus([f1818, f1823, f1831]);
    expect(types).not.toContain('whitespace');
    expect(types.length).toBeGreaterThan(50);
    for (const app of tei.matchAll(/<app [^>]*>([\s\S]*?)<\/app>/g)) {
      const readings = [...app[1]!.matchAll(/<(?:lem|rdg) [^>]*?(?:\/>|>([\s\S]*?)<\/(?:lem|rdg)>)/g)].map((r) => (r[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
      expect(new Set(readings).size).toBe(readings.length);
    }
    [f1818, f1823, f1831].forEach((t, i) => expect(extractWitness(tei, sigla[i]!)).toBe(t));
  });

  it('a witness wrapped at 72 columns gives the same apparatus: its lines are lb[@type="wrap"], no entries', () => {
    const plain = apparatus([f1818, f1831]).types;
    const wrapped = wrap(f1831, 72);
    const { tei, types } = apparatus([f1818, wrapped]);
    expect(types).toEqual(plain);
    expect(tei.match(/<lb edRef="#B" n="\d+" type="wrap"\/>/g)!.length).toBeGreaterThan(300);
    expect(extractWitness(tei, 'A')).toBe(f1818);
    expect(extractWitness(tei, 'B')).toBe(wrapped);
  });
});
