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
  siglum: siglum.describe('The siglum as the apparatus prints it (free text: 1818, Q1, Ms. B); the xml:id is derived from it unless `id` is given.'),
  id: xmlName.optional().describe('The witness\'s xml:id (default: derived from the siglum).'),
  file: z.string().min(1).describe('Path of the plain-text witness, relative to the config file.'),
  title: z.string().min(1).describe('Short description used in listWit.'),
  provenance: z.string().min(1).describe('Where the text comes from: site, archive, transcription history.'),
  url: z.string().optional().describe('Where the witness can be seen (a web address), if anywhere.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('Expected sha256 of the file; the build refuses a witness that changed.'),
  scope: z.object({ chapter: z.string().min(1).describe('Number of the chapter of the base witness that the fragment carries.') }).strict().optional().describe('A fragmentary witness carries only this chapter of the base witness.'),
}).strict();
export type WitnessConfig = z.infer<typeof witnessConfig>;


export const editionConfig = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of the config, for completion in an editor; the toolkit ignores it.'),
    id: z.string().regex(/^[A-Za-z][\w-]*$/).describe('Short name of the edition, used for file names and the TEI root\'s xml:id.'),
    header: z.string().min(1).describe('Bibliographic facts and editorial principles for the teiHeader (JSON data).'),
    witnesses: z.array(witnessConfig).min(1).describe('The plain-text witnesses, one entry per text (any number; each complete, or a fragment with a `scope`).'),
    base: siglum.describe('Siglum (or id) of the base witness: its text and order carry the edition.'),
    structure: z
      .object({
        firstChapter: z.number().int().nonnegative().default(1).describe('Number of the first chapter of the base witness.'),
        overrides: z.string().optional().describe('The editors\' corrections of the structure rules, each anchored by the witness text it quotes (JSON data).'),
        tableOfContents: z.string().optional().describe('Chapter titles supplied from another source (JSON data).'),
        interventions: z.string().optional().describe('Editorial notes and gaps the editors add at given places (JSON data).'),
      })
      .strict()
      .default({}).describe('How the structure rules read the witnesses, and the editors\' corrections of them.'),
    notes: notesConfig.default({}).describe('How notes are attributed (optional: a book without notes needs none).'),
    registers: z
      .object({
        persons: z.string().optional().describe('TEI file with the listPerson of the edition.'),
        places: z.string().optional().describe('TEI file with the listPlace of the edition.'),
        orgs: z.string().optional().describe('TEI file with the listOrg of the edition.'),
        bibls: z.string().optional().describe('TEI file with the listBibl of periodicals and works.'),
      })
      .strict()
      .default({}).describe('TEI files with listPerson / listPlace / listOrg / listBibl.'),
    annotation: annotationConfig.default({}).describe('Names, dates, corrections and the review report.'),
    collation: collationConfig.default({}).describe('How the witnesses are collated (the options of the `collate` command too).'),
    validation: validationConfig.default({}).describe('The schema and rules the TEI is checked against, and the limits of what is read.'),
    render: renderConfig.default({}).describe('The edition\'s own rendering rules and the language of its labels.'),
    output: z
      .object({
        tei: z.string().min(1).describe('The TEI edition file (relative to the config).'),
        dir: z.string().min(1).default('output').describe('Folder of the web edition (html/), the PDF and the review report.'),
      })
      .strict().describe('Where the outputs go.'),
    limits: z
      .object({
        maxWitnessBytes: z.number().int().positive().default(32 * 1024 * 1024).describe('Largest witness accepted, in bytes (32 MiB by default: ten times a long book; a bigger file is more likely the wrong one).'),
      })
      .strict()
      .default({}).describe('Limits of what the build reads.'),
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
