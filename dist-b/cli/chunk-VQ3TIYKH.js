import {
  annotationConfig
} from "./chunk-D75IO3B2.js";
import {
  collationConfig
} from "./chunk-MB5BZXFZ.js";
import {
  loadJsonData
} from "./chunk-SJIYLXTV.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/config/load.js
import { dirname, relative, resolve } from "node:path";
import { existsSync } from "node:fs";

// dist/config/schema.js
import { z as z4 } from "zod";

// dist/config/sections/validation.js
import { z } from "zod";
var validationConfig = z.object({
  schema: z.string().min(1).optional().describe("RELAX NG schema (tei_all) path or URL; the TEI_ALL_RNG environment variable is the fallback."),
  rules: z.string().min(1).optional().describe("Edition rules (ISO Schematron); default: the toolkit's tei/edition-rules.sch."),
  maxFileBytes: z.number().int().positive().optional().describe("Largest XML file validate, extract and render accept, in bytes (default 32 MiB)."),
  maxDepth: z.number().int().positive().optional().describe("Deepest element nesting validate, extract and render accept (default 1000)."),
  maxBlockChars: z.number().int().positive().optional().describe("Longest paragraph (p, l, ab, head, note\u2026) build and render accept, in characters of text (default 65536): the renderers' time grows with the square of a paragraph's length.")
}).strict();

// dist/config/sections/render.js
import { z as z2 } from "zod";
var renderConfig = z2.object({
  overrides: z2.string().min(1).optional().describe("A folder of the edition's own rendering rules (relative to the config): html.xsl and print.xsl imported after the toolkit's stylesheets, strings.json replacing its strings."),
  lang: z2.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/).optional().describe("The language of the outputs' own words (labels, headings): en, de; default the TEI's.")
}).passthrough();

// dist/config/sections/notes.js
import { z as z3 } from "zod";
var pointer = z3.string().regex(/^#[A-Za-z_][\w.-]*$/, 'a pointer looks like "#id"');
var noteType = z3.string().regex(/^[A-Za-z][\w-]*$/, 'a note type is a word such as "author" or "translator"').refine((t) => t !== "editorial", '"editorial" is reserved for the notes the editors add (interventions)');
var certainty = z3.enum(["high", "medium", "low", "unknown"]);
var noteRule = z3.object({
  signature: z3.string().min(1).optional().describe('Text that signs a note, e.g. "(A.B.)" or "\u2014Ed.".'),
  pattern: z3.string().min(1).optional().describe("Regular expression (Unicode) a note's text must match."),
  notes: z3.array(z3.string().min(1)).min(1).optional().describe('Numbers of notes this rule decides, as printed without brackets ("40", "*").'),
  type: noteType.describe("What the notes this rule decides are (TEI note/@type), e.g. author, translator, publisher."),
  resp: pointer.describe("Who wrote the notes this rule decides: a pointer into the registers or the header."),
  why: z3.string().min(1).optional().describe("Why the rule holds: kept for the editorial record.")
}).strict().refine((r) => r.signature !== void 0 || r.pattern !== void 0 || r.notes !== void 0, {
  message: 'say which notes the rule decides: "signature", "pattern" or "notes"'
}).superRefine((r, ctx) => {
  if (r.pattern === void 0)
    return;
  try {
    new RegExp(r.pattern, "u");
  } catch (err) {
    ctx.addIssue({ code: "custom", path: ["pattern"], message: `not a valid regular expression: ${err.message}` });
  }
});
var notesConfig = z3.object({
  rules: z3.array(noteRule).default([]).describe("Attribution rules, tried in order."),
  default: z3.object({
    type: noteType.default("author").describe("The type given to a note no rule decides."),
    resp: pointer.optional().describe("Default: the header's author pointer."),
    cert: certainty.default("medium").describe("How sure the default is for those notes (`@cert`); they are listed for review.")
  }).strict().default({}).describe('Attribution of the notes no rule decides (default: the author of the header, type "author").'),
  editorResp: pointer.default("#editor").describe("`@resp` of what the editors add: notes, gaps, supplied titles, corrections.")
}).strict();

// dist/config/witness-ids.js
function witnessIds(witnesses) {
  const taken = new Set(witnesses.flatMap((w) => w.id === void 0 ? [] : [w.id]));
  return witnesses.map((w) => {
    if (w.id !== void 0)
      return w.id;
    const stem = derivedId(w.siglum);
    let id = stem;
    for (let k = 2; taken.has(id); k++)
      id = `${stem}-${k}`;
    taken.add(id);
    return id;
  });
}
var xmlName = /^[A-Za-z_][A-Za-z0-9_-]*$/u;
function derivedId(siglum2) {
  if (xmlName.test(siglum2))
    return siglum2;
  const plain = siglum2.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[^A-Za-z0-9_]+/gu, "-").replace(/^-+|-+$/gu, "");
  if (plain === "")
    return "wit";
  return /^[A-Za-z_]/u.test(plain) ? plain : `wit-${plain}`;
}

