import { z } from 'zod';

/** Settings of the validation stage. Paths are relative to the config file. */
export const validationConfig = z
  .object({
    /** RELAX NG schema (tei_all) path or URL; the TEI_ALL_RNG environment variable is the fallback. */
    schema: z.string().min(1).optional(),
    /** Edition rules (ISO Schematron); default: the toolkit's tei/edition-rules.sch. */
    rules: z.string().min(1).optional(),
    /** Largest XML file validate, extract and render accept, in bytes (default 32 MiB). */
    maxFileBytes: z.number().int().positive().optional(),
    /** Deepest element nesting validate, extract and render accept (default 1000). */
    maxDepth: z.number().int().positive().optional(),
  })
  .strict();
export type ValidationConfig = z.infer<typeof validationConfig>;
