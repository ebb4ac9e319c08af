// A Chinese text in two witnesses, as plain text: the Heart Sutra (Xuanzang's version, 7th
// century; public domain), as the Taishō prints it and with the readings the Song, Yuan and
// Ming editions have in CBETA's apparatus to T251, each witness breaking its lines elsewhere.
// Lines that end with "。" or "，" are prose, not headings; the copies of a paragraph pair up
// though they break their lines in different places; each variant is one character.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const taisho = ['般若波羅蜜多心經', '', '觀自在菩薩行深般若波羅蜜多時，照見五', '蘊皆空，度一切苦厄。', '', '即說咒曰：揭帝揭帝，般羅揭帝，般', '羅僧揭帝，菩提僧莎訶。', ''].join('\n');
const song = ['般若波羅蜜多心經', '', '觀自在菩薩行深般若波羅蜜多時，照見五蘊皆空，', '度一切苦厄。', '', '即說咒曰：揭諦揭諦，波羅揭諦，波羅僧揭諦，', '菩提薩婆訶。', ''].join('\n');

const kinds = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.kind === 'div' ? kinds(b.blocks) : [b.kind]));

describe('a Chinese text in plain-text witnesses', () => {
  const e = editionOf([witnessOf('T', taisho), witnessOf('S', song)]);
  const tei = toTei(e);

  it('reads the title as a heading and the lines ending in 。 or ， as paragraphs, paired across the witnesses', () => {
    expect(e.body.flatMap((d) => kinds(d.blocks))).toEqual(['head', 'p', 'p']);
    expect(tei).not.toMatch(/type="(?:omission|addition)"/);
  });

  it('gives each differing character its own reading', () => {
    const readings = [...tei.matchAll(/<lem wit="#T">([^<]*)<\/lem>\s*<rdg wit="#S"[^>]*>([^<]*)<\/rdg>/g)].map((m) => `${m[1]}/${m[2]}`);
    // (the second 般/波 holds the line break of T, and is left out by this pattern)
    expect(readings).toEqual(['帝/諦', '帝/諦', '般/波', '帝/諦', '帝/諦', '僧莎/薩婆']);
    expect(tei.match(/<app /g)).toHaveLength(7);
  });

  it('loses nothing of either witness', () => {
    expect(extractWitness(tei, 'T')).toBe(taisho);
    expect(extractWitness(tei, 'S')).toBe(song);
  });
});
