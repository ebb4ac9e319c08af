import { readdirSync, readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSchema, validateText, type CompiledSchema } from '../../src/validate/index.js';
import { RngChecker } from '../../src/validate/relaxng/check.js';
import { DerivativeChecker } from '../../src/validate/relaxng/derivative.js';
import { scanXml } from '../../src/validate/xml/scan.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { schemaMissing, teiAllSchema } from '../helpers/schema.js';

/**
 * The derivative engine (src/validate/relaxng/derivative.ts) decides validity alone and leaves
 * every message to salve, so it must never call a document valid that salve refuses, nor the
 * reverse: these tests compare the two verdicts on real files and on random mutants.
 */
function verdicts(schema: CompiledSchema, text: string): { fast: string; salve: string } {
  const fast = new DerivativeChecker(schema.grammar);
  scanXml(text, fast);
  const salve = new RngChecker(schema.grammar);
  scanXml(text, salve);
  return { fast: fast.verdict(), salve: salve.finish(text.length).length === 0 ? 'valid' : 'invalid' };
}

describe('the derivative engine on every kind of RELAX NG pattern', () => {
  let schema: CompiledSchema;
  beforeAll(async () => {
    schema = await compileSchema(`${repoRoot}/tests/fixtures/validate/schema/derivatives.rng`);
  });
  const doc = (body: string): string => `<doc xmlns="urn:test" xmlns:o="urn:other" n="2" o:z="1">${body}</doc>`;

  it('follows the specification where whitespace, lists, exceptions and values are concerned', () => {
    const cases: [string, 'valid' | 'invalid'][] = [
      ['<words>a b  a</words>', 'valid'],
      ['<words> </words>', 'invalid'],
      ['<num> 12 </num>', 'valid'],
      ['<num>13</num>', 'invalid'],
      ['<token>yes</token>', 'valid'],
      ['<str>x </str>', 'invalid'],
      ['<pair><r>t</r><l/></pair>', 'valid'],
      ['<pair><r>t</r></pair>', 'invalid'],
      ['<mixed>a<i>b</i> c</mixed>', 'valid'],
      ['<seq><l/> <r/></seq>', 'valid'],
      ['<opt> </opt>', 'valid'],
      ['<opt>2020-13-01</opt>', 'invalid'],
      ['<more o:m="1"><i/></more>', 'valid'],
      ['<more><i/></more>', 'invalid'],
    ];
    for (const [body, expected] of cases) expect(verdicts(schema, doc(body)), body).toEqual({ fast: expected, salve: expected });
    expect(verdicts(schema, '<doc xmlns="urn:test" n="0"/>')).toEqual({ fast: 'invalid', salve: 'invalid' });
  });

  it('leaves a datatype that reads the namespace context to salve', () => {
    expect(verdicts(schema, doc('<q>x:y</q>'))).toEqual({ fast: 'undecided', salve: 'invalid' });
    expect(validateText(schema, doc('<q>x:y</q>'), 'q.xml', { rules: 'none' }).length).toBeGreaterThan(0);
  });

  it('agrees with salve on any sequence of pieces', () => {
    const piece = fc.constantFrom('<words>a b</words>', '<words>c</words>', '<num>7</num>', '<num>13</num>', '<num>x</num>', '<token> yes</token>',
      '<str>x</str>', '<empty/>', '<empty> </empty>', '<empty>t</empty>', '<pair><l/><r>x</r></pair>', '<pair><l/><l/></pair>', '<mixed/>',
      '<mixed><i/>t</mixed>', '<seq><l/><r/></seq>', '<seq><r/><l/></seq>', '<any x="1" o:y="2"/>', '<opt/>', '<opt>x</opt>', ' ', 'text');
    let valid = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const v = verdicts(schema, doc(pieces.join('')));
        if (v.salve === 'valid') valid++;
        expect(v.fast).toBe(v.salve);
      }),
      { numRuns: 300, seed: 20261207 },
    );
    expect(valid).toBeGreaterThan(20);
  });
});

const teiAll = teiAllSchema();

describe.skipIf(teiAll === undefined)(`the derivative engine on tei_all${teiAll === undefined ? ` (skipped: ${schemaMissing})` : ''}`, () => {
  let schema: CompiledSchema;
  beforeAll(async () => {
    schema = await compileSchema(teiAll ?? '');
  });

  it('agrees with salve on the edition, its registers and the corpus of other projects\' files', () => {
    const corpus = `${repoRoot}/tests/corpus/files`;
    const files = [
      'tei/red-book.xml', 'tei/registers/persons.xml', 'tei/registers/places.xml',
      ...readdirSync(corpus).filter((f) => f.endsWith('.xml') && statSync(`${corpus}/${f}`).size < 150_000).map((f) => `tests/corpus/files/${f}`),
    ];
    const seen = { valid: 0, invalid: 0 };
    for (const f of files) {
      const v = verdicts(schema, readFileSync(`${repoRoot}/${f}`, 'utf8'));
      expect(v.fast, f).toBe(v.salve);
      seen[v.salve as 'valid' | 'invalid']++;
    }
    expect(seen.valid).toBeGreaterThan(10);
    expect(seen.invalid).toBeGreaterThan(3);
  });

  it('agrees with salve on random mutants: stray elements, attributes, text, nesting', () => {
    const base = readFileSync(`${repoRoot}/tests/fixtures/html/constructs.xml`, 'utf8');
    const ends = [...base.matchAll(/>/g)].map((m) => m.index + 1);
    const starts = [...base.matchAll(/<([A-Za-z][\w:]*)(?=[\s/>])/g)].map((m) => m.index + 1 + m[1]!.length);
    const names = ['p', 'hi', 'persName', 'div', 'note', 'lb', 'list', 'item', 'head', 'date', 'seg', 'l', 'lg', 'app', 'rdg', 'lem',
      'choice', 'sic', 'corr', 'table', 'row', 'cell', 'num', 'measure', 'unknown'];
    const mutant = fc.oneof(
      fc.tuple(fc.constantFrom(...ends), fc.constantFrom(...names), fc.constantFrom('', 'word', '12', '<lb/>')).map(([at, n, content]) =>
        base.slice(0, at) + (content === '' ? `<${n}/>` : `<${n}>${content}</${n}>`) + base.slice(at)),
      fc.tuple(fc.constantFrom(...starts), fc.constantFrom(' type="zz"', ' bogus="1"', ' when="not a date"', ' when="--08-19"', ' quantity="2.5"',
        ' quantity="x"', ' xml:lang="!!"', ' cols="-1"', ' ref=""')).map(([at, a]) => base.slice(0, at) + a + base.slice(at)),
      fc.tuple(fc.constantFrom(...ends), fc.constantFrom('stray text ', ' ', 'x')).map(([at, t]) => base.slice(0, at) + t + base.slice(at)),
    );
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(mutant, (text) => {
        if (scanXml(text).syntaxErrors.length > 0) return; // an attribute given twice
        const v = verdicts(schema, text);
        seen[v.salve as 'valid' | 'invalid']++;
        expect(v.fast).toBe(v.salve);
      }),
      { numRuns: 200, seed: 20261207 },
    );
    expect(seen.valid).toBeGreaterThan(20);
    expect(seen.invalid).toBeGreaterThan(50);
  });
});
