import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/pipeline/build-cache.js';
import { watchEdition, type WatchBuild } from '../../src/pipeline/watch.js';
import { repoRoot } from '../helpers/edition-dir.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** Waits until `ready()` holds, checking every 50 ms; fails after `limitMs` (a bound, not a timing assertion). */
async function until(ready: () => boolean, limitMs: number, what: string): Promise<void> {
  const end = Date.now() + limitMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A copy of the Frankenstein example and a cache folder of its own. Without the recorded
 * checksums, so that a witness alone changes (a checksum would need the config changed as well).
 */
function exampleCopy(): { dir: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'watch-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'watch-cache-'));
  temps.push(dir, cacheDir);
  cpSync(join(repoRoot, 'examples/frankenstein'), dir, { recursive: true });
  const config = join(dir, 'edition.config.json');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/"sha256": "[0-9a-f]+",?/g, ''));
  return { dir, cacheDir };
}

describe('build --watch', () => {
  it('rebuilds when a witness changes on disk and says what it redid', async () => {
    const { dir, cacheDir } = exampleCopy();

    const builds: WatchBuild[] = [];
    const stop = new AbortController();
    const watching = watchEdition('edition.config.json', { cwd: dir, only: ['tei'], cache: new BuildCache(cacheDir), signal: stop.signal, onBuild: (b) => builds.push(b) });
    try {
      await until(() => builds.length >= 1, 120_000, 'the first build');
      expect(builds[0]!.changed).toEqual([]);
      expect(builds[0]!.result).toBeDefined();
      expect(builds[0]!.redone).toEqual(expect.arrayContaining(['structure', 'collate', 'annotate', 'tei', 'check']));
      expect(builds[0]!.result!.inputs.map((f) => relative(dir, f))).toContain('witnesses/frankenstein-1831.txt');

      const witness = join(dir, 'witnesses/frankenstein-1831.txt');
      writeFileSync(witness, readFileSync(witness, 'utf8').replace('wonderful', 'marvellous'));
      await until(() => builds.length >= 2, 120_000, 'the rebuild after the change');
      const rebuilt = builds[1]!;
      expect(rebuilt.changed.map((f) => relative(dir, f))).toEqual(['witnesses/frankenstein-1831.txt']);
      expect(rebuilt.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(rebuilt.redone).toEqual(expect.arrayContaining(['structure', 'tei', 'check']));
      expect(rebuilt.reused).toEqual([]);
      expect(readFileSync(join(dir, 'tei/frankenstein.xml'), 'utf8')).toContain('marvellous');
    } finally {
      stop.abort();
      await watching;
    }
  }, 300_000);

  it('rebuilds when an input was saved while the first build ran, before its folder was watched', async () => {
    const { dir, cacheDir } = exampleCopy();
    const witness = join(dir, 'witnesses/frankenstein-1831.txt');

    const builds: WatchBuild[] = [];
    const stop = new AbortController();
    let saved = false;
    // the editor saves once the build has read its inputs
    const onStage = (e: { stage: string; phase: string }): void => {
      if (saved || e.stage !== 'structure' || e.phase !== 'start') return;
      saved = true;
      writeFileSync(witness, readFileSync(witness, 'utf8').replace('wonderful', 'marvellous'));
    };
    const watching = watchEdition('edition.config.json', { cwd: dir, only: ['tei'], cache: new BuildCache(cacheDir), signal: stop.signal, onStage, onBuild: (b) => builds.push(b) });
    try {
      await until(() => builds.length >= 2, 240_000, 'the rebuild after the save during the first build');
      expect(saved).toBe(true);
      expect(builds[1]!.changed.map((f) => relative(dir, f))).toEqual(['witnesses/frankenstein-1831.txt']);
      expect(readFileSync(join(dir, 'tei/frankenstein.xml'), 'utf8')).toContain('marvellous');
    } finally {
      stop.abort();
      await watching;
    }
  }, 300_000);
});
