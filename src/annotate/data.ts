import { z } from 'zod';
import { parseJsonData } from '../config/json-data.js';
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
    /**
     * When the same letters are right elsewhere: a longer text around the error, quoted as it
     * stands in the witness; only the error inside it is corrected.
     */
    context: z.string().min(1).optional(),
    /** Restrict to one witness. */
    witness: z.string().optional(),
    /** Where the editor saw the error: tells several occurrences of the context apart. */
    line: z.number().int().positive().optional(),
    /** How many occurrences the editor expects; a different count is reported. */
    expect: z.number().int().nonnegative().optional(),
    /** How sure the correction is (`corr/@cert`); absent: not stated. */
    cert: z.enum(['high', 'medium', 'low']).optional(),
  })
  .strict()
  .refine((r) => r.context === undefined || r.context.includes(r.sic), { message: '"context" must contain the "sic" text', path: ['context'] });
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

/**
 * Checks the editors' context rules beyond their schema: every `before`/`after` must be a valid
 * regular expression. Throws an `EditionError` naming each one that is not.
 */
export function checkRules(rules: ParsedRules, file: string): ParsedRules {
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
  return rules;
}

/** The corrections data from its text (for a read stage that reads the files itself). */
export function parseCorrections(text: string, file: string): CorrectionRule[] {
  return parseJsonData(text, file, correctionsFile, 'annotate').corrections;
}

/** The rules data from its text, defaults filled in, expressions checked. */
export function parseRules(text: string, file: string): ParsedRules {
  return checkRules(parseJsonData(text, file, rulesFile, 'annotate'), file);
}
