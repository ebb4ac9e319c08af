import { error, warning, type Diagnostic } from '../../diagnostics/index.js';
import type { ScannedXml } from './scan.js';

/** The first well-formedness error as an error (nothing else is checked), any later ones as warnings. */
export function syntaxDiagnostics(parsed: Pick<ScannedXml, 'syntaxErrors' | 'lines'>, displayName: string): Diagnostic[] {
  return parsed.syntaxErrors.map((e, i) =>
    (i === 0 ? error : warning)({
      message: i === 0 ? `not well-formed XML: ${e.message}` : `(after the first syntax error) ${e.message}`,
      rule: 'xml-syntax',
      stage: 'validate',
      file: displayName,
      ...parsed.lines.at(e.offset),
      ...(i === 0 ? { hint: 'nothing else is checked until the file is well-formed' } : {}),
    }),
  );
}
