import { readFileSync } from 'node:fs';
import { EditionError, error } from '../../diagnostics/index.js';

// Apart from rules.ts, which loads the Schematron engine: the read stage reads the rules file
// even for a build whose every output is cached, which runs no rule.
/** The text of an edition rules file; an unreadable one is an `EditionError` naming it as `shown`. */
export function readEditionRules(path: string, shown = path): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new EditionError([
      error({
        message: `cannot read the edition rules ${shown} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
        rule: 'rules-unreadable',
        stage: 'validate',
        hint: 'check "validation.rules" in the edition config',
      }),
    ]);
  }
}
