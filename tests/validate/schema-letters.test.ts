import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSchema, validateFiles, validateText } from '../../src/validate/index.js';
import { fixture, readFixture } from './fixtures.js';

/**
 * A small RELAX NG schema with embedded Schematron (tests/fixtures/validate/schema/letters.rng):
 * conversion, the cache, the walker's messages and the Schematron runner, in milliseconds.
 */
describe('a RELAX NG schema with embedded Schematron', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'tei-edition-cache-'));
  const schemaPath = fixture('schema/letters.rng');

  it('is converted once, then read from the cache keyed by its sha256', async () => {
    const first = await compileSchema(schemaPath, { cacheDir });
    expect(first.from).toBe('conversion');
    expect(first.cacheFiles?.grammar).toContain(join(cacheDir, 'schemas', first.sha256));
    const second = await compileSchema(schemaPath, { cacheDir });
    expect(second.from).toBe('cache');
    expect(second.sha256).toBe(first.sha256);
    expect(second.schematron.unsupported).toEqual(first.schematron.unsupported);
  });

  it('sets aside a pattern the XPath engine cannot compile, with its id and reason', async () => {
    const schema = await compileSchema(schemaPath, { cacheDir });
    expect(schema.schematron.unsupported.map((u) => u.id)).toEqual(['unsupported-function']);
    expect(schema.schematron.unsupported[0]?.reason).toMatch(/^XPST0017/);
    const run = await validateFiles([fixture('letters-valid.xml')], { schema, rules: 'tei' });
    expect(run.notices.map((n) => [n.severity, n.rule])).toEqual([['warning', 'schematron-unsupported']]);
    expect(run.notices[0]?.message).toContain('"unsupported-function"');
  });

  it('runs id(), let, name and value-of as the spec says', async () => {
    const schema = await compileSchema(schemaPath, { cacheDir });
    const text = readFixture('letters-valid.xml').replace('sent="1936-08-25"', 'sent="1936-08-01"');
    expect(validateText(schema, text, 'v.xml', { rules: 'tei' }).map((d) => [d.line, d.rule, d.message])).toEqual([
      [4, 'reply-after-letter', 'letter l2 replies to a later letter'],
    ]);
  });

  it('accepts the valid document', async () => {
    const schema = await compileSchema(schemaPath, { cacheDir });
    expect(validateText(schema, readFixture('letters-valid.xml'), 'v.xml', { rules: 'tei' })).toEqual([]);
  });

  it('reports every error of a file, each at its line and column, RELAX NG and Schematron alike', async () => {
    const schema = await compileSchema(schemaPath, { cacheDir });
    const found = validateText(schema, readFixture('letters-invalid.xml'), 'i.xml', { rules: 'tei' }).map((d) => [d.line, d.column, d.rule, d.message]);
    expect(found).toEqual([
      [3, 23, 'rng-attribute-value', 'attribute "sent" of "{urn:example:letters}letter" has an invalid value "1936-08-32"'],
      [4, 55, 'rng-attribute-not-allowed', 'attribute "colour" not allowed on "{urn:example:letters}letter"'],
      [4, 68, 'rng-element-not-allowed', 'element "{urn:example:letters}body" not allowed here (in "{urn:example:letters}letter")'],
      [4, 107, 'rng-element-missing', 'element "{urn:example:letters}letter" is incomplete: it needs "{urn:example:letters}body"'],
      [5, 11, 'xml-id-duplicate', 'xml:id "l1" is used twice (first at line 3, column 11)'],
      // Schematron: l2 replies to l1 (id() finds the first l1), whose date cannot be cast: a
      // warning at l2, and the other letters are still checked.
      [4, 3, 'schematron-error', expect.stringMatching(/^pattern "reply-after-letter" of the schema .*letters\.rng could not be evaluated here: FORG0001/)],
      // let, value-of and the assert at the rule's node.
      [5, 3, 'reply-after-letter', 'replyTo #l9 names no letter'],
    ]);
  });

  it('runs RELAX NG alone with --rules none', async () => {
    const schema = await compileSchema(schemaPath, { cacheDir });
    const rules = validateText(schema, readFixture('letters-invalid.xml'), 'i.xml', { rules: 'none' }).map((d) => d.rule);
    expect(rules).not.toContain('reply-after-letter');
    expect(rules).toContain('rng-attribute-value');
  });

  it('stops at the first well-formedness error', async () => {
    const schema = await compileSchema(schemaPath, { cacheDir });
    const found = validateText(schema, '<letters xmlns="urn:example:letters">\n<letter></letters>', 'w.xml', { rules: 'tei' });
    expect(found[0]).toMatchObject({ severity: 'error', rule: 'xml-syntax', line: 2 });
    expect(found.filter((d) => d.severity === 'error')).toHaveLength(1);
  });

  it('says clearly when the schema is not RELAX NG or cannot be read', async () => {
    await expect(compileSchema(fixture('letters-valid.xml'), { cacheDir })).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ rule: 'schema-not-rng' })],
    });
    await expect(compileSchema(fixture('no-such.rng'), { cacheDir })).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ rule: 'schema-unreadable', hint: expect.stringContaining('TEI_ALL_RNG') })],
    });
  });
});
