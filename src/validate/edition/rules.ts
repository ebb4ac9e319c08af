import { readFileSync, statSync } from 'node:fs';
import { defaultEditionRulesFile } from './default-rules.js';
import { EditionError, error } from '../../diagnostics/index.js';
import { extractSchematron } from '../schematron/extract.js';
import { prepareSchematron, type PreparedSchematron } from '../schematron/run.js';

export { defaultEditionRulesFile };

const prepared = new Map<string, { mtimeMs: number; rules: PreparedSchematron }>();

/**
 * Reads and prepares an edition rules file once per process (again only if it changed).
 * A rule whose XPath the engine cannot compile is a fatal error here: these are our rules.
 */
export function loadEditionRules(file = defaultEditionRulesFile): PreparedSchematron {
  let mtimeMs: number;
  let text: string;
  try {
    mtimeMs = statSync(file).mtimeMs;
    const cached = prepared.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.rules;
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new EditionError([
      error({
        message: `cannot read the edition rules ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
        rule: 'rules-unreadable',
        stage: 'validate',
        hint: 'check "validation.rules" in edition.config.json',
      }),
    ]);
  }
  // Compiled now (not the messages: only a failing rule needs them), so runs hit fontoxpath's cache.
  const rules = prepareSchematron(extractSchematron(text, file), true, false);
  if (rules.unsupported.length > 0) {
    throw new EditionError(
      rules.unsupported.map((u) =>
        error({ message: `edition rule pattern "${u.id}" cannot run: ${u.reason}`, rule: 'rules-invalid', stage: 'validate', file }),
      ),
    );
  }
  prepared.set(file, { mtimeMs, rules });
  return rules;
}
