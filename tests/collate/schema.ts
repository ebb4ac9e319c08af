import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** tei_all: TEI_ALL_RNG, else ../shared/schema/tei_all.rng beside the repository. */
export function teiAll(): string | undefined {
  return [process.env.TEI_ALL_RNG, resolve(repoRoot, '..', 'shared', 'schema', 'tei_all.rng')].find(
    (p): p is string => typeof p === 'string' && p !== '' && existsSync(p),
  );
}

export const hasJing = (): boolean => spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;

/** Why the schema test cannot run here, or undefined when it can. */
export function schemaSkipReason(): string | undefined {
  if (!teiAll()) return 'tei_all.rng not found (set TEI_ALL_RNG or put ../shared/schema/tei_all.rng beside the repository)';
  if (!hasJing()) return 'jing is not installed (Debian package jing; CI installs it from .ci/apt-packages)';
  return undefined;
}
