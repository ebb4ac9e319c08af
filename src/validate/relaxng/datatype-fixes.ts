import salveErrors from 'salve/lib/salve/datatypes/errors.js';
import salveXmlschema from 'salve/lib/salve/datatypes/xmlschema.js';

interface SalveDatatype {
  disallows(value: string, params?: unknown): unknown[] | false;
}

let applied = false;

/**
 * salve 9.1.2 reads xsd:gMonthDay, xsd:gDay and xsd:gMonth without their leading hyphens
 * ("08-19" instead of "--08-19"), so it refuses values that TEI's `teidata.temporal.w3c`
 * allows and jing accepts. Until salve is fixed, its three datatype objects check the value
 * with the hyphens required and then stripped (its own checks do the rest).
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
}
