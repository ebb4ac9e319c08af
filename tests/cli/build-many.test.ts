import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/edition-dir.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

// The pool's workers run the compiled toolkit (dist/, made by `npm ci` or `npm run build:ts`):
// a worker process cannot load the TypeScript sources the test runner runs.
describe('build with several --config', () => {
  it('builds every edition on the worker pool, names each failure and exits 1 when any failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-many-'));
    temps.push(dir);
    for (const name of ['one', 'two', 'broken']) {
      cpSync(join(repoRoot, 'examples/frankenstein'), join(dir, name), { recursive: true });
      rmSync(join(dir, name, 'tei'), { recursive: true });
    }
    writeFileSync(join(dir, 'broken/witnesses/frankenstein-1823.txt'), 'not the text the checksum names\n');

    const r = await runCli(['build', '--config', 'one/edition.config.json', '--config', 'broken/edition.config.json', '--config', 'two/edition.config.json', '--only', 'tei', '--no-cache', '--jobs', '2'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\/witnesses\/frankenstein-1823\.txt.* error /m);
    expect(r.stderr).toMatch(/^built 2 of 3 editions; failed: broken\/edition\.config\.json$/m);
    const committed = readFileSync(join(repoRoot, 'examples/frankenstein/tei/frankenstein.xml'), 'utf8');
    expect(readFileSync(join(dir, 'one/tei/frankenstein.xml'), 'utf8')).toBe(committed);
    expect(readFileSync(join(dir, 'two/tei/frankenstein.xml'), 'utf8')).toBe(committed);
    expect(existsSync(join(dir, 'broken/tei/frankenstein.xml'))).toBe(false);

    const ok = await runCli(['build', '--config', 'one/edition.config.json', '--config', 'two/edition.config.json', '--only', 'tei', '--no-cache'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/^built 2 of 2 editions$/m);
  }, 300_000);

  it('two workers that need the schema\'s validator at once each make it whole: no failed or half snapshot, the same TEI', async () => {
    // The pool's workers were threads of one process id; their temporary files once shared names too, and
    // two snapshots written into one file made a validator that hung or failed.
    const dir = mkdtempSync(join(tmpdir(), 'build-many-'));
    const cache = mkdtempSync(join(tmpdir(), 'build-many-cache-'));
    temps.push(dir, cache);
    for (const name of ['one', 'two']) {
      cpSync(join(repoRoot, 'examples/frankenstein'), join(dir, name), { recursive: true });
      rmSync(join(dir, name, 'tei'), { recursive: true });
    }
    const saved = process.env.TEI_EDITION_CACHE;
    process.env.TEI_EDITION_CACHE = cache;
    const snapshots = (): string[] => (existsSync(join(cache, 'snapshots')) ? readdirSync(join(cache, 'snapshots')).sort() : []);
    try {
      // The first build converts the schema into the new cache; the builds after it make the snapshot.
      expect((await runCli(['build', '--config', 'one/edition.config.json', '--only', 'tei', '--no-cache'], dir)).code).toBe(0);
      expect(snapshots().filter((f) => f.endsWith('.blob'))).toEqual([]);
      rmSync(join(dir, 'one/tei'), { recursive: true });

      const r = await runCli(['build', '--config', 'one/edition.config.json', '--config', 'two/edition.config.json', '--only', 'tei', '--no-cache', '--jobs', '2'], dir);
      expect(r.stderr).toMatch(/^built 2 of 2 editions$/m);
      expect(r.code).toBe(0);
      expect(snapshots()).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.blob$/)]);
      const committed = readFileSync(join(repoRoot, 'examples/frankenstein/tei/frankenstein.xml'), 'utf8');
      for (const name of ['one', 'two']) expect(readFileSync(join(dir, name, 'tei/frankenstein.xml'), 'utf8')).toBe(committed);
    } finally {
      if (saved === undefined) delete process.env.TEI_EDITION_CACHE;
      else process.env.TEI_EDITION_CACHE = saved;
    }
  }, 180_000);

  it('an edition too large for its worker\'s heap fails with an error that says so; the others are built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-many-'));
    temps.push(dir);
    for (const name of ['one', 'two']) {
      cpSync(join(repoRoot, 'examples/frankenstein'), join(dir, name), { recursive: true });
      rmSync(join(dir, name, 'tei'), { recursive: true });
    }
    // 16 MiB holds no build of the example: each worker process dies out of memory and a new one takes the next edition.
    const r = await runCli(['build', '--config', 'one/edition.config.json', '--config', 'two/edition.config.json', '--only', 'tei', '--no-cache', '--memory', '16'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^one\/edition\.config\.json error the build ran out of memory: its worker's heap limit is 16 MiB \(build this edition alone, or raise the limit with --memory\) cli:worker-out-of-memory$/m);
    expect(r.stderr).toMatch(/^two\/edition\.config\.json error .* cli:worker-out-of-memory$/m);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr).toMatch(/^built 0 of 2 editions; failed: one\/edition\.config\.json, two\/edition\.config\.json$/m);
    expect(existsSync(join(dir, 'one/tei/frankenstein.xml'))).toBe(false);
  }, 120_000);

  it('refuses --watch with several editions as a usage error (exit 2)', async () => {
    const r = await runCli(['build', '--config', 'a.json', '--config', 'b.json', '--watch'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--watch builds one edition/);
  });
});
