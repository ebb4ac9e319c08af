import salveXmlschema from 'salve/lib/salve/datatypes/xmlschema.js';

type Disallows = (value: string, params?: unknown, context?: unknown) => unknown[] | false;

interface SalveDatatype {
  readonly needsContext: boolean;
  disallows: Disallows & { readonly unmemoized?: Disallows };
}

/** Longer values (running text checked as a datatype) are rare and not worth keeping. */
const maxValueLength = 200;
/** Entries kept per datatype and parameter set before the memo starts afresh. */
const maxEntries = 20_000;

type Answer = unknown[] | false;

let applied = false;

/**
 * A TEI file repeats its attribute values (`@type`, `@ref`, `@when`, `@rend`…) thousands of
 * times, and salve tests each against its datatypes' regular expressions every time (a choice
 * of datatypes, as in `teidata.temporal.w3c`, tries several): about a quarter of a RELAX NG
 * check of tei_all. The answer depends only on the datatype, its parameters and the value, so
 * salve's datatypes remember it. salve reads it only as allowed or not (patterns/data.js), so
 * the kept error list is never shown twice. Datatypes that read the namespace context (QName,
 * NOTATION) are left alone.
 */
export function memoizeSalveDatatypes(): void {
  if (applied) return;
  applied = true;
  const { xmlschema } = salveXmlschema as unknown as { xmlschema: { types: Record<string, SalveDatatype> } };
  for (const type of Object.values(xmlschema.types)) {
    if (type.needsContext) continue;
    const original = type.disallows.bind(type);
    // salve's Data patterns keep their parameter object for life: it identifies the facets.
    const byParams = new WeakMap<object, Map<string, Answer>>();
    const withoutParams = new Map<string, Answer>();
    const memoized = (value: string, params?: unknown, context?: unknown) => {
      if (value.length > maxValueLength) return original(value, params, context);
      let known = params !== null && typeof params === 'object' ? byParams.get(params) : withoutParams;
      const answer = known?.get(value);
      if (answer !== undefined) return answer;
      const result = original(value, params, context);
      if (known === undefined) {
        known = new Map();
        byParams.set(params as object, known);
      } else if (known.size >= maxEntries) {
        known.clear();
      }
      known.set(value, result);
      return result;
    };
    type.disallows = Object.assign(memoized, { unmemoized: original });
  }
}
