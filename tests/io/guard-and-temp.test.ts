import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EditionError } from '../../src/diagnostics/index.js';
import { configInputs, realTarget, refuseOutputsOverInputs } from '../../src/io/output-guard.js';
import { sweepStaleTemporaryFiles } from '../../src/io/temp-files.js';
import { runCli } from '../helpers/cli.js';
import { fixture } from '../validate/fixtures.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'tei-edition-guard-'));

/** The process id of a process that has ended. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

function refusal(fn: () => void): EditionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof EditionError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('refuseOutputsOverInputs', () => {
  it('follows symbolic links, also to paths that do not exist yet', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    expect(realTarget(join(dir, 'alias', 'not-yet', 'file.pdf'))).toBe(join(realTarget(join(dir, 'real')), 'not-yet', 'file.pdf'));
  });

  it('refuses a file output that is an input by path, symbolic link or hard link, with exit 2', () => {
    const dir = fresh();
    const input = join(dir, 'witness.txt');
    writeFileSync(input, 'text');
    symlinkSync(input, join(dir, 'soft.txt'));
    linkSync(input, join(dir, 'hard.txt'));
    for (const out of ['witness.txt', 'soft.txt', 'hard.txt']) {
      const err = refusal(() => refuseOutputsOverInputs([{ path: join(dir, out), shown: out, kind: 'file' }], [{ path: input, what: 'witness A' }], 'collate'));
      expect(err.exitCode).toBe(2);
      expect(err.diagnostics[0]).toMatchObject({ rule: 'output-is-input', file: out, stage: 'collate' });
      expect(err.diagnostics[0]?.message).toMatch(/would overwrite witness A/);
    }
  });

  it('refuses a folder output that holds an input; other places pass', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'tei'));
    const input = join(dir, 'tei', 'book.xml');
    writeFileSync(input, '<TEI/>');
    const inputs = [{ path: input, what: 'the TEI being rendered' }];
    expect(refusal(() => refuseOutputsOverInputs([{ path: dir, shown: '.', kind: 'folder' }], inputs, 'render')).diagnostics[0]?.message).toMatch(/folder holds the TEI/);
    expect(() => refuseOutputsOverInputs([{ path: join(dir, 'site'), shown: 'site', kind: 'folder' }], inputs, 'render')).not.toThrow();
    expect(() => refuseOutputsOverInputs([{ path: join(dir, 'tei', 'book.pdf'), shown: 'book.pdf', kind: 'file' }], inputs, 'render')).not.toThrow();
  });

  it('takes every file an edition config names as an input, at any depth, but what it skips', () => {
    const dir = fresh();
    for (const f of ['config.json', 'header.json', 'w1.txt', 'persons.xml', 'out.xml']) writeFileSync(join(dir, f), 'x');
    const data = { header: 'header.json', witnesses: [{ siglum: 'A', file: 'w1.txt' }], registers: { persons: 'persons.xml' }, notes: { resp: '#ed' }, output: { tei: 'out.xml' } };
    const inputs = configInputs(join(dir, 'config.json'), data, dir, ['output']).map((i) => i.path.slice(dir.length + 1));
    expect(inputs.sort()).toEqual(['config.json', 'header.json', 'persons.xml', 'w1.txt']);
  });
});

describe('caches clean their own temporary files', () => {
  const saved = process.env.TEI_EDITION_CACHE;
  afterEach(() => {
    if (saved === undefined) delete process.env.TEI_EDITION_CACHE;
    else process.env.TEI_EDITION_CACHE = saved;
  });

  it('removes the temporary files of processes no longer running, and only those', () => {
    const dir = fresh();
    const dead = Number(deadPid());
    writeFileSync(join(dir, `key.blob.${dead}.tmp`), 'half a snapshot');
    writeFileSync(join(dir, `key.${dead}.cjs`), 'a bundle');
    writeFileSync(join(dir, `key.blob.${process.pid}.tmp`), 'being written by this process');
    writeFileSync(join(dir, 'key.blob'), 'a finished snapshot');
    expect(sweepStaleTemporaryFiles(dir, ['tmp', 'cjs']).sort()).toEqual([`key.${dead}.cjs`, `key.blob.${dead}.tmp`]);
    expect(readdirSync(dir).sort()).toEqual(['key.blob', `key.blob.${process.pid}.tmp`]);
    expect(sweepStaleTemporaryFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('a validate run after one killed while building its snapshot leaves none of its files in the cache', { timeout: 120_000 }, async () => {
    const cache = fresh();
    process.env.TEI_EDITION_CACHE = cache;
    const dead = Number(deadPid());
    mkdirSync(join(cache, 'snapshots'), { recursive: true });
    writeFileSync(join(cache, 'snapshots', `0123.blob.${dead}.tmp`), Buffer.alloc(1024));
    writeFileSync(join(cache, 'snapshots', `0123.${dead}.cjs`), 'bundle');
    const r = await runCli(['validate', '-s', fixture('schema/letters.rng'), '-r', 'none', fixture('letters-valid.xml')], cache);
    expect(r.code).toBe(0);
    expect(existsSync(join(cache, 'snapshots', `0123.blob.${dead}.tmp`))).toBe(false);
    expect(existsSync(join(cache, 'snapshots', `0123.${dead}.cjs`))).toBe(false);
  });
});
