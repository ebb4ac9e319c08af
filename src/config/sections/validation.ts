import { z } from 'zod';

/** Settings of the validation stage. */
export const validationConfig = z
  .object({
    /** RELAX NG schema (tei_all) path or URL; the TEI_ALL_RNG environment variable is the fallback. */
    schema: z.string().optional(),
  })
  .passthrough();
export type ValidationConfig = z.infer<typeof validationConfig>;
