import { relative, resolve } from 'node:path';
import { warning, type Diagnostic } from '../diagnostics/index.js';
import { compileSchema, type CompiledSchema } from './compiled-schema.js';
import { defaultMaxFileBytes, readValidationInput } from './input.js';
import { runsTeiSchematron, type RuleSet } from './rule-sets.js';
import { validateText } from './validate-text.js';

export interface ValidateFilesOptions {
  /** RELAX NG schema path or URL (already chosen: see chooseSchema), or a compiled one to reuse. */
  readonly schema: string | CompiledSchema;
  readonly rules: RuleSet;
  readonly maxFileBytes?: number;
  readonly editionRulesFile?: string;
  /** Directory relative paths start from, and file names in messages are relative to. */
  readonly cwd?: string;
}

export interface FileResult {
  /** The file as shown in messages. */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ValidationRun {
  readonly results: readonly FileResult[];
  /** Said once per run, not per file: Schematron patterns the engine cannot run. */
  readonly notices: readonly Diagnostic[];
  readonly schema: CompiledSchema;
}

/**
 * Validates files against one schema, compiled once for all of them (50 files cost one schema
 * load). Each file gets all its errors; a file that cannot be read or is refused (size,
 * DOCTYPE) gets one error and the others go on.
 */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions): Promise<ValidationRun> {
  const cwd = options.cwd ?? process.cwd();
  const schema = typeof options.schema === 'string' ? await compileSchema(options.schema, { cwd }) : options.schema;
  const results: FileResult[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const file = relative(cwd, absolute) || path;
    const input = await readValidationInput(absolute, file, options.maxFileBytes ?? defaultMaxFileBytes);
    const diagnostics = input.ok
      ? validateText(schema, input.text, file, { rules: options.rules, ...(options.editionRulesFile ? { editionRulesFile: options.editionRulesFile } : {}) })
      : input.diagnostics;
    results.push({ file, diagnostics });
  }
  return { results, notices: runsTeiSchematron(options.rules) ? unsupportedNotices(schema) : [], schema };
}

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