// dist/config/schema.js
var siglum = z4.string().min(1).regex(/^\S(?:[^\p{Cc}]*\S)?$/u, "a siglum is printed text on one line, without leading or trailing spaces");
var xmlName2 = z4.string().regex(/^[A-Za-z_][A-Za-z0-9._-]*$/, 'an id is a letter or "_" followed by letters, digits, ".", "_" or "-"');
var witnessConfig = z4.object({
  siglum: siglum.describe("The siglum as the apparatus prints it (free text: 1818, Q1, Ms. B); the xml:id is derived from it unless `id` is given."),
  id: xmlName2.optional().describe("The witness's xml:id (default: derived from the siglum)."),
  file: z4.string().min(1).describe("Path of the plain-text witness, relative to the config file."),
  title: z4.string().min(1).describe("Short description used in listWit."),
  provenance: z4.string().min(1).describe("Where the text comes from: site, archive, transcription history."),
  url: z4.string().optional().describe("Where the witness can be seen (a web address), if anywhere."),
  sha256: z4.string().regex(/^[0-9a-f]{64}$/).optional().describe("Expected sha256 of the file; the build refuses a witness that changed."),
  scope: z4.object({ chapter: z4.string().min(1).describe("Number of the chapter of the base witness that the fragment carries.") }).strict().optional().describe("A fragmentary witness carries only this chapter of the base witness.")
});
var editionConfig = z4.object({
  $schema: z4.string().optional().describe("The JSON Schema of the config, for completion in an editor; the toolkit ignores it."),
  id: z4.string().regex(/^[A-Za-z][\w-]*$/).describe("Short name of the edition, used for file names and the TEI root's xml:id."),
  header: z4.string().min(1).describe("Bibliographic facts and editorial principles for the teiHeader (JSON data)."),
  witnesses: z4.array(witnessConfig).min(1).describe("The plain-text witnesses, one entry per text (any number; each complete, or a fragment with a `scope`)."),
  base: siglum.describe("Siglum (or id) of the base witness: its text and order carry the edition."),
  structure: z4.object({
    firstChapter: z4.number().int().nonnegative().default(1).describe("Number of the first chapter of the base witness."),
    overrides: z4.string().optional().describe("The editors' corrections of the structure rules, each anchored by the witness text it quotes (JSON data)."),
    tableOfContents: z4.string().optional().describe("Chapter titles supplied from another source (JSON data)."),
    interventions: z4.string().optional().describe("Editorial notes and gaps the editors add at given places (JSON data).")
  }).strict().default({}).describe("How the structure rules read the witnesses, and the editors' corrections of them."),
  notes: notesConfig.default({}).describe("How notes are attributed (optional: a book without notes needs none)."),
  registers: z4.object({
    persons: z4.string().optional().describe("TEI file with the listPerson of the edition."),
    places: z4.string().optional().describe("TEI file with the listPlace of the edition."),
    orgs: z4.string().optional().describe("TEI file with the listOrg of the edition."),
    bibls: z4.string().optional().describe("TEI file with the listBibl of periodicals and works.")
  }).strict().default({}).describe("TEI files with listPerson / listPlace / listOrg / listBibl."),
  annotation: annotationConfig.default({}).describe("Names, dates, corrections and the review report."),
  collation: collationConfig.default({}).describe("How the witnesses are collated (the options of the `collate` command too)."),
  validation: validationConfig.default({}).describe("The schema and rules the TEI is checked against, and the limits of what is read."),
  render: renderConfig.default({}).describe("The edition's own rendering rules and the language of its labels."),
  output: z4.object({
    tei: z4.string().min(1).describe("The TEI edition file (relative to the config)."),
    dir: z4.string().min(1).default("output").describe("Folder of the web edition (html/), the PDF and the review report.")
  }).strict().describe("Where the outputs go."),
  limits: z4.object({
    maxWitnessBytes: z4.number().int().positive().default(32 * 1024 * 1024).describe("Largest witness accepted, in bytes (32 MiB by default: ten times a long book; a bigger file is more likely the wrong one).")
  }).strict().default({}).describe("Limits of what the build reads.")
}).strict().superRefine((cfg, ctx) => {
  const sigla = cfg.witnesses.map((w) => w.siglum);
  sigla.forEach((s, i) => {
    if (sigla.indexOf(s) !== i)
      ctx.addIssue({ code: "custom", path: ["witnesses", i, "siglum"], message: `siglum "${s}" is used twice` });
  });
  const ids = witnessIds(cfg.witnesses);
  cfg.witnesses.forEach((w, i) => {
    if (w.id !== void 0 && ids.indexOf(w.id) !== i)
      ctx.addIssue({ code: "custom", path: ["witnesses", i, "id"], message: `id "${w.id}" is used twice` });
  });
  const baseAt = baseIndex(cfg);
  if (baseAt === -1) {
    ctx.addIssue({ code: "custom", path: ["base"], message: `base "${cfg.base}" is not the siglum of a witness (${sigla.join(", ")})` });
  }
  cfg.witnesses.forEach((w, i) => {
    if (i === baseAt && w.scope) {
      ctx.addIssue({ code: "custom", path: ["witnesses", i, "scope"], message: "the base witness cannot be a fragment" });
    }
  });
});
var baseIndex = (cfg) => {
  const bySiglum = cfg.witnesses.findIndex((w) => w.siglum === cfg.base);
  return bySiglum !== -1 ? bySiglum : witnessIds(cfg.witnesses).indexOf(cfg.base);
};

