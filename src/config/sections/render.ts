import { z } from 'zod';
import { languageCodeProblem } from '../../model/language-code.js';

/** Settings of the renderers (HTML and PDF). */
export const renderConfig = z
  .object({
    overrides: z.string().min(1).optional().describe('A folder of the edition\'s own rendering rules (relative to the config): html.xsl and print.xsl imported after the toolkit\'s stylesheets, strings.json replacing its strings.'),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/)
      .superRefine((value, ctx) => {
        const problem = languageCodeProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional().describe('The language of the outputs\' own words (labels, headings): en, de; default the TEI\'s.'),
  })
  .strict();
export type RenderConfig = z.infer<typeof renderConfig>;
