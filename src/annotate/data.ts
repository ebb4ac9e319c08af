import { existsSync } from 'node:fs';
import { z } from 'zod';
import { displayPath, resolveFromConfig, type EditionConfig } from '../config/load.js';
import { loadJsonData, parseJsonData } from '../config/json-data.js';
import { EditionError, error } from '../diagnostics/index.js';
import { editorialDecisions } from './editorial.js';

const pointer = z.string().regex(/^#[A-Za-z_][\w.-]*$/, 'a pointer looks like "#id"');

/** One transcription error and its correction. */
export const correctionRule = z
  .object({
    /** The erroneous text as it stands in the witness (a whole word or words). */
    sic: z.string().min(1),
    /** The corrected text. */
    corr: z.string().min(1),
    /** Why: what kind of error, and how the correction is known. */
    reason: z.string().min(1),
    /** Who corrects (default: the notes' editor pointer of the config). */
    resp: pointer.optional(),
    /** Where the corrected form comes from (default: the register entry that has it): a pointer, or the URI of a reference work. */
    source: z.union([pointer, z.string().regex(/^https?:\/\/\S+$/, 'a source is a pointer "#id" or an http(s) URI')]).optional(),
    /** Restrict to one witness and line, when the same letters are right elsewhere. */
    witness: z.string().optional(),
    line: z.number().int().positive().optional(),
    /** How many occurrences the editor expects; a different count is reported. */
    expect: z.number().int().nonnegative().optional(),
    /** How sure the correction is (`corr/@cert`); absent: not stated. */
    cert: z.enum(['high', 'medium', 'low']).optional(),
  })
  .strict();
export type CorrectionRule = z.infer<typeof correctionRule>;

export const correctionsFile = z.object({ corrections: z.array(correctionRule) }).strict();

/** A context in which a register form is not a mention of its entry. */
export const exclusionRule = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The register form concerned, as written in the register. */
    form: z.string().min(1),
    /** Regular expression the text just before the form must match (anchored at its end). */
    before: z.string().optional(),
    /** Regular expression the text just after the form must match (anchored at its start). */
    after: z.string().optional(),
    reason: z.string().min(1),
  })
  .strict()
  .refine((r) => r.before !== undefined || r.after !== undefined, { message: 'give "before" or "after"' });
export type ExclusionRule = z.infer<typeof exclusionRule>;

/**
 * Kinds of decision: `adjective` (a demonym or a derived adjective), `movement` (a movement or
 * its members, not an organisation), `event`, `work` (a book, article or document title; the
 * model tags periodicals only), `office` (a title of office or address), `abbreviation`,
 * `generic` (a capitalised word used for a thing of that kind, not one named thing),
 * `not-entity` (a common word capitalised).
 */
export const decisionKinds = ['not-entity', 'adjective', 'movement', 'event', 'work', 'office', 'abbreviation', 'generic'] as const;

/** An editor's decision about a capitalised word that is in no register. */
export const decisionRule = z
  .object({
    form: z.string().min(1),
    decision: z.enum(decisionKinds),
    reason: z.string().min(1),
  })
  .strict();
export type DecisionRule = z.infer<typeof decisionRule>;

/** A review item the editor rejected: it is not proposed again. */
export const rejectionRule = z
  .object({
    /** The item's id when it was rejected. */
    id: z.string().min(1),
    rule: z.string().min(1),
    text: z.string().min(1),
    reason: z.string().min(1),
  })
  .strict();
export type RejectionRule = z.infer<typeof rejectionRule>;

export const rulesFile = z
  .object({
    exclusions: z.array(exclusionRule).default([]),
    decisions: z.array(decisionRule).default([]),
    rejections: z.array(rejectionRule).default([]),
    editorial: editorialDecisions.default({}),
  })
  .strict();
export type AnnotationRules = z.input<typeof rulesFile>;
export type ParsedRules = z.output<typeof rulesFile>;

export const emptyRules: ParsedRules = rulesFile.parse({});

/** The rules data with its defaults filled in (for rules built in code, e.g. by tests). */
export const withRuleDefaults = (rules: AnnotationRules): ParsedRules => rulesFile.parse(rules);

function load<T>(config: EditionConfig, path: string | undefined, what: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): { data: T; file: string } | undefined {
  if (path === undefined) return undefined;
  const abs = resolveFromConfig(config, path);
  const file = displayPath(config, path);
  if (!existsSync(abs)) {
    throw new EditionError([
      error({ message: `annotation.${what}: file not found: ${path}`, rule: 'config-file-missing', stage: 'annotate', file: config.configFile, hint: 'paths in the config are relative to the config file' }),
    ]);
  }
  return { data: loadJsonData(abs, file, schema, 'annotate'), file };
}

/** The editor's corrections named by the config (none when the config names no file). */
export function loadCorrections(config: EditionConfig): { rules: CorrectionRule[]; file: string } {
  const loaded = load(config, config.annotation.corrections, 'corrections', correctionsFile);
  return { rules: loaded?.data.corrections ?? [], file: loaded?.file ?? 'corrections' };
}

/** The editor's context rules and decisions named by the config. */
export function loadRules(config: EditionConfig): { rules: ParsedRules; file: string } {
  const loaded = load(config, config.annotation.rules, 'rules', rulesFile);
  const rules = loaded?.data ?? emptyRules;
  const file = loaded?.file ?? 'rules';
  checkExpressions(rules, file);
  return { rules, file };
}

/** Every `before` / `after` of the exclusions must be a valid regular expression. */
function checkExpressions(rules: ParsedRules, file: string): void {
  const bad = rules.exclusions.flatMap((r) =>
    (['before', 'after'] as const).flatMap((k) => {
      const source = r[k];
      if (source === undefined) return [];
      try {
        new RegExp(source, 'u');
        return [];
      } catch (err) {
        return [error({ message: `exclusion "${r.id}": "${k}" is not a valid regular expression: ${(err as Error).message}`, rule: 'data-schema', stage: 'annotate', file })];
      }
    }),
  );
  if (bad.length > 0) throw new EditionError(bad);
}

/** The corrections data from its text (for a read stage that reads the files itself). */
export function parseCorrections(text: string, file: string): CorrectionRule[] {
  return parseJsonData(text, file, correctionsFile, 'annotate').corrections;
}

/** The rules data from its text, defaults filled in (for a read stage that reads the files itself). */
export function parseRules(text: string, file: string): ParsedRules {
  const rules = parseJsonData(text, file, rulesFile, 'annotate');
  checkExpressions(rules, file);
  return rules;
}
