import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.js';
import { cachePaths } from './cache.js';
import type { CompiledSchema } from './compiled-schema.js';
import { defaultEditionRulesFile } from './edition/default-rules.js';
import type { SnapshotRequest } from './fast/protocol.js';
import { discardWaiting, rememberLastUsed } from './fast/process.js';
import { ensureSnapshot, runInSnapshot, snapshotDir, type SnapshotInputs } from './fast/snapshot.js';
import { sweepStaleTemporaryFiles } from '../io/temp-files.js';
import { defaultMaxFileBytes, readValidationInput } from './input.js';
import { runsTeiSchematron, type RuleSet } from './rule-sets.js';
import { loadSchemaSource, type SchemaSource } from './schema-source.js';
import { defaultMaxDepth } from './xml/events.js';

export interface ValidateFilesOptions {
  /** RELAX NG schema path or URL (already chosen: see chooseSchema), or a compiled one to reuse. */
  readonly schema: string | CompiledSchema;
  readonly rules: RuleSet;
  readonly maxFileBytes?: number;
  /** Deepest element nesting accepted (default 1000). */
  readonly maxDepth?: number;
  /** Refuse a root other than TEI's with one clear error (the CLI, when validating against tei_all). */
  readonly requireTei?: boolean;
  /** Edition rules (ISO Schematron); default tei/edition-rules.sch. */
  readonly editionRulesFile?: string;
  /** Their closed lists from the edition's data (see ValidateTextOptions.ruleParameters). */
  readonly ruleParameters?: Readonly<Record<string, readonly string[]>>;
  /** Directory relative paths start from, and file names given relative are shown relative to. */
  readonly cwd?: string;
  /**
   * `in-process` (the default for the API): load the schema here. `auto` (the CLI): validate in a
   * process started from a V8 snapshot of the loaded schema when one can be built, which saves
   * about a second per run; the results are the same.
   */
  readonly engine?: 'auto' | 'in-process';
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
  readonly schema: { readonly name: string; readonly sha256: string };
  /** Where the files were validated. */
  readonly engine: 'snapshot' | 'in-process';
}

/**
 * Validates files against one schema, compiled once for all of them (50 files cost one schema
 * load). Each file gets all its errors; a file that cannot be read or is refused (size,
 * DOCTYPE) gets one error and the others go on.
 */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions): Promise<ValidationRun> {
  const cwd = options.cwd ?? process.cwd();
  // A run killed while it built a snapshot (kill -9, a closed terminal) left its bundle and
  // half a blob in the cache: each run removes those of processes no longer running.
  sweepStaleTemporaryFiles(snapshotDir(), ['tmp', 'cjs']);
  const files = paths.map((p) => {
    const path = resolve(cwd, p);
    // A path given whole is shown as given: made relative, one outside the working directory
    // would read `../../tmp/x.xml`, a path the user never typed.
    return { path, file: isAbsolute(p) ? p : relative(cwd, path) || p };
  });
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  const maxDepth = options.maxDepth ?? defaultMaxDepth;
  const requireTei = options.requireTei === true;
  const ruleParameters = options.ruleParameters ? { ruleParameters: options.ruleParameters } : {};
  const editionRulesFile = options.editionRulesFile ?? defaultEditionRulesFile;
  let schema: CompiledSchema;
  if (typeof options.schema === 'string') {
    const source = await loadSchemaSource(options.schema, cwd);
    const { inputs: snapshotInputs, converted } = snapshotOf(source, editionRulesFile);
    const blob = options.engine === 'auto' && converted ? await ensureSnapshot(snapshotInputs) : undefined;
    if (blob) rememberLastUsed(blob);
    const response = blob ? await runGroups(blob, { files, rules: options.rules, maxFileBytes, maxDepth, requireTei, ...ruleParameters }) : undefined;
    discardWaiting(); // processes the CLI started early from another snapshot
    if (response) return { ...response, schema: { name: source.name, sha256: source.sha256 }, engine: 'snapshot' };
    // salve and fontoxpath are loaded only here: the snapshot process has its own.
    const { compileSource } = await import('./compiled-schema.js');
    schema = await compileSource(source);
    // The first run converts the schema; it also prepares the fast start of the next ones.
    if (options.engine === 'auto' && schema.from === 'conversion' && schema.cacheFiles) await ensureSnapshot(snapshotInputs);
  } else {
    schema = options.schema;
  }
  const [{ validateText }, { unsupportedNotices }] = await Promise.all([import('./validate-text.js'), import('./notices.js')]);
  const results: FileResult[] = [];
  for (const { path, file } of files) {
    const input = await readValidationInput(path, file, maxFileBytes);
    const diagnostics = input.ok
      ? [...(input.notes ?? []), ...validateText(schema, input.text, file, { rules: options.rules, editionRulesFile, maxDepth, requireTei, ...ruleParameters })]
      : input.diagnostics;
    results.push({ file, diagnostics });
  }
  return {
    results,
    notices: runsTeiSchematron(options.rules) ? unsupportedNotices(schema) : [],
    schema: { name: schema.name, sha256: schema.sha256 },
    engine: 'in-process',
  };
}

