import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, testNotes } from '../helpers/edition-dir.js';

describe('the build runs the edition rules and refuses to write an invalid edition', () => {
  it('a note whose @resp points nowhere stops the build; the TEI is kept aside for inspection', async () => {
    const { dir } = makeEditionDir({
      witnesses: [{ siglum: 'A', content: 'Text with a note [1].\n\n\n[1] Signed. (L.S.)\n' }],
      notes: testNotes('#ghost'),
    });
    const r = await runCli(['build'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/out\/edition\.xml:\d+:\d+ error .*#ghost/);
    expect(r.stderr).toMatch(/was not written; the rejected TEI is kept at out\/test-book\.rejected\.xml/);
    expect(existsSync(join(dir, 'out/edition.xml'))).toBe(false);
    expect(readFileSync(join(dir, 'out/test-book.rejected.xml'), 'utf8')).toContain('resp="#ghost"');
    // nothing made from it either (the print markup is made beside the check, never set)
    expect(existsSync(join(dir, 'out/test-book.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'out/html'))).toBe(false);
  });

  it('the same text with a pointer that resolves builds', async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'Text with a note [1].\n\n\n[1] Signed. (L.S.)\n' }] });
    const r = await runCli(['build', '--only', 'tei'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out/edition.xml'))).toBe(true);
  });
});
