import { error, warning, type Diagnostic, type Stage } from '../../diagnostics/index.js';
import type { ScannedXml } from './scan.js';

/**
 * The first well-formedness error as an error (nothing else is checked), any later ones as
 * warnings; a refusal by the reading limits (too deep, not TEI) is an error of its own rule.
 */
export function syntaxDiagnostics(parsed: Pick<ScannedXml, 'syntaxErrors' | 'lines'>, displayName: string, stage: Stage = 'validate'): Diagnostic[] {
  let syntax = 0;
  return parsed.syntaxErrors.map((e) => {
    const place = { stage, file: displayName, ...parsed.lines.at(e.offset) };
    if (e.rule !== undefined && e.rule !== 'xml-syntax') return error({ message: e.message, rule: e.rule, ...place, ...(e.hint ? { hint: e.hint } : {}) });
    const first = syntax++ === 0;
    return (first ? error : warning)({
      message: first ? `not well-formed XML: ${e.message}` : `(after the first syntax error) ${e.message}`,
      rule: 'xml-syntax',
      ...place,
      ...(first ? { hint: 'nothing else is checked until the file is well-formed' } : {}),
    });
  });
}
