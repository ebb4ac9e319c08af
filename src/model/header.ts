import { z } from 'zod';

/** A printed edition or other source the digital edition rests on. */
export const sourceBibl = z.object({
  id: z.string().regex(/^[A-Za-z_][\w.-]*$/),
  /** One-line description, e.g. "English edition, New Park Publications, London, 1980". */
  label: z.string(),
  title: z.string().optional(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  pubPlace: z.string().optional(),
  date: z.string().optional(),
  /** ISO form of `date` (for `@when`). */
  when: z.string().optional(),
  language: z.string().optional(),
  note: z.string().optional(),
});

const responsibility = z.object({
  id: z.string().regex(/^[A-Za-z_][\w.-]*$/),
  resp: z.string(),
  name: z.string(),
  /** Person or organisation. */
  kind: z.enum(['person', 'org']).default('person'),
});

/**
 * Bibliographic facts and editorial principles that go into the teiHeader. Kept as data so
 * another book needs no code change.
 */
export const headerData = z
  .object({
    title: z.string(),
    subtitle: z.string().optional(),
    author: z.object({ name: z.string(), ref: z.string().regex(/^#/) }),
    /** Who does what in this digital edition (the `editor` id is the target of `@resp="#editor"`). */
    responsibilities: z.array(responsibility).min(1),
    edition: z.string(),
    publisher: z.string(),
    pubPlace: z.string().optional(),
    licence: z.object({ target: z.string(), text: z.string() }),
    /** The date of this digital edition (a fixed value, so rebuilds are identical). */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    sources: z.array(sourceBibl).min(1),
    /** Sections of the editorial declaration: normalization, segmentation, notes, quotation, correction… */
    principles: z.record(z.string(), z.array(z.string()).min(1)),
    language: z.object({ ident: z.string(), name: z.string() }),
    /** When the work was written (ISO). */
    workDate: z.object({ when: z.string(), text: z.string() }).optional(),
    /** Where the supplied chapter titles come from (id of a source). */
    projectDesc: z.string().optional(),
  })
  .strict();
export type HeaderData = z.infer<typeof headerData>;
