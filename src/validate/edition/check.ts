import type { Diagnostic } from '../../diagnostics/index.js';
import { checkText } from '../input.js';
import { parseXml } from '../xml/dom.js';
import { checkXmlIds } from '../xml-ids.js';
import { checkPointers } from './pointers.js';
import { loadEditionRules } from './rules.js';
import { runSchematron } from '../schematron/run.js';
import { syntaxDiagnostics } from '../xml/syntax.js';

/**
 * The edition rules alone, for the build before it writes the edition: the Schematron rules of
 * tei/edition-rules.sch (or `rulesFile`), every `#id` pointer resolves, unique xml:ids. No
 * RELAX NG (salve is not even loaded). Synchronous; the first call in a process also compiles
 * the rules.
 */
export function checkEditionRules(xmlText: string, displayName: string, rulesFile?: string): Diagnostic[] {
  const safe = checkText(xmlText, displayName);
  if (!safe.ok) return safe.diagnostics;
  const parsed = parseXml(xmlText);
  if (parsed.syntaxErrors.length > 0) return syntaxDiagnostics(parsed, displayName);
  return [
    ...checkXmlIds(parsed.xmlIds, parsed.lines, displayName),
    ...checkPointers(parsed, displayName),
    ...runSchematron(loadEditionRules(rulesFile), parsed, displayName, 'the edition rules'),
  ];
}
