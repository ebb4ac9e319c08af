import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSaxonJS, runSaxonScript, saxonFiles } from '../../src/render/saxon-load.js';
import { Script } from 'node:vm';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

type XPathOnly = { XPath: { evaluate(xpath: string): unknown } };

describe('SaxonJS loaded with a V8 code cache', () => {
  // First in the file: V8 checks a cache only when this process has not compiled SaxonJS yet.
  it('ignores a cache V8 cannot use and replaces it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tei-edition-v8-')), 'v8');
    mkdirSync(dir);
    const version = (createRequire(import.meta.url)('saxon-js/package.json') as { version: string }).version;
    const file = join(dir, `saxon-js-${version}-node-${process.version}-${process.arch}.v8cache`);
    writeFileSync(file, 'not a code cache');
    const damaged = loadSaxonJS<XPathOnly>(dir);
    expect(damaged.fromCache).toBe(false);
    expect(damaged.api.XPath.evaluate('1 + 1')).toBe(2);
    damaged.saveCodeCache();
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
  });

  it('compiles without a cache, saves one after use, and the next load takes it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tei-edition-v8-')), 'v8');
    const first = loadSaxonJS<XPathOnly>(dir);
    expect(first.fromCache).toBe(false);
    expect(first.api.XPath.evaluate('string-join(("a", "b"), "-")')).toBe('a-b');
    first.saveCodeCache();
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^saxon-js-[\d.]+-node-v[\d.]+-\w+\.v8cache$/);

    const second = loadSaxonJS<XPathOnly>(dir);
    expect(second.fromCache).toBe(true);
    expect(second.api.XPath.evaluate('string-join(("a", "b"), "-")')).toBe('a-b');
  });

  it('works where the cache cannot be written', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'tei-edition-v8-')), 'file');
    writeFileSync(blocker, '');
    const loaded = loadSaxonJS<XPathOnly>(join(blocker, 'v8')); // a folder under a file
    expect(loaded.api.XPath.evaluate('3 * 3')).toBe(9);
    expect(() => loaded.saveCodeCache()).not.toThrow();
  });

  it('gives SaxonJS axios (for HTTP only) when it first uses it, not when it loads', () => {
    const { file, cacheFile } = saxonFiles(join(mkdtempSync(join(tmpdir(), 'tei-edition-v8-')), 'v8'));
    const asked: string[] = [];
    const watching = (from: string) => {
      const real = createRequire(from);
      return Object.assign((id: string) => {
        asked.push(id);
        return real(id);
      }, real);
    };
    const { api } = runSaxonScript({ existsSync, readFileSync, Script, createRequire: watching as typeof createRequire, dirname }, file, cacheFile);
    expect((api as XPathOnly).XPath.evaluate('upper-case("ok")')).toBe('OK');
    expect(asked).toContain('fs');
    expect(asked).not.toContain('axios');
  });
});
