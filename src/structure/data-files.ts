import { z } from 'zod';

/** What a block can be; the rules decide, an editor's override can say otherwise. */
export const blockRoles = [
  'paratext',
  'running-head',
  'footer',
  'subtitle',
  'heading',
  'p',
  'quote',
  'list-item',
  'speech',
  'epigraph',
  'epigraph-bibl',
  'signed',
  'break',
  'note',
  // a division's printed heading ("CHAPTER IV.") and the title under it
  'division-heading',
  'division-title',
  'verse',
  // plays: a speech with its speaker, a stage direction between speeches
  'drama-speech',
  'stage',
  // who wrote the piece, under its title ("By Jane Smith"): a byline in the division's opener
  'byline',
  // letters: opener (address, dateline, salute) and closer (valediction, then "signed")
  'address',
  'dateline',
  'salute',
  'valediction',
  // a notes section at the end of the book, and the chapter headings that key its notes
  'notes-heading',
  'notes-key',
  // an illustration marked in the transcription ("[Illustration: …]")
  'figure',
  // a table of contents printed in the witness: its heading and its entries
  'contents-heading',
  'contents-entry',
  // a play's list of its persons: its heading ("Dramatis Personae") and its lines
  'cast-heading',
  // the heading of a section of front matter ("PREFACE", "THE PROLOGUE"), over its text
  'front-heading',
  'cast-entry',
  // a transcriber's note of the e-text
  'transcriber-note',
  // a note printed in the margin ("[Sidenote: …]"), placed beside the text that follows it
  'sidenote',
  // the frame a digital library puts around the book: Project Gutenberg's header, its licence
  'library-header',
  'library-licence',
] as const;
export type BlockRole = (typeof blockRoles)[number];

/** A line hint: where the editor saw the text (it only tells several occurrences apart). */
const lineHint = z.number().int().positive();

const override = z
  .object({
    text: z.string().min(1).describe('Text of the block (a snippet of it, quoted as it stands in the witness).'),
    line: lineHint.optional().describe('Line hint: where the editor saw the text (only tells several occurrences apart).'),
    until: z.string().min(1).optional().describe('For a run of blocks: text of its last block.'),
    untilLine: lineHint.optional().describe('Line hint for `until`.'),
    role: z.enum(blockRoles).optional(),
    chapterStart: z.boolean().optional().describe('Force (true) or forbid (false) a chapter break before the block.'),
    resp: z.string().regex(/^#[A-Za-z_][\w.-]*$/).optional().describe('For paratext: who wrote it (a pointer such as "#website"), since it is not the author\'s text.'),
    why: z.string().min(1).describe('Why the rules are overridden here: kept for the editorial record.'),
  })
  .strict()
  .refine((o) => o.role !== undefined || o.chapterStart !== undefined, 'say what to override: "role" or "chapterStart"');

/**
 * Editor's corrections of the structure rules, per witness siglum. Each names the block it
 * applies to by its text, so it cannot land on another block when the witness changes.
 */
export const overridesFile = z.record(z.string(), z.array(override));
export type OverridesFile = z.infer<typeof overridesFile>;
export type Override = OverridesFile[string][number];

/** Chapter titles lost in the witnesses, restored from another source. */
export const tableOfContentsFile = z
  .object({
    source: z.string().regex(/^[A-Za-z_][\w.-]*$/).describe('Id of the source in the header data (e.g. the printed table of contents the titles come from).'),
    reason: z.string().default('lost').describe('Why the titles are supplied (TEI `supplied/@reason`).'),
    chapters: z.record(z.string(), z.string().min(1)).describe('Chapter number → title, for the chapters whose witness prints none.'),
  })
  .strict();
export type TableOfContents = z.infer<typeof tableOfContentsFile>;

const place = {
  wit: z.string().describe('The witness (siglum or id).'),
  /** The intervention goes right after this text of the witness (quoted as it stands). */
  after: z.string().min(1).describe('The text, quoted as it stands in the witness, after which the intervention goes.'),
  /** Where the editor saw it: tells several occurrences apart. */
  line: lineHint.optional().describe('Line hint: where the editor saw the text (only tells several occurrences apart).'),
};

/** Editorial notes and gaps the editors add at given places of a witness, named by its text. */
export const interventionsFile = z
  .object({
    notes: z
      .array(
        z
          .object({
            ...place,
            id: z.string().regex(/^[A-Za-z_][\w.-]*$/).describe('Id of the note (an XML name).'),
            paragraphs: z.array(z.string().min(1)).min(1).describe('The note\'s paragraphs.'),
          })
          .strict(),
      )
      .default([]).describe('Editorial notes the editors add (TEI note type editorial).'),
    gaps: z
      .array(
        z
          .object({
            ...place,
            reason: z.string().min(1).describe('Why the text is missing (TEI gap/@reason).'),
            unit: z.string().optional().describe('Unit of the extent (e.g. page, line).'),
            quantity: z.number().int().positive().optional().describe('How many units are missing.'),
            desc: z.string().min(1).describe('What is missing, in a sentence.'),
          })
          .strict(),
      )
      .default([]).describe('Gaps: text a witness lacks, described by the editors (TEI gap).'),
  })
  .strict();
export type Interventions = z.infer<typeof interventionsFile>;