// dist/config/load.js
var resolveFromConfig = (config, path) => resolve(config.root, path);
var displayPath = (config, path, cwd = process.cwd()) => relative(cwd, resolve(config.root, path)) || path;
function loadConfig(file, cwd = process.cwd()) {
  const path = resolve(cwd, file);
  if (!existsSync(path)) {
    throw new EditionError([
      error({
        message: `edition config not found: ${file}`,
        rule: "config-missing",
        stage: "config",
        file,
        hint: `create it (see README, "Start an edition of another book") or pass --config FILE`
      })
    ]);
  }
  const data = loadJsonData(path, file, editionConfig, "config");
  const config = { ...data, root: dirname(path), configFile: file };
  const missing = [
    ["header", config.header],
    ...config.witnesses.map((w) => [`witness ${w.siglum}`, w.file]),
    ["structure.overrides", config.structure.overrides],
    ["structure.tableOfContents", config.structure.tableOfContents],
    ["structure.interventions", config.structure.interventions],
    ...Object.entries(config.registers).map(([k, v]) => [`registers.${k}`, v]),
    ["annotation.corrections", config.annotation.corrections],
    ["annotation.rules", config.annotation.rules]
  ].filter((entry) => typeof entry[1] === "string" && !existsSync(resolveFromConfig(config, entry[1])));
  if (missing.length > 0) {
    throw new EditionError(missing.map(([what, p]) => error({
      message: `${what}: file not found: ${p}`,
      rule: "config-file-missing",
      stage: "config",
      file,
      hint: "paths in the config are relative to the config file"
    })));
  }
  return config;
}

export {
  renderConfig,
  witnessIds,
  witnessConfig,
  editionConfig,
  baseIndex,
  resolveFromConfig,
  displayPath,
  loadConfig
};
