import type { Diagnostic } from '../../diagnostics/index.js';
import { checkText } from '../input.js';
import { parseXml } from '../xml/dom.js';
import { checkXmlIds } from '../xml-ids.js';
import { checkPointers } from './pointers.js';
import { loadEditionRules, prepareEditionRules } from './rules.js';
import { runSchematron } from '../schematron/run.js';
import { syntaxDiagnostics } from '../xml/syntax.js';

/** Rules already read: their text and the name messages give them. */
export interface EditionRulesText {
  readonly text: string;
  readonly file: string;
}

/**
 * The edition rules alone, for the build before it writes the edition: every `#id` pointer
 * resolves, unique xml:ids, and the Schematron rules — the toolkit's tei/edition-rules.sch, or
 * the given rules files or texts. `parameters` set the rules' closed lists (schema-level lets
 * such as `witnesses` or `noteResps`) from the edition's config, header and registers. No
 * RELAX NG (salve is not even loaded). Synchronous; the first call in a process also compiles
 * the rules.
 */
export function checkEditionRules(
  xmlText: string,
  displayName: string,
  rules?: string | readonly EditionRulesText[],
  parameters: Readonly<Record<string, readonly string[]>> = {},
): Diagnostic[] {
  const safe = checkText(xmlText, displayName);
  if (!safe.ok) return safe.diagnostics;
  const parsed = parseXml(xmlText);
  if (parsed.syntaxErrors.length > 0) return syntaxDiagnostics(parsed, displayName);
  const prepared = typeof rules === 'string' || rules === undefined ? [loadEditionRules(rules)] : rules.map((r) => prepareEditionRules(r.text, r.file));
  return [
    ...checkXmlIds(parsed.xmlIds, parsed.lines, displayName),
    ...checkPointers(parsed, displayName),
    ...prepared.flatMap((p) => runSchematron(p, parsed, displayName, 'the edition rules', parameters)),
  ];
}
