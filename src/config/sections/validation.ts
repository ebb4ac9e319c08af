import { z } from 'zod';

/** Settings of the validation stage. Paths are relative to the config file. */
export const validationConfig = z
  .object({
    schema: z.string().min(1).optional().describe('RELAX NG schema (tei_all) path or URL; the TEI_ALL_RNG environment variable is the fallback.'),
    rules: z.string().min(1).optional().describe('Edition rules (ISO Schematron); default: the toolkit\'s tei/edition-rules.sch.'),
    maxFileBytes: z.number().int().positive().optional().describe('Largest XML file validate, extract and render accept, in bytes (default 32 MiB).'),
    maxDepth: z.number().int().positive().optional().describe('Deepest element nesting validate, extract and render accept (default 1000).'),
    maxBlockChars: z.number().int().positive().optional().describe('Longest paragraph (p, l, ab, head, note…) build and render accept, in characters of text (default 65536): the renderers\' time grows with the square of a paragraph\'s length.'),
  })
  .strict();
export type ValidationConfig = z.infer<typeof validationConfig>;
