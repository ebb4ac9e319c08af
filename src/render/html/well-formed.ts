import { SaxesParser } from 'saxes';
import { error, type Diagnostic } from '../../diagnostics/index.js';

/**
 * Where a text stops being well-formed XML, as a diagnostic with line and column, or
 * undefined when it is well-formed. SaxonJS reports a parse error without a usable place, so
 * the renderer asks saxes when the transformation fails on its input.
 */
export function wellFormedError(xml: string): Diagnostic | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let found: Diagnostic | undefined;
  parser.on('error', (e) => {
    if (found) return;
    found = error({
      message: `the TEI is not well-formed XML: ${e.message.replace(/^\d+:\d+: /, '')}`,
      rule: 'html-input-not-well-formed',
      stage: 'render',
      line: parser.line,
      column: parser.column,
      hint: 'rebuild the edition (npm run edition) or fix the XML at that place',
    });
  });
  try {
    parser.write(xml).close();
  } catch {
    // saxes throws after the error handler when it cannot go on; the first error is kept
  }
  return found;
}
