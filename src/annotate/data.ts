import { z } from 'zod';
import { parseJsonData } from '../config/json-data.js';
import { EditionError, error } from '../diagnostics/index.js';
import { editorialDecisions } from './editorial.js';

const pointer = z.string().regex(/^#[A-Za-z_][\w.-]*$/, 'a pointer looks like "#id"');

/** One transcription error and its correction. */
export const correctionRule = z
  .object({
    sic: z.string().min(1).describe('The erroneous text as it stands in the witness (a whole word or words).'),
    corr: z.string().min(1).describe('The corrected text.'),
    reason: z.string().min(1).describe('Why: what kind of error, and how the correction is known.'),
    resp: pointer.optional().describe('Who corrects (default: the notes\' editor pointer of the config).'),
    source: z.union([pointer, z.string().regex(/^https?:\/\/\S+$/, 'a source is a pointer "#id" or an http(s) URI')]).optional().describe('Where the corrected form comes from (default: the register entry that has it): a pointer, or the URI of a reference work.'),
    context: z.string().min(1).optional().describe('When the same letters are right elsewhere: a longer text around the error, quoted as it stands in the witness; only the error inside it is corrected.'),
    witness: z.string().optional().describe('Restrict to one witness.'),
    line: z.number().int().positive().optional().describe('Where the editor saw the error: tells several occurrences of the context apart.'),
    expect: z.number().int().nonnegative().optional().describe('How many occurrences the editor expects; a different count is reported.'),
    cert: z.enum(['high', 'medium', 'low']).optional().describe('How sure the correction is (`corr/@cert`); absent: not stated.'),
  })
  .strict()
  .refine((r) => r.context === undefined || r.context.includes(r.sic), { message: '"context" must contain the "sic" text', path: ['context'] });
export type CorrectionRule = z.infer<typeof correctionRule>;

export const correctionsFile = z.object({ corrections: z.array(correctionRule).describe('The corrections, one per error (or per context where the same letters are right elsewhere).') }).strict();

/** A context in which a register form is not a mention of its entry. */
export const exclusionRule = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).describe('Id of the rule (lower case, digits, hyphens).'),
    form: z.string().min(1).describe('The register form concerned, as written in the register.'),
    before: z.string().optional().describe('Regular expression the text just before the form must match (anchored at its end).'),
    after: z.string().optional().describe('Regular expression the text just after the form must match (anchored at its start).'),
    reason: z.string().min(1).describe('Why the form is not a mention there.'),
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
    form: z.string().min(1).describe('The capitalised word or phrase, as it stands in the text.'),
    decision: z.enum(decisionKinds),
    reason: z.string().min(1).describe('Why, for the editorial record.'),
  })
  .strict();
export type DecisionRule = z.infer<typeof decisionRule>;

/** A review item the editor rejected: it is not proposed again. */
export const rejectionRule = z
  .object({
    id: z.string().min(1).describe('The item\'s id when it was rejected.'),
    rule: z.string().min(1).describe('The rule of the review item rejected.'),
    text: z.string().min(1).describe('The text of the review item rejected.'),
    reason: z.string().min(1).describe('Why the editors rejected it.'),
  })
  .strict();
export type RejectionRule = z.infer<typeof rejectionRule>;

export const rulesFile = z
  .object({
    exclusions: z.array(exclusionRule).default([]).describe('Contexts in which a register form is not a mention of its entry.'),
    decisions: z.array(decisionRule).default([]).describe('Capitalised words the editors decided are not names, with the kind and the reason.'),
    rejections: z.array(rejectionRule).default([]).describe('Review items the editors rejected (written by `tei-edition review reject`), so they are not proposed again.'),
    editorial: editorialDecisions.default({}).describe('Editorial decisions about what counts as what (organisations, signatures, plurals).'),
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
