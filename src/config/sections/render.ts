import { z } from 'zod';
import { languageCode } from '../../model/header.js';

/** Settings of the renderers (HTML and PDF). */
export const renderConfig = z
  .object({
    overrides: z.string().min(1).optional().describe('A folder of the edition\'s own rendering rules (relative to the config): html.xsl and print.xsl imported after the toolkit\'s stylesheets, strings.json replacing its strings.'),
    lang: languageCode('The language of the outputs\' own words (labels, headings): en, de; default the TEI\'s.').optional(),
  })
  .strict();
export type RenderConfig = z.infer<typeof renderConfig>;
