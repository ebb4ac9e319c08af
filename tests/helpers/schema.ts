import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from './edition-dir.js';

/** The official tei_all schema: TEI_ALL_RNG, else ../shared/schema/tei_all.rng beside the repo. */
export function teiAllSchema(): string | undefined {
  const candidates = [process.env.TEI_ALL_RNG, resolve(repoRoot, '..', 'shared', 'schema', 'tei_all.rng')];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

export const schemaMissing = 'tei_all.rng not found (set TEI_ALL_RNG or put ../shared/schema/tei_all.rng beside the repo)';

export const jingAvailable = (): boolean => spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
