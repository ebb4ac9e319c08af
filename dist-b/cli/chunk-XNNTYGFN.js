import {
  readEditionRules
} from "./chunk-GYKKQXB4.js";
import {
  defaultEditionRulesFile
} from "./chunk-C7KK3ANL.js";
import {
  checkRules,
  correctionsFile,
  rulesFile,
  sliceSpan
} from "./chunk-RPS2I6FC.js";
import {
  loadRegister
} from "./chunk-FHX7AUZT.js";
import {
  decodeWitness
} from "./chunk-U4WJMERX.js";
import {
  baseIndex,
  displayPath,
  loadConfig,
  resolveFromConfig,
  witnessIds
} from "./chunk-VQ3TIYKH.js";
import {
  collationOptions,
  regularizationTable
} from "./chunk-MB5BZXFZ.js";
import {
  loadJsonData
} from "./chunk-SJIYLXTV.js";
import {
  lineStarts
} from "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error,
  hasErrors,
  info,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/pipeline/read.js
import { resolve } from "node:path";

// dist/ingest/read-witness.js
import { readFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
function ingestWitness(source, bytes, file, recorded) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const diagnostics = [];
  if (source.sha256 && source.sha256 !== sha256) {
    diagnostics.push(error({
      message: `witness ${source.siglum} has changed: sha256 is ${sha256}, the config expects ${source.sha256}`,
      rule: "ingest-checksum",
      stage: "ingest",
      file,
      hint: "restore the original file, or update sha256 in the config if the change is intended"
    }));
  }
  const decoded = decodeWitness(bytes, file);
  diagnostics.push(...decoded.diagnostics);
  if (hasErrors(diagnostics))
    throw new EditionError(diagnostics);
  const witness = {
    siglum: source.siglum,
    id: source.id,
    file,
    ...recorded !== void 0 ? { source: recorded } : {},
    title: source.title,
    provenance: source.provenance,
    ...source.url !== void 0 ? { url: source.url } : {},
    ...source.scope !== void 0 ? { scope: source.scope } : {},
    text: decoded.text,
    lineStarts: lineStarts(decoded.text),
    byteLength: bytes.length,
    sha256,
    hadBom: decoded.hadBom,
    lineEnding: decoded.lineEnding
  };
  return { witness, diagnostics };
}
function readWitness(source, options) {
  const { path, file, maxBytes } = options;
  let size;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new EditionError([
      error({
        message: `cannot read witness ${source.siglum}: ${err.code ?? String(err)}`,
        rule: "ingest-unreadable",
        stage: "ingest",
        file
      })
    ]);
  }
  if (size > maxBytes) {
    throw new EditionError([
      error({
        message: `witness ${source.siglum} has ${size} bytes, more than the limit of ${maxBytes}`,
        rule: "ingest-too-large",
        stage: "ingest",
        file,
        hint: "raise limits.maxWitnessBytes in the edition config if this is intended"
      })
    ]);
  }
  return ingestWitness(source, readFileSync(path), file, options.source);
}

