import { z } from 'zod';
import type { CollateOptions } from '../../collate/types.js';

/** The variant classes an editor may hide (the collator's types; `whitespace` only where whitespace variants are asked for). */
export const variantTypes = ['case', 'punctuation', 'typography', 'hyphenation', 'orthographic', 'substantive', 'addition', 'omission', 'transposition', 'whitespace'] as const;

/** A regularisation table: a form as written (or normalised) and the form it counts as. */
export const regularizationTable = z.record(z.string().min(1), z.string().min(1));

/**
 * Settings of the collation stage (the `collation` section of edition.config.json). They are
 * the options of the collator (src/collate), so the edition and the `collate` command agree.
 */
export const collationConfig = z
  .object({
    normalize: z
      .object({
        case: z.boolean().optional().describe('Ignore differences of case when aligning (they are still typed and shown).'),
        quotes: z.boolean().optional().describe('Treat straight and curly quotes alike when aligning.'),
        dashes: z.boolean().optional().describe('Treat the kinds of dash alike when aligning.'),
        whitespace: z.boolean().optional().describe('Treat runs of spaces and line breaks alike when aligning.'),
        punctuation: z.boolean().optional().describe('Ignore punctuation when aligning (it is still typed and shown).'),
        diacritics: z.boolean().optional().describe('Ignore accents, breathings, vowel points and other diacritics, and the forms of sigma, when aligning: readings that differ only in them are typed orthographic (they are still shown). Default false.'),
      })
      .strict()
      .optional().describe('Which differences normalisation removes before alignment (true: ignored).'),
    regularize: z.union([regularizationTable, z.string().min(1)]).optional().describe('Regularisation table (CollateX\'s normalised form): `{ "shew": "show" }`, or the path of a JSON file holding one (relative to the config). Readings that differ only by it are typed orthographic.'),
    whitespaceVariants: z.boolean().optional().describe('Spacing and line breaks are variants only when this is true (default false).'),
    minAnchor: z.number().int().nonnegative().optional().describe('Agreement shorter than this many tokens inside a rewritten passage does not cut it (default 3; 0: off).'),
    hide: z.array(z.enum(variantTypes)).optional().describe('Variant classes hidden in reading views: off in the web edition\'s variant filter (a reader can turn them on) and left out of the print\'s apparatus; the TEI keeps and types them.'),
    relations: z
      .array(z.object({ witnesses: z.array(z.string().min(1)).min(2).describe('The witnesses (sigla or ids) the statement is about.'), note: z.string().min(1).describe('What the editor knows of their relation (e.g. a common source), stated where they agree throughout.') }).strict())
      .optional().describe('How witnesses relate, as the editor knows it (a common source): stated beside the collation\'s finding where they agree throughout a passage.'),
    nearMatch: z.number().min(0).max(1).optional().describe('Similarity (0..1) from which two different words align as a near match.'),
    orthographic: z.number().min(0).max(1).optional().describe('Similarity (0..1) from which a near match is typed orthographic.'),
    transpositions: z
      .object({
        enabled: z.boolean().optional().describe('Look for transpositions at all (default true).'),
        nearDistance: z.number().int().nonnegative().optional().describe('Columns within which a short moved block still counts as a transposition.'),
        farMinLength: z.number().int().positive().optional().describe('Tokens from which a moved block counts at any distance.'),
        rareWord: z.number().int().positive().optional().describe('A short moved block needs a word occurring at most this many times in each witness.'),
      })
      .strict()
      .optional().describe('How moved passages are found.'),
  })
  .strict();
export type CollationConfig = z.infer<typeof collationConfig>;

/**
 * The collator's options from the config section; a regularisation table given as a path is
 * read with `readTable` (the caller resolves it against the config and reports problems).
 */
export function collationOptions(config: CollationConfig, readTable: (path: string) => Record<string, string>): CollateOptions {
  const { regularize, ...rest } = config;
  return {
    ...(rest as CollateOptions),
    ...(regularize === undefined ? {} : { regularize: typeof regularize === 'string' ? readTable(regularize)  : regularize }),
  };
}
