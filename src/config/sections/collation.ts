import { z } from 'zod';

/**
 * Settings of the collation stage (the `collation` section of edition.config.json). They are
 * the options of the collator (src/collate), so the edition and the `collate` command agree.
 */
export const collationConfig = z
  .object({
    /** Which differences normalisation removes before alignment (true: ignored). */
    normalize: z
      .object({
        case: z.boolean().optional(),
        quotes: z.boolean().optional(),
        dashes: z.boolean().optional(),
        whitespace: z.boolean().optional(),
        punctuation: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /** Similarity (0..1) from which two different words align as a near match. */
    nearMatch: z.number().min(0).max(1).optional(),
    /** Similarity (0..1) from which a near match is typed orthographic. */
    orthographic: z.number().min(0).max(1).optional(),
    transpositions: z
      .object({
        enabled: z.boolean().optional(),
        /** Columns within which a short moved block still counts as a transposition. */
        nearDistance: z.number().int().nonnegative().optional(),
        /** Tokens from which a moved block counts at any distance. */
        farMinLength: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .passthrough();
export type CollationConfig = z.infer<typeof collationConfig>;
