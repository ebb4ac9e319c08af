// Issue 13, point 1, inside an edition: spacing, line breaks and wrapping are no variants in the
// paragraphs the edition collates (Frankenstein 1818 / 1823 / 1831 as wrapped at 70 columns in
// examples/frankenstein, and the same texts unwrapped or wrapped otherwise).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from './schema.js';

const [f1818, f1823, f1831] = ['1818', '1823', '1831'].map((s) => readFileSync(join(repoRoot, `examples/frankenstein/witnesses/frankenstein-${s}.txt`), 'utf8')) as [string, string, string];

/** Paragraphs as one line each (verse, indented, keeps its lines). */
const unwrap = (text: string): string => text.replace(/([^\n])\n(?=[^\n ])/g, '$1 ');

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
    // Word-level apps (those holding no other app): no two readings read alike.
    for (const app of tei.matchAll(/<app [^>]*>((?:(?!<app )[\s\S])*?)<\/app>/g)) {
      const readings = [...app[1]!.matchAll(/<(?:lem|rdg) [^>]*?(?:\/>|>([\s\S]*?)<\/(?:lem|rdg)>)/g)].map((r) => (r[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
      expect(new Set(readings).size).toBe(readings.length);
    }
    [f1818, f1823, f1831].forEach((t, i) => expect(extractWitness(tei, sigla[i]!)).toBe(t));
  });

  it('witnesses wrapped otherwise: their lines are lb[@type="wrap"] inside shared text, not entries', () => {
    for (const [a, b] of [
      [unwrap(f1818), f1831],
      [f1818, unwrap(f1831)],
    ] as const) {
      const { tei, types } = apparatus([a, b]);
      expect(types).not.toContain('whitespace');
      expect(tei.match(/<lb edRef="#[AB]" n="\d+" type="wrap"\/>/g)!.length).toBeGreaterThan(100);
      expect(extractWitness(tei, 'A')).toBe(a);
      expect(extractWitness(tei, 'B')).toBe(b);
    }
  });
});
