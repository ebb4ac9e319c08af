import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The toolkit's edition rules: `tei/edition-rules.sch` beside src/ or dist/. */
export const defaultEditionRulesFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tei', 'edition-rules.sch');
