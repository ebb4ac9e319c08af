import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/validate/index.js';
import { validateTextAgainstSchema } from '../../src/validate/validate-files.js';
import { keepSnapshotProcesses, prestart, processCounts } from '../../src/validate/fast/process.js';
import { fixture } from './fixtures.js';

/**
 * The CLI validates in processes started from a V8 snapshot of the loaded schema. They must
 * give exactly what validation in process gives.
 */
describe('validation from a snapshot', () => {
  const saved = { cache: process.env.TEI_EDITION_CACHE, off: process.env.TEI_EDITION_NO_SNAPSHOT };
  const cache = mkdtempSync(join(tmpdir(), 'tei-edition-snapshot-'));
  beforeAll(() => {
    process.env.TEI_EDITION_CACHE = cache;
    delete process.env.TEI_EDITION_NO_SNAPSHOT;
  });
  afterAll(() => {
    for (const [key, value] of [['TEI_EDITION_CACHE', saved.cache], ['TEI_EDITION_NO_SNAPSHOT', saved.off]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  const files = [fixture('letters-invalid.xml'), fixture('letters-valid.xml'), fixture('valid-edition.xml')];
  const options = { schema: fixture('schema/letters.rng'), cwd: fixture('.') } as const;

  it('is built on the first run and used afterwards, with the same results for every rule set', async () => {
    const first = await validateFiles(files, { ...options, rules: 'all', engine: 'auto' });
    expect(first.engine).toBe('in-process');
    expect(readdirSync(join(cache, 'snapshots')).filter((f) => f.endsWith('.blob'))).toHaveLength(1);
    for (const rules of ['none', 'tei', 'edition', 'all'] as const) {
      const fast = await validateFiles(files, { ...options, rules, engine: 'auto' });
      const slow = await validateFiles(files, { ...options, rules, engine: 'in-process' });
      expect(fast.engine, rules).toBe('snapshot');
      // absolute paths, shown as given
      expect(fast.results.map((r) => r.file)).toEqual(files);
      const sorted = (run: typeof fast) => run.results.map((r) => [...r.diagnostics].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
      expect(sorted(fast), rules).toEqual(sorted(slow));
      expect(fast.notices, rules).toEqual(slow.notices);
    }
  });

  it('reports a refused file once', async () => {
    const run = await validateFiles([fixture('letters-valid.xml')], { ...options, rules: 'all', engine: 'auto', maxFileBytes: 10 });
    expect(run.engine).toBe('snapshot');
    expect(run.results[0]?.diagnostics.map((d) => d.rule)).toEqual(['input-too-large']);
  });

  it('takes a process started early from the last snapshot used, and discards those it cannot use', async () => {
    const lastUsed = join(cache, 'snapshots', 'last-used');
    const blob = readFileSync(lastUsed, 'utf8');
    const slow = await validateFiles(files, { ...options, rules: 'none', engine: 'in-process' });

    let before = processCounts().started;
    prestart(2);
    expect(processCounts()).toEqual({ waiting: 2, started: before + 2 });
    const fast = await validateFiles(files, { ...options, rules: 'none', engine: 'auto' });
    expect(fast.engine).toBe('snapshot');
    expect(fast.results).toEqual(slow.results);
    // three files make two groups, one process each: both were the ones started early
    expect(processCounts()).toEqual({ waiting: 0, started: before + 2 });

    // Started from another blob (a copy: same heap, other name): not taken, ended unused.
    const other = `${blob}.copy`;
    copyFileSync(blob, other);
    writeFileSync(lastUsed, other);
    before = processCounts().started;
    prestart(1);
    expect(processCounts()).toEqual({ waiting: 1, started: before + 1 });
    const again = await validateFiles(files, { ...options, rules: 'none', engine: 'auto' });
    expect(again.results).toEqual(slow.results);
    expect(processCounts()).toEqual({ waiting: 0, started: before + 3 });
    expect(readFileSync(lastUsed, 'utf8')).toBe(blob);
  });

  it('keeps one warm process for the requests of a watched build, with the same results', async () => {
    const one = [fixture('letters-invalid.xml')];
    const slow = await validateFiles(one, { ...options, rules: 'none', engine: 'in-process' });
    const before = processCounts().started;
    keepSnapshotProcesses(true);
    try {
      for (let i = 0; i < 3; i++) {
        const fast = await validateFiles(one, { ...options, rules: 'none', engine: 'auto' });
        expect(fast.engine).toBe('snapshot');
        expect(fast.results).toEqual(slow.results);
        expect(fast.results[0]!.diagnostics.length).toBeGreaterThan(0);
      }
      // three requests, one process: the first request started it, the others found it waiting
      expect(processCounts().started).toBe(before + 1);
    } finally {
      keepSnapshotProcesses(false);
    }
    // no longer kept: each request has a process of its own again
    await validateFiles(one, { ...options, rules: 'none', engine: 'auto' });
    expect(processCounts().started).toBe(before + 2);
  });

  it('takes a long text in memory through a temporary file, with the same results, and removes the file', async () => {
    // longer than a pipe holds at once (fast/snapshot.ts): a comment pads it past 32 KB
    const text = `${readFileSync(fixture('letters-invalid.xml'), 'utf8')}<!-- ${'padding '.repeat(6000)}-->\n`;
    const fast = await validateTextAgainstSchema(text, 'long.xml', fixture('schema/letters.rng'));
    process.env.TEI_EDITION_NO_SNAPSHOT = '1';
    try {
      const slow = await validateTextAgainstSchema(text, 'long.xml', fixture('schema/letters.rng'));
      expect(fast).toEqual(slow);
      expect(fast.length).toBeGreaterThan(0);
    } finally {
      delete process.env.TEI_EDITION_NO_SNAPSHOT;
    }
    expect(readdirSync(join(cache, 'snapshots')).filter((f) => f.startsWith('text-'))).toEqual([]);
  });
});
