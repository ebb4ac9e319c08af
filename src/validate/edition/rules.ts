import { defaultEditionRulesFile } from './default-rules.js';
import { EditionError, error } from '../../diagnostics/index.js';
import { readEditionRules } from './read-rules.js';
import { extractSchematron } from '../schematron/extract.js';
import { prepareSchematron, type PreparedSchematron } from '../schematron/run.js';

export { defaultEditionRulesFile, readEditionRules };

const prepared = new Map<string, PreparedSchematron>();

/**
 * Prepares edition rules held in memory, once per process for the same text. A rule whose
 * XPath the engine cannot compile is a fatal error here: rules that cannot run check nothing.
 */
export function prepareEditionRules(text: string, file: string): PreparedSchematron {
  const cached = prepared.get(text);
  if (cached) return cached;
  // Compiled now (not the messages: only a failing rule needs them), so runs hit fontoxpath's cache.
  const rules = prepareSchematron(extractSchematron(text, file), true, false);
  if (rules.unsupported.length > 0) {
    throw new EditionError(
      rules.unsupported.map((u) =>
        error({ message: `edition rule pattern "${u.id}" cannot run: ${u.reason}`, rule: 'rules-invalid', stage: 'validate', file }),
      ),
    );
  }
  prepared.set(text, rules);
  return rules;
}

/** Reads and prepares an edition rules file (for `validate`, which reads the files it checks). */
export function loadEditionRules(file = defaultEditionRulesFile): PreparedSchematron {
  return prepareEditionRules(readEditionRules(file), file);
}
