import { z } from 'zod';
import type { CollateOptions } from '../../collate/types.js';

const variantTypes = ['case', 'punctuation', 'hyphenation', 'orthographic', 'substantive', 'addition', 'omission', 'transposition', 'whitespace'] as const;

/** A regularisation table: a form as written (or normalised) and the form it counts as. */
export const regularizationTable = z.record(z.string().min(1), z.string().min(1));

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
    /**
     * Regularisation table (CollateX's normalised form): `{ "shew": "show" }`, or the path of a
     * JSON file holding one (relative to the config). Readings that differ only by it are
     * typed orthographic.
     */
    regularize: z.union([regularizationTable, z.string().min(1)]).optional(),
    /** Spacing and line breaks are variants only when this is true (default false). */
    whitespaceVariants: z.boolean().optional(),
    /** Agreement shorter than this many tokens inside a rewritten passage does not cut it (default 3; 0: off). */
    minAnchor: z.number().int().nonnegative().optional(),
    /** Variant classes hidden in reading views (the TEI keeps and types them). */
    hide: z.array(z.enum(variantTypes)).optional(),
    /**
     * How witnesses relate, as the editor knows it (a common source): stated beside the
     * collation's finding where they agree throughout a passage.
     */
    relations: z
      .array(z.object({ witnesses: z.array(z.string().min(1)).min(2), note: z.string().min(1) }).strict())
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
        /** A short moved block needs a word occurring at most this many times in each witness. */
        rareWord: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .passthrough();
export type CollationConfig = z.infer<typeof collationConfig>;

/**
 * The collator's options from the config section; a regularisation table given as a path is
 * read with `readTable` (the caller resolves it against the config and reports problems).
 */
export function collationOptions(config: CollationConfig, readTable: (path: string) => Record<string, string>): CollateOptions {
  const { regularize, ...rest } = config;
  return {
    ...(rest as CollateOptions),
    ...(regularize === undefined ? {} : { regularize: typeof regularize === 'string' ? readTable(regularize) : regularize }),
  };
}
