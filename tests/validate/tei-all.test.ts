import { describe, expect, it, beforeAll } from 'vitest';
import { compileSchema, validateText, type CompiledSchema } from '../../src/validate/index.js';
import { schemaMissing, teiAllSchema } from '../helpers/schema.js';
import { readFixture, teiFixtures } from './fixtures.js';

const teiAll = teiAllSchema();

/** Against the official tei_all 4.12.0 (converted once, then cached). */
describe.skipIf(teiAll === undefined)(`tei_all${teiAll === undefined ? ` (skipped: ${schemaMissing})` : ''}`, () => {
  let schema: CompiledSchema;
  beforeAll(async () => {
    schema = await compileSchema(teiAll ?? '');
  });

  it('runs all 93 embedded Schematron patterns (98 rules, 54 asserts, 49 reports)', () => {
    const rules = schema.schematron.patterns.flatMap((p) => p.rules);
    const checks = rules.flatMap((r) => r.checks);
    expect(schema.schematron.patterns.length + schema.schematron.unsupported.length).toBe(93);
    expect(schema.schematron.unsupported).toEqual([]);
    expect(rules).toHaveLength(98);
    expect(checks.filter((c) => c.kind === 'assert')).toHaveLength(54);
    expect(checks.filter((c) => c.kind === 'report')).toHaveLength(49);
  });

  it('accepts the valid fixtures under every rule set', () => {
    for (const { name } of teiFixtures('valid-')) {
      expect(validateText(schema, readFixture(name), name, { rules: 'all' }), name).toEqual([]);
    }
  });

  it.each(teiFixtures('invalid-rng-'))('$name is refused with $expect', ({ name, expect: rule }) => {
    const found = validateText(schema, readFixture(name), name, { rules: 'none' });
    expect(found.map((d) => d.rule)).toContain(rule);
    for (const d of found) {
      expect(d.severity).toBe('error');
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
    }
  });

  it('accepts the edition-rule fixtures, which are valid TEI', () => {
    for (const { name } of teiFixtures('invalid-edition-')) {
      expect(validateText(schema, readFixture(name), name, { rules: 'tei' }).filter((d) => d.severity === 'error'), name).toEqual([]);
    }
  });

  it('runs the embedded Schematron with its messages', () => {
    const xml = readFixture('valid-edition.xml').replace('<date when="1980">', '<date when="1980" notBefore="1979">');
    const found = validateText(schema, xml, 'd.xml', { rules: 'tei' });
    expect(found.map((d) => [d.rule, d.severity, d.message])).toEqual([
      ['tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-2', 'warning', 'The @when attribute cannot be used with any other att.datable.w3c attributes.'],
    ]);
  });

  it('reads month-day, day and month values as XML Schema and jing do (salve needs a fix)', () => {
    const dates = (when: string) => readFixture('valid-edition.xml').replace('<date when="1980">', `<date when="${when}">`);
    for (const ok of ['--08-19', '---19', '--08', '1936', '1936-08-19T10:00:00']) expect(validateText(schema, dates(ok), 'd.xml', { rules: 'none' }), ok).toEqual([]);
    for (const bad of ['08-19', '--13-01', '--02-30', '---32']) {
      expect(validateText(schema, dates(bad), 'd.xml', { rules: 'none' }).map((d) => d.rule), bad).toEqual(['rng-attribute-value']);
    }
  });
});
