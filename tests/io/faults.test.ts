import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditionError } from '../../src/diagnostics/index.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';
import { scratchEdition } from '../annotate/scratch.js';

// Fault injection: the file system fails (full disk, read-only, permission denied) for paths
// under `fault.under`, at the call `fault.call`. The tests run as any user (root ignores
// permissions), so the faults are injected rather than made with chmod; a file where a folder
// should be is a real fault.
const fault = vi.hoisted(() => ({ code: '', call: '', under: '' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failing =
    <F extends (...args: never[]) => unknown>(name: string, real: F): F =>
    ((...args: Parameters<F>) => {
      const path = String(args[0]);
      if (fault.code && fault.call === name && fault.under && path.startsWith(fault.under)) {
        throw Object.assign(new Error(`${fault.code}: injected fault, ${name} '${path}'`), { code: fault.code, syscall: name.replace(/Sync$/, ''), path });
      }
      return real(...args);
    }) as F;
  const patched = {
    writeFileSync: failing('writeFileSync', fs.writeFileSync),
    renameSync: failing('renameSync', fs.renameSync),
    mkdirSync: failing('mkdirSync', fs.mkdirSync),
  };
  return { ...fs, ...patched, default: { ...fs, ...patched } };
});

afterEach(() => {
  fault.code = '';
});

const fresh = (): string => mkdtempSync(join(tmpdir(), 'tei-edition-faults-'));
const inject = (code: string, call: string, under: string): void => {
  Object.assign(fault, { code, call, under });
};

/** No temporary file of an atomic write, and no staging folder, is left in `dir` or below. */
function noTemporaryFiles(dir: string): void {
  const left = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.tmp$|\.staging(\/|$)/.test(f));
  expect(left).toEqual([]);
}

describe('writeFileAtomic: faults are EditionErrors naming the target, the old file kept', () => {
  for (const [code, call, says] of [
    ['ENOSPC', 'writeFileSync', /no space left on the device \(ENOSPC\)/],
    ['EROFS', 'writeFileSync', /the file system is read-only \(EROFS\)/],
    ['EACCES', 'renameSync', /permission denied \(EACCES\)/],
    ['EDQUOT', 'writeFileSync', /disk quota/],
    ['EIO', 'renameSync', /input\/output error/],
  ] as const) {
    it(`${code} at ${call}`, () => {
      const dir = fresh();
      const target = join(dir, 'edition.xml');
      writeFileSync(target, 'old');
      inject(code, call, dir);
      let thrown: unknown;
      try {
        writeFileAtomic(target, 'new', { shown: 'out/edition.xml', stage: 'write', what: 'the TEI' });
      } catch (err) {
        thrown = err;
      }
      fault.code = '';
      expect(thrown).toBeInstanceOf(EditionError);
      const d = (thrown as EditionError).diagnostics[0]!;
      expect(d).toMatchObject({ severity: 'error', rule: 'output-unwritable', stage: 'write', file: 'out/edition.xml' });
      expect(d.message).toMatch(says);
      expect(d.message).toMatch(/^cannot write the TEI: /);
      expect(d.hint).toBeTruthy();
      expect((thrown as EditionError).exitCode).toBe(1);
      expect(readFileSync(target, 'utf8')).toBe('old');
      noTemporaryFiles(dir);
    });
  }

  it('a file where a folder should be (a real ENOTDIR)', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plain'), 'a file');
    expect(() => writeFileAtomic(join(dir, 'plain', 'edition.xml'), 'x')).toThrowError(/cannot write the output: (a part of the path is a file, not a folder \(ENOTDIR\)|a file stands where a folder is needed \(EEXIST\))/);
  });

  it('a folder where the file should be (a real EISDIR)', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'edition.xml'));
    expect(() => writeFileAtomic(join(dir, 'edition.xml'), 'x')).toThrowError(EditionError);
    noTemporaryFiles(dir);
  });
});

