import { z } from 'zod';

const pointer = z.string().regex(/^#[A-Za-z_][\w.-]*$/, 'a pointer looks like "#id"');

/**
 * What a note is, as TEI `note/@type` (e.g. "author", "translator", "publisher"). "editorial"
 * is reserved for the notes the editors add: those hold no witness text.
 */
const noteType = z
  .string()
  .regex(/^[A-Za-z][\w-]*$/, 'a note type is a word such as "author" or "translator"')
  .refine((t) => t !== 'editorial', '"editorial" is reserved for the notes the editors add (interventions)');

/** A certainty, as TEI `@cert`. */
export const certainty = z.enum(['high', 'medium', 'low', 'unknown']);

/**
 * One attribution rule. A note matches when it has the signature (at its end or before a
 * last remark), matches the pattern, or its number is listed; the first rule that matches
 * decides the note's type and `@resp`.
 */
export const noteRule = z
  .object({
    signature: z.string().min(1).optional().describe('Text that signs a note, e.g. "(A.B.)" or "—Ed.".'),
    pattern: z.string().min(1).optional().describe('Regular expression (Unicode) a note\'s text must match.'),
    notes: z.array(z.string().min(1)).min(1).optional().describe('Numbers of notes this rule decides, as printed without brackets ("40", "*").'),
    type: noteType.describe('What the notes this rule decides are (TEI note/@type), e.g. author, translator, publisher.'),
    resp: pointer.describe('Who wrote the notes this rule decides: a pointer into the registers or the header.'),
    why: z.string().min(1).optional().describe('Why the rule holds: kept for the editorial record.'),
  })
  .strict()
  .refine((r) => r.signature !== undefined || r.pattern !== undefined || r.notes !== undefined, {
    message: 'say which notes the rule decides: "signature", "pattern" or "notes"',
  })
  .superRefine((r, ctx) => {
    if (r.pattern === undefined) return;
    try {
      new RegExp(r.pattern, 'u');
    } catch (err) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: `not a valid regular expression: ${(err as Error).message}` });
    }
  });
export type NoteRule = z.infer<typeof noteRule>;

/**
 * How the witnesses' notes are attributed. The whole section is optional: a book without
 * notes needs none, and a note no rule decides is given the default with a `@cert` and
 * listed for review.
 */
export const notesConfig = z
  .object({
    rules: z.array(noteRule).default([]).describe('Attribution rules, tried in order.'),
    default: z
      .object({
        type: noteType.default('author').describe('The type given to a note no rule decides.'),
        resp: pointer.optional().describe('Default: the header\'s author pointer.'),
        cert: certainty.default('medium').describe('How sure the default is for those notes (`@cert`); they are listed for review.'),
      })
      .strict()
      .default({}).describe('Attribution of the notes no rule decides (default: the author of the header, type "author").'),
    editorResp: pointer.default('#editor').describe('`@resp` of what the editors add: notes, gaps, supplied titles, corrections.'),
  })
  .strict();
export type NotesConfig = z.infer<typeof notesConfig>;