// dist/model/header.js
import { z } from "zod";
var sourceBibl = z.object({
  id: z.string().regex(/^[A-Za-z_][\w.-]*$/).describe("Id of the source (an XML name), for pointers such as a supplied title's @source."),
  label: z.string().describe('One-line description, e.g. "First edition, London, 1818, volume I".'),
  title: z.string().optional().describe("Title of the source."),
  author: z.string().optional().describe("Its author, as the source prints it."),
  publisher: z.string().optional().describe("Its publisher."),
  pubPlace: z.string().optional().describe("Its place of publication."),
  date: z.string().optional().describe("Its date as written."),
  when: z.string().optional().describe("ISO form of `date` (for `@when`)."),
  language: z.string().optional().describe("Its language (BCP 47 code)."),
  note: z.string().optional().describe("Anything more about it.")
});
var responsibility = z.object({
  id: z.string().regex(/^[A-Za-z_][\w.-]*$/).describe("Id of the responsibility (an XML name): the target of @resp pointers."),
  resp: z.string().describe('What they did ("edited and encoded by").'),
  name: z.string().describe("Who did it."),
  kind: z.enum(["person", "org"]).default("person").describe("Person or organisation.")
});
var headerData = z.object({
  title: z.string().describe("Title of the work."),
  subtitle: z.string().optional().describe("Subtitle of this edition."),
  author: z.object({ name: z.string().describe("The author's name as the title page prints it."), ref: z.string().regex(/^#/).describe(`Pointer to the author's entry in the register of persons ("#id").`) }).describe("The author: name as printed and a pointer into the register of persons."),
  responsibilities: z.array(responsibility).min(1).describe('Who does what in this digital edition (the `editor` id is the target of `@resp="#editor"`).'),
  edition: z.string().describe("The statement of this digital edition (name and version)."),
  publisher: z.string().describe("Who publishes the digital edition."),
  pubPlace: z.string().optional().describe("Where it is published."),
  licence: z.object({ target: z.string().describe("Address of the licence text."), text: z.string().describe("The licence in a sentence or two.") }).describe("The licence of the edition."),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).describe("The date of this digital edition (a fixed value, so rebuilds are identical)."),
  sources: z.array(sourceBibl).min(1).describe("The printed editions and other sources the edition rests on."),
  principles: z.record(z.string(), z.array(z.string()).min(1)).describe("Sections of the editorial declaration: normalization, segmentation, notes, quotation, correction\u2026"),
  language: z.object({ ident: z.string().describe("BCP 47 code (en, de, fr \u2026)."), name: z.string().describe("The language's name, as the header prints it.") }).describe("The language of the text."),
  workDate: z.object({ when: z.string().describe("ISO year or date."), text: z.string().describe("The date as the header prints it.") }).optional().describe("When the work was written (ISO)."),
  projectDesc: z.string().optional().describe("What the digital edition is and why it was made (TEI projectDesc).")
}).strict();

// dist/structure/data-files.js
import { z as z2 } from "zod";
var blockRoles = [
  "paratext",
  "running-head",
  "footer",
  "subtitle",
  "heading",
  "p",
  "quote",
  "list-item",
  "speech",
  "epigraph",
  "epigraph-bibl",
  "signed",
  "break",
  "note",
  // a division's printed heading ("CHAPTER IV.") and the title under it
  "division-heading",
  "division-title",
  "verse",
  // plays: a speech with its speaker, a stage direction between speeches
  "drama-speech",
  "stage",
  // letters: opener (address, dateline, salute) and closer (valediction, then "signed")
  "address",
  "dateline",
  "salute",
  "valediction",
  // a notes section at the end of the book, and the chapter headings that key its notes
  "notes-heading",
  "notes-key"
];
var lineHint = z2.number().int().positive();
var override = z2.object({
  text: z2.string().min(1).describe("Text of the block (a snippet of it, quoted as it stands in the witness)."),
  line: lineHint.optional().describe("Line hint: where the editor saw the text (only tells several occurrences apart)."),
  until: z2.string().min(1).optional().describe("For a run of blocks: text of its last block."),
  untilLine: lineHint.optional().describe("Line hint for `until`."),
  role: z2.enum(blockRoles).optional(),
  chapterStart: z2.boolean().optional().describe("Force (true) or forbid (false) a chapter break before the block."),
  resp: z2.string().regex(/^#[A-Za-z_][\w.-]*$/).optional().describe(`For paratext: who wrote it (a pointer such as "#website"), since it is not the author's text.`),
  why: z2.string().min(1).describe("Why the rules are overridden here: kept for the editorial record.")
}).strict().refine((o) => o.role !== void 0 || o.chapterStart !== void 0, 'say what to override: "role" or "chapterStart"');
var overridesFile = z2.record(z2.string(), z2.array(override));
var tableOfContentsFile = z2.object({
  source: z2.string().regex(/^[A-Za-z_][\w.-]*$/).describe("Id of the source in the header data (e.g. the printed table of contents the titles come from)."),
  reason: z2.string().default("lost").describe("Why the titles are supplied (TEI `supplied/@reason`)."),
  chapters: z2.record(z2.string(), z2.string().min(1)).describe("Chapter number \u2192 title, for the chapters whose witness prints none.")
}).strict();
var place = {
  wit: z2.string().describe("The witness (siglum or id)."),
  /** The intervention goes right after this text of the witness (quoted as it stands). */
  after: z2.string().min(1).describe("The text, quoted as it stands in the witness, after which the intervention goes."),
  /** Where the editor saw it: tells several occurrences apart. */
  line: lineHint.optional().describe("Line hint: where the editor saw the text (only tells several occurrences apart).")
};
var interventionsFile = z2.object({
  notes: z2.array(z2.object({
    ...place,
    id: z2.string().regex(/^[A-Za-z_][\w.-]*$/).describe("Id of the note (an XML name)."),
    paragraphs: z2.array(z2.string().min(1)).min(1).describe("The note's paragraphs.")
  }).strict()).default([]).describe("Editorial notes the editors add (TEI note type editorial)."),
  gaps: z2.array(z2.object({
    ...place,
    reason: z2.string().min(1).describe("Why the text is missing (TEI gap/@reason)."),
    unit: z2.string().optional().describe("Unit of the extent (e.g. page, line)."),
    quantity: z2.number().int().positive().optional().describe("How many units are missing."),
    desc: z2.string().min(1).describe("What is missing, in a sentence.")
  }).strict()).default([]).describe("Gaps: text a witness lacks, described by the editors (TEI gap).")
}).strict();

// dist/structure/rules/note-styles.js
var superscripts = "\u2070\xB9\xB2\xB3\u2074\u2075\u2076\u2077\u2078\u2079";
var labelAtStart = new RegExp(String.raw`^(?:\[(\d+)\]|(\(\d{1,3}\))|(\*{1,3}|[†‡§])|([${superscripts}]+))(?=\s|$)`, "u");
function noteLabelAt(line) {
  const m = labelAtStart.exec(line);
  if (!m)
    return void 0;
  if (m[3] !== void 0 && /^[\s*]+$/u.test(line))
    return void 0;
  return { key: m[1] ?? m[2] ?? m[3] ?? m[4], length: m[0].length };
}
function idKey(key) {
  if (/^\d+$/u.test(key))
    return key;
  if (/^\(\d+\)$/u.test(key))
    return `p${key.slice(1, -1)}`;
  if ([...key].every((c) => superscripts.includes(c)))
    return `s${[...key].map((c) => superscripts.indexOf(c)).join("")}`;
  const names = { "*": "ast", "\u2020": "dag", "\u2021": "ddag", "\xA7": "sect" };
  return `${names[key[0]] ?? "mark"}${key.length > 1 ? key.length : ""}`;
}
var markerTextOf = (key) => /^\d+$/u.test(key) ? `[${key}]` : key;
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
function markersIn(line, otherKeys) {
  const out = [];
  for (const m of line.matchAll(/\[(\d+)\]/gu))
    out.push({ at: m.index, length: m[0].length, key: m[1] });
  const others = [...otherKeys].filter((k) => !/^\d+$/u.test(k)).sort((a, b) => b.length - a.length);
  if (others.length > 0) {
    const re = new RegExp(others.map(escape).join("|"), "gu");
    for (const m of line.matchAll(re)) {
      const before = line[m.index - 1];
      const after = line[m.index + m[0].length];
      if (before === void 0 || /\s/u.test(before)) {
        if (!m[0].startsWith("("))
          continue;
      }
      if (after !== void 0 && after === m[0][m[0].length - 1] && /[*†‡§]/u.test(after))
        continue;
      out.push({ at: m.index, length: m[0].length, key: m[0] });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
var citesKey = (lines, key) => lines.some((l) => markersIn(l, /* @__PURE__ */ new Set([key])).some((m) => m.key === key));

// dist/structure/source-lines.js
function sourceLines(w) {
  const out = [];
  const { text, lineStarts: lineStarts2 } = w;
  for (let i = 0; i < lineStarts2.length; i++) {
    const start = lineStarts2[i];
    const next = lineStarts2[i + 1];
    out.push({ wit: w.id, n: i + 1, text: text.slice(start, next === void 0 ? text.length : next - 1), offset: start });
  }
  return out;
}
var isBlank = (line) => line.text.trim() === "";
var pointIn = (line, index) => ({
  line: line.n,
  column: index + 1,
  offset: line.offset + index
});
var spanIn = (line, from, to) => ({
  wit: line.wit,
  start: pointIn(line, from),
  end: pointIn(line, to)
});
var lineId = (prefix, wit, line) => `${prefix}-${wit}${/\d$/u.test(wit) ? "-" : ""}${line}`;

// dist/structure/inline-builder.js
var lineStart = (parts) => ({
  kind: "lb",
  lines: parts.map((l) => ({ wit: l.wit, line: l.n }))
});
function textOf(parts, from, to) {
  return { kind: "text", value: parts[0].text.slice(from, to), src: parts.map((l) => spanIn(l, from, to)) };
}
function lineInlines(parts, insertions, from = 0) {
  const out = [lineStart(parts)];
  const text = parts[0].text;
  let pos = from;
  for (const ins of [...insertions].sort((a, b) => a.at - b.at || a.length - b.length)) {
    if (ins.at < pos)
      continue;
    if (ins.at > pos)
      out.push(textOf(parts, pos, ins.at));
    out.push(ins.node(parts.map((l) => spanIn(l, ins.at, ins.at + ins.length))));
    pos = ins.at + ins.length;
  }
  if (pos < text.length)
    out.push(textOf(parts, pos, text.length));
  return out;
}
function markerInsertions(line, resolve2, keys = /* @__PURE__ */ new Set()) {
  return markersIn(line, keys).map((m) => ({
    at: m.at,
    length: m.length,
    node: (src) => resolve2(m.key, src)
  }));
}
function whitespaceLines(lines) {
  return lines.flatMap((l) => l.text === "" ? [lineStart([l])] : [lineStart([l]), textOf([l], 0, l.text.length)]);
}
function splitRunAt(run, offset) {
  const before = [];
  const after = [];
  let seen = 0;
  for (const node of run) {
    if (seen >= offset) {
      after.push(node);
      continue;
    }
    if (node.kind !== "text") {
      before.push(node);
      continue;
    }
    const len = node.value.length;
    if (seen + len <= offset) {
      before.push(node);
      seen += len;
      continue;
    }
    const cut = offset - seen;
    const slice = (a, b) => ({
      kind: "text",
      value: node.value.slice(a, b),
      src: node.src.map((s) => sliceSpan(s, a, b))
    });
    if (cut > 0)
      before.push(slice(0, cut));
    after.push(slice(cut, len));
    seen += len;
  }
  return [before, after];
}

// dist/structure/unit-inlines.js
var unitLine = (unit, i) => unit.parts.map((p) => p.block.lines[i]);
var unitLineCount = (unit) => unit.parts[0].block.lines.length;
var leadingInlines = (unit) => unit.parts.flatMap((p) => whitespaceLines(p.block.leading));
var trailingInlines = (unit) => unit.parts.flatMap((p) => whitespaceLines(p.block.trailing));
function linesInlines(unit, insertionsFor, from = 0, to = unitLineCount(unit)) {
  const out = [];
  for (let i = from; i < to; i++) {
    const parts = unitLine(unit, i);
    out.push(...lineInlines(parts, insertionsFor(parts, i)));
  }
  return out;
}
var unitInlines = (unit, insertionsFor) => [
  ...leadingInlines(unit),
  ...linesInlines(unit, insertionsFor),
  ...trailingInlines(unit)
];

// dist/structure/notes.js
var at = (ctx, unit) => {
  const first = unit.parts[0].block;
  return { file: ctx.fileOf(first.wit), line: first.lines[0].n, column: 1 };
};
function collectNotes(noteUnits, ctx) {
  const defs = /* @__PURE__ */ new Map();
  const loose = [];
  let current;
  for (const u of noteUnits) {
    if (u.noteN !== void 0) {
      const existing = defs.get(u.noteN);
      if (existing) {
        ctx.diagnostics.push(error({
          message: `two notes numbered [${u.noteN}] in one chapter (the first at line ${existing.units[0].parts[0].block.lines[0].n})`,
          rule: "note-duplicate-number",
          stage: "structure",
          ...at(ctx, u),
          hint: "renumber one of them, or mark one as a continuation in the overrides file"
        }));
        current = void 0;
        loose.push(u);
        continue;
      }
      current = { n: u.noteN, units: [u] };
      defs.set(u.noteN, current);
    } else if (current)
      current.units.push(u);
    else
      loose.push(u);
  }
  return { defs, loose };
}
var noteAttribution = (notes, authorRef) => ({
  rules: notes.rules,
  default: { type: notes.default.type, resp: notes.default.resp ?? authorRef, cert: notes.default.cert }
});
function attribute(def, ctx) {
  const text = def.units.map((u) => u.parts[0].block.lines.map((l) => l.text).join(" ")).join(" ");
  return attributeText(def.n, text, def.units[0].parts[0].block.lines[0], ctx);
}
function attributeText(n, text, first, ctx) {
  for (const [k, rule] of ctx.notes.rules.entries()) {
    const id = `note-rule-${k + 1}`;
    if (rule.notes?.includes(n))
      return { type: rule.type, resp: rule.resp, rule: id };
    if (rule.pattern !== void 0 && new RegExp(rule.pattern, "u").test(text))
      return { type: rule.type, resp: rule.resp, rule: id };
    if (rule.signature === void 0)
      continue;
    const i = text.lastIndexOf(rule.signature);
    if (i === -1)
      continue;
    const after = text.slice(i + rule.signature.length).trim();
    if (after !== "") {
      ctx.diagnostics.push(info({
        message: `note [${n}] has text after the signature ${rule.signature}: "${after}"; attributed by the signature`,
        rule: "note-text-after-signature",
        stage: "structure",
        file: ctx.fileOf(first.wit),
        line: first.n,
        column: 1
      }));
    }
    return { type: rule.type, resp: rule.resp, rule: id };
  }
  const d = ctx.notes.default;
  ctx.review.push({
    rule: "note-attribution-default",
    message: `no attribution rule decides who wrote note [${n}]; given to ${d.resp} (type ${d.type}, cert ${d.cert}). Add a rule to the notes section of the config (a signature, a pattern, or the note's number)`,
    text: text.length > 80 ? `${text.slice(0, 79)}\u2026` : text,
    at: spanIn(first, 0, 0),
    file: ctx.fileOf(first.wit)
  });
  return { type: d.type, resp: d.resp, cert: d.cert, rule: "note-default" };
}
function unitSpans(unit) {
  return unit.parts.map((p) => {
    const first = p.block.lines[0];
    const last = p.block.lines[p.block.lines.length - 1];
    return { wit: first.wit, start: spanIn(first, 0, 0).start, end: spanIn(last, last.text.length, last.text.length).end };
  });
}
function noteNode(def, id, ctx, marker, content = unitInlines) {
  const { type, resp, cert, rule } = attribute(def, ctx);
  const blocks = def.units.map((u, k) => {
    const labelled = k === 0;
    const children = content(u, (parts, i) => {
      if (!labelled || i !== 0)
        return [];
      const length = noteLabelAt(parts[0].text)?.length ?? 0;
      if (length === 0)
        return [];
      return [{ at: 0, length, node: () => ({ kind: "label", children: [textOf(parts, 0, length)] }) }];
    });
    return { kind: "p", id: `${id}-p${k + 1}`, src: unitSpans(u), rule: u.rule, children };
  });
  const lastSpans = unitSpans(def.units[def.units.length - 1]);
  const src = unitSpans(def.units[0]).map((s, w) => ({ ...s, end: lastSpans[w]?.end ?? s.end }));
  return {
    kind: "note",
    id,
    n: def.n,
    noteType: type,
    resp,
    ...cert ? { cert } : {},
    attribution: rule,
    ...marker ? { marker, markerText: markerTextOf(def.n) } : {},
    blocks,
    src
  };
}
function orphanMarker(n, src, ctx) {
  const s = src[0];
  ctx.diagnostics.push(warning({
    message: `note marker [${n}] has no note [${n}] in its chapter; kept as text`,
    rule: "note-orphan-marker",
    stage: "structure",
    file: ctx.fileOf(s.wit),
    line: s.start.line,
    column: s.start.column,
    hint: "add the note to the chapter's note block, or ignore if the brackets are not a note marker"
  }));
  return { kind: "text", value: `[${n}]`, src };
}
function reportUncited(def, ctx) {
  ctx.diagnostics.push(warning({
    message: `note [${def.n}] is not cited by any marker in its chapter; placed at the end of the chapter`,
    rule: "note-without-marker",
    stage: "structure",
    ...at(ctx, def.units[0]),
    hint: `add the marker [${def.n}] where the note belongs`
  }));
}
var inlineNote = /\((\d{1,3})\.\s[^()]*\)/gu;
function inlineNoteNode(id, n, children, line, text, ctx, src) {
  const { type, resp, cert, rule } = attributeText(n, text, line, ctx);
  return {
    kind: "note",
    id,
    n,
    noteType: type,
    resp,
    ...cert ? { cert } : {},
    attribution: rule,
    place: "inline",
    blocks: [{ kind: "p", id: `${id}-p1`, src: [...src], rule: "note-inline", children }],
    src
  };
}

// dist/pipeline/read.js
function readWitnesses(config, cwd = process.cwd()) {
  const diagnostics = [];
  const witnesses = [];
  const fatal = [];
  const ids = witnessIds(config.witnesses);
  config.witnesses.forEach((wc, i) => {
    try {
      const r = readWitness({ ...wc, id: ids[i] }, { path: resolveFromConfig(config, wc.file), file: displayPath(config, wc.file, cwd), source: wc.file.split("\\").join("/"), maxBytes: config.limits.maxWitnessBytes });
      witnesses.push(r.witness);
      diagnostics.push(...r.diagnostics);
    } catch (err) {
      if (!(err instanceof EditionError))
        throw err;
      fatal.push(...err.diagnostics);
    }
  });
  if (fatal.length)
    throw new EditionError([...diagnostics, ...fatal]);
  return { witnesses, diagnostics };
}
function readRegisters(config, cwd = process.cwd()) {
  const order = ["persons", "places", "orgs", "bibls"];
  return order.flatMap((kind) => {
    const file = config.registers[kind];
    return file ? [loadRegister(kind, resolveFromConfig(config, file), displayPath(config, file, cwd))] : [];
  });
}
function readRules(config, cwd = process.cwd()) {
  const read = (path, file) => ({ text: readEditionRules(path, file), file });
  const rules = [read(defaultEditionRulesFile, "edition-rules.sch (tei-edition)")];
  const own = config?.validation.rules;
  if (config && own !== void 0 && resolveFromConfig(config, own) !== defaultEditionRulesFile) {
    rules.push(read(resolveFromConfig(config, own), displayPath(config, own, cwd)));
  }
  return rules;
}
function schemaOf(config, env = process.env) {
  const named = config.validation.schema;
  if (named !== void 0)
    return { schema: /^(https?|file):/i.test(named) ? named : resolveFromConfig(config, named) };
  return env.TEI_ALL_RNG ? { schema: env.TEI_ALL_RNG } : {};
}
function rulesFiles(config) {
  const own = config.validation.rules;
  const ownPath = own === void 0 ? void 0 : resolveFromConfig(config, own);
  return ownPath === void 0 || ownPath === defaultEditionRulesFile ? [defaultEditionRulesFile] : [defaultEditionRulesFile, ownPath];
}
function readEdition(configFile, options = {}) {
  const config = loadConfig(configFile, options.cwd);
  const files = options.files ?? [];
  files.push(resolve(options.cwd ?? process.cwd(), configFile));
  return { source: readConfigured(config, { ...options, files }), config, files };
}
function readConfigured(config, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const shown = (path) => displayPath(config, path, cwd);
  const read = (path) => {
    const full = resolveFromConfig(config, path);
    options.files?.push(full);
    return full;
  };
  const data = (path, schema, stage) => path === void 0 ? void 0 : loadJsonData(read(path), shown(path), schema, stage);
  const header = loadJsonData(read(config.header), shown(config.header), headerData, "config");
  for (const w of config.witnesses)
    read(w.file);
  for (const kind of ["persons", "places", "orgs", "bibls"])
    if (config.registers[kind])
      read(config.registers[kind]);
  const { witnesses, diagnostics } = readWitnesses(config, cwd);
  const s = config.structure;
  const a = config.annotation;
  const corrections = data(a.corrections, correctionsFile, "annotate");
  const rules = data(a.rules, rulesFile, "annotate");
  const source = {
    id: config.id,
    header,
    witnesses,
    base: witnesses[baseIndex(config)].id,
    structure: {
      firstChapter: s.firstChapter,
      notes: noteAttribution(config.notes, header.author.ref),
      editorResp: config.notes.editorResp,
      overrides: data(s.overrides, overridesFile, "structure") ?? {},
      ...s.overrides ? { overridesFile: shown(s.overrides) } : {},
      ...s.tableOfContents ? { toc: data(s.tableOfContents, tableOfContentsFile, "structure") } : {},
      interventions: data(s.interventions, interventionsFile, "structure") ?? { notes: [], gaps: [] },
      ...s.interventions ? { interventionsFile: shown(s.interventions) } : {}
    },
    collation: collationOptions(config.collation, (path) => data(path, regularizationTable, "structure")),
    registers: readRegisters(config, cwd),
    annotation: {
      corrections: corrections?.corrections ?? [],
      ...a.corrections ? { correctionsFile: shown(a.corrections) } : {},
      ...rules && a.rules ? { rules: checkRules(rules, shown(a.rules)) } : {},
      dates: a.dates,
      unknownNames: a.review.unknownNames,
      nearMiss: a.review.nearMiss,
      editorResp: config.notes.editorResp,
      signatures: config.notes.rules.flatMap((r) => r.signature ? [r.signature] : [])
    },
    render: {
      ...config.render.overrides ? { overrides: resolveFromConfig(config, config.render.overrides) } : {},
      ...config.render.lang ? { lang: config.render.lang } : {},
      ...config.validation.maxBlockChars !== void 0 ? { maxBlockChars: config.validation.maxBlockChars } : {}
    },
    rules: readRules(config, cwd),
    ...schemaOf(config),
    diagnostics
  };
  options.files?.push(...rulesFiles(config));
  return source;
}

export {
  ingestWitness,
  headerData,
  overridesFile,
  tableOfContentsFile,
  interventionsFile,
  noteLabelAt,
  idKey,
  markerTextOf,
  citesKey,
  sourceLines,
  isBlank,
  spanIn,
  lineId,
  textOf,
  markerInsertions,
  splitRunAt,
  unitLineCount,
  leadingInlines,
  trailingInlines,
  linesInlines,
  unitInlines,
  collectNotes,
  noteAttribution,
  noteNode,
  orphanMarker,
  reportUncited,
  inlineNote,
  inlineNoteNode,
  readWitnesses,
  readRegisters,
  readRules,
  schemaOf,
  rulesFiles,
  readEdition,
  readConfigured
};
