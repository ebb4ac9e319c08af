import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGivenNameTable, givenName, taggedGivenName } from '../../src/annotate/names/given-names.js';
import { repoRoot } from '../helpers/edition-dir.js';

/** Every capitalised word of the witnesses of the seed, the example and the test editions. */
function capitalisedWords(): Set<string> {
  const dirs = ['witnesses', 'examples/frankenstein/witnesses', 'tests/fixtures/third-book'];
  const texts = dirs.flatMap((d) => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.txt') ? [readFileSync(join(dir, e.name), 'utf8')] : []));
    return walk(join(repoRoot, d));
  });
  return new Set(texts.flatMap((t) => [...t.matchAll(/\p{Lu}\p{Ll}+/gu)].map((m) => m[0])));
}

describe('given names from the table made from compromise', () => {
  const cache = mkdtempSync(join(tmpdir(), 'given-names-'));
  const saved = process.env.TEI_EDITION_CACHE;
  process.env.TEI_EDITION_CACHE = cache;
  afterAll(() => {
    if (saved === undefined) delete process.env.TEI_EDITION_CACHE;
    else process.env.TEI_EDITION_CACHE = saved;
    rmSync(cache, { recursive: true, force: true });
  });

  it('answer as the tagger itself for every capitalised word of the example texts and every name of its lexicon', () => {
    const table = buildGivenNameTable();
    const words = capitalisedWords();
    for (const w of Object.keys(table)) words.add(w.charAt(0).toUpperCase() + w.slice(1));
    expect(words.size).toBeGreaterThan(3000);
    const differ = [...words].filter((w) => JSON.stringify(givenName(w)) !== JSON.stringify(taggedGivenName(w)));
    expect(differ).toEqual([]);
    expect(givenName('Natalia')).toEqual({ first: true, sex: 'F' });
    expect(givenName('Robert')).toEqual({ first: true, sex: 'M' });
    expect(givenName('Zinoviev')).toEqual({ first: false });
  });

  it('keep the table in the toolkit cache, and read it from there', () => {
    expect(givenName('Ivan')).toEqual({ first: true, sex: 'M' });
    const file = readdirSync(join(cache, 'names')).find((f) => /^given-names-compromise-[\d.]+\.json$/.test(f));
    expect(file).toBeDefined();
    const kept = JSON.parse(readFileSync(join(cache, 'names', file!), 'utf8')) as Record<string, unknown>;
    expect(kept).toEqual(buildGivenNameTable());
    expect(kept.elizabeth).toEqual({ first: true, sex: 'F' });
  });
});
