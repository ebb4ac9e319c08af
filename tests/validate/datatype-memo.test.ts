import fc from 'fast-check';
import salveXmlschema from 'salve/lib/salve/datatypes/xmlschema.js';
import { describe, expect, it } from 'vitest';
import { compileSchema, validateText } from '../../src/validate/index.js';
import { memoizeSalveDatatypes } from '../../src/validate/relaxng/datatype-memo.js';
import { schemaMissing, teiAllSchema } from '../helpers/schema.js';

type Disallows = (value: string, params?: unknown) => { message?: string }[] | false;
interface Datatype {
  disallows: Disallows & { unmemoized?: Disallows };
  parseParams(location: string, params?: { name: string; value: string }[]): object;
}
const types = (salveXmlschema as unknown as { xmlschema: { types: Record<string, Datatype> } }).xmlschema.types;

/** What a value's check says, comparable: allowed, or the messages of its errors. */
const verdict = (answer: ReturnType<Disallows>) => (answer === false ? 'allowed' : answer.map((e) => String(e.message ?? e)));

const values = ['', ' ', '1', '-3', '0042', '1.5', 'true', 'x', 'x y', ' x ', '#p1', 'http://example.org/a b', '1936', '1936-07',
  '1936-07-01', '1936-13-01', '--08-19', '08-19', '---05', '1936-07-01T10:00:00', 'P1Y', 'a\tb', 'é', '<', '١٩٣٦'];

/** The TEI's own facets: teidata.enumerated's pattern, a count, a length. */
const facets: { name: string; value: string }[][] = [[], [{ name: 'pattern', value: '[^\\p{C}\\p{Z}]+' }], [{ name: 'minLength', value: '2' }]];

describe('remembered datatype answers', () => {
  memoizeSalveDatatypes();

  it('give what salve itself gives, for any value, asked any number of times, in any order', () => {
    const names = ['string', 'token', 'NCName', 'anyURI', 'integer', 'nonNegativeInteger', 'decimal', 'boolean', 'date', 'gYear',
      'gYearMonth', 'dateTime', 'duration', 'gMonthDay', 'gDay'];
    // One parameter object per datatype and facet, as salve's patterns keep theirs.
    const paramsOf = new Map<string, object>();
    const params = (name: string, f: number) => {
      const key = `${name} ${f}`;
      // minLength and pattern apply to the string types only.
      if (!paramsOf.has(key)) paramsOf.set(key, types[name]!.parseParams('test', ['string', 'token', 'NCName', 'anyURI'].includes(name) ? facets[f] : []));
      return paramsOf.get(key)!;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(facets.length - 1), fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 6 }))), { minLength: 1, maxLength: 40 }),
        (asks) => {
          for (const [name, f, value] of asks) {
            const type = types[name]!;
            expect(type.disallows.unmemoized, name).toBeTypeOf('function');
            const p = params(name, f);
            expect(verdict(type.disallows(value, p)), `${name} ${JSON.stringify(value)}`).toEqual(verdict(type.disallows.unmemoized!(value, p)));
          }
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });

  const teiAll = teiAllSchema();
  it.skipIf(teiAll === undefined)(`still refuses a wrong value after allowing the same attribute's right one${teiAll ? '' : ` (skipped: ${schemaMissing})`}`, async () => {
    const schema = await compileSchema(teiAll!);
    const doc = (whens: string[]) =>
      `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>${whens.map((w) => `<p><date when="${w}">d</date></p>`).join('')}</body></text></TEI>`;
    const errors = (whens: string[]) => validateText(schema, doc(whens), 'doc.xml', { rules: 'none' }).filter((d) => d.severity === 'error');
    expect(errors(['1936-07-01', '1936-07-01', '--08-19'])).toEqual([]);
    const wrong = errors(['1936-07-01', '1936-13-01', '1936-07-01', '1936-13-01', 'summer']);
    expect(wrong.map((d) => d.line)).toEqual([1, 1, 1]);
    expect(wrong.every((d) => /when/.test(d.message)), wrong.map((d) => d.message).join('\n')).toBe(true);
    expect(new Set(wrong.map((d) => d.column)).size).toBe(3);
  });
});
