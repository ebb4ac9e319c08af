import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, testNotes } from '../helpers/edition-dir.js';
import { schemaMissing, teiAllSchema } from '../helpers/schema.js';
import { checkEdition, checkSchema } from '../../src/pipeline/check.js';
import { editionModel } from '../../src/pipeline/process.js';
import { toTei } from '../../src/tei/document.js';
import { readEdition } from '../../src/pipeline/read.js';

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

/** The rules run in the schema's own process (off the build's main thread) say what they say here. */
describe.skipIf(teiAllSchema() === undefined)(`the edition rules beside RELAX NG${teiAllSchema() ? '' : ` (skipped: ${schemaMissing})`}`, () => {
  it('give the same diagnostics in the schema\'s process as in the build\'s own, for a valid edition and a refused one', { timeout: 120_000 }, async () => {
    for (const resp of ['#ghost', undefined]) {
      const { dir } = makeEditionDir({
        witnesses: [{ siglum: 'A', content: 'Text with a note [1].\n\n\n[1] Signed. (L.S.)\n' }],
        ...(resp ? { notes: testNotes(resp) } : {}),
        extraConfig: { validation: { schema: teiAllSchema() } },
      });
      const { source } = readEdition('edition.config.json', { cwd: dir });
      const tei = toTei(editionModel(source, { unknownNames: false }));
      const here = checkEdition(tei, 'out/edition.xml', source);
      const away = await checkSchema(tei, 'out/edition.xml', source, true);
      expect(away.rules, 'the rules ran in the schema process').toBeDefined();
      expect(away.rules).toEqual(here);
      expect(here.some((d) => d.severity === 'error' && /#ghost/.test(d.message))).toBe(resp !== undefined);
    }
  });
});
