import { z } from 'zod';

/** Settings of the annotation stage (names, dates, corrections, review report). */
export const annotationConfig = z
  .object({
    /** Editor's corrections of transcription errors (JSON data). */
    corrections: z.string().optional(),
  })
  .passthrough();
export type AnnotationConfig = z.infer<typeof annotationConfig>;
