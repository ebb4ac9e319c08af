import { XMLValidator } from 'fast-xml-parser';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';

/**
 * Where a text stops being well-formed XML, as a diagnostic with line and column, or
 * undefined when fast-xml-parser's validator finds nothing. SaxonJS reports a parse error
 * without a usable place, so a renderer asks this when the transformation fails on its input.
 */
export function wellFormedError(xml: string, output: 'html' | 'pdf'): Diagnostic | undefined {
  const result = XMLValidator.validate(xml);
  if (result === true) return undefined;
  return error({
    message: `the TEI is not well-formed XML: ${result.err.msg}`,
    rule: `${output}-input-not-well-formed`,
    stage: 'render',
    line: result.err.line,
    column: result.err.col,
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
