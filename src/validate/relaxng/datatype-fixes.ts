import salveErrors from 'salve/lib/salve/datatypes/errors.js';
import salveXmlschema from 'salve/lib/salve/datatypes/xmlschema.js';
import { isAnyUri } from './any-uri.js';

interface SalveDatatype {
  regexp: RegExp;
  disallows(value: string, params?: unknown): unknown[] | false;
}

let applied = false;

/**
 * salve 9.1.2 reads xsd:gMonthDay, xsd:gDay and xsd:gMonth without their leading hyphens
 * ("08-19" instead of "--08-19"), so it refuses values that TEI's `teidata.temporal.w3c`
 * allows and jing accepts. Until salve is fixed, its three datatype objects check the value
 * with the hyphens required and then stripped (its own checks do the rest).
 *
 * Its xsd:anyURI is an ASCII-only RFC 3986 expression, so it refuses IRIs (`wit="#Γ"`, a Greek
 * siglum; `https://example.org/ü`) that XML Schema and jing accept. Its expression is asked of
 * the value with those characters escaped (any-uri.ts), then its own facet checks run.
 */
export function fixSalveDatatypes(): void {
  if (applied) return;
  applied = true;
  const { xmlschema } = salveXmlschema as unknown as { xmlschema: { types: Record<string, SalveDatatype> } };
  const { ValueError } = salveErrors as unknown as { ValueError: new (msg: string) => unknown };
  const hyphens: Record<string, string> = { gMonthDay: '--', gDay: '---', gMonth: '--' };
  for (const [name, prefix] of Object.entries(hyphens)) {
    const type = xmlschema.types[name];
    if (!type) continue;
    const original = type.disallows.bind(type);
    type.disallows = (value: string, params?: unknown) => {
      const v = value.trim();
      if (!v.startsWith(prefix) || v.startsWith(`${prefix}-`)) return [new ValueError(`not a valid ${name}`)];
      return original(v.slice(prefix.length), params);
    };
  }
  const anyURI = xmlschema.types.anyURI;
  if (anyURI) {
    // salve's disallows tests its expression first; it is asked of the escaped value instead
    const uriReference = anyURI.regexp;
    anyURI.regexp = /^[^]*$/;
    const original = anyURI.disallows.bind(anyURI);
    anyURI.disallows = (value: string, params?: unknown) =>
      isAnyUri(value, (uri) => uriReference.test(uri)) ? original(value, params) : [new ValueError('not a valid anyURI')];
  }
}
