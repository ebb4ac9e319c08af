import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import type { CliIO } from '../../../src/cli/io.js';
import { fixturesDir } from './site.js';

function recorder(cwd: string): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('tei-edition render html', () => {
  it('writes the site to --out and says how many files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-cli-html-'));
    const io = recorder(dir);
    const code = await run(['node', 'tei-edition', 'render', 'html', join(fixturesDir, 'constructs.xml'), '--out', 'site'], io);
    expect(io.err).toMatch(/wrote \d+ files to .*site/);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'site', 'ch1.html'), 'utf8')).toContain('<h1 id="ch1-title">');
  });

  it('removes the pages an earlier render wrote that the edition no longer has', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-cli-html-'));
    const io = recorder(dir);
    await run(['node', 'tei-edition', 'render', 'html', join(fixturesDir, 'constructs.xml'), '--out', 'site'], io);
    expect(existsSync(join(dir, 'site', 'ch2.html'))).toBe(true);
    writeFileSync(join(dir, 'site', 'notes.txt'), 'kept: not written by the renderer');
    const oneChapter = readFileSync(join(fixturesDir, 'constructs.xml'), 'utf8').replace(/<div type="chapter" n="2"[\s\S]*(?=<\/body>)/, '');
    writeFileSync(join(dir, 'one.xml'), oneChapter);
    expect(await run(['node', 'tei-edition', 'render', 'html', 'one.xml', '--out', 'site'], io)).toBe(0);
    expect(existsSync(join(dir, 'site', 'ch1.html'))).toBe(true);
    expect(existsSync(join(dir, 'site', 'ch2.html'))).toBe(false);
    expect(existsSync(join(dir, 'site', 'notes.txt'))).toBe(true);
  });

  it('reports a TEI file that is not well-formed as an input error, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-cli-html-'));
    writeFileSync(join(dir, 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>unclosed</body></text></TEI>');
    const io = recorder(dir);
    const code = await run(['node', 'tei-edition', 'render', 'html', 'broken.xml', '--out', 'site'], io);
    expect(code).toBe(1);
    // The intake (src/io/intake.ts) refuses it before the renderer runs, naming the file.
    expect(io.err).toMatch(/^broken\.xml:1:\d+ error not well-formed XML: .*render:xml-syntax/m);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });
});