/**
 * Two processes from the same snapshot share the work of every file: one reads it for RELAX NG
 * and xml:ids, the other builds the DOM and runs the Schematron rules; on two cores the run
 * takes the longer of the two instead of their sum. With no Schematron, one process.
 */
async function runSplit(blob: string, request: Omit<SnapshotRequest, 'part'>): Promise<Pick<ValidationRun, 'results' | 'notices'> | undefined> {
  if (request.rules === 'none') return runInSnapshot(blob, { ...request, part: 'rng' });
  const [rng, rules] = await Promise.all([runInSnapshot(blob, { ...request, part: 'rng' }), runInSnapshot(blob, { ...request, part: 'rules' })]);
  if (!rng || !rules) return undefined;
  return {
    results: rng.results.map((r, i) => ({ file: r.file, diagnostics: [...r.diagnostics, ...(rules.results[i]?.diagnostics ?? [])] })),
    notices: [...rng.notices, ...rules.notices],
  };
}

/**
 * Several files are shared between two processes, one per core, each doing the whole work of
 * its files: one parse then feeds both RELAX NG and the rules, and two processes start and warm
 * their code instead of four (runSplit's split pays off for one file only).
 */
async function runGroups(blob: string, request: Omit<SnapshotRequest, 'part'>): Promise<Pick<ValidationRun, 'results' | 'notices'> | undefined> {
  const cores = Math.max(1, Math.min(2, availableParallelism()));
  if (request.files.length < 2 || cores < 2) return runSplit(blob, request);
  const half = Math.ceil(request.files.length / 2);
  const part = request.rules === 'none' ? 'rng' : 'all';
  const answers = await Promise.all([request.files.slice(0, half), request.files.slice(half)].map((files) => runInSnapshot(blob, { ...request, files, part })));
  if (answers.some((a) => a === undefined)) return undefined;
  return { results: answers.flatMap((a) => a?.results ?? []), notices: answers[0]?.notices ?? [] };
}

/**
 * RELAX NG of one text in memory (a build's own TEI), not read from a file: in a process
 * started from the schema's snapshot when there is one or it can be made (that process runs on
 * another core while the caller goes on, and starts with the schema loaded), else here. The
 * same diagnostics either way.
 */
export async function validateTextAgainstSchema(text: string, file: string, schemaName: string, cwd = process.cwd()): Promise<Diagnostic[]> {
  return (await schemaChecker(schemaName, cwd))(text, file);
}

/**
 * validateTextAgainstSchema in two steps: this one reads the schema and finds its snapshot;
 * the function it gives hands its text to the validator process at once, before it returns,
 * so that the caller's own work that follows runs beside the validation.
 */
export async function schemaChecker(schemaName: string, cwd = process.cwd()): Promise<(text: string, file: string) => Promise<Diagnostic[]>> {
  const source = await loadSchemaSource(schemaName, cwd);
  const { inputs, converted } = snapshotOf(source, defaultEditionRulesFile);
  const blob = converted ? await ensureSnapshot(inputs) : undefined;
  const inProcess = async (text: string, file: string): Promise<Diagnostic[]> => {
    const [{ compileSource }, { validateText }] = await Promise.all([import('./compiled-schema.js'), import('./validate-text.js')]);
    return validateText(await compileSource(source), text, file, { rules: 'none', part: 'rng', requireTei: true });
  };
  if (!blob) return inProcess;
  return async (text, file) => {
    const answer = await runInSnapshot(blob, { files: [{ path: file, file, text }], rules: 'none', maxFileBytes: defaultMaxFileBytes, maxDepth: defaultMaxDepth, requireTei: true, part: 'rng' });
    const found = answer?.results[0];
    return found ? [...found.diagnostics] : inProcess(text, file);
  };
}

/** What the schema's snapshot is built from, and whether the schema is converted (cached) yet. */
function snapshotOf(source: SchemaSource, editionRulesFile: string): { readonly inputs: SnapshotInputs; readonly converted: boolean } {
  const cached = cachePaths(source.sha256);
  return {
    inputs: { schemaName: source.name, schemaSha256: source.sha256, grammarFile: cached.grammar, schematronFile: cached.schematron, editionRulesFile },
    converted: existsSync(cached.grammar) && existsSync(cached.schematron),
  };
}
