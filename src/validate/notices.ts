import { warning, type Diagnostic } from '../diagnostics/index.js';
import type { CompiledSchema } from './compiled-schema.js';

/** One warning per embedded Schematron pattern that cannot run, so none is dropped silently. */
export function unsupportedNotices(schema: CompiledSchema): Diagnostic[] {
  return schema.schematron.unsupported.map((u) =>
    warning({
      message: `Schematron pattern "${u.id}" of ${schema.name} is not run: ${u.reason}`,
      rule: 'schematron-unsupported',
      stage: 'validate',
    }),
  );
}
