import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, repoRoot, testNotes } from '../helpers/edition-dir.js';
import { loadConfig } from '../../src/config/load.js';
import { readRules } from '../../src/pipeline/read.js';

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

  it('an edition whose own rules are a copy of the toolkit\'s runs them once; changed, they run after the toolkit\'s', () => {
    const copy = readFileSync(join(repoRoot, 'tei/edition-rules.sch'), 'utf8');
    const rulesOf = (text: string) => {
      const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'Text.\n' }], extraConfig: { validation: { rules: 'rules.sch' } } });
      writeFileSync(join(dir, 'rules.sch'), text);
      return readRules(loadConfig('edition.config.json', dir), dir).map((r) => r.file);
    };
    expect(rulesOf(copy)).toEqual(['edition-rules.sch (tei-edition)']);
    expect(rulesOf(copy.replace('<title>Edition rules</title>', '<title>Our rules</title>'))).toEqual(['edition-rules.sch (tei-edition)', 'rules.sch']);
  });
});
