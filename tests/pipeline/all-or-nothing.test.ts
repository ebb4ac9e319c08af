import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/edition-dir.js';

// A build replaces its outputs all together or not at all. A copy of the Frankenstein example
// is built once; then later builds of a changed edition fail at different points (a broken
// print stylesheet after the TEI, review and HTML were made; a full disk while staging; a
// refused rename after the TEI and the review were already in place) and every previous
// output must be byte for byte as it was, with no staging folder left.
const fault = vi.hoisted(() => ({ code: '', call: '', when: (_path: string): boolean => false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failing =
    <F extends (...args: never[]) => unknown>(name: string, real: F): F =>
    ((...args: Parameters<F>) => {
      const paths = args.slice(0, 2).map(String);
      if (fault.code && fault.call === name && paths.some((p) => fault.when(p))) {
        throw Object.assign(new Error(`${fault.code}: injected fault, ${name} '${paths[0]}'`), { code: fault.code, syscall: name.replace(/Sync$/, ''), path: paths[0] });
      }
      return real(...args);
    }) as F;
  const patched = { writeFileSync: failing('writeFileSync', fs.writeFileSync), renameSync: failing('renameSync', fs.renameSync) };
  return { ...fs, ...patched, default: { ...fs, ...patched } };
});

afterEach(() => {
  fault.code = '';
});

/** Every file under the edition's output places, with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const place of ['tei', 'output']) {
    for (const entry of readdirSync(join(dir, place), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  }
  return out;
}

/** Names of staging folders or temporary files anywhere in the edition's folder. */
const leftovers = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.staging(\/|$)|\.tmp$/.test(f));

let dir = '';
let before: Record<string, string> = {};

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'tei-edition-all-or-nothing-')), 'frankenstein');
  cpSync(join(repoRoot, 'examples/frankenstein'), dir, { recursive: true });
  const first = await runCli(['build', '--config', 'edition.config.json'], dir);
  expect(first.stderr).not.toMatch(/ error /);
  expect(first.code).toBe(0);
  before = snapshot(dir);
  // Every kind of output is there to be kept: the TEI, the review, the PDF, the web edition.
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['tei/frankenstein.xml', 'output/review.md', 'output/review.json', 'output/frankenstein.pdf', 'output/html/index.html']));
  // The next builds would make different bytes: the header's title changes.
  const header = join(dir, 'header.json');
  writeFileSync(header, readFileSync(header, 'utf8').replace('"title": "Frankenstein', '"title": "Frankenstein (a later build)'));
}, 240_000);

const expectKept = (r: { code: number; stderr: string }): void => {
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/info no output was replaced: the previous outputs are exactly as they were write:outputs-kept/);
  expect(r.stderr).not.toMatch(/^wrote /m);
  expect(snapshot(dir)).toEqual(before);
  expect(leftovers(dir)).toEqual([]);
};

describe('build: all outputs or none', () => {
  it('a broken print stylesheet (the PDF fails after the TEI, review and HTML were made) leaves every previous output as it was', { timeout: 240_000 }, async () => {
    mkdirSync(join(dir, 'look'), { recursive: true });
    writeFileSync(join(dir, 'look', 'print.xsl'), '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><broken');
    const config = join(dir, 'edition.config.json');
    const good = readFileSync(config, 'utf8');
    writeFileSync(config, good.replace('"output": {', '"render": { "overrides": "look" },\n  "output": {'));
    try {
      const r = await runCli(['build', '--config', 'edition.config.json'], dir);
      expect(r.stderr).toMatch(/error cannot compile .*print.* render:xslt-compile/);
      expectKept(r);
    } finally {
      writeFileSync(config, good);
    }
  });

  it('a full disk while staging the web edition leaves every previous output as it was', { timeout: 240_000 }, async () => {
    Object.assign(fault, { code: 'ENOSPC', call: 'writeFileSync', when: (p: string) => /\.staging\/new\/html\/.*\.html$/.test(p) });
    const r = await runCli(['build', '--config', 'edition.config.json'], dir);
    expect(r.stderr).toMatch(/^output\/html error cannot write the output: no space left on the device \(ENOSPC\)/m);
    expectKept(r);
  });

  it('a refused rename of the PDF, after the TEI and the review were put in place, puts the previous ones back', { timeout: 240_000 }, async () => {
    Object.assign(fault, { code: 'EACCES', call: 'renameSync', when: (p: string) => /\.staging\/new\/frankenstein\.pdf$/.test(p) });
    const r = await runCli(['build', '--config', 'edition.config.json'], dir);
    expect(r.stderr).toMatch(/^output\/frankenstein\.pdf error cannot write the output: permission denied \(EACCES\)/m);
    expectKept(r);
  });

  it('with nothing in the way, the later build replaces them all', { timeout: 240_000 }, async () => {
    const r = await runCli(['build', '--config', 'edition.config.json'], dir);
    expect(r.code).toBe(0);
    const after = snapshot(dir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const changed of ['tei/frankenstein.xml', 'output/html/index.html', 'output/frankenstein.pdf']) expect(after[changed]).not.toBe(before[changed]);
    expect(readFileSync(join(dir, 'tei/frankenstein.xml'), 'utf8')).toContain('Frankenstein (a later build)');
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('build: a first build that fails', () => {
  it('writes no output and says that none existed before', { timeout: 240_000 }, async () => {
    const first = join(mkdtempSync(join(tmpdir(), 'tei-edition-first-build-')), 'frankenstein');
    cpSync(join(repoRoot, 'examples/frankenstein'), first, { recursive: true, filter: (p) => !/[/\\](tei|output)$/.test(p) });
    Object.assign(fault, { code: 'ENOSPC', call: 'writeFileSync', when: (p: string) => /\.staging\/new\/html\/.*\.html$/.test(p) });
    const r = await runCli(['build', '--config', 'edition.config.json'], first);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/info no output was written: none existed before, and none is left half made write:outputs-kept/);
    expect(r.stderr).not.toMatch(/no output was replaced/);
    const files = readdirSync(first, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(first, join(e.parentPath, e.name)));
    expect(files.filter((f) => /^(tei|output)[/\\]/.test(f))).toEqual([]);
    expect(leftovers(first)).toEqual([]);
  });
});
