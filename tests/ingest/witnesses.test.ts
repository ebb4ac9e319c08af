import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/edition-dir.js';
import { loadConfig } from '../../src/config/load.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The seeds as published in ../shared/seeds (README of the seeds), copied unchanged. */
const seeds = [
  { copy: 'witnesses/red-book-part2-sph-compilation.txt', seed: '000_01b4453dcb8ce3b0.txt', sha: '5316476d8cd6f6dcc5214d41b13e27987a19499de4a51efc8914538d790d05bb' },
  { copy: 'witnesses/red-book-ch11-etol.txt', seed: '002_682c4babd3b45665.txt', sha: '51ccf7621e7a3888ef41a9b67f3eb476d293bfb775f20d14aaa925b6e8862ab7' },
];

describe('the witnesses of the Red Book', () => {
  it.each(seeds)('$copy is the seed $seed, byte for byte', ({ copy, seed, sha }) => {
    expect(sha256(join(repoRoot, copy))).toBe(sha);
    const original = join(repoRoot, '..', 'shared', 'seeds', seed);
    if (existsSync(original)) expect(sha256(original)).toBe(sha);
  });

  it('the config names them with sigla, provenance and the same checksums', () => {
    const config = loadConfig('edition.config.json', repoRoot);
    expect(config.witnesses.map((w) => [w.siglum, w.file, w.sha256])).toEqual([
      ['A', seeds[0]!.copy, seeds[0]!.sha],
      ['B', seeds[1]!.copy, seeds[1]!.sha],
    ]);
    expect(config.base).toBe('A');
    expect(config.witnesses[1]!.scope).toEqual({ chapter: '11' });
    for (const w of config.witnesses) expect(w.provenance.length).toBeGreaterThan(40);
  });
});
