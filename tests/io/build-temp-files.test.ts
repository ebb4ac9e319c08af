import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRoot } from '../../src/io/cache-dir.js';
import { repoRoot } from '../helpers/edition-dir.js';

// A build cleans up after itself: nothing in the temporary folder, no temporary file or staging
// folder beside its outputs or in the caches; and the temporary files of a killed run are
// removed by the next one.
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
const ours = (dir: string, pid: number): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes(`.${pid}.`));

describe('a build leaves no temporary files', () => {
  it('in the temporary folder, beside its outputs or in the caches; stale ones of a killed run go', { timeout: 240_000 }, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tei-edition-build-tmp-'));
    const dir = join(mkdtempSync(join(tmpdir(), 'tei-edition-build-')), 'frankenstein');
    cpSync(join(repoRoot, 'examples/frankenstein'), dir, { recursive: true });
    // What a run killed while writing left: a stylesheet compilation, a V8 cache, a staging folder.
    const dead = deadPid();
    const cache = cacheRoot();
    mkdirSync(join(cache, 'sef'), { recursive: true });
    mkdirSync(join(cache, 'v8'), { recursive: true });
    writeFileSync(join(cache, 'sef', `html-0000.sef.json.${dead}.tmp`), 'half a compilation');
    writeFileSync(join(cache, 'v8', `.saxon.v8cache.${dead}.tmp`), 'half a cache');
    mkdirSync(join(dir, 'output', `.tei-edition.${dead}.staging`, 'new'), { recursive: true });
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/tei-edition.js'), 'build', '--config', 'edition.config.json'], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/ error /);
    expect(run.status).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
    expect(ours(dir, run.pid!)).toEqual([]);
    expect(ours(cache, run.pid!)).toEqual([]);
    expect(ours(dir, dead)).toEqual([]);
    expect(ours(cache, dead)).toEqual([]);
  });
});
