// John 1:1–14 in Westcott–Hort, Tischendorf and Robinson–Pierpont (tests/fixtures/scripture):
// verse numbers are milestones of their witnesses, never readings; differences of accent a
// Greek printer's rule makes (grave for acute), of the elision mark (ʼ, ’) and of capitals set
// without accents are not substantive; titles a letter apart pair up; nothing is lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { collate } from '../../src/collate/collate.js';
import { normalizeText, defaultNormalizeOptions } from '../../src/collate/normalize.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';

const read = (file: string) => readFileSync(join(repoRoot, 'tests/fixtures/scripture', file), 'utf8');
const texts = { WH: read('john-1-westcott-hort.txt'), Tisch: read('john-1-tischendorf.txt'), RP: read('john-1-robinson-pierpont.txt') };
const tei = toTei(editionOf(Object.entries(texts).map(([s, t]) => witnessOf(s, t))));
/** Each app as "type: reading | reading", without lines and milestones. */
const apps = [...tei.matchAll(/<app [^>]*type="([a-z]+)">([\s\S]*?)<\/app>/g)].map(
  (m) => `${m[1]}: ${[...m[2]!.matchAll(/<(?:lem|rdg)[^>]*?(?:\/>|>([\s\S]*?)<\/(?:lem|rdg)>)/g)].map((r) => (r[1] ?? '').replace(/<[^>]+>/g, '').trim()).join(' | ')}`,
);

describe('three Greek editions of John 1', () => {
  it('records every verse number as a milestone of the witnesses that print it, in no reading', () => {
    const milestones = [...tei.matchAll(/<milestone unit="verse" n="([^"]+)" edRef="([^"]+)"\/>/g)];
    expect(milestones.filter((m) => m[2]!.includes('#WH')).map((m) => m[1])).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    expect(milestones.filter((m) => m[2]!.includes('#RP')).map((m) => m[1])).toEqual(Array.from({ length: 14 }, (_, i) => `1:${i + 1}`));
    expect(apps.filter((a) => /\b1?:?\d+\b/.test(a.replace(/^\w+: /, '')))).toEqual([]);
    // John 1:3–4: Westcott and Hort begin verse 4 before ὃ γέγονεν, the others after it
    expect(tei).toMatch(/<milestone unit="verse" n="4" edRef="#WH"\/>ὃ γέγονεν/);
  });

  it('types accents, elision marks and capitals as they differ, not as other words', () => {
    expect(apps).toContain('case: ΕΝ ΑΡΧΗ | Ἐν ἀρχῇ');
    expect(apps).toContain('typography: ʼ | ’');
    expect(tei).toMatch(/<rdg wit="#RP" type="typography"> ἓν <\/rdg>/);
    expect(apps).toContain('typography: σαρκὸς | σαρκός');
    expect(apps.filter((a) => a.startsWith('substantive'))).toEqual(['substantive: ἦν | ἐστιν']);
  });

  it('pairs the titles, which differ by a letter', () => {
    expect(tei).toMatch(/<head [^>]*>(?:<lb [^>]*\/>)+ΚΑΤΑ<app [^>]*type="orthographic">/);
  });

  it('gives every witness back as it was', () => {
    for (const [siglum, text] of Object.entries(texts)) expect(extractWitness(tei, siglum)).toBe(text);
  });
});

describe('normalising diacritics', () => {
  const diacritics = { ...defaultNormalizeOptions, diacritics: true };
  it('compares Greek without accents and breathings, and sigma in one form', () => {
    expect(normalizeText('Ἱεροσολύμων', diacritics)).toBe(normalizeText('Ἰεροσολύμων', diacritics));
    expect(normalizeText('λόγος', diacritics)).toBe('λογοσ');
  });

  it('types readings that differ only in them as orthographic when the edition asks', () => {
    const witnesses = [{ siglum: 'A', text: 'καὶ ἡ ζωὴ ἦν' }, { siglum: 'B', text: 'καὶ ἥ ζωὴ ἦν' }];
    const typeOf = (normalize = {}) => collate(witnesses, { normalize }).places.find((p) => p.kind === 'variant')?.type;
    expect(typeOf()).toBe('substantive');
    expect(typeOf({ diacritics: true })).toBe('orthographic');
  });
});
