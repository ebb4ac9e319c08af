import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Block, BlockApp, Division } from '../../src/model/block.js';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { divisionTree, editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { jingAvailable, jingErrors, teiAllSchema } from '../helpers/schema.js';

const schema = teiAllSchema();
const canValidate = schema !== undefined && jingAvailable();
const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/darwin-origin', name), 'utf8');

// Darwin's Origin of Species, 1859 and 1872 (tests/fixtures/darwin-origin/SOURCE.md): the sixth
// edition adds chapter VII, "Miscellaneous Objections", so its Instinct is VIII where the first
// edition's is VII; each prints an analytical table of contents first. E1 is the first
// edition, E6 the sixth.
const e1859 = fixture('origin-1859.txt');
const e1872 = fixture('origin-1872.txt');

const heads = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'head');
const blockApps = (d: Division) => d.blocks.filter((b): b is BlockApp => b.kind === 'app');

describe('a revised edition that adds a chapter and numbers the later ones anew', () => {
  const edition = editionOf([witnessOf('E1', e1859), witnessOf('E6', e1872)]);
  const tei = toTei(edition);

  it('pairs the chapters by their content, and the added chapter is a division of its witness alone', () => {
    expect(edition.body.map(divisionTree)).toEqual([
      ['chapter', '6', []],
      ['chapter', '7', []],
      ['chapter', '7', []],
    ]);
    expect(edition.body.map((d) => [d.id, d.witnesses.join()])).toEqual([
      ['ch6', 'E1,E6'],
      ['ch7-E6', 'E6'],
      ['ch7', 'E1,E6'],
    ]);
    // Instinct: 1859's VII beside 1872's VIII, each with its own number.
    expect(edition.body[2]!.printed?.map((h) => [h.wit, h.number])).toEqual([
      ['E1', 'VII'],
      ['E6', 'VIII'],
    ]);
  });

  it('says that the first edition has no such chapter, in an app typed addition', () => {
    const [frame] = blockApps(edition.body[1]!);
    expect(frame?.variantType).toBe('addition');
    expect(frame?.readings.map((r) => [r.lemma, r.wit.join(), r.blocks.length])).toEqual([
      [true, 'E1', 0],
      [false, 'E6', 0],
    ]);
    expect(frame?.details?.map((d) => d.text)).toEqual([
      'In witness E6 this chapter stands at lines 84–127, after chapter 6 (lines 46–79) and before chapter 7 (VIII in this witness, lines 131–147).',
      'Witness E1 has no such chapter.',
    ]);
    expect(heads(edition.body[1]!.blocks)).toHaveLength(1);
  });

  it('pairs the headings of paired chapters however they are worded and set ("CHAPTER VI." over its title, or on one line)', () => {
    for (const d of [edition.body[0]!, edition.body[2]!]) {
      expect(heads(d.blocks)).toHaveLength(1);
      expect(blockApps(d).filter((a) => a.readings.some((r) => r.blocks.some((b) => b.kind === 'head')))).toEqual([]);
    }
  });

  it('reads the tables of contents that list each chapter with its synopsis as contents, not as chapters', () => {
    expect(edition.front.map((d) => d.divType)).toContain('contents');
  });

  it('gives both editions back exactly', () => {
    expect(extractWitness(tei, 'E1')).toBe(e1859);
    expect(extractWitness(tei, 'E6')).toBe(e1872);
  });

  it.skipIf(!canValidate)('is valid against tei_all', () => {
    expect(jingErrors(tei, schema!)).toEqual([]);
  });
});

describe('a chapter the revised edition leaves out', () => {
  // The same two editions the other way round: 1872 as the base, 1859 lacks its chapter VII.
  const edition = editionOf([witnessOf('E6', e1872), witnessOf('E1', e1859)]);

  it('stays a chapter of the base, marked as left out by the other witness', () => {
    expect(edition.body.map((d) => [d.n, d.witnesses.join()])).toEqual([
      ['6', 'E6,E1'],
      ['7', 'E6'],
      ['8', 'E6,E1'],
    ]);
    const [frame] = blockApps(edition.body[1]!);
    expect([frame?.variantType, frame?.details?.at(-1)?.text]).toEqual(['omission', 'Witness E1 has no such chapter.']);
  });
});

describe('a chapter heading whose title, under its number, runs over two lines', () => {
  // 1859, chapter XIII, between two chapters headed alike.
  const text = [
    'CHAPTER XII.',
    'GEOGRAPHICAL DISTRIBUTION—_continued_.',
    '',
    '',
    'Distribution of fresh-water productions.',
    '',
    '',
    '',
    '',
    'CHAPTER XIII.',
    'MUTUAL AFFINITIES OF ORGANIC BEINGS: MORPHOLOGY: EMBRYOLOGY:',
    'RUDIMENTARY ORGANS.',
    '',
    '',
    'CLASSIFICATION, groups subordinate to groups. Natural system.',
    '',
    '',
    '',
    '',
    'CHAPTER XIV.',
    'RECAPITULATION AND CONCLUSION.',
    '',
    '',
    'Recapitulation of the difficulties on the theory of Natural Selection.',
  ].join('\n');

  it('opens its chapter', () => {
    const edition = editionOf([witnessOf('E1', text)]);
    expect(edition.body.map((d) => d.n)).toEqual(['12', '13', '14']);
  });
});

describe('the web edition of a chapter one edition adds', () => {
  const tei = toTei(editionOf([witnessOf('E1', e1859), witnessOf('E6', e1872)]));

  it('lists it in the contents as only in that witness, and shows it as that witness has it (no switch to a witness without it)', async () => {
    const { files } = await renderHtmlFiles(tei);
    const page = (name: string) => parse(Buffer.from(files.get(name)!).toString('utf8'));
    const toc = page('index.html').querySelectorAll('.toc-list > li').map((li) => li.textContent.replace(/\s+/gu, ' ').trim());
    expect(toc).toEqual([
      'Front matter',
      expect.stringMatching(/^CHAPTER VI\. DIFFICULTIES ON THEORY\.$/u),
      'CHAPTER VII. MISCELLANEOUS OBJECTIONS TO THE THEORY OF NATURAL SELECTION. (only in E6)',
      expect.stringMatching(/^CHAPTER VII\. INSTINCT\.$/u),
    ]);
    const added = page('ch7-E6.html');
    expect(added.querySelector('article')?.getAttribute('data-base')).toBe('E6');
    expect(added.querySelector('.witness-switch')).toBeNull();
    expect(page('ch7.html').querySelector('.witness-switch')).not.toBeNull();
  });
});
