// The compiled stylesheets' cache keeps the two compilations before the newest of each
// stylesheet: another process (another version of the toolkit sharing the cache, a render
// begun before the stylesheets changed) may still read one; older ones go.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneLeastRecent, touch } from '../../src/io/prune.js';
import { compilationGroup, compiledStylesheet, overrideCompilationsKept, sefCacheDir } from '../../src/render/xslt.js';

const dir = mkdtempSync(join(tmpdir(), 'sef-cache-'));
const name = `prune-${process.pid}`;
const ours = (): string[] => readdirSync(sefCacheDir).filter((f) => f.startsWith(`overrides_${name}-`));
afterAll(() => {
  for (const f of ours()) rmSync(join(sefCacheDir, f), { force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('the SEF cache', () => {
  it('keeps the newest compilation of a stylesheet and the two before it', async () => {
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      // one file name in four folders: one stylesheet to the cache, changed three times (a
      // process compiles each path once)
      mkdirSync(join(dir, String(i)));
      const file = join(dir, String(i), `${name}.xsl`);
      writeFileSync(file, `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><out n="${i}"/></xsl:template></xsl:stylesheet>`);
      made.push((await compiledStylesheet(file)).split(/[\\/]/).pop()!);
      await new Promise((r) => setTimeout(r, 20)); // distinct modification times
    }
    expect(new Set(made).size).toBe(4);
    expect(ours().sort()).toEqual(made.slice(1).sort());
  }, 120_000);
});

describe('the cache of editions\' overrides', () => {
  it('groups the compilations of every override of one driver, and no other stylesheet with them', () => {
    const html = compilationGroup('overrides_html-0229735c48097bb1');
    expect(html.keep).toBe(overrideCompilationsKept);
    expect(html.pattern.test('overrides_html-0314c47061914d9c-6f99e53654386840.sef.json')).toBe(true);
    expect(html.pattern.test('overrides_print-0314c47061914d9c-6f99e53654386840.sef.json')).toBe(false);
    expect(html.pattern.test('html-0314c47061914d9c.sef.json')).toBe(false);
    const toolkit = compilationGroup('html');
    expect(toolkit.keep).toBe(3);
    expect(toolkit.pattern.test('html-d13ff874b0963ae9.sef.json')).toBe(true);
    expect(toolkit.pattern.test('overrides_html-0314c47061914d9c-6f99e53654386840.sef.json')).toBe(false);
    // a stylesheet of the user's whose name has a dot groups only with itself
    expect(compilationGroup('overrides_my.style').pattern.test('overrides_myXstyle-0314c47061914d9c.sef.json')).toBe(false);
  });

  it('removes the least recently used beyond the number kept, a file used again counting as new', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'prune-'));
    try {
      const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, i));
      for (let i = 0; i < 12; i++) {
        const f = join(folder, `overrides_html-${String(i).padStart(16, '0')}-${'a'.repeat(16)}.sef.json`);
        writeFileSync(f, '{}');
        utimesSync(f, at(i), at(i));
      }
      writeFileSync(join(folder, 'html-0000000000000000.sef.json'), '{}');
      touch(join(folder, `overrides_html-${'0'.repeat(16)}-${'a'.repeat(16)}.sef.json`)); // the oldest, used again
      const group = compilationGroup('overrides_html-0000000000000011');
      pruneLeastRecent(folder, (f) => group.pattern.test(f), group.keep);
      const left = readdirSync(folder).sort();
      expect(left).toHaveLength(overrideCompilationsKept + 1);
      expect(left).toContain('html-0000000000000000.sef.json');
      expect(left).toContain(`overrides_html-${'0'.repeat(16)}-${'a'.repeat(16)}.sef.json`);
      expect(left).not.toContain(`overrides_html-${'1'.padStart(16, '0')}-${'a'.repeat(16)}.sef.json`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
