import { collationOptions } from '../config/sections/collation.js';
import { z } from 'zod';
import { checkRules, correctionRule, rulesFile } from '../annotate/data.js';
import { editionConfig, witnessConfig } from '../config/schema.js';
import { annotationConfig } from '../config/sections/annotation.js';
import { collationConfig } from '../config/sections/collation.js';
import { renderConfig } from '../config/sections/render.js';
import { witnessIds } from '../config/witness-ids.js';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';
import { ingestWitness } from '../ingest/read-witness.js';
import { headerData } from '../model/header.js';
import type { Register, RegisterKind } from '../model/register.js';
import type { Witness } from '../model/witness.js';
import { parseRegister } from '../registers/load.js';
import { interventionsFile, overridesFile, tableOfContentsFile } from '../structure/data-files.js';
import { noteAttribution } from '../structure/notes.js';
import { readRules } from './read.js';
import type { EditionSource } from './source.js';

const configShape = editionConfig.innerType().shape;

/** A witness given in memory: its siglum as printed and its text (a string, or bytes decoded strictly as UTF-8). */
const witnessInput = witnessConfig
  .omit({ file: true, title: true, provenance: true })
  .extend({
    text: z.union([z.string(), z.instanceof(Uint8Array)]),
    /** Name of the witness in messages (default: its siglum). */
    file: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    provenance: z.string().min(1).optional(),
  })
  .strict();

/**
 * An edition held in memory: what the config and its files hold, as values. Only the
 * witnesses and the header are required.
 */
export const editionInput = z
  .object({
    id: configShape.id.default('edition'),
    witnesses: z.array(witnessInput).min(1),
    /** Siglum or id of the base witness (default: the first). */
    base: z.string().min(1).optional(),
    header: headerData,
    /** Registers as TEI text (a document whose standOff holds the list). */
    registers: z.object({ persons: z.string(), places: z.string(), orgs: z.string(), bibls: z.string() }).partial().strict().default({}),
    structure: z
      .object({
        firstChapter: z.number().int().nonnegative().default(1),
        overrides: overridesFile.optional(),
        tableOfContents: tableOfContentsFile.optional(),
        interventions: interventionsFile.optional(),
      })
      .strict()
      .default({}),
    notes: configShape.notes,
    annotation: annotationConfig
      .omit({ corrections: true, rules: true })
      .extend({ corrections: z.array(correctionRule).default([]), rules: rulesFile.optional() })
      .default({}),
    collation: collationConfig.default({}),
    /** The language of the outputs' own words (labels, headings); render overrides need a folder, so a build from a config. */
    render: z.object({ lang: renderConfig.shape.lang }).strict().default({}),
    /** More edition rules (ISO Schematron text), run after the toolkit's. */
    rules: z.array(z.object({ text: z.string(), file: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type EditionInput = z.input<typeof editionInput>;

/** Zod's complaints as diagnostics naming the key. */
const inputProblems = (issues: readonly z.ZodIssue[]): Diagnostic[] =>
  issues.map((issue) =>
    error({ message: `${issue.path.length ? `"${issue.path.join('.')}": ` : ''}${issue.message}`, rule: 'input-schema', stage: 'config', file: '<input>' }),
  );

/**
 * The read stage for an edition in memory: the same checks as for files (schema of every
 * section, strict decoding, checksums, registers), nothing read from or written to the edition's
 * disk. Only the toolkit's own default rules are read from its package.
 */
export function sourceFromInput(input: EditionInput): EditionSource {
  const parsed = editionInput.safeParse(input);
  if (!parsed.success) throw new EditionError(inputProblems(parsed.error.issues));
  const data = parsed.data;
  const ids = witnessIds(data.witnesses);
  const baseAt = data.base === undefined ? 0 : data.witnesses.findIndex((w, i) => w.siglum === data.base || ids[i] === data.base);
  if (baseAt === -1) {
    throw new EditionError([error({ message: `base "${data.base}" is not the siglum of a witness`, rule: 'input-schema', stage: 'config', file: '<input>' })]);
  }
  const diagnostics: Diagnostic[] = [];
  const fatal: Diagnostic[] = [];
  const witnesses: Witness[] = [];
  data.witnesses.forEach((w, i) => {
    const bytes = typeof w.text === 'string' ? new TextEncoder().encode(w.text) : w.text;
    try {
      const r = ingestWitness({ ...w, id: ids[i]!, title: w.title ?? w.siglum, provenance: w.provenance ?? 'given in memory' }, bytes, w.file ?? w.siglum);
      witnesses.push(r.witness);
      diagnostics.push(...r.diagnostics);
    } catch (err) {
      if (!(err instanceof EditionError)) throw err;
      fatal.push(...err.diagnostics);
    }
  });
  if (fatal.length > 0) throw new EditionError([...diagnostics, ...fatal]);
  const taken = new Map<string, string>();
  const registers: Register[] = (['persons', 'places', 'orgs', 'bibls'] as const satisfies readonly RegisterKind[]).flatMap((kind) => {
    const text = data.registers[kind];
    return text === undefined ? [] : [parseRegister(kind, text, `registers.${kind}`, taken)];
  });
  const s = data.structure;
  const a = data.annotation;
  return {
    id: data.id,
    header: data.header,
    witnesses,
    base: ids[baseAt]!,
    structure: {
      firstChapter: s.firstChapter,
      notes: noteAttribution(data.notes, data.header.author.ref),
      editorResp: data.notes.editorResp,
      overrides: s.overrides ?? {},
      ...(s.tableOfContents ? { toc: s.tableOfContents } : {}),
      interventions: s.interventions ?? { notes: [], gaps: [] },
    },
    collation: collationOptions(data.collation, (path) => {
      throw new EditionError([
        error({ message: `collation.regularize names a file (${path}), but an edition held in memory reads no file`, rule: 'memory-file-reference', stage: 'config', hint: 'give the regularisation table inline, as an object' }),
      ]);
    }),
    registers,
    annotation: {
      corrections: a.corrections,
      ...(a.rules ? { rules: checkRules(a.rules, 'annotation.rules') } : {}),
      dates: a.dates,
      unknownNames: a.review.unknownNames,
      nearMiss: a.review.nearMiss,
      highlightMarks: a.highlighting,
      editorResp: data.notes.editorResp,
      signatures: data.notes.rules.flatMap((r) => (r.signature ? [r.signature] : [])),
    },
    render: { ...(data.render.lang ? { lang: data.render.lang } : {}), ...(data.collation.hide?.length ? { hiddenVariants: data.collation.hide } : {}) },
    rules: [...readRules(undefined), ...data.rules],
    diagnostics,
  };
}
