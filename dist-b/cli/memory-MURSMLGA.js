import {
  headerData,
  ingestWitness,
  interventionsFile,
  noteAttribution,
  overridesFile,
  readRules,
  tableOfContentsFile
} from "./chunk-XNNTYGFN.js";
import "./chunk-GYKKQXB4.js";
import "./chunk-C7KK3ANL.js";
import {
  checkRules,
  correctionRule,
  rulesFile
} from "./chunk-RPS2I6FC.js";
import {
  parseRegister
} from "./chunk-FHX7AUZT.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import {
  editionConfig,
  renderConfig,
  witnessConfig,
  witnessIds
} from "./chunk-VQ3TIYKH.js";
import {
  annotationConfig
} from "./chunk-D75IO3B2.js";
import {
  collationConfig,
  collationOptions
} from "./chunk-MB5BZXFZ.js";
import "./chunk-SJIYLXTV.js";
import "./chunk-OUC5V77I.js";
import "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/pipeline/memory.js
import { z } from "zod";
var configShape = editionConfig.innerType().shape;
var witnessInput = witnessConfig.omit({ file: true, title: true, provenance: true }).extend({
  text: z.union([z.string(), z.instanceof(Uint8Array)]),
  /** Name of the witness in messages (default: its siglum). */
  file: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  provenance: z.string().min(1).optional()
}).strict();
var editionInput = z.object({
  id: configShape.id.default("edition"),
  witnesses: z.array(witnessInput).min(1),
  /** Siglum or id of the base witness (default: the first). */
  base: z.string().min(1).optional(),
  header: headerData,
  /** Registers as TEI text (a document whose standOff holds the list). */
  registers: z.object({ persons: z.string(), places: z.string(), orgs: z.string(), bibls: z.string() }).partial().strict().default({}),
  structure: z.object({
    firstChapter: z.number().int().nonnegative().default(1),
    overrides: overridesFile.optional(),
    tableOfContents: tableOfContentsFile.optional(),
    interventions: interventionsFile.optional()
  }).strict().default({}),
  notes: configShape.notes,
  annotation: annotationConfig.omit({ corrections: true, rules: true }).extend({ corrections: z.array(correctionRule).default([]), rules: rulesFile.optional() }).default({}),
  collation: collationConfig.default({}),
  /** The language of the outputs' own words (labels, headings); render overrides need a folder, so a build from a config. */
  render: z.object({ lang: renderConfig.shape.lang }).strict().default({}),
  /** More edition rules (ISO Schematron text), run after the toolkit's. */
  rules: z.array(z.object({ text: z.string(), file: z.string().min(1) }).strict()).default([])
}).strict();
var inputProblems = (issues) => issues.map((issue) => error({ message: `${issue.path.length ? `"${issue.path.join(".")}": ` : ""}${issue.message}`, rule: "input-schema", stage: "config", file: "<input>" }));
function sourceFromInput(input) {
  const parsed = editionInput.safeParse(input);
  if (!parsed.success)
    throw new EditionError(inputProblems(parsed.error.issues));
  const data = parsed.data;
  const ids = witnessIds(data.witnesses);
  const baseAt = data.base === void 0 ? 0 : data.witnesses.findIndex((w, i) => w.siglum === data.base || ids[i] === data.base);
  if (baseAt === -1) {
    throw new EditionError([error({ message: `base "${data.base}" is not the siglum of a witness`, rule: "input-schema", stage: "config", file: "<input>" })]);
  }
  const diagnostics = [];
  const fatal = [];
  const witnesses = [];
  data.witnesses.forEach((w, i) => {
    const bytes = typeof w.text === "string" ? new TextEncoder().encode(w.text) : w.text;
    try {
      const r = ingestWitness({ ...w, id: ids[i], title: w.title ?? w.siglum, provenance: w.provenance ?? "given in memory" }, bytes, w.file ?? w.siglum);
      witnesses.push(r.witness);
      diagnostics.push(...r.diagnostics);
    } catch (err) {
      if (!(err instanceof EditionError))
        throw err;
      fatal.push(...err.diagnostics);
    }
  });
  if (fatal.length > 0)
    throw new EditionError([...diagnostics, ...fatal]);
  const registers = ["persons", "places", "orgs", "bibls"].flatMap((kind) => {
    const text = data.registers[kind];
    return text === void 0 ? [] : [parseRegister(kind, text, `registers.${kind}`)];
  });
  const s = data.structure;
  const a = data.annotation;
  return {
    id: data.id,
    header: data.header,
    witnesses,
    base: ids[baseAt],
    structure: {
      firstChapter: s.firstChapter,
      notes: noteAttribution(data.notes, data.header.author.ref),
      editorResp: data.notes.editorResp,
      overrides: s.overrides ?? {},
      ...s.tableOfContents ? { toc: s.tableOfContents } : {},
      interventions: s.interventions ?? { notes: [], gaps: [] }
    },
    collation: collationOptions(data.collation, (path) => {
      throw new EditionError([
        error({ message: `collation.regularize names a file (${path}), but an edition held in memory reads no file`, rule: "memory-file-reference", stage: "config", hint: "give the regularisation table inline, as an object" })
      ]);
    }),
    registers,
    annotation: {
      corrections: a.corrections,
      ...a.rules ? { rules: checkRules(a.rules, "annotation.rules") } : {},
      dates: a.dates,
      unknownNames: a.review.unknownNames,
      nearMiss: a.review.nearMiss,
      editorResp: data.notes.editorResp,
      signatures: data.notes.rules.flatMap((r) => r.signature ? [r.signature] : [])
    },
    render: data.render.lang ? { lang: data.render.lang } : {},
    rules: [...readRules(void 0), ...data.rules],
    diagnostics
  };
}
export {
  editionInput,
  sourceFromInput
};
