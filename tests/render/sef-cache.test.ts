// The compiled stylesheets' cache keeps the two compilations before the newest of each
// stylesheet: another process (another version of the toolkit sharing the cache, a render
// begun before the stylesheets changed) may still read one; older ones go.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledStylesheet, sefCacheDir } from '../../src/render/xslt.js';

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
