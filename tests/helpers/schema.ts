import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
import { repoRoot } from './edition-dir.js';

/** The official tei_all schema: TEI_ALL_RNG, else ../shared/schema/tei_all.rng beside the repo. */
export function teiAllSchema(): string | undefined {
  const candidates = [process.env.TEI_ALL_RNG, resolve(repoRoot, '..', 'shared', 'schema', 'tei_all.rng')];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

export const schemaMissing = 'tei_all.rng not found (set TEI_ALL_RNG or put ../shared/schema/tei_all.rng beside the repo)';

export const jingAvailable = (): boolean => spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;

/** Errors jing reports for an XML text against tei_all (empty when valid). */
export function jingErrors(xml: string, schema: string): string[] {
  const { mkdtempSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { join } = require('node:path') as typeof import('node:path');
  const file = join(mkdtempSync(join(tmpdir(), 'jing-')), 'doc.xml');
  writeFileSync(file, xml);
  const r = spawnSync('jing', [schema, file], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.includes(' error: '));
}
