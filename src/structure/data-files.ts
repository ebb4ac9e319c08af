import { z } from 'zod';

/** What a block can be; the rules decide, an editor's override can say otherwise. */
export const blockRoles = [
  'paratext',
  'running-head',
  'footer',
  'subtitle',
  'heading',
  'p',
  'quote',
  'list-item',
  'speech',
  'epigraph',
  'epigraph-bibl',
  'signed',
  'break',
  'note',
] as const;
export type BlockRole = (typeof blockRoles)[number];

const lineRange = z
  .string()
  .regex(/^\d+(-\d+)?$/, 'a line range looks like "12" or "12-15"')
  .transform((s) => {
    const [a, b] = s.split('-').map(Number);
    return { from: a!, to: b ?? a! };
  });

const override = z
  .object({
    line: z.number().int().positive().optional(),
    lines: lineRange.optional(),
    role: z.enum(blockRoles).optional(),
    /** Force (true) or forbid (false) a chapter break before the block. */
    chapterStart: z.boolean().optional(),
    /** For paratext: who wrote it (a pointer such as "#sph"), since it is not the author's text. */
    resp: z.string().regex(/^#[A-Za-z_][\w.-]*$/).optional(),
    /** Why the rules are overridden here: kept for the editorial record. */
    why: z.string().min(1),
  })
  .strict()
  .refine((o) => (o.line === undefined) !== (o.lines === undefined), 'give either "line" or "lines"')
  .refine((o) => o.role !== undefined || o.chapterStart !== undefined, 'say what to override: "role" or "chapterStart"');

/** Editor's corrections of the structure rules, per witness siglum, keyed by witness line. */
export const overridesFile = z.record(z.string(), z.array(override));
export type OverridesFile = z.infer<typeof overridesFile>;
export type Override = OverridesFile[string][number];

export const overrideRange = (o: Override): { from: number; to: number } =>
  o.lines ?? { from: o.line!, to: o.line! };

/** Chapter titles lost in the witnesses, restored from another source. */
export const tableOfContentsFile = z
  .object({
    /** Id of the source in the header data (e.g. the ETOL index). */
    source: z.string().regex(/^[A-Za-z_][\w.-]*$/),
    /** Why the titles are supplied (TEI `supplied/@reason`). */
    reason: z.string().default('lost'),
    chapters: z.record(z.string(), z.string().min(1)),
  })
  .strict();
export type TableOfContents = z.infer<typeof tableOfContentsFile>;

const place = {
  wit: z.string(),
  line: z.number().int().positive(),
  /** The intervention goes right after the first occurrence of this text on the line. */
  after: z.string().min(1),
};

/** Editorial notes and gaps the editors add at given places of a witness. */
export const interventionsFile = z
  .object({
    notes: z
      .array(
        z
          .object({
            ...place,
            id: z.string().regex(/^[A-Za-z_][\w.-]*$/),
            paragraphs: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .default([]),
    gaps: z
      .array(
        z
          .object({
            ...place,
            reason: z.string().min(1),
            unit: z.string().optional(),
            quantity: z.number().int().positive().optional(),
            desc: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type Interventions = z.infer<typeof interventionsFile>;
