import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// a worker thread cannot load the TypeScript sources the test runner runs.
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

  it('refuses --watch with several editions as a usage error (exit 2)', async () => {
    const r = await runCli(['build', '--config', 'a.json', '--config', 'b.json', '--watch'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--watch builds one edition/);
  });
});