describe('every command that writes: a fault is exit 1 with what, where and what to do, never a stack trace', () => {
  const expectFault = (r: { code: number; stderr: string }, code: string): void => {
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stderr).toContain(`(${code})`);
    expect(r.code).toBe(1);
  };

  it('build (the TEI and the review)', { timeout: 120_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'CHAPTER 1\n\nA line of the witness.\n' }] });
    inject('ENOSPC', 'writeFileSync', join(dir, 'out'));
    const r = await runCli(['build', '--only', 'tei,review'], dir);
    expectFault(r, 'ENOSPC');
    expect(existsSync(join(dir, 'out', 'edition.xml'))).toBe(false);
    noTemporaryFiles(dir);
  });

  it('render html', { timeout: 120_000 }, async () => {
    const out = fresh();
    inject('EROFS', 'mkdirSync', join(out, 'site'));
    const r = await runCli(['render', 'html', join(repoRoot, 'tests/fixtures/html/constructs.xml'), '--out', join(out, 'site')], out);
    expectFault(r, 'EROFS');
    expect(r.stderr).toMatch(/error cannot write the output: the file system is read-only \(EROFS\) \(write to another place/);
  });

  it('render pdf', { timeout: 180_000 }, async () => {
    const out = fresh();
    writeFileSync(join(out, 'book.pdf'), 'the previous PDF');
    inject('ENOSPC', 'writeFileSync', out);
    const r = await runCli(['render', 'pdf', join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), '--out', join(out, 'book.pdf')], out);
    expectFault(r, 'ENOSPC');
    expect(r.stderr).toMatch(/book\.pdf error cannot write the output: no space left on the device \(ENOSPC\) \(free some space/);
    expect(readFileSync(join(out, 'book.pdf'), 'utf8')).toBe('the previous PDF');
    noTemporaryFiles(out);
  });

  it('review -o', { timeout: 120_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'CHAPTER 1\n\nA line of the witness.\n' }] });
    inject('EACCES', 'renameSync', join(dir, 'review-out'));
    const r = await runCli(['review', '-o', 'review-out'], dir);
    expectFault(r, 'EACCES');
    noTemporaryFiles(dir);
  });

  it('collate -o', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), 'The first text.\n');
    writeFileSync(join(dir, 'b.txt'), 'The second text.\n');
    inject('ENOSPC', 'writeFileSync', join(dir, 'out'));
    const r = await runCli(['collate', 'a.txt', 'b.txt', '-o', 'out/collation.xml'], dir);
    expectFault(r, 'ENOSPC');
    expect(r.stderr).toMatch(/^out\/collation\.xml error cannot write the output: no space left on the device \(ENOSPC\) .* collate:output-unwritable$/m);
  });

  it('an output under a file (a real ENOTDIR) in render pdf and collate', { timeout: 120_000 }, async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), 'The first text.\n');
    writeFileSync(join(dir, 'b.txt'), 'The second text.\n');
    const c = await runCli(['collate', 'a.txt', 'b.txt', '-o', 'a.txt/out.xml'], dir);
    expect(c.stderr).not.toMatch(/internal error/);
    expect(c.code).toBe(1);
    const p = await runCli(['render', 'pdf', join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), '--out', 'a.txt/book.pdf'], dir);
    expect(p.stderr).toMatch(/a\.txt\/book\.pdf error cannot write the output: /);
    expect(p.code).toBe(1);
  });
});

