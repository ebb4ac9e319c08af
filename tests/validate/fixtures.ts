import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../helpers/edition-dir.js';

export const fixtureDir = resolve(repoRoot, 'tests', 'fixtures', 'validate');
export const fixture = (name: string): string => join(fixtureDir, name);
export const readFixture = (name: string): string => readFileSync(fixture(name), 'utf8');

/** The TEI fixtures: valid-*.xml and invalid-*.xml, each invalid one naming its rule in `<!-- expect: RULE ... -->`. */
export function teiFixtures(prefix: 'valid-' | 'invalid-rng-' | 'invalid-edition-'): { name: string; expect: string | undefined }[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, expect: /<!-- expect: ([\w-]+)/.exec(readFixture(name))?.[1] }));
}
