import { z } from 'zod';
import { languageCodeProblem } from './language-code.js';

/** A BCP 47 code, not a language's name (see language-code.ts). */
export const languageCode = (description: string) =>
  z
    .string()
    .superRefine((value, ctx) => {
      const problem = languageCodeProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(description);

/** A printed edition or other source the digital edition rests on. */
export const sourceBibl = z.object({
  id: z.string().regex(/^[A-Za-z_][\w.-]*$/).describe('Id of the source (an XML name), for pointers such as a supplied title\'s @source.'),
  label: z.string().describe('One-line description, e.g. "First edition, London, 1818, volume I".'),
  title: z.string().optional().describe('Title of the source.'),
  author: z.string().optional().describe('Its author, as the source prints it.'),
  publisher: z.string().optional().describe('Its publisher.'),
  pubPlace: z.string().optional().describe('Its place of publication.'),
  date: z.string().optional().describe('Its date as written.'),
  when: z.string().optional().describe('ISO form of `date` (for `@when`).'),
  language: languageCode('Its language (BCP 47 code).').optional(),
  note: z.string().optional().describe('Anything more about it.'),
}).strict();

const responsibility = z.object({
  id: z.string().regex(/^[A-Za-z_][\w.-]*$/).describe('Id of the responsibility (an XML name): the target of @resp pointers.'),
  resp: z.string().describe('What they did ("edited and encoded by").'),
  name: z.string().describe('Who did it.'),
  kind: z.enum(['person', 'org']).default('person').describe('Person or organisation.'),
}).strict();

/**
 * Bibliographic facts and editorial principles that go into the teiHeader. Kept as data so
 * another book needs no code change.
 */
export const headerData = z
  .object({
    title: z.string().describe('Title of the work.'),
    subtitle: z.string().optional().describe('Subtitle of this edition.'),
    author: z.object({ name: z.string().describe('The author\'s name as the title page prints it.'), ref: z.string().regex(/^#/).describe('Pointer to the author\'s entry in the register of persons ("#id").') }).strict().describe('The author: name as printed and a pointer into the register of persons.'),
    responsibilities: z.array(responsibility).min(1).describe('Who does what in this digital edition (the `editor` id is the target of `@resp="#editor"`).'),
    edition: z.string().describe('The statement of this digital edition (name and version).'),
    publisher: z.string().describe('Who publishes the digital edition.'),
    pubPlace: z.string().optional().describe('Where it is published.'),
    licence: z.object({ target: z.string().describe('Address of the licence text.'), text: z.string().describe('The licence in a sentence or two.') }).strict().describe('The licence of the edition.'),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).describe('The date of this digital edition (a fixed value, so rebuilds are identical).'),
    sources: z.array(sourceBibl).min(1).describe('The printed editions and other sources the edition rests on.'),
    principles: z.record(z.string(), z.array(z.string()).min(1)).describe('Sections of the editorial declaration: normalization, segmentation, notes, quotation, correction…'),
    language: z.object({ ident: languageCode('BCP 47 code (en, de, fr …).'), name: z.string().describe('The language\'s name, as the header prints it.') }).strict().describe('The language of the text.'),
    workDate: z.object({ when: z.string().describe('ISO year or date.'), text: z.string().describe('The date as the header prints it.') }).strict().optional().describe('When the work was written (ISO).'),
    projectDesc: z.string().optional().describe('What the digital edition is and why it was made (TEI projectDesc).'),
  })
  .strict();
export type HeaderData = z.infer<typeof headerData>;