describe('the other write paths: a fault is exit 1 with what, where and what to do, and every file as it was', () => {
  const expectFault = (r: { code: number; stderr: string }, code: string, hint: RegExp): void => {
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stderr).toMatch(new RegExp(`error cannot write the output: .*\\(${code}\\) \\(${hint.source}`));
    expect(r.code).toBe(1);
  };
  const text = 'Comrade Kotolynov was tried in Kiev in 1935.\n\nKotolynov denied everything.\n';

  it('build: a refused rename, and an output folder under a file (a real ENOTDIR)', { timeout: 120_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'CHAPTER 1\n\nA line of the witness.\n' }] });
    inject('EACCES', 'renameSync', join(dir, 'out'));
    const r = await runCli(['build', '--only', 'tei,review'], dir);
    expectFault(r, 'EACCES', /choose a folder you may write to/);
    expect(r.stderr).toMatch(/info no output was written: none existed before, and none is left half made/);
    expect(existsSync(join(dir, 'out', 'edition.xml'))).toBe(false);
    noTemporaryFiles(dir);
    fault.code = '';
    const { dir: other } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'CHAPTER 1\n\nA line of the witness.\n' }], extraConfig: { output: { tei: 'plain/edition.xml', dir: 'plain/out' } } });
    writeFileSync(join(other, 'plain'), 'a file');
    const n = await runCli(['build', '--only', 'tei'], other);
    expect(n.stderr).toMatch(/^plain\/edition\.xml error cannot write the output: (a part of the path is a file, not a folder \(ENOTDIR\)|a file stands where a folder is needed \(EEXIST\))/m);
    expect(n.code).toBe(1);
  });

  it('review accept: the register is replaced whole or not at all', { timeout: 120_000 }, async () => {
    const dir = scratchEdition(text);
    const review = await runCli(['review', '--format', 'json'], dir);
    const item = (JSON.parse(review.stdout) as { items: Array<{ id?: string; rule: string; text: string }> }).items.find((i) => i.rule === 'name-unknown' && i.text === 'Kotolynov')!;
    const before = readFileSync(join(dir, 'registers', 'persons.xml'), 'utf8');
    inject('EACCES', 'renameSync', join(dir, 'registers'));
    const r = await runCli(['review', 'accept', item.id!], dir);
    expectFault(r, 'EACCES', /choose a folder you may write to/);
    expect(r.stderr).toMatch(/^registers\/persons\.xml error/m);
    expect(readFileSync(join(dir, 'registers', 'persons.xml'), 'utf8')).toBe(before);
    noTemporaryFiles(dir);
  });

  it('registers export -o and registers import', { timeout: 120_000 }, async () => {
    const dir = scratchEdition('Trotsky and Sedov.\n', { persons: '      <person xml:id="trotsky"><persName type="reg">Leon Trotsky</persName></person>\n' });
    inject('ENOSPC', 'writeFileSync', join(dir, 'csv'));
    const e = await runCli(['registers', 'export', '-o', 'csv/registers.csv'], dir);
    expectFault(e, 'ENOSPC', /free some space/);
    expect(existsSync(join(dir, 'csv', 'registers.csv'))).toBe(false);
    fault.code = '';
    writeFileSync(join(dir, 'reconciled.csv'), 'id,wikidata\ntrotsky,Q33391\n');
    const before = readFileSync(join(dir, 'registers', 'persons.xml'), 'utf8');
    inject('EROFS', 'writeFileSync', join(dir, 'registers'));
    const i = await runCli(['registers', 'import', 'reconciled.csv'], dir);
    expectFault(i, 'EROFS', /write to another place/);
    expect(readFileSync(join(dir, 'registers', 'persons.xml'), 'utf8')).toBe(before);
    noTemporaryFiles(dir);
  });

  it('init: nothing of the new edition is left, so that it can be run again', { timeout: 60_000 }, async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), text);
    inject('EACCES', 'writeFileSync', join(dir, 'book'));
    const args = ['init', 'book', '--title', 'A Book', '--author', 'An Author', '--witness', 'A=a.txt'];
    const r = await runCli(args, dir);
    expectFault(r, 'EACCES', /choose a folder you may write to/);
    expect(existsSync(join(dir, 'book'))).toBe(false);
    fault.code = '';
    expect((await runCli(args, dir)).code).toBe(0);
  });
});

describe('the CLI safety net', () => {
  it('turns a file-system fault no helper wrapped into one line and exit 1, an unknown error into exit 3', async () => {
    const { runCommand } = await import('../../src/cli/action.js');
    let err = '';
    const io = { cwd: '/', stdout: () => undefined, stderr: (s: string) => void (err += s) };
    const raw = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: '/out/.book.pdf.4242.tmp' });
    expect(await runCommand(io, () => Promise.reject(raw))).toBe(1);
    expect(err).toBe('tei-edition: cannot write /out/book.pdf: no space left on the device (ENOSPC); free some space or write to another disk; the previous file was left as it was\n');
    err = '';
    // A temporary name as temporaryPath makes it (thread and sequence before the process id).
    expect(await runCommand(io, () => Promise.reject({ ...raw, message: raw.message, path: '/out/.book.pdf.t2-17.4242.tmp' }))).toBe(1);
    expect(err).toMatch(/^tei-edition: cannot write \/out\/book\.pdf: /);
    err = '';
    expect(await runCommand(io, () => Promise.reject(new TypeError('a bug')))).toBe(3);
    expect(err).toMatch(/internal error, please report it/);
  });
});
