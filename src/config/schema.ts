import { z } from 'zod';
import { annotationConfig } from './sections/annotation.js';
import { collationConfig } from './sections/collation.js';
import { validationConfig } from './sections/validation.js';
import { renderConfig } from './sections/render.js';
import { notesConfig } from './sections/notes.js';
import { witnessIds } from './witness-ids.js';

export { notesConfig, type NotesConfig } from './sections/notes.js';

/** A siglum as the editors print it (`1818`, `Q1`, `Ms. B`): free text on one line. */
const siglum = z
  .string()
  .min(1)
  .regex(/^\S(?:[^\p{Cc}]*\S)?$/u, 'a siglum is printed text on one line, without leading or trailing spaces');
/** An XML name, for an `xml:id`. */
const xmlName = z.string().regex(/^[A-Za-z_][A-Za-z0-9._-]*$/, 'an id is a letter or "_" followed by letters, digits, ".", "_" or "-"');

export const witnessConfig = z.object({
  siglum,
  /** The witness's xml:id (default: derived from the siglum). */
  id: xmlName.optional(),
  /** Path of the plain-text witness, relative to the config file. */
  file: z.string().min(1),
  /** Short description used in listWit. */
  title: z.string().min(1),
  /** Where the text comes from: site, archive, transcription history. */
  provenance: z.string().min(1),
  url: z.string().optional(),
  /** Expected sha256 of the file; the build refuses a witness that changed. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** A fragmentary witness carries only this chapter of the base witness. */
  scope: z.object({ chapter: z.string().min(1) }).strict().optional(),
});
export type WitnessConfig = z.infer<typeof witnessConfig>;


export const editionConfig = z
  .object({
    /** The JSON Schema of the config, for completion in an editor; the toolkit ignores it. */
    $schema: z.string().optional(),
    /** Short name of the edition, used for file names and the TEI root's xml:id. */
    id: z.string().regex(/^[A-Za-z][\w-]*$/),
    /** Bibliographic facts and editorial principles for the teiHeader (JSON data). */
    header: z.string().min(1),
    witnesses: z.array(witnessConfig).min(1),
    /** Siglum (or id) of the base witness: its text and order carry the edition. */
    base: siglum,
    structure: z
      .object({
        /** Number of the first chapter of the base witness. */
        firstChapter: z.number().int().nonnegative().default(1),
        /** Editor's corrections of the structure rules, keyed by witness line (JSON data). */
        overrides: z.string().optional(),
        /** Chapter titles supplied from another source (JSON data). */
        tableOfContents: z.string().optional(),
        /** Editorial notes and gaps the editors add at given places (JSON data). */
        interventions: z.string().optional(),
      })
      .strict()
      .default({}),
    /** How notes are attributed (optional: a book without notes needs none). */
    notes: notesConfig.default({}),
    /** TEI files with listPerson / listPlace / listOrg / listBibl. */
    registers: z
      .object({
        persons: z.string().optional(),
        places: z.string().optional(),
        orgs: z.string().optional(),
        bibls: z.string().optional(),
      })
      .strict()
      .default({}),
    annotation: annotationConfig.default({}),
    collation: collationConfig.default({}),
    validation: validationConfig.default({}),
    render: renderConfig.default({}),
    output: z
      .object({
        tei: z.string().min(1),
        dir: z.string().min(1).default('output'),
      })
      .strict(),
    limits: z
      .object({
        /** Largest witness accepted, in bytes (32 MiB by default: ten times a long book; a bigger file is more likely the wrong one). */
        maxWitnessBytes: z.number().int().positive().default(32 * 1024 * 1024),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const sigla = cfg.witnesses.map((w) => w.siglum);
    sigla.forEach((s, i) => {
      if (sigla.indexOf(s) !== i) ctx.addIssue({ code: 'custom', path: ['witnesses', i, 'siglum'], message: `siglum "${s}" is used twice` });
    });
    const ids = witnessIds(cfg.witnesses);
    cfg.witnesses.forEach((w, i) => {
      if (w.id !== undefined && ids.indexOf(w.id) !== i) ctx.addIssue({ code: 'custom', path: ['witnesses', i, 'id'], message: `id "${w.id}" is used twice` });
    });
    const baseAt = baseIndex(cfg);
    if (baseAt === -1) {
      ctx.addIssue({ code: 'custom', path: ['base'], message: `base "${cfg.base}" is not the siglum of a witness (${sigla.join(', ')})` });
    }
    cfg.witnesses.forEach((w, i) => {
      if (i === baseAt && w.scope) {
        ctx.addIssue({ code: 'custom', path: ['witnesses', i, 'scope'], message: 'the base witness cannot be a fragment' });
      }
    });
  });

export type EditionConfigData = z.infer<typeof editionConfig>;

/** Index of the base witness: `base` names it by siglum, or by id. */
export const baseIndex = (cfg: { base: string; witnesses: readonly { siglum: string; id?: string | undefined }[] }): number => {
  const bySiglum = cfg.witnesses.findIndex((w) => w.siglum === cfg.base);
  return bySiglum !== -1 ? bySiglum : witnessIds(cfg.witnesses).indexOf(cfg.base);
};
