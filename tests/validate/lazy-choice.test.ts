import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSchema, validateText, type CompiledSchema } from '../../src/validate/index.js';
import { installLazyChoice, prepareChoices, uninstallLazyChoice } from '../../src/validate/relaxng/lazy-choice.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { schemaMissing, teiAllSchema } from '../helpers/schema.js';

const teiAll = teiAllSchema();

/** TEI element names, right and wrong, for mutants. */
const names = ['p', 'hi', 'persName', 'div', 'note', 'lb', 'list', 'item', 'q', 'head', 'placeName', 'date', 'title', 'seg', 'quote',
  'bibl', 'sp', 'speaker', 'l', 'lg', 'ab', 'choice', 'sic', 'corr', 'app', 'rdg', 'lem', 'gap', 'supplied', 'fw', 'orgName', 'cit',
  'epigraph', 'signed', 'closer', 'table', 'row', 'cell', 'figure', 'unknown'];

/** Documents of a small schema whose choices have every kind of alternative. */
describe('the lazy choice walker on every kind of alternative', () => {
  let schema: CompiledSchema;
  beforeAll(async () => {
    schema = await compileSchema(`${repoRoot}/tests/fixtures/validate/schema/choices.rng`);
  });
  afterAll(() => installLazyChoice());

  const piece = fc.constantFrom('<a/>', '<b/>', '<a/><b/>', '<c>t</c>', '<c>t</c><d/>', '<d/>', '<e>12</e>', '<e>x</e>', '<f/>', '<f/><f/>',
    '<g n="1"/>', '<g n="3"/>', '<g/>', '<h/>', '<h/><i/>', '<h/><j/>', '<i/>', '<k>t<a/>u</k>', '<k><b/></k>', '<l/><m/>', '<m/><l/>',
    '<l/>', '<n>x<b1>y</b1> z<b9/></n>', '<n><b2>w</b2></n>', 'words', ' ', '<zz/>');

  it('gives salve\'s diagnostics on any sequence of pieces, valid or not', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = `<doc>${pieces.join('')}</doc>`;
        uninstallLazyChoice();
        const salve = validateText(schema, text, 'doc.xml', { rules: 'none' });
        installLazyChoice();
        const lazy = validateText(schema, text, 'doc.xml', { rules: 'none' });
        if (salve.length === 0) valid++;
        expect(lazy).toEqual(salve);
      }),
      { numRuns: 400, seed: 20261205 },
    );
    expect(valid).toBeGreaterThan(20);
  });
});

/**
 * The lazy choice walker (src/validate/relaxng/lazy-choice.ts) must be invisible: for any
 * document, valid or not, the same diagnostics as salve's own walker, message for message.
 */
describe.skipIf(teiAll === undefined)(`the lazy choice walker${teiAll === undefined ? ` (skipped: ${schemaMissing})` : ''}`, () => {
  let schema: CompiledSchema;
  const base = readFileSync(`${repoRoot}/tests/fixtures/html/constructs.xml`, 'utf8');
  const ends = [...base.matchAll(/>/g)].map((m) => m.index + 1);
  const starts = [...base.matchAll(/<([A-Za-z][\w:]*)(?=[\s/>])/g)].map((m) => m.index + 1 + m[1]!.length);

  const both = (text: string): [string, string] => {
    uninstallLazyChoice();
    const salve = JSON.stringify(validateText(schema, text, 'mutant.xml', { rules: 'none' }));
    installLazyChoice();
    return [salve, JSON.stringify(validateText(schema, text, 'mutant.xml', { rules: 'none' }))];
  };

  beforeAll(async () => {
    schema = await compileSchema(teiAll ?? '');
  });
  afterAll(() => installLazyChoice());

  it('works out the large choices of tei_all ahead of time', () => {
    expect(prepareChoices(schema.grammar)).toBeGreaterThan(1000);
  });

  it('gives salve\'s diagnostics on the edition and its registers', () => {
    for (const f of ['tei/red-book.xml', 'tei/registers/persons.xml', 'tei/registers/places.xml']) {
      const [salve, lazy] = both(readFileSync(`${repoRoot}/${f}`, 'utf8'));
      expect(lazy, f).toBe(salve);
    }
  });

  it('gives salve\'s diagnostics on random mutants: stray elements, attributes, text, nesting', () => {
    const mutant = fc.oneof(
      fc.tuple(fc.constantFrom(...ends), fc.constantFrom(...names), fc.boolean()).map(([at, n, empty]) =>
        base.slice(0, at) + (empty ? `<${n}/>` : `<${n}>word</${n}>`) + base.slice(at)),
      fc.tuple(fc.constantFrom(...starts), fc.constantFrom(' type="zz"', ' bogus="1"', ' when="not a date"')).map(([at, a]) =>
        base.slice(0, at) + a + base.slice(at)),
      fc.tuple(fc.constantFrom(...ends), fc.constantFrom('stray text ', ' ', 'x')).map(([at, t]) => base.slice(0, at) + t + base.slice(at)),
      fc.tuple(fc.constantFrom(...ends), fc.constantFrom(...names), fc.constantFrom(...names)).map(([at, a, b]) =>
        base.slice(0, at) + `<${a}><${b}>x</${b}> y</${a}>` + base.slice(at)),
    );
    let invalid = 0;
    fc.assert(
      fc.property(mutant, (text) => {
        const [salve, lazy] = both(text);
        if (salve.includes('"error"')) invalid++;
        expect(lazy).toBe(salve);
      }),
      { numRuns: 150, seed: 20261205 },
    );
    expect(invalid).toBeGreaterThan(50); // the mutants do test the error paths
  });
});
