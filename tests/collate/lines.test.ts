// Corresponding lines of the two witnesses of the edition: where the duplicated chapter sits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collate, correspondingLines } from '../../src/collate/index.js';
import { repoRoot } from './schema.js';

const a = readFileSync(join(repoRoot, 'witnesses/red-book-part2-sph-compilation.txt'), 'utf8');
const b = readFileSync(join(repoRoot, 'witnesses/red-book-ch11-etol.txt'), 'utf8');

describe('correspondingLines', () => {
  it('pairs every line of chapter 11 in the compilation (136–179) with its line on the ETOL page', () => {
    const c = collate([
      { siglum: 'A', text: a },
      { siglum: 'B', text: b },
    ]);
    const pairs = correspondingLines(c, 'A', 'B');
    const chapter = pairs.filter((p) => p['A']! >= 136 && p['A']! <= 179);
    const nonEmpty = a
      .split('\n')
      .map((text, i) => ({ text, line: i + 1 }))
      .filter((l) => l.line >= 136 && l.line <= 179 && l.text.trim() !== '');
    expect(chapter.map((p) => p['A'])).toEqual(nonEmpty.map((l) => l.line));
    // The ETOL page has the same lines, 131 lines earlier (its running head takes lines 1–4).
    expect(chapter.every((p) => p['B'] === p['A']! - 131)).toBe(true);
    expect(b.split('\n')[chapter[0]!['B']! - 1]).toBe('(“Remove Stalin”)');
    // Nothing of chapters 8–10 or 12–15 corresponds to the ETOL page, except the site header's
    // title, which is also the page's running head.
    expect(pairs.filter((p) => p['A']! < 136 || p['A']! > 179)).toEqual([{ A: 3, B: 1 }]);
  });
});
