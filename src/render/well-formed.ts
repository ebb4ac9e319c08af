import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';
import { scanXml } from '../validate/xml/scan.js';

/**
 * Where a text stops being well-formed XML, as a diagnostic with line and column, or
 * undefined when it is well-formed: the validator's own reading of the XML (saxes). SaxonJS
 * reports a parse error without a usable place, so a renderer asks this when the
 * transformation fails on its input.
 */
export function wellFormedError(xml: string, output: 'html' | 'pdf'): Diagnostic | undefined {
  const { syntaxErrors, lines } = scanXml(xml);
  const first = syntaxErrors[0];
  if (first === undefined) return undefined;
  return error({
    message: `the TEI is not well-formed XML: ${first.message}`,
    rule: `${output}-input-not-well-formed`,
    stage: 'render',
    ...lines.at(first.offset),
    hint: 'rebuild the edition (npm run edition) or fix the XML at that place',
  });
}

/**
 * Runs a transformation of `tei`; when it fails with an EditionError and the TEI is not
 * well-formed, the error says where instead.
 */
export async function placingParseErrors<T>(tei: string, output: 'html' | 'pdf', run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const place = err instanceof EditionError ? wellFormedError(tei, output) : undefined;
    throw place ? new EditionError([place]) : err;
  }
}
