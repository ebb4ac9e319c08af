import { z } from 'zod';

/** Settings of the annotation stage (names, dates, corrections, review report). */
export const annotationConfig = z
  .object({
    corrections: z.string().optional().describe('Editor\'s corrections of transcription errors (JSON data, see editorial/corrections.json).'),
    rules: z.string().optional().describe('Editor\'s context rules and decisions about capitalised words (JSON data).'),
    dates: z
      .object({
        minYear: z.number().int().default(1500).describe('Four-digit numbers in this range are read as years.'),
        maxYear: z.number().int().default(2099).describe('Four-digit numbers up to this are read as years (with minYear).'),
        numericOrder: z.enum(['dmy', 'mdy']).default('dmy').describe('Order of numeric dates such as 13.2.2005: day first (`dmy`) or month first (`mdy`).'),
      })
      .strict()
      .default({}).describe('How dates are read and normalised.'),
    highlighting: z
      .object({
        italic: z.string().regex(/^.?$/u, 'one character, or "" for none').default('_').describe('The character a transcription sets before and after words printed in italic (Project Gutenberg: `_`); "" when it marks none.'),
        bold: z.string().regex(/^.?$/u, 'one character, or "" for none').default('=').describe('The character it sets around words printed in bold (Project Gutenberg: `=`); "" when it marks none.'),
      })
      .strict()
      .default({}).describe('How the witnesses mark italic and bold words; the marks are kept in the TEI (`metamark` inside `hi`) and hidden in the editions.'),
    review: z
      .object({
        unknownNames: z.boolean().default(true).describe('Look for capitalised names in no register (wink-nlp); off makes the stage faster.'),
        nearMiss: z
          .object({ short: z.number().int().min(0).default(1).describe('Largest edit distance for words of 5 to 8 letters.'), long: z.number().int().min(0).default(2).describe('Largest edit distance for words of 9 letters or more.') })
          .strict()
          .default({}).describe('Largest edit distance for a near-miss spelling, per word length ≥ 5 / ≥ 9 characters.'),
      })
      .strict()
      .default({}).describe('What the review report looks for.'),
  })
  .strict();
export type AnnotationConfig = z.infer<typeof annotationConfig>;
