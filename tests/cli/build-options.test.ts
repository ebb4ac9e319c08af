import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/edition-dir.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('build --timings and the cache of earlier builds', () => {
  it('prints each stage as it ends, says which outputs a rebuild reused, and writes the same TEI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-options-'));
    temps.push(dir);
    cpSync(join(repoRoot, 'examples/frankenstein'), dir, { recursive: true });
    rmSync(join(dir, 'tei'), { recursive: true });
    const first = await runCli(['build', '--only', 'tei', '--timings'], dir);
    expect(first.code).toBe(0);
    for (const stage of ['load', 'read', 'structure', 'collate', 'annotate', 'tei', 'check', 'write', 'command', 'process']) {
      expect(first.stderr).toMatch(new RegExp(`^timing ${stage} +\\d+(\\.\\d+)? (ms|s)`, 'm'));
    }
    const tei = readFileSync(join(dir, 'tei/frankenstein.xml'), 'utf8');
    expect(tei).toBe(readFileSync(join(repoRoot, 'examples/frankenstein/tei/frankenstein.xml'), 'utf8'));

    const again = await runCli(['build', '--only', 'tei', '--timings'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^timing tei +reused$/m);
    expect(again.stderr).not.toMatch(/^timing structure/m);
    expect(readFileSync(join(dir, 'tei/frankenstein.xml'), 'utf8')).toBe(tei);

    const anew = await runCli(['build', '--only', 'tei', '--timings', '--no-cache'], dir);
    expect(anew.code).toBe(0);
    expect(anew.stderr).toMatch(/^timing structure +\d/m);
    expect(anew.stderr).not.toMatch(/reused/);
  }, 300_000);

  it('refuses a --jobs that is not a whole number (exit 2)', async () => {
    const r = await runCli(['build', '--config', 'a.json', '--config', 'b.json', '--jobs', 'many'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs wants a whole number/);
  });
});
