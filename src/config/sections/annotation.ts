import { z } from 'zod';

/** Settings of the annotation stage (names, dates, corrections, review report). */
export const annotationConfig = z
  .object({
    /** Editor's corrections of transcription errors (JSON data, see editorial/corrections.json). */
    corrections: z.string().optional(),
    /** Editor's context rules and decisions about capitalised words (JSON data). */
    rules: z.string().optional(),
    dates: z
      .object({
        /** Four-digit numbers in this range are read as years. */
        minYear: z.number().int().default(1500),
        maxYear: z.number().int().default(2099),
        /** Order of numeric dates such as 13.2.2005: day first (`dmy`) or month first (`mdy`). */
        numericOrder: z.enum(['dmy', 'mdy']).default('dmy'),
      })
      .strict()
      .default({}),
    review: z
      .object({
        /** Look for capitalised names in no register (wink-nlp); off makes the stage faster. */
        unknownNames: z.boolean().default(true),
        /** Largest edit distance for a near-miss spelling, per word length ≥ 5 / ≥ 9 characters. */
        nearMiss: z
          .object({ short: z.number().int().min(0).default(1), long: z.number().int().min(0).default(2) })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
  })
  .strict();
export type AnnotationConfig = z.infer<typeof annotationConfig>;
