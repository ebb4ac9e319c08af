import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';
import { buildProgram } from '../../src/cli/main.js';

const commandNames = buildProgram({ io: { cwd: repoRoot, stdout: () => {}, stderr: () => {} }, setExitCode: () => {} }).commands.map((c) => c.name());

describe('tei-edition CLI', () => {
  it('has build and extract (and the commands of the other stages)', () => {
    expect(commandNames).toEqual(expect.arrayContaining(['build', 'extract', 'render']));
  });

  it.each(['--help', ...commandNames.map((c) => `${c} --help`)])('`%s` prints usage and exits 0', async (args) => {
    const r = await runCli(args.split(' '), repoRoot);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: tei-edition/);
  });

  it('exits 2 on bad usage: unknown command, unknown option, missing required option', async () => {
    expect((await runCli(['frobnicate'], repoRoot)).code).toBe(2);
    expect((await runCli(['build', '--no-such-option'], repoRoot)).code).toBe(2);
    const r = await runCli(['extract'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--wit/);
  });

  it('exits 1 with file:line:col messages on errors in the input, and writes nothing', async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'Cites [1].\n\n\n[1] One.\n\n[1] Two.' }] });
    const r = await runCli(['build'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^witnesses\/A\.txt:6:1 error two notes numbered \[1\] .* structure:note-duplicate-number$/m);
    expect(existsSync(join(dir, 'out/edition.xml'))).toBe(false);
  });

  it('says how to fix a missing config', async () => {
    const r = await runCli(['build', '--config', 'nowhere.json'], repoRoot);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nowhere\.json error edition config not found: nowhere\.json \(create it .*\) config:config-missing/);
  });

  it('builds an edition and gives a witness back on stdout', async () => {
    const text = 'A first chapter.\n\nWith two paragraphs [1].\n\n\n[1] And a note. (L.S.)\n';
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: text }] });
    expect((await runCli(['build'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'out/edition.xml'), 'utf8')).toContain('<note xml:id="ch1-n1" n="1" place="foot" type="author"');
    const r = await runCli(['extract', '--wit', 'A'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(text);
    const other = await runCli(['extract', '--wit', 'A', 'out/edition.xml'], dir);
    expect(other.stdout).toBe(text);
  });

  it('extract names the witnesses a file has when the siglum is wrong', async () => {
    const r = await runCli(['extract', '--wit', 'Q', 'tei/red-book.xml'], repoRoot);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tei\/red-book\.xml error witness "Q" has no lines in this TEI file \(witnesses here: A, B\) extract:extract-unknown-witness/);
  });

  it('the version in the TEI header follows package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version'], repoRoot);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
