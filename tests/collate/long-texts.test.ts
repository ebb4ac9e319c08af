// The anchoring paths that only long texts take: repeated text (no unique words), a passage
// moved far away, and long stretches with nothing in common.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collate } from '../../src/collate/index.js';
import { repoRoot } from './schema.js';
import { tokensFromTable } from './helpers.js';

const seed = readFileSync(join(repoRoot, 'witnesses/red-book-part2-sph-compilation.txt'), 'utf8');
const chapter11 = seed.split('\n').slice(135, 179).join('\n');

describe('long texts', () => {
  it('text repeated three times: each copy aligns with its own, edits found where they are', () => {
    const a = [chapter11, chapter11, chapter11].join('\n\n');
    // B: the second copy has one word changed, the third one word left out.
    const copies = [chapter11, chapter11.replace('amorphous pig-iron', 'shapeless pig-iron'), chapter11.replace('carefully left', 'left')];
    const b = copies.join('\n\n');
    const c = collate([
      { siglum: 'A', text: a },
      { siglum: 'B', text: b },
    ]);
    const variants = c.places.filter((p) => p.kind === 'variant');
    expect(variants.map((p) => [p.type, p.readings.map((r) => r.text)])).toEqual([
      ['substantive', ['amorphous', 'shapeless']],
      ['omission', ['carefully', '']],
    ]);
    // The substitution is in the second copy of both witnesses.
    const second = variants[0]!;
    expect(second.ranges['A']!.start).toBeGreaterThan(chapter11.length);
    expect(second.ranges['A']!.start).toBeLessThan(2 * chapter11.length);
    expect(second.ranges['B']!.start).toBeGreaterThan(chapter11.length);
  });

  it('a passage moved far away is one transposition', () => {
    const paragraphs = seed.split('\n\n').filter((p) => p.trim() !== '');
    const a = paragraphs.slice(0, 60).join('\n\n');
    const moved = paragraphs.slice(0, 60);
    const [passage] = moved.splice(5, 1);
    moved.splice(50, 0, passage!);
    const c = collate([
      { siglum: 'A', text: a },
      { siglum: 'B', text: moved.join('\n\n') },
    ]);
    expect(c.transpositions).toHaveLength(1);
    const [x, y] = c.transpositions[0]!.sides;
    const words = passage!.split(/\s+/).filter(Boolean).length;
    expect(x.tokens.length).toBeGreaterThan(words);
    expect(x.tokens.map((t) => t.text)).toEqual(y.tokens.map((t) => t.text));
    expect(c.places.filter((p) => p.kind === 'variant').map((p) => p.type)).toEqual(['transposition', 'transposition']);
  });

  it('long stretches with nothing in common stay bounded and lose nothing', () => {
    const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i % 97}x${Math.floor(i / 97)}`).join(' ');
    // 1,500 × 1,500 tokens with no word in common: more than one DP can take at once.
    const c = collate([
      { siglum: 'A', text: words('a', 1500) },
      { siglum: 'B', text: words('b', 1500) },
    ]);
    expect(tokensFromTable(c, 'A')).toEqual([...Array(1500).keys()]);
    expect(tokensFromTable(c, 'B')).toEqual([...Array(1500).keys()]);
    expect(c.places.every((p) => p.kind === 'variant')).toBe(true);
  });
});
