import { info, type Diagnostic } from '../diagnostics/index.js';
import { checkEditionRules } from '../validate/edition/check.js';
import { ruleParameters } from './rule-parameters.js';
import type { EditionSource } from './source.js';

export { ruleParameters };

/**
 * The check stage: the edition rules (the toolkit's, then the edition's own) on the TEI, with
 * their closed lists from the edition's data. Returns the diagnostics; an error refuses the build.
 */
export function checkEdition(tei: string, teiFile: string, source: EditionSource): Diagnostic[] {
  return checkEditionRules(tei, teiFile, source.rules, ruleParameters(source));
}

/** The most RELAX NG errors a refused build prints: the first ones explain the rest. */
export const schemaErrorsShown = 10;

/**
 * The check stage's RELAX NG part: the build's own TEI against the schema it has (tei_all),
 * before anything is written; an error refuses the build. The first errors are shown, with a
 * count of the rest. With no schema named the TEI is not checked, and the build says so.
 * Resolves once the TEI has been handed to the validator (its process, where there is one),
 * so that the edition rules, checked next on this thread, run beside it; `found` gives the
 * verdict (or the failure to read the schema).
 */
export async function startSchemaCheck(tei: string, teiFile: string, schema: string | undefined): Promise<{ readonly found: Promise<Diagnostic[]> }> {
  if (schema === undefined) {
    const hint = 'set "validation.schema" in the edition config or the TEI_ALL_RNG environment variable to tei_all.rng (it comes with the TEI Guidelines release)';
    return { found: Promise.resolve([info({ message: 'the TEI was not checked against RELAX NG: no schema named', rule: 'schema-unchecked', stage: 'validate', file: teiFile, hint })]) };
  }
  let check: (text: string, file: string) => Promise<Diagnostic[]>;
  try {
    const { schemaChecker } = await import('../validate/validate-files.js');
    check = await schemaChecker(schema);
  } catch (err) {
    const found = Promise.reject(err as Error);
    found.catch(() => undefined); // awaited by the caller; not an unhandled rejection meanwhile
    return { found };
  }
  const found = check(tei, teiFile).then((all) => {
    const errors = all.filter((d) => d.severity === 'error');
    if (errors.length <= schemaErrorsShown) return all;
    return [
      ...errors.slice(0, schemaErrorsShown),
      info({ message: `and ${errors.length - schemaErrorsShown} more RELAX NG errors (validate the kept TEI to see them all)`, rule: 'schema-more-errors', stage: 'validate', file: teiFile }),
    ];
  });
  found.catch(() => undefined); // awaited by the caller; not an unhandled rejection meanwhile
  return { found };
}
