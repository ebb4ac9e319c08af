import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../src/diagnostics/index.js';
import { writeFilesAtomic, writeOutputs } from '../../src/io/write-files.js';

/** A pid no process has: above the kernel's limit. */
const deadPid = 2 ** 22 + 17;

describe('writeFilesAtomic', () => {
  it('leaves the folder as it was when a file cannot be replaced after others were: the old files back, the new ones gone, no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-write-'));
    writeFileSync(join(dir, 'a.html'), 'old a');
    mkdirSync(join(dir, 'c.html')); // a folder where a file must go: its rename fails
    const files = new Map([
      [join(dir, 'a.html'), 'new a'],
      [join(dir, 'b.html'), 'new b'],
      [join(dir, 'c.html'), 'new c'],
    ]);
    expect(() => writeFilesAtomic(files)).toThrow(EditionError);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('old a');
    expect(readdirSync(dir).sort()).toEqual(['a.html', 'c.html']);
  });

  it('removes the temporary files a killed write left in the folders it writes, and no file of the user', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-write-'));
    const left = [`.index.html.t0-3.${deadPid}.tmp`, `.index.html.t0-4.${deadPid}.bak`];
    const users = [`photo.${deadPid}.tmp`, `.notes.${deadPid}.tmp`];
    for (const f of [...left, ...users]) writeFileSync(join(dir, f), 'x');
    writeOutputs(new Map(), [{ dir, files: new Map([['index.html', 'page']]) }]);
    expect(readdirSync(dir).sort()).toEqual(['.notes.4194321.tmp', '.tei-edition-files.json', 'index.html', 'photo.4194321.tmp'].sort());
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('page');
  });
});
