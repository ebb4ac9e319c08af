import { z } from 'zod';

/** Settings of the collation stage. */
export const collationConfig = z.object({}).passthrough();
export type CollationConfig = z.infer<typeof collationConfig>;
