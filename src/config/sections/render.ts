import { z } from 'zod';

/** Settings of the renderers (HTML and PDF). */
export const renderConfig = z.object({}).passthrough();
export type RenderConfig = z.infer<typeof renderConfig>;
