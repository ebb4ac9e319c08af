import {
  collate,
  containerRank,
  divisionKey,
  isBareHeadingLine,
  isCapitalTitle,
  isTitleLine,
  readHeading
} from "./chunk-QAKEBZFL.js";
import {
  TEI_NS,
  XmlElement,
  attrs,
  pointer,
  pointers
} from "./chunk-2MOXC7SH.js";
import {
  serializeDocument
} from "./chunk-JNV3NUDD.js";
import {
  checkPointers,
  checkXmlIds,
  loadEditionRules,
  prepareEditionRules
} from "./chunk-TCKGUMOL.js";
import {
  parseXml,
  runSchematron
} from "./chunk-6X4NNZP2.js";
import {
  checkText
} from "./chunk-K2OCRGVA.js";
import {
  buildOutputs,
  lazyEdition,
  renderEdition,
  renderKey,
  staged,
  startPrint,
  teiKey
} from "./chunk-DDKTI24A.js";
import {
  annotate,
  annotateText,
  findAnchor,
  forEachInline,
  isHit,
  mapBlocks,
  mapRun,
  plainText,
  proposalKinds,
  proposeReview
} from "./chunk-QI2GOOYI.js";
import "./chunk-47X6PU6O.js";
import "./chunk-NSLVMCY5.js";
import "./chunk-6Q2N5OIY.js";
import "./chunk-XUFZYTNG.js";
import {
  blockTooLong,
  defaultIntakeLimits,
  longestBlock,
  syntaxDiagnostics
} from "./chunk-HWWVQCMZ.js";
import "./chunk-56R55J5G.js";
import "./chunk-ZKZ6LJFI.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-NQLUTXVE.js";
import "./chunk-TCSM6RUB.js";
import {
  toolkitName,
  toolkitVersion
} from "./chunk-S4UXEFF5.js";
import {
  citesKey,
  collectNotes,
  idKey,
  inlineNote,
  inlineNoteNode,
  isBlank,
  leadingInlines,
  lineId,
  linesInlines,
  markerInsertions,
  markerTextOf,
  noteLabelAt,
  noteNode,
  orphanMarker,
  readEdition,
  reportUncited,
  sourceLines,
  spanIn,
  splitRunAt,
  textOf,
  trailingInlines,
  unitInlines,
  unitLineCount
} from "./chunk-XNNTYGFN.js";
import "./chunk-GYKKQXB4.js";
import "./chunk-C7KK3ANL.js";
import {
  sliceSpan
} from "./chunk-RPS2I6FC.js";
import "./chunk-FHX7AUZT.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-VQ3TIYKH.js";
import "./chunk-D75IO3B2.js";
import "./chunk-MB5BZXFZ.js";
import "./chunk-SJIYLXTV.js";
import "./chunk-OUC5V77I.js";
import "./chunk-T54CWHVJ.js";
import {
  EditionError,
  atSpan,
  error,
  hasErrors,
  info,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/annotate/propose-thread.js
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function workerFile() {
  const here = fileURLToPath(new URL("./propose-worker.js", import.meta.url));
  const file = import.meta.url.endsWith(".ts") ? fileURLToPath(new URL("../../dist/annotate/propose-worker.js", import.meta.url)) : here;
  return existsSync(file) ? file : void 0;
}
function startProposalThread() {
  const file = workerFile();
  if (!file)
    return void 0;
  const worker = new Worker(file);
  worker.unref();
  let failed;
  let closed = false;
  worker.on("error", (err) => failed = err);
  return {
    propose(input) {
      if (failed !== void 0)
        return Promise.resolve(proposeReview(input));
      worker.ref();
      return new Promise((resolve) => {
        let settled = false;
        const done = (items) => {
          if (settled)
            return;
          settled = true;
          resolve(closed ? [] : items());
          void worker.terminate();
        };
        worker.once("message", (reply) => done(() => reply.items ?? proposeReview(input)));
        worker.once("error", () => done(() => proposeReview(input)));
        worker.once("exit", () => done(() => proposeReview(input)));
        worker.postMessage(input);
      });
    },
    close() {
      closed = true;
      void worker.terminate();
    }
  };
}

// dist/collate/edition-inlines.js
var cutEdges = /* @__PURE__ */ new Map();
var lineStart = (lines3) => ({
  kind: "lb",
  lines: lines3.map((l) => {
    const cut = cutEdges.get(l);
    return { wit: l.wit, line: l.n, ...cut?.lead ? { indent: cut.lead } : {}, ...cut?.trail ? { trailing: cut.trail } : {} };
  })
});
var kept = (line) => {
  const cut = cutEdges.get(line);
  return cut ? line.text.slice(cut.lead, line.text.length - cut.trail) : line.text;
};
function locate(copy, i) {
  let rest = i;
  for (const line of copy.lines) {
    const length = kept(line).length;
    if (rest <= length)
      return { line, col: rest + (cutEdges.get(line)?.lead ?? 0) };
    rest -= length + 1;
  }
  const last = copy.lines[copy.lines.length - 1];
  return { line: last, col: last.text.length - (cutEdges.get(last)?.trail ?? 0) };
}
function edgesOf(text) {
  const lead = /^ */u.exec(text)[0].length;
  const trail = lead === text.length ? 0 : / *$/u.exec(text)[0].length;
  return { lead, trail };
}
function cutDifferingEdges(parts) {
  const edges = parts.map((p) => p.lines.map((l) => edgesOf(l.text)));
  const n = parts[0].lines.length;
  const agree = parts.every((p, k) => p.lines.length === n && edges[k].every((e, i) => e.lead === edges[0][i].lead && e.trail === edges[0][i].trail));
  const startsDiffer = agree && parts[0].lines.some((l, i) => edges[0][i].lead > 0 && parts.some((p) => p.lines[i].text[edges[0][i].lead] !== l.text[edges[0][i].lead]));
  if (agree && !startsDiffer)
    return false;
  if (parts.some((p) => p.lines.some((l) => /^[ ]*\t|\t[ ]*$/u.test(l.text))))
    return false;
  parts.forEach((p, k) => p.lines.forEach((l, i) => cutEdges.set(l, edges[k][i])));
  return true;
}
var spanOf = (copy, from, to) => {
  const a = locate(copy, from);
  const b = locate(copy, to);
  return {
    wit: copy.wit,
    start: { line: a.line.n, column: a.col + 1, offset: a.line.offset + a.col },
    end: { line: b.line.n, column: b.col + 1, offset: b.line.offset + b.col }
  };
};
function shared(copies, ranges) {
  const first = copies[0];
  const r0 = ranges[0];
  const text = first.text.slice(r0.start, r0.end);
  const out = [];
  let from = 0;
  const piece = (a, b) => {
    if (b > a)
      out.push({ kind: "text", value: text.slice(a, b), src: copies.map((c, k) => spanOf(c, ranges[k].start + a, ranges[k].start + b)) });
  };
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    piece(from, i);
    out.push(lineStart(copies.map((c, k) => locate(c, ranges[k].start + i + 1).line)));
    from = i + 1;
  }
  piece(from, text.length);
  return out;
}
function spacingOnly(copies, ranges, idPrefix2, base) {
  const runs = copies.map((c, k) => {
    const r = ranges[k];
    const slice = c.text.slice(r.start, r.end);
    const lead = /^\s*/u.exec(slice)[0].length;
    const parts = [{ start: r.start, end: r.start + lead, space: true }];
    for (const m of slice.slice(lead).matchAll(/(\S+)(\s*)/gu)) {
      const at = r.start + lead + m.index;
      parts.push({ start: at, end: at + m[1].length, space: false });
      parts.push({ start: at + m[1].length, end: at + m[0].length, space: true });
    }
    return parts;
  });
  const n = runs[0].length;
  if (runs.some((rs) => rs.length !== n))
    return void 0;
  const out = [];
  for (let i = 0; i < n; i++) {
    const at = runs.map((rs) => rs[i]);
    const texts = at.map((a, k) => copies[k].text.slice(a.start, a.end));
    if (texts.every((t) => t === texts[0])) {
      out.push(...shared(copies, at));
      continue;
    }
    if (!at.every((a) => a.space))
      return void 0;
    const breaks = texts.map((t) => t === "\n");
    if (breaks.some(Boolean) && texts.every((t) => t === " " || t === "\n")) {
      const spaced = at.flatMap((a, k) => breaks[k] ? [] : [{ k, a }]);
      out.push({ kind: "text", value: " ", src: spaced.map(({ k, a }) => spanOf(copies[k], a.start, a.end)) });
      const wrapped = copies.flatMap((c, k) => breaks[k] ? [locate(c, at[k].end).line] : []);
      out.push({ ...lineStart(wrapped), wrap: true });
      continue;
    }
    const forms = /* @__PURE__ */ new Map();
    texts.forEach((t, k) => forms.set(t, [...forms.get(t) ?? [], k]));
    const readings = [...forms].map(([, ks]) => ({
      lemma: ks.some((k) => copies[k].wit === base),
      wit: ks.map((k) => copies[k].wit),
      children: shared(ks.map((k) => copies[k]), ks.map((k) => at[k]))
    }));
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    out.push({ kind: "app", id: `${idPrefix2}${i}`, variantType: "whitespace", readings });
  }
  return out;
}
var trailingSpace = (text, r) => /\s*$/u.exec(text.slice(r.start, r.end))[0].length;
function collatedInlines(parts, baseWitness, idPrefix2, options = {}) {
  cutEdges.clear();
  cutDifferingEdges(parts);
  try {
    return collatedCopies(parts, baseWitness, idPrefix2, options);
  } finally {
    cutEdges.clear();
  }
}
function collatedCopies(parts, baseWitness, idPrefix2, options) {
  const copies = parts.map((p) => ({ wit: p.wit, lines: p.lines, text: p.lines.map(kept).join("\n") }));
  const base = baseWitness;
  const typedAgainst = copies.some((c) => c.wit === base) ? base : copies[0].wit;
  const collation = collate(copies.map((c) => ({ siglum: c.wit, text: c.text })), { ...options, base: typedAgainst });
  const out = [lineStart(copies.map((c) => c.lines[0]))];
  const ranges = collation.places.map((p) => copies.map((c) => ({ ...p.ranges[c.wit] })));
  collation.places.forEach((p, i) => {
    const next = collation.places[i + 1];
    if (p.kind !== "agreement" || next?.kind !== "variant")
      return;
    copies.forEach((c, k) => {
      const r = ranges[i][k];
      const moved = trailingSpace(c.text, r);
      r.end -= moved;
      ranges[i + 1][k].start -= moved;
    });
  });
  collation.places.forEach((place, i) => {
    const at = ranges[i];
    const slices = copies.map((c, k) => c.text.slice(at[k].start, at[k].end));
    if (slices.every((t) => t === slices[0])) {
      out.push(...shared(copies, at));
      return;
    }
    if (place.kind === "agreement") {
      const spaced = spacingOnly(copies, at, `${idPrefix2}ws${out.length}-`, base);
      if (spaced) {
        out.push(...spaced);
        return;
      }
    }
    const groups = place.kind === "variant" ? place.readings.map((r) => ({ wits: r.witnesses, type: r.type })) : [];
    const byWords = groups.length > 0 ? groups : [...new Set(slices)].map((t) => ({ wits: copies.filter((_, k) => slices[k] === t).map((c) => c.wit), type: void 0 }));
    const readings = byWords.map((g, gi) => {
      const ks = copies.flatMap((c, k) => g.wits.includes(c.wit) ? [k] : []);
      const cs = ks.map((k) => copies[k]);
      const rs = ks.map((k) => at[k]);
      const same = ks.every((k) => slices[k] === slices[ks[0]]);
      const children = slices[ks[0]] === "" && same ? [] : same ? shared(cs, rs) : spacingOnly(cs, rs, `${idPrefix2}${place.id ?? `ws${out.length}`}-${gi}-`, base) ?? shared(cs, rs);
      return {
        lemma: cs.some((c) => c.wit === base),
        wit: cs.map((c) => c.wit),
        ...g.type ? { variantType: g.type } : {},
        children
      };
    });
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    const app = {
      kind: "app",
      id: `${idPrefix2}${place.id ?? `ws${out.length}`}`,
      variantType: place.kind === "variant" && place.type ? place.type : "whitespace",
      ...place.corresp?.length ? { corresp: place.corresp.map((c) => `${idPrefix2}${c}`) } : {},
      readings
    };
    out.push(app);
  });
  return out;
}

// dist/collate/relation.js
var list = (xs) => xs.length < 3 ? xs.join(" and ") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
function sameText(div, options) {
  if (div.witnesses.length < 2)
    return void 0;
  let variants = 0;
  const frames = [];
  for (const b of div.blocks) {
    if (b.kind !== "app")
      continue;
    if (b.variantType === "frame")
      frames.push(...b.readings.filter((r) => r.blocks.length > 0).flatMap((r) => r.wit));
    else
      variants++;
  }
  forEachInline(div.blocks, (node) => {
    if (node.kind === "app" && node.variantType !== "whitespace")
      variants++;
  });
  if (variants > 0)
    return void 0;
  const printed = (w) => options.siglumOf?.(w) ?? w;
  const wits = div.witnesses;
  const names = (w) => [w, printed(w)];
  const own = [...new Set(frames)].map(printed);
  const known = (options.relations ?? []).filter((r) => wits.every((w) => names(w).some((n) => r.witnesses.includes(n))) || r.witnesses.every((n) => wits.some((w) => names(w).includes(n))));
  const text = [
    `Witnesses ${list(wits.map(printed))} have the same text in this chapter: collated word by word, they differ in no word, spelling or punctuation mark${own.length ? `; what only ${own.length === 1 ? `witness ${own[0]} has` : `witnesses ${list(own)} have`} around the text (a running head or footer) is recorded apart` : ""}.`,
    ...known.map((r) => r.note)
  ].join(" ");
  return { wit: wits, type: "relation", text };
}
function stateRelations(divs, options) {
  return divs.map((div) => {
    if (div.divType !== "chapter")
      return { ...div, blocks: div.blocks.map((b) => b.kind === "div" ? stateRelations([b], options)[0] : b) };
    const relation = sameText(div, options);
    const i = div.blocks.findIndex((b) => b.kind === "app");
    if (!relation || i === -1)
      return div;
    const app = div.blocks[i];
    return { ...div, blocks: [...div.blocks.slice(0, i), { ...app, details: [...app.details ?? [], relation] }, ...div.blocks.slice(i + 1)] };
  });
}

// dist/collate/edition.js
function placeMarkers(node, wit, pending) {
  const span = node.src.find((s) => s.wit === wit);
  if (!span)
    return [node];
  const here = pending.filter((m) => m.offset >= span.start.offset && m.offset + m.length <= span.end.offset);
  if (here.length === 0)
    return [node];
  const out = [];
  const slice = (a, b) => ({ kind: "text", value: node.value.slice(a, b), src: node.src.map((s) => sliceSpan(s, a, b)) });
  let pos = 0;
  for (const m of here.sort((a, b) => a.offset - b.offset)) {
    pending.splice(pending.indexOf(m), 1);
    const at = m.offset - span.start.offset;
    if (at > pos)
      out.push(slice(pos, at));
    const src = node.src.map((s) => sliceSpan(s, at, at + m.length));
    out.push(m.node.kind === "note" ? { ...m.node, marker: src } : m.node.kind === "text" ? { ...m.node, src } : m.node);
    pos = at + m.length;
  }
  if (pos < node.value.length)
    out.push(slice(pos, node.value.length));
  return out;
}
function withMarkers(run, wit, pending) {
  if (pending.length === 0)
    return [...run];
  return run.flatMap((n) => {
    if (n.kind === "text")
      return placeMarkers(n, wit, pending);
    if (n.kind === "app")
      return [{ ...n, readings: n.readings.map((r) => ({ ...r, children: withMarkers(r.children, wit, pending) })) }];
    return [n];
  });
}
function collateEdition(edition, options) {
  const diagnostics = [];
  const expand = (v, ctx) => {
    const first = v.copies[0].wit;
    const collated = collatedInlines(v.copies, options.base, v.idPrefix, options.collation);
    const pending = v.markers.map((m) => ({ ...m, node: mapRun([m.node], rewrite, ctx)[0] }));
    const placed = withMarkers(collated, first, pending);
    for (const m of pending) {
      const line = v.copies[0].lines.find((l) => m.offset >= l.offset && m.offset <= l.offset + l.text.length);
      const file = options.fileOf?.(first) ?? first;
      const start = line && { line: line.n, column: m.offset - line.offset + 1, offset: m.offset };
      diagnostics.push(warning({
        message: "a note marker falls inside a place of variation; its note is placed after the passage",
        rule: "note-marker-in-variant",
        stage: "collate",
        ...start ? atSpan({ wit: first, start, end: { ...start, column: start.column + m.length, offset: start.offset + m.length } }, file) : { file }
      }));
      placed.push(m.node);
    }
    return placed;
  };
  const rewrite = (run, ctx) => run.some((n) => n.kind === "variation") ? run.flatMap((n) => n.kind === "variation" ? expand(n, ctx) : [n]) : run;
  const collateDivisions = (divs) => mapBlocks(divs, rewrite);
  const front = collateDivisions(edition.front);
  const relations = { base: options.base, ...options.collation?.relations ? { relations: options.collation.relations } : {}, ...options.siglumOf ? { siglumOf: options.siglumOf } : {} };
  const body = stateRelations(collateDivisions(edition.body), relations);
  return { ...edition, front, body, diagnostics: [...edition.diagnostics, ...diagnostics] };
}

// dist/model/edition.js
var witnessFile = (edition, wit) => edition.witnesses.find((w) => w.id === wit)?.file ?? wit;

// dist/structure/rules/text-patterns.js
var terminal = /[.,;:!?…]$/u;
var closers = /[\s"'”’»)\]]+$/u;
var maxHeadingLength = 100;
function isHeadingLike(line) {
  if (line.length > maxHeadingLength + 10)
    return false;
  const t = line.trim().replace(/\s*\[\d+\]$/u, "");
  if (t === "" || t.length > maxHeadingLength || t.startsWith("["))
    return false;
  const end = t.replace(closers, "");
  if (end === "")
    return false;
  return !terminal.test(end);
}
var isParenthesised = (line) => /^\(.+\)$/u.test(line.trim());
var isSectionBreak = (line) => /^[ \t]*(?:\*(?:[ \t]*\*){2,}|⁂)[ \t]*$/u.test(line);
function listNumber(line) {
  const m = /^(\d{1,3})[.)](?:\s|\p{Lu})/u.exec(line);
  return m ? Number(m[1]) : void 0;
}
function speakerOf(line) {
  const m = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}):\s+\S/u.exec(line);
  return m ? m[1] : void 0;
}
var isSignatureName = (line) => /^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*$/u.test(line.trim());
var hasYear = (line) => /(?:^|\D)(1\d{3}|20\d{2})(?:\D|$)/u.test(line);
var endsWithColon = (text) => /:\s*$/u.test(text);
function trailingCitation(text) {
  const m = /\s\(([^()]*(?:No\.\s?\d+|(?:1\d{3}|20\d{2}))[^()]*)\)\s*$/u.exec(text);
  return m ? m.index + 1 : void 0;
}

// dist/structure/units.js
import { diffArrays } from "diff";

// dist/structure/raw-blocks.js
var blockText = (b) => b.lines.map((l) => l.text).join("\n");
function splitBlocks(lines3) {
  const blocks = [];
  let current = [];
  let blank = 0;
  let pendingBlank = 0;
  let leading = [];
  let pendingLeading = [];
  const flush = () => {
    if (current.length)
      blocks.push({ wit: current[0].wit, lines: current, blankBefore: pendingBlank, leading: pendingLeading, trailing: [] });
    current = [];
  };
  for (const line of lines3) {
    if (isBlank(line)) {
      if (current.length) {
        flush();
        blank = 0;
        leading = [];
      }
      blank++;
      if (line.text !== "")
        leading.push(line);
      continue;
    }
    if (!current.length) {
      pendingBlank = blank;
      pendingLeading = leading;
      blank = 0;
      leading = [];
    }
    current.push(line);
  }
  flush();
  const last = blocks[blocks.length - 1];
  if (last) {
    const lastLine = last.lines[last.lines.length - 1].n;
    blocks[blocks.length - 1] = { ...last, trailing: lines3.filter((l) => l.n > lastLine) };
  }
  return blocks;
}
function splitHeadingLines(blocks, isHeadingLine) {
  const splittable = (b) => b.lines.length >= 3 && isHeadingLine(b.lines[0].text) && !isHeadingLine(b.lines[1].text);
  if (blocks.filter(splittable).length < 2)
    return [...blocks];
  return blocks.flatMap((b) => {
    if (!splittable(b))
      return [b];
    const head = { ...b, lines: [b.lines[0]], trailing: [] };
    const body = { wit: b.wit, lines: b.lines.slice(1), blankBefore: 0, leading: [], trailing: b.trailing };
    return [head, body];
  });
}

// dist/structure/units.js
var unitOf = (c) => ({
  parts: [c],
  role: c.role,
  rule: c.rule,
  chapterStart: c.chapterStart,
  ...c.noteN !== void 0 ? { noteN: c.noteN } : {},
  ...c.noteOf !== void 0 ? { noteOf: c.noteOf } : {}
});
var unitWitnesses = (u) => u.parts.map((p) => p.block.wit);
var frame = /* @__PURE__ */ new Set(["paratext", "running-head", "footer"]);
var key = (u) => {
  const c = "parts" in u ? u.parts[0] : u;
  return frame.has(c.role) ? `\0frame:${c.block.wit}:${c.block.lines[0].n}` : blockText(c.block);
};
var words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function headingWithoutNumber(text) {
  if (text.includes("\n"))
    return void 0;
  const h = readHeading(text);
  if (!h?.numberAt)
    return void 0;
  return `${h.level}:${text.slice(0, h.numberAt[0])}#${text.slice(h.numberAt[1])}`.toLowerCase().replace(/[^\p{L}\p{N}#:]+/gu, "");
}
function sameBlock(a, b) {
  if (a === b)
    return true;
  if (a.startsWith("\0frame") || b.startsWith("\0frame"))
    return false;
  const ha = headingWithoutNumber(a);
  const hb = headingWithoutNumber(b);
  if (ha !== void 0 || hb !== void 0)
    return ha === hb;
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0)
    return false;
  const counts = /* @__PURE__ */ new Map();
  for (const w of wa)
    counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return 2 * common / (wa.length + wb.length) >= 0.6;
}
var unitDiffers = (u) => {
  const text = blockText(u.parts[0].block);
  return u.parts.some((p) => blockText(p.block) !== text);
};
function mergeUnits(base, other) {
  const changes = diffArrays(base.map(key), other.map(key), { comparator: sameBlock });
  const out = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k++) {
      if (change.added)
        out.push(unitOf(other[j++]));
      else if (change.removed)
        out.push(base[i++]);
      else {
        const u = base[i++];
        out.push({ ...u, parts: [...u.parts, other[j++]] });
      }
    }
  }
  return out;
}

// dist/structure/interventions.js
function placeInterventions(data, witnesses, file) {
  const diagnostics = [];
  const place = (entries, kind) => entries.flatMap((e, k) => {
    const what = `${kind}[${k}]`;
    const w = witnesses.find((x) => x.siglum === e.wit || x.id === e.wit);
    if (!w) {
      diagnostics.push(error({ message: `${what} in ${file} names witness "${e.wit}", which the config does not have`, rule: "intervention-unknown-witness", stage: "structure", file }));
      return [];
    }
    const hit = findAnchor(w, { text: e.after, ...e.line !== void 0 ? { line: e.line } : {} }, { file, what, stage: "structure" });
    if (!isHit(hit)) {
      diagnostics.push(hit);
      return [];
    }
    return [{ ...e, place: hit }];
  });
  return { placed: { notes: place(data.notes, "notes"), gaps: place(data.gaps, "gaps") }, diagnostics };
}
var InterventionIndex = class {
  ctx;
  byLine = /* @__PURE__ */ new Map();
  constructor(ctx) {
    this.ctx = ctx;
    for (const g of ctx.interventions.gaps) {
      this.add(g.place, `gap after "${g.after}"`, () => ({
        kind: "gap",
        reason: g.reason,
        ...g.unit !== void 0 ? { unit: g.unit } : {},
        ...g.quantity !== void 0 ? { quantity: g.quantity } : {},
        desc: g.desc,
        resp: ctx.editorResp
      }));
    }
    for (const n of ctx.interventions.notes) {
      this.add(n.place, `editorial note ${n.id}`, () => ({
        kind: "note",
        id: n.id,
        noteType: "editorial",
        resp: ctx.editorResp,
        blocks: n.paragraphs.map((text, k) => ({
          kind: "p",
          id: `${n.id}-p${k + 1}`,
          src: [],
          children: [{ kind: "ed", value: text }]
        })),
        src: []
      }));
    }
  }
  /** The intervention goes right after its text, on the line where that text ends. */
  add(place, what, node) {
    const key2 = `${place.wit}:${place.end.line}`;
    const list3 = this.byLine.get(key2) ?? [];
    list3.push({ at: place.end.column - 1, node, used: false, what });
    this.byLine.set(key2, list3);
  }
  insertions(parts) {
    const out = [];
    for (const line of parts) {
      for (const entry of this.byLine.get(`${line.wit}:${line.n}`) ?? []) {
        if (entry.used)
          continue;
        entry.used = true;
        out.push({ at: entry.at, length: 0, node: entry.node });
      }
    }
    return out;
  }
  /** Interventions found in the witness but on no line the edition gives (a dropped block) are errors. */
  reportUnused() {
    for (const [key2, list3] of this.byLine) {
      for (const e of list3.filter((x) => !x.used)) {
        const [wit, line] = key2.split(":");
        this.ctx.diagnostics.push(error({
          message: `${e.what}: its text, on line ${line} of witness ${wit}, is on no line of the edition's text`,
          rule: "intervention-stale",
          stage: "structure",
          file: this.ctx.interventionsFile ?? this.ctx.fileOf(wit),
          hint: "anchor the intervention on text of the edition (not on paratext of another witness)"
        }));
      }
    }
  }
};

// dist/structure/rules/drama.js
var speakerWord = String.raw`(?:\p{Lu}[\p{Ll}'’]*|\p{Lu}[\p{Lu}'’-]+)\.?`;
var speakerPrefix = new RegExp(String.raw`^(\s*)((?:\d\.\s?|(?:First|Second|Third|FIRST|SECOND|THIRD|1st|2nd|3rd)\s)?${speakerWord}(?:\s(?:and|AND|&|${speakerWord})){0,3}\.)(?=\s|$)`, "u");
var bracketed = /^\s*(?:\[[^\]]*\]?|\([^)]*\)?)\s*$/u;
var directionVerb = /^\s*[[(_]*(?:Enter|Re-enter|Reenter|Exit|Exeunt|Manet|Manent|Flourish|Alarum|Sennet|Thunder)\b/u;
var isStageDirection = (line) => bracketed.test(line) || directionVerb.test(line);
function speakerLabel(line) {
  const m = speakerPrefix.exec(line);
  if (!m || readHeading(line) !== void 0)
    return void 0;
  const label = m[2];
  if (/^(?:I|A|O|Oh|Ah|Mr|Mrs|Dr|St|No|Yes|Ay|Nay)\.$/u.test(label))
    return void 0;
  if (directionVerb.test(label))
    return void 0;
  return { label: label.replace(/\.$/u, ""), at: m[1].length, end: m[1].length + label.length };
}
function castOf(blocks) {
  const counts = /* @__PURE__ */ new Map();
  const alone = /* @__PURE__ */ new Set();
  for (const lines3 of blocks) {
    const indent = lines3[0].length - lines3[0].trimStart().length;
    lines3.forEach((line, k) => {
      if (k > 0 && line.length - line.trimStart().length !== indent)
        return;
      const s = speakerLabel(line);
      if (!s)
        return;
      counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
      if (k === 0 && line.slice(s.end).trim() === "" && lines3.length > 1)
        alone.add(s.label);
    });
  }
  const cast = new Set([...counts].filter(([l, n]) => n >= 2 || alone.has(l)).map(([label]) => label));
  const speeches = [...counts].filter(([l]) => cast.has(l)).reduce((a, [, n]) => a + n, 0);
  return speeches >= 3 && cast.size >= 2 && speeches * 4 >= blocks.length || alone.size >= 2 ? cast : /* @__PURE__ */ new Set();
}
function speechStart(line, cast) {
  const s = speakerLabel(line);
  return s && (cast.has(s.label) || line.slice(s.end).trim() === "") ? s : void 0;
}
var isStageBlock = (lines3) => lines3.every(isStageDirection) || lines3.length <= 3 && directionVerb.test(lines3[0]) && speakerLabel(lines3[0]) === void 0 || /^\s*[[(]/u.test(lines3[0]) && /[\])][._]*\s*$/u.test(lines3[lines3.length - 1]) && !lines3.slice(1, -1).some((l) => /[\])]\s*$/u.test(l));
function isVerseSpeech(lines3) {
  const text = lines3.filter((l) => l.trim() !== "" && !isStageDirection(l));
  if (text.length < 2)
    return false;
  const capitals = text.filter((l) => /^\s*[[(]?[\p{Lu}'‘"“]/u.test(l.trim())).length;
  return text.every((l) => l.trim().length <= 62) && capitals / text.length >= 0.6;
}

// dist/structure/constructs.js
var sameLineCount = (unit) => unit.parts.every((p) => p.block.lines.length === unit.parts[0].block.lines.length);
function subUnit(unit, from, to) {
  return {
    ...unit,
    parts: unit.parts.map((p) => {
      const n = p.block.lines.length;
      return {
        ...p,
        block: {
          ...p.block,
          lines: p.block.lines.slice(from, to),
          leading: from === 0 ? p.block.leading : [],
          trailing: to >= n ? p.block.trailing : []
        }
      };
    })
  };
}
var lineSpans = (unit, i) => unit.parts.map((p) => {
  const l = p.block.lines[Math.min(i, p.block.lines.length - 1)];
  return spanIn(l, 0, l.text.length);
});
function verseLines(unit, content) {
  const first = unit.parts[0].block.lines[0];
  if (!sameLineCount(unit))
    return [{ id: lineId("l", first.wit, first.n), children: content(unit), src: lineSpans(unit, 0) }];
  return unit.parts[0].block.lines.map((line, i) => ({ id: lineId("l", line.wit, line.n), children: content(subUnit(unit, i, i + 1)), src: lineSpans(unit, i) }));
}
function lineGroup(id, units, content, src, rule) {
  return { kind: "lg", id, src, rule, stanzas: units.map((u) => verseLines(u, content)) };
}
function dramaSpeech(id, unit, content, src, rule) {
  const lines3 = unit.parts[0].block.lines.map((l) => l.text);
  const label = speakerLabel(lines3[0]);
  const alone = label !== void 0 && lines3[0].slice(label.end).trim() === "";
  const byLine = sameLineCount(unit);
  let speaker;
  let firstRest = [];
  if (!byLine)
    return { kind: "sp", id, src, rule, speaker: [], parts: [{ kind: "p", children: content(unit) }] };
  const head = content(subUnit(unit, 0, 1));
  if (label === void 0)
    speaker = [];
  else if (alone)
    speaker = head;
  else {
    const [who, said] = splitRunAt(head, label.end);
    speaker = who;
    firstRest = said;
  }
  const rest = lines3.slice(1);
  const spoken = label === void 0 ? lines3 : alone ? rest : [lines3[0].slice(label.end), ...rest];
  const verse2 = spoken.length === 1 ? rule.endsWith("+verse") && spoken[0].trim().length <= 62 : isVerseSpeech(spoken);
  const parts = [];
  const addLine = (children, text) => {
    if (isStageDirection(text))
      parts.push({ kind: "stage", children });
    else if (verse2)
      parts.push({ kind: "l", children });
    else {
      const last = parts[parts.length - 1];
      if (last?.kind === "p")
        parts[parts.length - 1] = { kind: "p", children: [...last.children, ...children] };
      else
        parts.push({ kind: "p", children });
    }
  };
  if (label === void 0)
    addLine(head, lines3[0]);
  else if (!alone)
    addLine(firstRest, lines3[0].slice(label.end));
  rest.forEach((text, k) => addLine(content(subUnit(unit, k + 1, k + 2)), text));
  if (parts.length === 0)
    parts.push({ kind: verse2 ? "l" : "p", children: [] });
  return { kind: "sp", id, src, rule, speaker, parts };
}
var asParagraphs = (b) => b.parts.map((p, k) => ({ kind: "p", id: `${b.id}-${k + 1}`, src: k === 0 ? b.src : [], rule: `${b.rule ?? ""}+out-of-place`, children: p.children }));
var isContent = (b) => !["head", "fw", "opener", "closer"].includes(b.kind);
function placeFormulae(blocks) {
  const inner = blocks.flatMap((b) => {
    if (b.kind === "div" && b.divType === "section")
      return [{ ...b, blocks: placeFormulae(b.blocks) }];
    if (b.kind !== "letter")
      return [b];
    const body = placeFormulae(b.blocks);
    return body.some((x) => isContent(x) && x.kind !== "app") ? [{ ...b, blocks: body }] : body.flatMap((x) => x.kind === "opener" || x.kind === "closer" ? asParagraphs(x) : [x]);
  });
  const firstContent = inner.findIndex(isContent);
  const lastContent = inner.length - 1 - [...inner].reverse().findIndex(isContent);
  return inner.flatMap((b, i) => {
    if (b.kind === "opener" && firstContent !== -1 && i > firstContent)
      return asParagraphs(b);
    if (b.kind === "closer" && firstContent !== -1 && i < lastContent)
      return asParagraphs(b);
    if ((b.kind === "opener" || b.kind === "closer") && firstContent === -1)
      return asParagraphs(b);
    return [b];
  });
}
var indentOf = (line) => line.length - line.trimStart().length;
function speechSpans(unit) {
  const lines3 = unit.parts[0].block.lines.map((l) => l.text);
  if (!sameLineCount(unit))
    return [[0, lines3.length]];
  const indent = indentOf(lines3[0]);
  const starts = [0, ...lines3.flatMap((l, k) => k > 0 && indentOf(l) === indent && speakerLabel(l) !== void 0 && l.slice(speakerLabel(l).end).trim() !== "" ? [k] : [])];
  return starts.map((from, i) => [from, starts[i + 1] ?? lines3.length]);
}

// dist/structure/witness-places.js
var lines = (s) => s.start.line === s.end.line ? `line ${s.start.line}` : `lines ${s.start.line}\u2013${s.end.line}`;
function placeInWitnesses(div, before, after, ctx) {
  if (div.witnesses.length < 2 || !div.witnesses.some((w) => ctx.fragments?.includes(w)))
    return div;
  const details = div.witnesses.map((wit) => {
    const here = div.src.find((s) => s.wit === wit);
    const prev = before?.witnesses.includes(wit) ? before.src.find((s) => s.wit === wit) : void 0;
    const next = after?.witnesses.includes(wit) ? after.src.find((s) => s.wit === wit) : void 0;
    const around = [prev && `after chapter ${before.n} (${lines(prev)})`, next && `before chapter ${after.n} (${lines(next)})`].filter(Boolean);
    const siglum = ctx.siglumOf?.(wit) ?? wit;
    const text = around.length ? `In witness ${siglum} this chapter stands at ${lines(here)}, ${around.join(" and ")}.` : `Witness ${siglum} holds this chapter alone, at ${lines(here)} of its file.`;
    return { wit: [wit], type: "position", text };
  });
  const i = div.blocks.findIndex((b) => b.kind === "app");
  if (i !== -1) {
    const app = div.blocks[i];
    return { ...div, blocks: [...div.blocks.slice(0, i), { ...app, details }, ...div.blocks.slice(i + 1)] };
  }
  const frame2 = {
    kind: "app",
    id: `${div.id}-positions`,
    src: [],
    rule: "chapter-positions",
    variantType: "frame",
    readings: [
      { lemma: true, wit: [ctx.base], blocks: [] },
      { lemma: false, wit: div.witnesses.filter((w) => w !== ctx.base), blocks: [] }
    ],
    details
  };
  const title = div.blocks[0]?.kind === "head" && div.blocks[0].headType === "title" ? 1 : 0;
  return { ...div, blocks: [...div.blocks.slice(0, title), frame2, ...div.blocks.slice(title)] };
}

// dist/structure/assemble.js
var idOf = (prefix, unit) => {
  const first = unit.parts[0].block;
  return lineId(prefix, first.wit, first.lines[0].n);
};
function rangeSpans(units) {
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  for (const u of units) {
    for (const s of spansOf(u)) {
      if (!first.has(s.wit))
        first.set(s.wit, s);
      last.set(s.wit, s);
    }
  }
  return [...first].map(([wit, s]) => ({ wit, start: s.start, end: last.get(wit).end }));
}
var spansOf = (unit) => unit.parts.map((p) => {
  const first = p.block.lines[0];
  const last = p.block.lines[p.block.lines.length - 1];
  return { wit: first.wit, start: spanIn(first, 0, 0).start, end: spanIn(last, last.text.length, last.text.length).end };
});
var ChapterBuilder = class {
  id;
  witnesses;
  defs;
  ctx;
  interventions;
  blocks = [];
  section;
  sectionHeadsOnly = false;
  sections = 0;
  contentStarted = false;
  last;
  lastFrame;
  used = /* @__PURE__ */ new Set();
  /** Keys of the division's notes, whatever their marker style. */
  get keys() {
    return new Set(this.defs.keys());
  }
  /** Blocks of a letter quoted inside the division, while it is open. */
  letter;
  /** The letter's signature has been read: only a dateline may still close it. */
  letterSigned = false;
  constructor(id, witnesses, defs, ctx, interventions) {
    this.id = id;
    this.witnesses = witnesses;
    this.defs = defs;
    this.ctx = ctx;
    this.interventions = interventions;
  }
  insertionsFor = (parts) => [
    ...markerInsertions(parts[0].text, (n, src) => this.resolveMarker(n, src), this.keys),
    ...this.inlineNotes(parts),
    ...this.interventions.insertions(parts)
  ];
  /** Notes printed inline, "(1. See …)", each a note of its own text where it stands. */
  inlineNotes(parts) {
    return [...parts[0].text.matchAll(inlineNote)].map((m) => ({
      at: m.index,
      length: m[0].length,
      node: (src) => inlineNoteNode(lineId(`${this.id}-inline-n${m[1]}`, parts[0].wit, parts[0].n), m[1], [textOf(parts, m.index, m.index + m[0].length)], parts[0], m[0], this.ctx, src)
    }));
  }
  resolveMarker(n, src) {
    const def = this.defs.get(n);
    if (!def)
      return orphanMarker(n, src, this.ctx);
    if (this.used.has(n)) {
      const s = src[0];
      this.ctx.diagnostics.push(warning({
        message: `note [${n}] is cited a second time; the second marker is kept as text`,
        rule: "note-cited-twice",
        stage: "structure",
        file: this.ctx.fileOf(s.wit),
        line: s.start.line,
        column: s.start.column
      }));
      return { kind: "text", value: markerTextOf(n), src };
    }
    this.used.add(n);
    return noteNode(def, `${this.id}-n${idKey(n)}`, this.ctx, src, this.noteContent);
  }
  /** Note paragraphs whose copies differ are collated like any other block. */
  noteContent = (unit, labelled) => this.content(unit, labelled);
  target() {
    return this.letter ?? this.section ?? this.blocks;
  }
  push(role, block, unit) {
    const partial = unitWitnesses(unit).length !== this.witnesses.length;
    const t = this.target();
    const prev = t[t.length - 1];
    if (partial && block.kind === "fw" && prev?.kind === "app" && this.lastFrame === role) {
      const [a, b] = prev.readings;
      const present = a.blocks.length ? a : b;
      const fw = present.blocks[0];
      if (fw?.kind === "fw" && present.wit.join() === unitWitnesses(unit).join()) {
        const merged = { ...present, blocks: [{ ...fw, children: [...fw.children, ...block.children] }] };
        t[t.length - 1] = { ...prev, readings: prev.readings.map((r) => r === present ? merged : r) };
        return;
      }
    }
    const placed = partial ? this.variation(block, unit, role) : block;
    t.push(placed);
    this.lastFrame = partial && block.kind === "fw" ? role : void 0;
    this.last = partial ? void 0 : { role, block };
    if (role !== "heading" && role !== "subtitle" && role !== "running-head")
      this.sectionHeadsOnly = false;
    if (!["heading", "subtitle", "running-head", "footer", "division-heading", "division-title", "address", "dateline", "salute"].includes(role))
      this.contentStarted = true;
  }
  /** Verse, drama, letters and printed headings (see constructs.ts); false for the other roles. */
  addConstruct(unit, partial) {
    const role = unit.role;
    const content = (u) => this.content(u);
    if (this.letterSigned && role !== "dateline")
      this.closeLetter();
    switch (role) {
      case "division-heading":
      case "division-title":
        this.push(role, this.head(unit, role === "division-title" ? "title" : "division"), unit);
        return true;
      case "verse": {
        const prev = this.last;
        if (!partial && prev?.role === "verse" && prev.block.kind === "lg") {
          this.replaceLast({ ...prev.block, stanzas: [...prev.block.stanzas, ...lineGroup("", [unit], content, [], "").stanzas] }, "verse");
          return true;
        }
        this.push("verse", lineGroup(idOf("lg", unit), [unit], content, spansOf(unit), unit.rule), unit);
        return true;
      }
      case "drama-speech":
        for (const [from, to] of speechSpans(unit)) {
          const part = from === 0 && to === unitLineCount(unit) ? unit : subUnit(unit, from, to);
          this.push(role, dramaSpeech(idOf("sp", part), part, content, spansOf(part), unit.rule), part);
        }
        return true;
      case "stage":
        this.push(role, { kind: "stage", id: idOf("stage", unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) }, unit);
        return true;
      case "address":
      case "salute":
      case "dateline":
      case "valediction":
        if (partial) {
          this.push("p", this.paragraph(unit), unit);
          return true;
        }
        if (role === "dateline" && this.letterSigned)
          this.letterPart("closer", "dateline", unit);
        else if (role === "valediction")
          this.letterPart("closer", "salute", unit);
        else {
          if (this.contentStarted && !this.letter && this.last?.block.kind !== "opener") {
            const blocks = [];
            this.target().push({ kind: "letter", id: idOf("letter", unit), src: spansOf(unit), rule: unit.rule, blocks });
            this.letter = blocks;
            this.last = void 0;
          }
          this.letterPart("opener", role === "address" ? "address" : role, unit);
        }
        return true;
    }
    return false;
  }
  /** Adds a formula to the opener or closer the last block is, or starts one. */
  letterPart(kind, part, unit) {
    const line = { kind: part, children: this.content(unit) };
    const prev = this.last;
    if (prev?.block.kind === kind) {
      this.replaceLast({ ...prev.block, parts: [...prev.block.parts, line], src: [...prev.block.src] }, kind);
      return;
    }
    const block = { kind, id: idOf(kind, unit), src: spansOf(unit), rule: unit.rule, parts: [line] };
    this.target().push(block);
    this.last = { role: kind, block };
    if (kind === "opener")
      this.contentStarted = true;
  }
  closeLetter() {
    this.letter = void 0;
    this.letterSigned = false;
    this.last = void 0;
  }
  /** A block only some witnesses of the chapter have: a block-level `app` with explicit empty readings. */
  variation(block, unit, role) {
    const has = unitWitnesses(unit);
    const lacks = this.witnesses.filter((w) => !has.includes(w));
    const order = (ws) => this.ctx.witnessOrder.filter((w) => ws.includes(w));
    const baseHas = has.includes(this.ctx.base);
    const present = { lemma: baseHas, wit: order(has), blocks: [block] };
    const absent = { lemma: !baseHas, wit: order(lacks), blocks: [] };
    const frame2 = role === "running-head" || role === "footer" || role === "paratext";
    return {
      kind: "app",
      id: `app-${block.id}`,
      src: block.src,
      rule: "block-in-some-witnesses",
      variantType: frame2 ? "frame" : baseHas ? "omission" : "addition",
      readings: baseHas ? [present, absent] : [absent, present]
    };
  }
  /**
   * Inline content of a unit: its text with notes at their markers; where the copies of the
   * witnesses differ, a `variation` holding each copy's lines, which the collate stage turns
   * into shared text and apps. Notes cited in the first copy are resolved here, in reading
   * order, and placed by the collate stage where their markers fall.
   */
  content(unit, insertionsFor = this.insertionsFor) {
    if (!unitDiffers(unit))
      return unitInlines(unit, insertionsFor);
    const copies = unit.parts.map((p) => ({ wit: p.block.wit, lines: p.block.lines }));
    const markers = copies[0].lines.flatMap((line) => markerInsertions(line.text, (n, src) => this.resolveMarker(n, src), this.keys).map((ins) => ({
      offset: line.offset + ins.at,
      length: ins.length,
      node: ins.node([spanIn(line, ins.at, ins.at + ins.length)])
    })));
    const variation = { kind: "variation", idPrefix: `${idOf("app", unit)}-`, copies, markers };
    return [...leadingInlines(unit), variation, ...trailingInlines(unit)];
  }
  paragraph(unit, prefix = "p") {
    return { kind: "p", id: idOf(prefix, unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) };
  }
  head(unit, headType2) {
    return { kind: "head", headType: headType2, id: idOf("head", unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) };
  }
  add(unit) {
    const partial = unitWitnesses(unit).length !== this.witnesses.length;
    const role = unit.role;
    if (this.addConstruct(unit, partial))
      return;
    switch (role) {
      case "subtitle":
      case "heading": {
        if (partial) {
          this.push(role, this.head(unit, role === "subtitle" ? "subtitle" : "subheading"), unit);
        } else if (role === "subtitle" && !this.contentStarted && !this.section) {
          this.push(role, this.head(unit, "subtitle"), unit);
        } else if (this.section && this.sectionHeadsOnly) {
          this.push("subtitle", this.head(unit, "subtitle"), unit);
        } else {
          const blocks = [];
          const div = {
            kind: "div",
            divType: "section",
            id: `${this.id}-s${++this.sections}`,
            witnesses: this.witnesses,
            src: spansOf(unit),
            rule: unit.rule,
            blocks
          };
          this.blocks.push(div);
          this.section = blocks;
          this.sectionHeadsOnly = true;
          this.push("heading", this.head(unit, "subheading"), unit);
        }
        return;
      }
      case "quote": {
        const p = this.paragraph(unit);
        const prev = this.last;
        if (!partial && prev?.role === "quote" && prev.block.kind === "quote") {
          const merged = { ...prev.block, blocks: [...prev.block.blocks, p] };
          this.replaceLast(merged, "quote");
          return;
        }
        this.push("quote", { kind: "quote", quoteType: "quotation", id: idOf("quote", unit), src: spansOf(unit), rule: unit.rule, blocks: [p] }, unit);
        return;
      }
      case "signed": {
        const prev = this.last;
        const signed = this.content(unit);
        if (!partial && prev?.block.kind === "quote") {
          this.replaceLast({ ...prev.block, quoteType: "document", signed }, "signed");
          return;
        }
        if (!partial) {
          this.letterPart("closer", "signed", unit);
          this.letterSigned = this.letter !== void 0;
          return;
        }
        this.unexpected(unit, "a signature that follows no quotation");
        this.push("p", this.paragraph(unit), unit);
        return;
      }
      case "epigraph": {
        const e = { kind: "epigraph", id: idOf("epigraph", unit), src: spansOf(unit), rule: unit.rule, blocks: [this.paragraph(unit)], bibl: [] };
        this.push("epigraph", e, unit);
        return;
      }
      case "epigraph-bibl": {
        const prev = this.last;
        const bibl = this.content(unit);
        if (!partial && prev?.block.kind === "epigraph" && prev.block.bibl.length === 0) {
          this.replaceLast({ ...prev.block, bibl }, "epigraph-bibl");
          return;
        }
        this.unexpected(unit, "an attribution that follows no epigraph");
        this.push("p", this.paragraph(unit), unit);
        return;
      }
      case "list-item": {
        const items = this.listItems(unit);
        const prev = this.last;
        if (!partial && prev?.role === "list-item" && prev.block.kind === "list") {
          this.replaceLast({ ...prev.block, items: [...prev.block.items, ...items] }, "list-item");
          return;
        }
        const list3 = { kind: "list", ordered: true, id: idOf("list", unit), src: spansOf(unit), rule: unit.rule, items };
        this.push("list-item", list3, unit);
        return;
      }
      case "speech": {
        const speech = this.speech(unit);
        const prev = this.last;
        if (!partial && prev?.role === "speech" && prev.block.kind === "dialogue") {
          this.replaceLast({ ...prev.block, speeches: [...prev.block.speeches, speech] }, "speech");
          return;
        }
        const d = { kind: "dialogue", id: idOf("dialogue", unit), src: spansOf(unit), rule: unit.rule, speeches: [speech] };
        this.push("speech", d, unit);
        return;
      }
      case "break": {
        const b = { kind: "break", id: idOf("break", unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) };
        this.push("break", b, unit);
        return;
      }
      case "running-head":
      case "footer":
      case "paratext": {
        const fw = {
          kind: "fw",
          fwType: role === "footer" ? "footer" : "header",
          id: idOf("fw", unit),
          src: spansOf(unit),
          rule: unit.rule,
          children: this.content(unit)
        };
        const prev = this.last;
        if (!partial && prev?.role === role && prev.block.kind === "fw") {
          this.replaceLast({ ...prev.block, children: [...prev.block.children, ...fw.children] }, role);
          return;
        }
        this.push(role, fw, unit);
        return;
      }
      case "note":
        this.unexpected(unit, "a note paragraph outside a note block");
        this.push("p", this.paragraph(unit), unit);
        return;
      case "p":
        this.push("p", this.paragraph(unit), unit);
        return;
    }
  }
  unexpected(unit, what) {
    const b = unit.parts[0].block;
    this.ctx.diagnostics.push(warning({
      message: `${what}; kept as a paragraph`,
      rule: "structure-unexpected-role",
      stage: "structure",
      file: this.ctx.fileOf(b.wit),
      line: b.lines[0].n,
      column: 1,
      hint: "check the role given to this line in the overrides file"
    }));
  }
  replaceLast(block, role) {
    const t = this.target();
    t[t.length - 1] = block;
    this.last = { role, block };
  }
  /** One item per numbered line, the printed number kept as a label. */
  listItems(unit) {
    if (unitDiffers(unit)) {
      const line = unit.parts[0].block.lines[0];
      const n = listNumber(line.text);
      return [{ id: lineId("item", line.wit, line.n), ...n !== void 0 ? { n: String(n) } : {}, children: this.content(unit), src: spansOf(unit) }];
    }
    const count = unitLineCount(unit);
    const items = [];
    for (let i = 0; i < count; i++) {
      const first = i === 0;
      const lastLine = i === count - 1;
      const labelled = (parts, k) => {
        const base = this.insertionsFor(parts, k);
        const m = /^\d{1,3}[.)]/u.exec(parts[0].text);
        if (!m || k !== i)
          return base;
        return [{ at: 0, length: m[0].length, node: () => ({ kind: "label", children: [textOf(parts, 0, m[0].length)] }) }, ...base];
      };
      const children = [
        ...first ? leadingInlines(unit) : [],
        ...linesInlines(unit, labelled, i, i + 1),
        ...lastLine ? trailingInlines(unit) : []
      ];
      const line = unit.parts[0].block.lines[i];
      const n = listNumber(line.text);
      items.push({
        id: lineId("item", line.wit, line.n),
        ...n !== void 0 ? { n: String(n) } : {},
        children,
        src: unit.parts.map((p) => spanIn(p.block.lines[i], 0, p.block.lines[i].text.length))
      });
    }
    return items;
  }
  /** "Prosecutor: When…": the speaker and what is said. */
  speech(unit) {
    const all = this.content(unit);
    const firstLine = unit.parts[0].block.lines[0].text;
    const speaker = speakerOf(firstLine) ?? "";
    const lead = plainText(leadingInlines(unit)).length;
    const [who, said] = splitRunAt(all, lead + speaker.length + 1);
    return { id: idOf("sp", unit), speaker: who, children: said, src: spansOf(unit) };
  }
  /** The finished chapter: orphan notes placed, trailing citations of quotations split off. */
  finish() {
    const uncited = [...this.defs.values()].filter((d) => !this.used.has(d.n));
    if (uncited.length > 0) {
      const notes = uncited.map((d) => {
        reportUncited(d, this.ctx);
        return noteNode(d, `${this.id}-n${idKey(d.n)}`, this.ctx, void 0, this.noteContent);
      });
      const carrier = { kind: "p", id: `${this.id}-uncited-notes`, src: [], rule: "note-without-marker", children: notes };
      const t = this.letter ?? this.section ?? this.blocks;
      const closer = t[t.length - 1]?.kind === "closer" ? t.pop() : void 0;
      t.push(carrier, ...closer ? [closer] : []);
    }
    return placeFormulae(this.blocks).map(splitCitations);
  }
};
function splitCitations(block) {
  if (block.kind === "div")
    return { ...block, blocks: block.blocks.map(splitCitations) };
  if (block.kind !== "quote" || block.bibl || block.signed)
    return block;
  const lastP = block.blocks[block.blocks.length - 1];
  if (!lastP || lastP.kind !== "p")
    return block;
  const at = trailingCitation(plainText(lastP.children));
  if (at === void 0)
    return block;
  const [before, after] = splitRunAt(lastP.children, at);
  return {
    ...block,
    rule: `${block.rule ?? ""}+quote-trailing-citation`.replace(/^\+/, ""),
    blocks: [...block.blocks.slice(0, -1), { ...lastP, children: before }],
    bibl: after
  };
}
function frontDivisions(units, ctx) {
  const byWit = /* @__PURE__ */ new Map();
  for (const u of units) {
    const wit = u.parts[0].block.wit;
    byWit.set(wit, [...byWit.get(wit) ?? [], u]);
  }
  return [...byWit].map(([wit, us]) => {
    const resp = us.find((u) => u.parts[0].resp)?.parts[0].resp;
    if (!resp) {
      const b = us[0].parts[0].block;
      ctx.diagnostics.push(info({
        message: `text before the first chapter of witness ${wit} is kept as paratext with no one named responsible`,
        rule: "paratext-without-resp",
        stage: "structure",
        file: ctx.fileOf(wit),
        line: b.lines[0].n,
        column: 1,
        hint: 'give its override a "resp" pointer'
      }));
    }
    let text = false;
    const blocks = us.map((u) => {
      const children = unitInlines(u, () => []);
      const heading2 = !text && u.parts[0].block.lines.every((l) => isHeadingLike(l.text));
      text ||= !heading2;
      return heading2 ? { kind: "head", headType: "subheading", id: idOf("head", u), src: spansOf(u), rule: u.rule, children } : { kind: "p", id: idOf("p", u), src: spansOf(u), rule: u.rule, children };
    });
    return {
      kind: "div",
      divType: "paratext",
      id: `paratext-${wit}`,
      witnesses: [wit],
      ...resp ? { resp } : {},
      src: spansOf(us[0]),
      rule: us[0].rule,
      blocks
    };
  });
}
function assemble(allUnits, ctx) {
  let units = allUnits;
  const isStart = (u) => u.chapterStart;
  const firstStart = units.findIndex(isStart);
  if (firstStart === -1) {
    ctx.diagnostics.push(error({
      message: "the base witness has no text after its paratext: no chapter found",
      rule: "structure-no-chapter",
      stage: "structure",
      file: ctx.fileOf(ctx.base),
      hint: 'check the overrides: a "paratext" range may cover the whole witness'
    }));
    return { front: frontDivisions(units, ctx), body: [] };
  }
  const front = frontDivisions(units.slice(0, firstStart), ctx);
  const interventions = new InterventionIndex(ctx);
  const notesAt = units.findIndex((u, k) => k > firstStart && u.role === "notes-heading");
  const bookEnd = notesAt === -1 ? [] : units.slice(notesAt);
  const bookNotes = bookEnd.filter((u) => u.role === "note");
  const claimed = /* @__PURE__ */ new Set();
  if (notesAt !== -1)
    units = units.slice(0, notesAt);
  const flat = [];
  let counted = 0;
  const open2 = [];
  const usedIds = /* @__PURE__ */ new Set();
  let i = firstStart;
  while (i < units.length) {
    let j = i + 1;
    while (j < units.length && !isStart(units[j]))
      j++;
    const chapterUnits = units.slice(i, j);
    const printed = chapterUnits.filter((u) => u.role === "division-heading").flatMap((u) => u.parts.flatMap((p) => p.heading ? [p.heading] : []));
    const own = printed.find((h) => h.wit === chapterUnits[0].parts[0].block.wit && chapterUnits[0].role === "division-heading");
    const level = own?.level ?? "chapter";
    const container = containerRank[level] < containerRank.chapter;
    const n = own?.value !== void 0 ? String(own.value) : container ? void 0 : String(ctx.firstChapter + counted);
    if (!container)
      counted++;
    const w = own?.within;
    if (w && !open2.some((o) => o.level === w.level && o.value === w.value)) {
      const wl = w.level;
      while (open2.length && containerRank[open2[open2.length - 1].level] >= containerRank[wl])
        open2.pop();
      const act = { kind: "div", divType: wl, n: String(w.value), id: `${idPrefix[wl]}${w.value}`, witnesses: ctx.witnessOrder.filter((x) => chapterUnits.some((u) => unitWitnesses(u).includes(x))), src: [], rule: "heading-within", blocks: [] };
      usedIds.add(act.id);
      flat.push({ level: wl, division: act });
      open2.push({ level: wl, id: act.id, value: w.value });
    }
    while (open2.length && containerRank[open2[open2.length - 1].level] >= containerRank[level])
      open2.pop();
    const within = open2[open2.length - 1];
    const wanted = `${within ? `${within.id}-` : ""}${idPrefix[level]}${n ?? flat.filter((f) => f.level === level).length + 1}`;
    let id = wanted;
    for (let k = 2; usedIds.has(id); k++)
      id = `${wanted}-${k}`;
    usedIds.add(id);
    if (id !== wanted && own) {
      ctx.diagnostics.push(warning({
        message: `"${own.label}" repeats the number of an earlier ${level}; this one is ${id}`,
        rule: "heading-number-repeated",
        stage: "structure",
        file: ctx.fileOf(own.wit),
        line: own.src.start.line,
        column: own.src.start.column
      }));
    }
    if (container)
      open2.push({ level, id, ...own?.value !== void 0 ? { value: own.value } : {} });
    const witnesses = ctx.witnessOrder.filter((w2) => chapterUnits.some((u) => unitWitnesses(u).includes(w2)));
    const key2 = own?.value !== void 0 ? divisionKey(level, own.value) : void 0;
    const fromBookEnd = bookNotes.filter((u) => !claimed.has(u) && u.noteOf !== void 0 && u.noteOf === key2);
    fromBookEnd.forEach((u) => claimed.add(u));
    const { defs, loose } = collectNotes([...chapterUnits.filter((u) => u.role === "note" && u.parts.length > 0), ...fromBookEnd], ctx);
    const builder = new ChapterBuilder(id, witnesses, defs, ctx, interventions);
    for (const u of chapterUnits)
      if (u.role !== "note" || loose.includes(u))
        builder.add(u);
    const title = own?.title === void 0 && n !== void 0 ? ctx.toc?.chapters[n] : void 0;
    const titleHead = title ? [
      {
        kind: "head",
        headType: "title",
        id: `${id}-title`,
        src: [],
        rule: "toc-supplied-title",
        children: [{ kind: "supplied", value: title, resp: ctx.editorResp, source: `#${ctx.toc.source}`, reason: ctx.toc.reason }]
      }
    ] : [];
    const built = builder.finish();
    const at = built[0]?.kind === "head" && built[0].headType === "division" ? 1 : 0;
    flat.push({
      level,
      division: {
        kind: "div",
        divType: level,
        ...n !== void 0 ? { n } : {},
        id,
        witnesses,
        src: rangeSpans(chapterUnits).sort((a, b) => witnesses.indexOf(a.wit) - witnesses.indexOf(b.wit)),
        rule: chapterUnits[0].rule,
        ...printed.length > 0 ? { printed } : {},
        blocks: [...built.slice(0, at), ...titleHead, ...built.slice(at)]
      }
    });
    i = j;
  }
  const body = nestDivisions(flat);
  if (bookEnd.length > 0)
    body.push(notesDivision(bookEnd, claimed, ctx));
  interventions.reportUnused();
  return { front, body: body.map((d, i2) => placeInWitnesses(d, body[i2 - 1], body[i2 + 1], ctx)) };
}
function notesDivision(units, claimed, ctx) {
  const blocks = units.flatMap((u) => {
    if (claimed.has(u))
      return [];
    const children = unitInlines(u, () => []);
    if (u.role === "notes-heading")
      return [{ kind: "head", headType: "division", id: idOf("head", u), src: spansOf(u), rule: u.rule, children }];
    if (u.role === "note") {
      const b = u.parts[0].block;
      ctx.diagnostics.push(warning({
        message: `a note of the notes at the end of the book is for no chapter of the text (${u.noteOf ?? "no chapter heading before it"}); kept where it is printed`,
        rule: "note-book-end-unplaced",
        stage: "structure",
        file: ctx.fileOf(b.wit),
        line: b.lines[0].n,
        column: 1,
        hint: "check the chapter heading above the note in the notes section"
      }));
    }
    return [{ kind: "p", id: idOf("p", u), src: spansOf(u), rule: u.rule, children }];
  });
  return { kind: "div", divType: "notes", id: "notes", witnesses: [ctx.base], src: rangeSpans(units), rule: "notes-book-end", blocks };
}
var idPrefix = { volume: "vol", part: "part", book: "book", act: "act", chapter: "ch", letter: "letter", scene: "sc" };
function nestDivisions(flat) {
  const top = [];
  const stack = [];
  const close = () => {
    const done = stack.pop();
    const div = { ...done.division, blocks: [...done.division.blocks, ...done.children] };
    (stack.length ? stack[stack.length - 1].children : top).push(div);
  };
  for (const { division, level } of flat) {
    while (stack.length && containerRank[stack[stack.length - 1].level] >= containerRank[level])
      close();
    const parent = stack[stack.length - 1];
    if (containerRank[level] < containerRank.chapter)
      stack.push({ division, level, children: [] });
    else
      (parent ? parent.children : top).push(division);
  }
  while (stack.length)
    close();
  return top;
}

// dist/structure/rules/verse-and-letters.js
var indentOf2 = (line) => line.length - line.trimStart().length;
function isVerseBlock(lines3, proseIndent = 0) {
  if (lines3.length < 2)
    return false;
  if (lines3.some((l) => /\S {3,}\S/u.test(l)))
    return false;
  if (lines3.every((l) => indentOf2(l) >= Math.max(2, proseIndent + 2)))
    return true;
  const capitals = lines3.filter((l) => /^[\p{Lu}'‘"“]/u.test(l.trim())).length;
  if (capitals !== lines3.length)
    return false;
  if (lines3.every((l) => l.trim().length <= 48))
    return true;
  return lines3.length >= 4 && lines3.every((l) => l.trim().length <= 64);
}
var isIndentedLine = (line, proseIndent = 0) => indentOf2(line) >= Math.max(4, proseIndent + 4) && line.trim().length <= 70;
var open = String.raw`^\s*[_*]?[“"‘]?`;
var short = (line, max = 70) => line.trim().length > 0 && line.trim().length <= max;
var isAddress = (line) => short(line, 60) && new RegExp(`${open}To\\s+\\p{Lu}`, "u").test(line);
var isSalute = (line) => short(line, 60) && new RegExp(`${open}(?:(?:my|My|MY)\\s+)?(?:dear|Dear|DEAR|dearest|Dearest|DEAREST|Sir|SIR|Madam|MADAM|Gentlemen|Beloved)\\b[^.!?]*[,:!]\\s*$`, "u").test(line);
var month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
var isDateline = (line) => short(line, 80) && new RegExp(`${open}\\p{Lu}[^\\n]*?(?:${month}\\s+\\d|\\d{1,2}(?:st|nd|rd|th)\\b|\\b1\\d(?:\\d\\d|\u2014|\u2013|-{1,2})|\\b(?:17|18|19|20)\\d\\d\\b)`, "u").test(line) && !/[?!]\s*$/u.test(line);
var isValediction = (line) => short(line, 60) && new RegExp(`${open}(?:Your|Yours|YOUR|YOURS|Ever|Believe me|I am|I remain|Affectionately|Faithfully|Sincerely|Adieu)\\b[^.]*,\\s*$`, "u").test(line);
var isSignatureLine = (line) => short(line, 50) && new RegExp(`${open}(?:\\p{Lu}\\.\\s?){0,3}\\p{Lu}[\\p{L}'\u2019-]*(?:\\s(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'\u2019-]*){0,3}\\.?[_*]?[\u201D"\u2019]?\\s*$`, "u").test(line);

// dist/structure/rules/content-rules.js
var lines2 = (b) => b ? b.lines.map((l) => l.text) : [];
var single = (b) => b && b.lines.length === 1 ? b.lines[0].text : void 0;
var allHeadingLike = (b) => !!b && lines2(b).every(isHeadingLike);
var sectionBreak = ({ blocks, index }) => {
  const t = single(blocks[index]);
  return t !== void 0 && isSectionBreak(t) ? { role: "break", rule: "section-break" } : void 0;
};
var subtitle = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  const first = roles.slice(0, index).every((r) => r === "running-head" || r === "paratext");
  return first && t !== void 0 && isParenthesised(t) && isHeadingLike(t) ? { role: "subtitle", rule: "subtitle-parenthesised" } : void 0;
};
var epigraph = (ctx) => {
  const { blocks, index, roles } = ctx;
  const prev = roles[index - 1];
  if (prev === "epigraph")
    return { role: "epigraph-bibl", rule: "epigraph-attribution" };
  const opening = roles.slice(0, index).every((r) => r === "subtitle" || r === "heading" || r === "running-head");
  const next = blocks[index + 1];
  if (opening && !allHeadingLike(blocks[index]) && allHeadingLike(next) && hasYear(lines2(next).join(" ")) && blocks[index + 2]) {
    return { role: "epigraph", rule: "epigraph-opening" };
  }
  return void 0;
};
var signature = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  return t !== void 0 && roles[index - 1] === "quote" && isSignatureName(t) ? { role: "signed", rule: "signature-after-quote" } : void 0;
};
var heading = ({ blocks, index }) => allHeadingLike(blocks[index]) && !lines2(blocks[index]).some((l) => /\S {3,}\S/u.test(l)) ? { role: "heading", rule: "heading-short-line" } : void 0;
var list2 = ({ blocks, index }) => {
  const here = lines2(blocks[index]);
  const nums = here.map(listNumber);
  if (nums.some((n2) => n2 === void 0))
    return void 0;
  if (here.length > 1)
    return { role: "list-item", rule: "list-numbered-lines" };
  const n = nums[0];
  const before = single(blocks[index - 1]);
  const after = single(blocks[index + 1]);
  const continues = before !== void 0 && listNumber(before) === n - 1 || after !== void 0 && listNumber(after) === n + 1;
  return continues ? { role: "list-item", rule: "list-numbered-paragraphs" } : void 0;
};
var dialogue = ({ blocks, index }) => {
  const t = single(blocks[index]);
  if (t === void 0 || speakerOf(t) === void 0)
    return void 0;
  const neighbour = [single(blocks[index - 1]), single(blocks[index + 1])].some((x) => x !== void 0 && speakerOf(x) !== void 0);
  return neighbour ? { role: "speech", rule: "dialogue-speaker-colon" } : void 0;
};
var quoteAfterColon = ({ blocks, index, roles }) => {
  const prev = blocks[index - 1];
  return prev && roles[index - 1] === "p" && endsWithColon(lines2(prev).join(" ")) ? { role: "quote", rule: "quote-after-colon" } : void 0;
};
var footnote = ({ blocks, index }) => {
  const label = noteLabelAt(blocks[index].lines[0].text);
  if (!label)
    return void 0;
  const before = blocks.slice(0, index).flatMap(lines2);
  return citesKey(before, label.key) ? { role: "note", rule: "note-after-text" } : void 0;
};
var drama = ({ blocks, index, roles, profile }) => {
  const cast = profile?.cast;
  if (!cast || cast.size === 0)
    return void 0;
  const here = lines2(blocks[index]);
  if (isStageBlock(here))
    return { role: "stage", rule: "drama-stage-direction" };
  const form = profile.verseDrama ? "+verse" : "";
  if (speechStart(here[0], cast))
    return { role: "drama-speech", rule: `drama-speaker${form}` };
  const before = roles.slice(0, index).filter((r) => r !== "stage");
  if (before[before.length - 1] === "drama-speech")
    return { role: "drama-speech", rule: `drama-speech-continued${form}` };
  return void 0;
};
var verse = ({ blocks, index, roles, profile }) => {
  const here = lines2(blocks[index]);
  const indent = profile?.proseIndent ?? 0;
  if (isVerseBlock(here, indent))
    return { role: "verse", rule: "verse-lines" };
  if (here.length === 1 && roles[index - 1] === "verse" && isIndentedLine(here[0], indent))
    return { role: "verse", rule: "verse-lines" };
  return void 0;
};
var opened = (roles, index) => {
  for (let k = index - 1; k >= 0; k--) {
    const r = roles[k];
    if (r === "signed" || r === "division-heading")
      return false;
    if (r === "salute" || r === "address")
      return true;
  }
  return false;
};
var letter = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  if (t === void 0)
    return void 0;
  const next = single(blocks[index + 1]);
  const prev = roles[index - 1];
  const opening = prev === void 0 || prev === "division-heading" || prev === "division-title" || prev === "address" || prev === "dateline" || prev === "p";
  if (isAddress(t) && next !== void 0 && (isSalute(next) || isDateline(next)))
    return { role: "address", rule: "letter-address" };
  if (isSalute(t) && (opening || prev === "salute"))
    return { role: "salute", rule: "letter-salute" };
  if (isDateline(t) && (prev !== void 0 && ["address", "salute", "division-heading", "division-title", "signed"].includes(prev) || next !== void 0 && isSalute(next))) {
    return { role: "dateline", rule: "letter-dateline" };
  }
  if (isValediction(t) && next !== void 0 && isSignatureLine(next))
    return { role: "valediction", rule: "letter-valediction" };
  if (isSignatureLine(t) && (prev === "valediction" || opened(roles, index) && (next === void 0 || isDateline(next) || /^\s*\p{Lu}{2}/u.test(t.replace(/^\W+/u, ""))))) {
    return { role: "signed", rule: "letter-signature" };
  }
  return void 0;
};
var paragraph = () => ({ role: "p", rule: "paragraph" });
var contentRules = [
  footnote,
  sectionBreak,
  subtitle,
  epigraph,
  signature,
  drama,
  dialogue,
  letter,
  verse,
  heading,
  list2,
  quoteAfterColon,
  paragraph
];

// dist/structure/classify.js
var isNotesHeading = (b) => b.lines.length === 1 && /^\s*(?:end|foot)?notes\.?\s*$/iu.test(b.lines[0].text);
function notesKey(b) {
  if (b.lines.length !== 1)
    return void 0;
  const h = readHeading(b.lines[0].text.replace(/^\s*notes?\s+(?:to|on)\s+/iu, ""));
  return h?.value !== void 0 ? divisionKey(h.level, h.value) : void 0;
}
function printedHeading(block, next, found, wit) {
  const line = block.lines[0];
  const h = found?.heading;
  const titleLine = found?.title ? found.title.block === "same" ? block.lines[found.title.line] : next.lines[0] : void 0;
  const trimmed = (l) => spanIn(l, l.text.length - l.text.trimStart().length, l.text.trimEnd().length);
  const title = titleLine ? titleLine.text.trim() : h?.title;
  const inner = h?.title !== void 0 ? readHeading(h.title) : void 0;
  if (h && inner?.value !== void 0 && containerRank[h.level] < containerRank[inner.level] && h.value !== void 0) {
    const start = line.text.indexOf(h.title);
    return {
      wit,
      level: inner.level,
      label: line.text.trim(),
      number: inner.number,
      value: inner.value,
      ...titleLine ? { title: titleLine.text.trim(), titleSrc: trimmed(titleLine) } : inner.title !== void 0 ? { title: inner.title } : {},
      src: trimmed(line),
      numberSrc: spanIn(line, start + inner.numberAt[0], start + inner.numberAt[1]),
      within: { level: h.level, ...h.number !== void 0 ? { number: h.number } : {}, value: h.value }
    };
  }
  return {
    wit,
    level: h?.level ?? "chapter",
    label: line.text.trim(),
    ...h?.number !== void 0 ? { number: h.number } : {},
    ...h?.value !== void 0 ? { value: h.value } : {},
    ...title !== void 0 ? { title } : {},
    src: trimmed(line),
    ...h?.numberAt ? { numberSrc: spanIn(line, h.numberAt[0], h.numberAt[1]) } : {},
    ...titleLine ? { titleSrc: trimmed(titleLine) } : h?.titleAt !== void 0 ? { titleSrc: spanIn(line, h.titleAt, line.text.trimEnd().length) } : {}
  };
}
var noteLabel = { test: (line) => noteLabelAt(line) !== void 0, exec: noteLabelAt };
var frameRoles = /* @__PURE__ */ new Set(["paratext", "running-head", "footer"]);
function blockAt(blocks, offset) {
  return blocks.findIndex((b) => {
    const last = b.lines[b.lines.length - 1];
    return b.lines[0].offset <= offset && offset <= last.offset + last.text.length;
  });
}
function overridesByBlock(blocks, overrides, witness, file) {
  const decisions = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const locate2 = (text, line, what) => {
    const hit = findAnchor(witness, { text, ...line !== void 0 ? { line } : {} }, { file, what, stage: "structure" });
    if (!isHit(hit)) {
      diagnostics.push(hit);
      return void 0;
    }
    const i = blockAt(blocks, hit.start.offset);
    if (i === -1) {
      diagnostics.push(error({ message: `${what} in ${file}: its text stands on blank lines, in no block`, rule: "override-stale", stage: "structure", file: witness.file, line: hit.start.line, column: hit.start.column }));
      return void 0;
    }
    return i;
  };
  overrides.forEach((o, k) => {
    const what = `override ${witness.siglum}[${k}] (${o.role !== void 0 ? `role ${o.role}` : `chapterStart ${o.chapterStart}`})`;
    const from = locate2(o.text, o.line, what);
    const to = o.until === void 0 ? from : locate2(o.until, o.untilLine, `${what}, its "until"`);
    if (from === void 0 || to === void 0)
      return;
    if (to < from) {
      diagnostics.push(error({ message: `${what} in ${file}: its "until" text comes before its text`, rule: "override-stale", stage: "structure", file }));
      return;
    }
    for (const b of blocks.slice(from, to + 1)) {
      const d = decisions.get(b) ?? {};
      if (o.role !== void 0)
        d.role = o.role;
      if (o.chapterStart !== void 0)
        d.chapterStart = o.chapterStart;
      if (o.resp !== void 0)
        d.resp = o.resp;
      decisions.set(b, d);
    }
  });
  return { decisions, diagnostics };
}
function unknownLayouts(classified, profile, file) {
  return classified.flatMap((c) => {
    if (c.rule !== "paragraph")
      return [];
    const lines3 = c.block.lines.map((l) => l.text);
    const short2 = lines3.filter((l) => l.trim().length < 40).length;
    const indents = new Set(lines3.map((l) => l.length - l.trimStart().length));
    const shortLines = lines3.length >= 3 && short2 * 3 >= lines3.length * 2;
    const uneven = indents.size > 1 && lines3.some((l) => l.length - l.trimStart().length >= profile.proseIndent + 2);
    if (!shortLines && !uneven)
      return [];
    const first = c.block.lines[0];
    return [
      {
        rule: "structure-unknown-layout",
        message: `kept as a paragraph, but laid out ${shortLines ? "in short lines" : "with uneven indentation"} (verse, a table, a letter's formulae?): give it a role in the overrides file if it is one`,
        text: lines3.join(" / ").slice(0, 80),
        at: spanIn(first, 0, 0),
        file
      }
    ];
  });
}
function profileOf(blocks, roles) {
  const indents = blocks.flatMap((b) => b.lines.length > 2 ? b.lines.slice(1).map((l) => l.text.length - l.text.trimStart().length) : []).sort((a, b) => a - b);
  const cast = castOf(blocks.map((b) => b.lines.map((l) => l.text)));
  const probe = { headed: true, cast, proseIndent: 0, verseDrama: false };
  const headed = blocks.some((b, i) => roles[i] === void 0 && !noteLabel.test(b.lines[0].text) && divisionHeading(b, blocks[i + 1], probe, false)?.heading.number !== void 0);
  const speeches = cast.size === 0 ? [] : blocks.filter((b) => speechStart(b.lines[0].text, cast) && b.lines.length > 2).map((b) => isVerseSpeech(b.lines.slice(1).map((l) => l.text)));
  const verseDrama = speeches.length > 0 && speeches.filter(Boolean).length * 5 >= speeches.length * 3;
  return { headed, cast, proseIndent: indents[Math.floor(indents.length / 2)] ?? 0, verseDrama };
}
function divisionHeading(block, next, profile, chapterFirst) {
  const first = block.lines[0].text;
  const reading = readHeading(first);
  const cast = profile.cast.size > 0 && speechStart(first, profile.cast) !== void 0;
  if (reading && !cast && (profile.headed || reading.number === void 0)) {
    if (reading.level === "chapter" && reading.rule === "heading-bare-number" && block.lines.length > 1 && !isTitleLine(block.lines[1].text))
      return void 0;
    const setting = (reading.level === "act" || reading.level === "scene") && block.lines[1] !== void 0 && block.lines[1].text.trim().length <= 90;
    if (block.lines.length === 2 && (setting || isTitleLine(block.lines[1].text)))
      return { heading: reading, title: { line: 1, block: "same" } };
    if (block.lines.length > 1)
      return void 0;
    const titled = next && next.lines.length === 1 && isCapitalOrTitleCase(next.lines[0].text) && !readHeading(next.lines[0].text) && !noteLabel.test(next.lines[0].text);
    return titled ? { heading: reading, title: { line: 0, block: "next" } } : { heading: reading };
  }
  if (chapterFirst && !cast && block.lines.length === 1 && isCapitalTitle(first) && next !== void 0) {
    return { heading: { level: "chapter", title: first.trim(), titleAt: first.length - first.trimStart().length, rule: "heading-capital-title" } };
  }
  return void 0;
}
function isCapitalOrTitleCase(line) {
  if (isCapitalTitle(line))
    return true;
  if (!isTitleLine(line))
    return false;
  const words2 = line.trim().split(/\s+/u).filter((w) => w.replace(/\P{L}/gu, "").length >= 4);
  return words2.length > 0 && words2.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / words2.length >= 0.6;
}
function classifyBlocks(blocks, overrides, witness, overridesFile) {
  const { decisions, diagnostics } = overridesByBlock(blocks, overrides, witness, overridesFile);
  const roles = blocks.map((b) => decisions.get(b)?.role);
  const rules = blocks.map((b) => decisions.get(b)?.role ? "override" : "");
  const starts = blocks.map(() => false);
  const noteNs = blocks.map(() => void 0);
  const noteOf = blocks.map(() => void 0);
  let bookNotes;
  const profile = profileOf(blocks, roles);
  const headings = blocks.map(() => void 0);
  let inNotes = false;
  let awaitingStart = false;
  let chapterSeen = false;
  blocks.forEach((b, i) => {
    const forced = decisions.get(b)?.chapterStart;
    const blankStart = i === 0 || b.blankBefore >= 2 && forced !== false;
    const label = noteLabel.exec(b.lines[0].text);
    if (bookNotes || roles[i] === void 0 && chapterSeen && isNotesHeading(b)) {
      if (!bookNotes) {
        bookNotes = { key: void 0 };
        roles[i] = "notes-heading";
        rules[i] = "notes-book-end";
        return;
      }
      const key2 = notesKey(b);
      if (roles[i] === void 0 && key2 !== void 0) {
        roles[i] = "notes-key";
        rules[i] = "notes-book-end-key";
        bookNotes.key = key2;
        return;
      }
      if (roles[i] === void 0 || roles[i] === "note") {
        roles[i] = "note";
        rules[i] = label ? "note-book-end" : "note-continuation";
        if (label)
          noteNs[i] = label.key;
        noteOf[i] = bookNotes.key;
      }
      return;
    }
    const editorHeading = roles[i] === "division-heading";
    const found = (roles[i] === void 0 || editorHeading) && !label && forced !== false ? divisionHeading(b, blocks[i + 1], profile, awaitingStart || blankStart && !profile.headed && !(roles[i] === void 0 && label)) : void 0;
    if (found || editorHeading) {
      inNotes = false;
      awaitingStart = false;
      roles[i] = "division-heading";
      rules[i] = editorHeading ? "override" : found.heading.rule;
      headings[i] = printedHeading(b, blocks[i + 1], found, witness.id ?? witness.siglum);
      if (found?.title?.block === "next" && roles[i + 1] === void 0) {
        roles[i + 1] = "division-title";
        rules[i + 1] = "heading-title-line";
      }
      starts[i] = forced ?? true;
      chapterSeen = true;
      return;
    }
    if (blankStart) {
      inNotes = roles[i] === void 0 ? label !== void 0 && chapterSeen : roles[i] === "note";
      awaitingStart = !inNotes && !profile.headed;
    }
    if (inNotes && roles[i] === void 0) {
      roles[i] = "note";
      rules[i] = label ? "note-label" : "note-continuation";
    }
    if (roles[i] === "note" && label)
      noteNs[i] = label.key;
    if (awaitingStart && !inNotes && !frameRoles.has(roles[i])) {
      starts[i] = forced ?? true;
      awaitingStart = false;
    } else if (forced === true)
      starts[i] = true;
    chapterSeen ||= starts[i];
  });
  const chapterBounds = [0, ...starts.flatMap((s, i) => s && i > 0 ? [i] : []), blocks.length];
  for (let c = 0; c + 1 < chapterBounds.length; c++) {
    const from = chapterBounds[c];
    const to = chapterBounds[c + 1];
    const chapterBlocks = blocks.slice(from, to);
    const chapterRoles = roles.slice(from, to);
    for (let k = 0; k < chapterBlocks.length; k++) {
      if (chapterRoles[k] !== void 0)
        continue;
      const ctx = { blocks: chapterBlocks, index: k, roles: chapterRoles, profile };
      for (const rule of contentRules) {
        const r = rule(ctx);
        if (r) {
          chapterRoles[k] = r.role;
          roles[from + k] = r.role;
          rules[from + k] = r.rule;
          if (r.role === "note")
            noteNs[from + k] = noteLabelAt(chapterBlocks[k].lines[0].text)?.key;
          break;
        }
      }
    }
  }
  const classified = blocks.map((block, i) => ({
    block,
    role: roles[i],
    rule: rules[i],
    chapterStart: starts[i],
    ...noteNs[i] !== void 0 ? { noteN: noteNs[i] } : {},
    ...noteOf[i] !== void 0 ? { noteOf: noteOf[i] } : {},
    ...decisions.get(block)?.resp !== void 0 ? { resp: decisions.get(block).resp } : {},
    ...headings[i] !== void 0 ? { heading: headings[i] } : {}
  }));
  return { classified, diagnostics, review: unknownLayouts(classified, profile, witness.file) };
}

// dist/structure/index.js
function chapterRange(units, firstChapter, n) {
  const starts = units.flatMap((u, i) => u.chapterStart ? [i] : []);
  const k = Number(n) - firstChapter;
  if (!Number.isInteger(k) || k < 0 || k >= starts.length)
    return void 0;
  return [starts[k], starts[k + 1] ?? units.length];
}
function recoverStructure(input) {
  const diagnostics = [];
  const review = [];
  const fileOf = (wit) => input.witnesses.find((w) => w.id === wit)?.file ?? wit;
  const classified = /* @__PURE__ */ new Map();
  for (const w of input.witnesses) {
    const blocks = splitHeadingLines(splitBlocks(sourceLines(w)), isBareHeadingLine);
    if (blocks.length === 0) {
      diagnostics.push(error({ message: `witness ${w.siglum} holds no text, only blank lines`, rule: "structure-no-text", stage: "structure", file: w.file }));
      continue;
    }
    const result = classifyBlocks(blocks, input.overrides[w.siglum] ?? input.overrides[w.id] ?? [], w, input.overridesFile ?? "overrides");
    diagnostics.push(...result.diagnostics);
    review.push(...result.review);
    classified.set(w.id, result.classified);
  }
  for (const sig of Object.keys(input.overrides)) {
    if (!input.witnesses.some((w) => w.siglum === sig || w.id === sig)) {
      diagnostics.push(error({ message: `overrides name witness "${sig}", which the config does not have`, rule: "override-unknown-witness", stage: "structure", file: input.overridesFile ?? "overrides" }));
    }
  }
  const { placed, diagnostics: placing } = placeInterventions(input.interventions, input.witnesses, input.interventionsFile ?? "interventions");
  diagnostics.push(...placing);
  let units = (classified.get(input.base) ?? []).map(unitOf);
  for (const w of input.witnesses) {
    if (w.id === input.base)
      continue;
    const other = classified.get(w.id);
    if (!other)
      continue;
    const scope = w.scope?.chapter;
    const range = scope === void 0 ? [0, units.length] : chapterRange(units, input.firstChapter, scope);
    if (!range) {
      diagnostics.push(error({
        message: `witness ${w.siglum} is said to carry chapter ${scope}, which the base witness does not have`,
        rule: "scope-unknown-chapter",
        stage: "structure",
        file: w.file,
        hint: "correct witnesses[].scope.chapter in the edition config"
      }));
      continue;
    }
    const merged = mergeUnits(units.slice(range[0], range[1]), other).map((u, i) => ({
      ...u,
      chapterStart: scope === void 0 ? u.chapterStart && u.parts[0].block.wit === input.base : i === 0
    }));
    const shared2 = merged.filter((u) => u.parts.length > 1 && u.parts.some((p) => p.block.wit === w.id)).length;
    if (shared2 === 0) {
      diagnostics.push(error({
        message: `witness ${w.siglum} shares no paragraph with ${scope === void 0 ? "the base witness" : `chapter ${scope}`}`,
        rule: "scope-no-match",
        stage: "structure",
        file: w.file,
        hint: "check that the witness and its scope are the right ones"
      }));
    }
    units = [...units.slice(0, range[0]), ...merged, ...units.slice(range[1])];
  }
  const { front, body } = assemble(units, {
    base: input.base,
    witnessOrder: input.witnesses.map((w) => w.id),
    fragments: input.witnesses.filter((w) => w.scope !== void 0).map((w) => w.id),
    siglumOf: (wit) => input.witnesses.find((w) => w.id === wit)?.siglum ?? wit,
    firstChapter: input.firstChapter,
    notes: input.notes,
    ...input.toc ? { toc: input.toc } : {},
    interventions: placed,
    ...input.interventionsFile ? { interventionsFile: input.interventionsFile } : {},
    editorResp: input.editorResp,
    review,
    fileOf,
    diagnostics
  });
  return { front, body, diagnostics, review };
}

// dist/tei/inline.js
var nameElement = { person: "persName", place: "placeName", org: "orgName", periodical: "title" };
function writeInlines(parent, run, ctx, writeBlocks2) {
  for (const node of run) {
    switch (node.kind) {
      case "text":
        parent.txt(node.value);
        break;
      case "ed":
        parent.txt(node.value);
        break;
      case "lb":
        for (const l of node.lines) {
          const rend = [...l.indent ? [`indent-${l.indent}`] : [], ...l.trailing ? [`trailing-${l.trailing}`] : []].join(" ");
          parent.ele("lb", { edRef: pointer(l.wit), n: String(l.line), ...node.wrap ? { type: "wrap" } : {}, ...rend ? { rend } : {} });
        }
        break;
      case "label":
        writeInlines(parent.ele("label"), node.children, ctx, writeBlocks2);
        break;
      case "note": {
        const note = parent.ele("note", attrs({
          "xml:id": node.id,
          n: node.n,
          place: node.place ?? "foot",
          type: node.noteType,
          subtype: node.n !== void 0 && node.markerText === void 0 && node.place !== "inline" ? "unanchored" : void 0,
          resp: pointer(node.resp),
          cert: node.cert
        }));
        writeBlocks2(note, node.blocks);
        break;
      }
      case "name": {
        const el = parent.ele(nameElement[node.nameType], attrs({
          level: node.nameType === "periodical" ? "j" : void 0,
          type: node.signature ? "signature" : void 0,
          ref: node.ref ? pointer(node.ref) : void 0,
          cert: node.ref ? node.cert : node.cert ?? "unknown"
        }));
        writeInlines(el, node.children, ctx, writeBlocks2);
        break;
      }
      case "date": {
        const el = parent.ele("date", attrs({ when: node.when, notBefore: node.notBefore, notAfter: node.notAfter, from: node.from, to: node.to, cert: node.cert }));
        writeInlines(el, node.children, ctx, writeBlocks2);
        break;
      }
      case "choice": {
        const choice = parent.ele("choice");
        writeInlines(choice.ele("sic"), node.sic, ctx, writeBlocks2);
        const id = ctx.nextId("corr");
        choice.ele("corr", attrs({ "xml:id": id, resp: pointer(node.resp), cert: node.cert, source: node.source })).txt(node.corr);
        if (node.reason)
          ctx.corrections.push({ target: id, resp: node.resp, reason: node.reason });
        break;
      }
      case "supplied":
        parent.ele("supplied", attrs({ reason: node.reason, resp: pointer(node.resp), source: pointer(node.source) })).txt(node.value);
        break;
      case "gap": {
        const gap = parent.ele("gap", attrs({ reason: node.reason, unit: node.unit, quantity: node.quantity, resp: pointer(node.resp) }));
        if (node.desc)
          gap.ele("desc").txt(node.desc);
        break;
      }
      case "bibl":
        writeInlines(parent.ele("bibl"), node.children, ctx, writeBlocks2);
        break;
      case "title":
        writeInlines(parent.ele("title", attrs({ level: node.level, ref: node.ref ? pointer(node.ref) : void 0 })), node.children, ctx, writeBlocks2);
        break;
      case "app": {
        const app = parent.ele("app", attrs({ "xml:id": node.id, type: node.variantType, corresp: node.corresp?.length ? pointers(node.corresp) : void 0 }));
        for (const r of node.readings) {
          const el = app.ele(r.lemma ? "lem" : "rdg", attrs({ wit: pointers(r.wit), type: r.variantType }));
          writeInlines(el, r.children, ctx, writeBlocks2);
          if (r.blocks)
            writeBlocks2(el, r.blocks);
        }
        break;
      }
      case "variation":
        throw new Error("a passage with differing copies reached the TEI writer uncollated: the collate stage must run first");
    }
  }
}

// dist/tei/blocks.js
var headType = { title: "title", subtitle: "sub", subheading: void 0, division: void 0 };
function writeBlocks(parent, blocks, ctx, inReading = false) {
  const inl = (el, run) => writeInlines(el, run, ctx, (p, b) => writeBlocks(p, b, ctx));
  for (const block of blocks) {
    switch (block.kind) {
      case "div":
        writeDivision(parent, block, ctx);
        break;
      case "p":
        inl(parent.ele("p", attrs({ "xml:id": block.id })), block.children);
        break;
      case "head":
        if (inReading)
          inl(parent.ele("label", attrs({ type: block.headType === "subtitle" ? "sub" : "head", "xml:id": block.id })), block.children);
        else
          inl(parent.ele("head", attrs({ type: headType[block.headType], "xml:id": block.id })), block.children);
        break;
      case "quote":
        writeQuote(parent, block, ctx);
        break;
      case "list": {
        const list3 = parent.ele("list", attrs({ "xml:id": block.id, type: block.ordered ? "ordered" : void 0 }));
        for (const item of block.items)
          inl(list3.ele("item", attrs({ "xml:id": item.id, n: item.n })), item.children);
        break;
      }
      case "dialogue":
        for (const s of block.speeches) {
          const sp = parent.ele("sp", attrs({ "xml:id": s.id, who: s.who ? pointer(s.who) : void 0 }));
          inl(sp.ele("speaker"), s.speaker);
          inl(sp.ele("p"), s.children);
        }
        break;
      case "epigraph": {
        const epigraph2 = parent.ele("epigraph", attrs({ "xml:id": block.id }));
        const holder = block.bibl.length ? epigraph2.ele("cit") : epigraph2;
        writeBlocks(holder.ele("quote"), block.blocks, ctx);
        if (block.bibl.length)
          inl(holder.ele("bibl"), block.bibl);
        break;
      }
      case "break":
        inl(parent.ele("ab", attrs({ type: "sectionBreak", "xml:id": block.id })), block.children);
        break;
      case "fw":
        inl(parent.ele("fw", attrs({ type: block.fwType, place: block.fwType === "header" ? "top" : "bottom", "xml:id": block.id })), block.children);
        break;
      case "lg": {
        const poem = parent.ele("lg", attrs({ type: block.stanzas.length > 1 ? "poem" : void 0, "xml:id": block.id }));
        for (const lines3 of block.stanzas) {
          const holder = block.stanzas.length > 1 ? poem.ele("lg", { type: "stanza" }) : poem;
          for (const l of lines3)
            inl(holder.ele("l", attrs({ "xml:id": l.id })), l.children);
        }
        break;
      }
      case "sp": {
        const sp = parent.ele("sp", attrs({ "xml:id": block.id, who: block.who ? pointer(block.who) : void 0 }));
        if (block.speaker.length > 0)
          inl(sp.ele("speaker"), block.speaker);
        for (const part of block.parts)
          inl(sp.ele(part.kind), part.children);
        break;
      }
      case "stage":
        inl(parent.ele("stage", attrs({ "xml:id": block.id })), block.children);
        break;
      case "opener":
      case "closer": {
        const el = parent.ele(block.kind, attrs({ "xml:id": block.id }));
        for (const part of block.parts) {
          if (part.kind === "address")
            inl(el.ele("address").ele("addrLine"), part.children);
          else
            inl(el.ele(part.kind), part.children);
        }
        break;
      }
      case "letter":
        writeBlocks(parent.ele("floatingText", attrs({ type: "letter", "xml:id": block.id })).ele("body"), block.blocks, ctx);
        break;
      case "app": {
        const app = parent.ele("app", attrs({ "xml:id": block.id, type: block.variantType }));
        for (const r of block.readings)
          writeBlocks(app.ele(r.lemma ? "lem" : "rdg", attrs({ wit: pointers(r.wit) })), r.blocks, ctx, true);
        for (const d of block.details ?? [])
          app.ele("witDetail", { wit: pointers(d.wit), type: d.type }).txt(d.text);
        break;
      }
    }
  }
}
function writeQuote(parent, q, ctx) {
  const inl = (el, run) => writeInlines(el, run, ctx, (p, b) => writeBlocks(p, b, ctx));
  if (q.quoteType === "document") {
    const body = parent.ele("floatingText", attrs({ type: "document", "xml:id": q.id })).ele("body");
    writeBlocks(body, q.blocks, ctx);
    if (q.signed)
      inl(body.ele("closer").ele("signed"), q.signed);
    return;
  }
  if (q.bibl) {
    const cit = parent.ele("cit", attrs({ type: "block", "xml:id": q.id }));
    writeBlocks(cit.ele("quote"), q.blocks, ctx);
    inl(cit.ele("bibl"), q.bibl);
    return;
  }
  writeBlocks(parent.ele("quote", attrs({ "xml:id": q.id })), q.blocks, ctx);
}
function writeDivision(parent, div, ctx) {
  const el = parent.ele("div", attrs({ type: div.divType, n: div.n, "xml:id": div.id, resp: div.resp ? pointer(div.resp) : void 0 }));
  writeBlocks(el, div.blocks, ctx);
}

// dist/tei/context.js
function createTeiContext() {
  const counters = /* @__PURE__ */ new Map();
  return {
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
    corrections: []
  };
}

// dist/tei/header.js
var declParts = /* @__PURE__ */ new Set(["correction", "normalization", "quotation", "hyphenation", "segmentation", "interpretation", "punctuation"]);
function witnessExtent(edition, wit) {
  const out = [];
  for (const div of edition.body) {
    if (!div.witnesses.includes(wit))
      continue;
    let from = Infinity;
    let to = 0;
    forEachInline(div.blocks, (node) => {
      if (node.kind !== "lb")
        return;
      for (const l of node.lines) {
        if (l.wit !== wit)
          continue;
        from = Math.min(from, l.line);
        to = Math.max(to, l.line);
      }
    });
    if (to > 0)
      out.push({ div, from, to });
  }
  return out;
}
function writeHeader(tei, edition) {
  const h = edition.header;
  const header = tei.ele("teiHeader");
  const fileDesc = header.ele("fileDesc");
  const titleStmt = fileDesc.ele("titleStmt");
  titleStmt.ele("title", { type: "main" }).txt(h.title);
  if (h.subtitle)
    titleStmt.ele("title", { type: "sub" }).txt(h.subtitle);
  titleStmt.ele("author", { ref: pointer(h.author.ref) }).txt(h.author.name);
  for (const r of h.responsibilities) {
    const rs = titleStmt.ele("respStmt", { "xml:id": r.id });
    rs.ele("resp").txt(r.resp);
    rs.ele(r.kind === "org" ? "orgName" : "persName").txt(r.name);
  }
  fileDesc.ele("editionStmt").ele("edition").txt(`${h.edition}, `).ele("date", { when: h.date }).txt(h.date);
  const pub = fileDesc.ele("publicationStmt");
  pub.ele("publisher").txt(h.publisher);
  if (h.pubPlace)
    pub.ele("pubPlace").txt(h.pubPlace);
  pub.ele("date", { when: h.date }).txt(h.date);
  pub.ele("availability").ele("licence", { target: h.licence.target }).txt(h.licence.text);
  const sourceDesc = fileDesc.ele("sourceDesc");
  const listBibl = sourceDesc.ele("listBibl");
  for (const s of h.sources) {
    const bibl = listBibl.ele("bibl", attrs({ "xml:id": s.id, "xml:lang": s.language }));
    if (s.title)
      bibl.ele("title").txt(s.title);
    if (s.author)
      bibl.ele("author").txt(s.author);
    if (s.publisher)
      bibl.ele("publisher").txt(s.publisher);
    if (s.pubPlace)
      bibl.ele("pubPlace").txt(s.pubPlace);
    if (s.date)
      bibl.ele("date", attrs({ when: s.when })).txt(s.date);
    bibl.ele("note", { type: "description" }).txt(s.label);
    if (s.note)
      bibl.ele("note").txt(s.note);
  }
  const listWit = sourceDesc.ele("listWit");
  for (const w of edition.witnesses) {
    const witness = listWit.ele("witness", { "xml:id": w.id, n: w.siglum });
    witness.ele("abbr", { type: "siglum" }).txt(w.siglum);
    witness.txt(" ");
    witness.ele("title").txt(w.title);
    witness.ele("note", { type: "provenance" }).txt(w.provenance);
    const form = fileForm(w);
    if (form)
      witness.ele("note", { type: "encoding", subtype: form.subtype }).txt(form.text);
    if (w.url)
      witness.ele("ptr", { target: w.url });
    const extent = witnessExtent(edition, w.id);
    const scope = witness.ele("note", { type: "extent" });
    scope.txt(`File ${w.source ?? w.file} (${w.byteLength} bytes, sha256 ${w.sha256}) carries `);
    extent.forEach((e, i) => {
      if (i > 0)
        scope.txt(i === extent.length - 1 ? " and " : ", ");
      scope.ele("ref", { target: pointer(e.div.id) }).txt(`chapter ${e.div.n}`);
      scope.txt(` (lines ${e.from}\u2013${e.to})`);
    });
    scope.txt(w.scope ? `; it is a fragment holding only chapter ${w.scope.chapter}.` : ".");
  }
  const enc = header.ele("encodingDesc");
  if (h.projectDesc)
    enc.ele("projectDesc").ele("p").txt(h.projectDesc);
  const decl = enc.ele("editorialDecl");
  for (const [key2, paras] of Object.entries(h.principles)) {
    if (declParts.has(key2)) {
      const part = decl.ele(key2);
      for (const p of paras)
        part.ele("p").txt(p);
    } else {
      for (const p of paras)
        decl.ele("p", { n: key2 }).txt(p);
    }
  }
  if (edition.witnesses.length > 1)
    enc.ele("variantEncoding", { method: "parallel-segmentation", location: "internal" });
  const app = enc.ele("appInfo").ele("application", { ident: toolkitName, version: toolkitVersion });
  app.ele("label").txt(toolkitName);
  app.ele("desc").txt("Up-conversion of plain-text witnesses to TEI: structure, notes, annotation and collation.");
  const profile = header.ele("profileDesc");
  if (h.workDate)
    profile.ele("creation").ele("date", { when: h.workDate.when }).txt(h.workDate.text);
  profile.ele("langUsage").ele("language", { ident: h.language.ident }).txt(h.language.name);
}
function fileForm(w) {
  if (!w.hadBom && w.lineEnding === "lf")
    return void 0;
  const parts = [...w.hadBom ? ["bom"] : [], ...w.lineEnding === "crlf" ? ["crlf"] : []];
  const text = `The file is UTF-8${w.hadBom ? " with a byte order mark" : ""}${w.lineEnding === "crlf" ? ", its lines ending in CR LF" : ""}.`;
  return { subtype: parts.join("-"), text };
}

// dist/tei/layout.js
var containers = /* @__PURE__ */ new Set([
  "TEI",
  "teiHeader",
  "fileDesc",
  "titleStmt",
  "respStmt",
  "editionStmt",
  "publicationStmt",
  "availability",
  "sourceDesc",
  "listBibl",
  "listWit",
  "encodingDesc",
  "editorialDecl",
  "correction",
  "normalization",
  "quotation",
  "hyphenation",
  "segmentation",
  "interpretation",
  "punctuation",
  "projectDesc",
  "appInfo",
  "application",
  "profileDesc",
  "langUsage",
  "text",
  "front",
  "body",
  "back",
  "div",
  "standOff",
  "listAnnotation",
  "epigraph",
  "cit",
  "floatingText",
  "closer",
  "opener",
  "address",
  "list",
  "sp",
  "app",
  "lg"
]);
var sometimes = /* @__PURE__ */ new Set(["quote", "note", "lem", "rdg"]);
var blockElements = /* @__PURE__ */ new Set(["p", "head", "quote", "cit", "list", "sp", "ab", "fw", "div", "floatingText", "epigraph", "app", "closer", "opener", "label", "lg", "l", "stage"]);
var ELEMENT = 1;
var TEXT = 3;
function isElementOnly(el) {
  const kids = el.childNodes;
  if (kids.length === 0)
    return false;
  for (let i = 0; i < kids.length; i++)
    if (kids[i].nodeType === TEXT)
      return false;
  if (containers.has(el.nodeName))
    return true;
  if (!sometimes.has(el.nodeName))
    return false;
  for (let i = 0; i < kids.length; i++)
    if (kids[i].nodeType === ELEMENT && !blockElements.has(kids[i].nodeName))
      return false;
  return true;
}

// dist/tei/document.js
function toTei(edition) {
  const tei = new XmlElement("TEI", { "xml:id": edition.id, "xml:lang": edition.header.language.ident }, TEI_NS);
  writeHeader(tei, edition);
  const ctx = createTeiContext();
  const text = tei.ele("text");
  if (edition.front.length > 0) {
    const front = text.ele("front");
    for (const div of edition.front)
      writeDivision(front, div, ctx);
  }
  writeBlocks(text.ele("body"), edition.body, ctx);
  const raw = /* @__PURE__ */ new Map();
  const registers = edition.registers.filter((r) => r.entries.length > 0);
  if (registers.length > 0 || ctx.corrections.length > 0) {
    const standOff = tei.ele("standOff");
    const inherited = ` xmlns="${TEI_NS}"`;
    raw.set(standOff.node, registers.map((r) => `
    ${r.xml.replace(/^(<[^>]*?)(?: xmlns="[^"]*")/, (m, tag) => m.endsWith(inherited) ? tag : m)}`));
    if (ctx.corrections.length > 0) {
      const list3 = standOff.ele("listAnnotation", { type: "corrections" });
      for (const c of ctx.corrections) {
        list3.ele("note", { type: "correction", target: pointer(c.target), resp: pointer(c.resp) }).txt(c.reason);
      }
    }
  }
  return serializeDocument(tei, { raw, indent: isElementOnly });
}

// dist/validate/edition/check.js
function checkEditionRules(xmlText, displayName, rules, parameters = {}) {
  const safe = checkText(xmlText, displayName);
  if (!safe.ok)
    return safe.diagnostics;
  const parsed = parseXml(xmlText);
  if (parsed.syntaxErrors.length > 0)
    return syntaxDiagnostics(parsed, displayName);
  const prepared = typeof rules === "string" || rules === void 0 ? [loadEditionRules(rules)] : rules.map((r) => prepareEditionRules(r.text, r.file));
  return [
    ...checkXmlIds(parsed.xmlIds, parsed.lines, displayName),
    ...checkPointers(parsed, displayName),
    ...prepared.flatMap((p) => runSchematron(p, parsed, displayName, "the edition rules", parameters))
  ];
}

// dist/pipeline/check.js
function pointersIn(value) {
  if (typeof value === "string")
    return /^#[A-Za-z_][\w.-]*$/u.test(value) ? [value] : [];
  if (Array.isArray(value))
    return value.flatMap(pointersIn);
  if (value !== null && typeof value === "object")
    return Object.values(value).flatMap(pointersIn);
  return [];
}
var registerParameter = { persons: "persons", places: "places", orgs: "orgs", bibls: "bibls" };
function ruleParameters(source) {
  const unique = (xs) => [...new Set(xs)];
  const params = {
    witnesses: source.witnesses.map((w) => `#${w.id}`),
    // The types the attribution rules give, and the editors' own notes.
    noteTypes: unique([...source.structure.notes.rules.map((r) => r.type), source.structure.notes.default.type, "editorial"]),
    noteResps: unique([
      ...pointersIn(source.structure.notes),
      source.structure.editorResp,
      source.header.author.ref,
      ...source.header.responsibilities.map((r) => `#${r.id}`),
      ...source.annotation.editorResp ? [source.annotation.editorResp] : []
    ])
  };
  for (const kind of Object.keys(registerParameter)) {
    params[registerParameter[kind]] = source.registers.filter((r) => r.kind === kind).flatMap((r) => r.entries.map((e) => `#${e.id}`));
  }
  return params;
}
function checkEdition(tei, teiFile, source) {
  return checkEditionRules(tei, teiFile, source.rules, ruleParameters(source));
}
var schemaErrorsShown = 10;
async function checkSchema(tei, teiFile, schema) {
  if (schema === void 0) {
    const hint = 'set "validation.schema" in the edition config or the TEI_ALL_RNG environment variable to tei_all.rng (it comes with the TEI Guidelines release)';
    return [info({ message: "the TEI was not checked against RELAX NG: no schema named", rule: "schema-unchecked", stage: "validate", file: teiFile, hint })];
  }
  const { validateTextAgainstSchema } = await import("./validate-files-NCK3XBLF.js");
  const found = await validateTextAgainstSchema(tei, teiFile, schema);
  const errors = found.filter((d) => d.severity === "error");
  if (errors.length <= schemaErrorsShown)
    return found;
  return [
    ...errors.slice(0, schemaErrorsShown),
    info({ message: `and ${errors.length - schemaErrorsShown} more RELAX NG errors (validate the kept TEI to see them all)`, rule: "schema-more-errors", stage: "validate", file: teiFile })
  ];
}

// dist/pipeline/process.js
function structureEdition(source) {
  const structure = recoverStructure({ ...source.structure, witnesses: source.witnesses, base: source.base });
  const diagnostics = [...source.diagnostics, ...structure.diagnostics];
  if (hasErrors(diagnostics))
    throw new EditionError(diagnostics);
  return {
    id: source.id,
    base: source.base,
    header: source.header,
    witnesses: source.witnesses,
    front: structure.front,
    body: structure.body,
    registers: source.registers,
    review: structure.review,
    diagnostics
  };
}
function collatedEdition(source) {
  const structured = structureEdition(source);
  return collateEdition(structured, { base: source.base, collation: source.collation, fileOf: (w) => witnessFile(structured, w), siglumOf: (w) => structured.witnesses.find((x) => x.id === w)?.siglum ?? w });
}
function editionModel(source, options = {}) {
  const collated = collatedEdition(source);
  return annotate(collated, {
    ...source.annotation,
    registers: source.registers,
    ...options.unknownNames === false ? { unknownNames: false } : {}
  });
}
async function processEdition(source, options = {}) {
  const want = new Set(options.only ?? buildOutputs);
  const on = options.onStage;
  const store = options.cache?.store;
  const reused = [];
  const teiFile = options.teiFile ?? `${source.id}.xml`;
  const modelOptions = want.has("review") ? {} : { unknownNames: false };
  const collated = () => {
    const structured = staged(on, "structure", () => structureEdition(source));
    return staged(on, "collate", () => collateEdition(structured, { base: source.base, collation: source.collation, fileOf: (w) => witnessFile(structured, w), siglumOf: (w) => structured.witnesses.find((x) => x.id === w)?.siglum ?? w }));
  };
  const annotation = { ...source.annotation, registers: source.registers, ...modelOptions };
  const makeModel = () => {
    const model = collated();
    return staged(on, "annotate", () => annotate(model, annotation));
  };
  const makeText = (thread2) => {
    const model = collated();
    return staged(on, "annotate", () => {
      const text = annotateText(model, annotation);
      const items = thread2 ? thread2.propose(text.proposals) : Promise.resolve(proposeReview(text.proposals, text.index));
      return { edition: text.withProposals([]), complete: items.then((found2) => text.withProposals(found2)) };
    });
  };
  if (want.has("html") || want.has("pdf"))
    refuseLongLines(source);
  const teiEntryKey = options.cache ? teiKey(options.cache.inputs, teiFile, want) : "";
  const cachedTei = store?.get("tei", teiEntryKey);
  let edition;
  let tei;
  let complete;
  let thread;
  if (cachedTei) {
    on?.({ stage: "tei", phase: "reused" });
    reused.push("tei");
    edition = lazyEdition(source.id, makeModel);
    complete = Promise.resolve(edition);
    tei = cachedTei.tei;
  } else {
    const kinds = proposalKinds(annotation);
    thread = want.has("review") && options.reviewThread !== false && (kinds.unknownNames || kinds.corruptions) ? startProposalThread() : void 0;
    let made2;
    try {
      made2 = makeText(thread);
    } catch (err) {
      thread?.close();
      throw err;
    }
    edition = made2.edition;
    complete = made2.complete;
    complete.catch(() => void 0);
    tei = staged(on, "tei", () => toTei(edition));
  }
  if (want.has("html") || want.has("pdf")) {
    const limit = source.render.maxBlockChars ?? defaultIntakeLimits.maxBlockChars;
    const longest = longestBlock(tei);
    if (longest.chars > limit)
      throw new EditionError([...cachedTei ? [] : edition.diagnostics, blockTooLong(longest, limit, void 0, teiFile, "render")]);
  }
  const keys = /* @__PURE__ */ new Map();
  const cached = /* @__PURE__ */ new Map();
  if (store) {
    for (const output of ["html", "pdf"]) {
      if (!want.has(output))
        continue;
      keys.set(output, renderKey(output, tei, source.render));
      const hit = store.get(output, keys.get(output));
      if (hit)
        cached.set(output, hit);
    }
  }
  const print = want.has("pdf") && !cached.has("pdf") && options.printThreads !== false ? await startPrint(tei, source.render) : void 0;
  const schemaCheck = !cachedTei && options.schema !== false ? staged(on, "schema", () => checkSchema(tei, teiFile, source.schema)) : Promise.resolve([]);
  schemaCheck.catch(() => void 0);
  const found = cachedTei ? [...cachedTei.diagnostics] : [...edition.diagnostics, ...staged(on, "check", () => checkEdition(tei, teiFile, source))];
  if (hasErrors(found)) {
    print?.release?.();
    thread?.close();
    return { edition, tei, files: /* @__PURE__ */ new Map(), diagnostics: [...found, ...await schemaCheck], passed: false, reused };
  }
  const files = /* @__PURE__ */ new Map();
  const rendered = [];
  let pages;
  let review;
  const made = /* @__PURE__ */ new Map();
  for (const output of ["html", "pdf"]) {
    if (!want.has(output))
      continue;
    let entry = cached.get(output);
    if (entry) {
      on?.({ stage: output, phase: "reused" });
      reused.push(output);
    } else {
      entry = await staged(on, output, () => renderEdition(tei, edition, { outputs: /* @__PURE__ */ new Set([output]), ...source.render, ...print ? { printPdf: print.pdf } : {}, ...options.printThreads === false ? { printThreads: false } : {} }));
      if (store)
        store.set(output, keys.get(output), { files: entry.files, diagnostics: entry.diagnostics, ...entry.pages !== void 0 ? { pages: entry.pages } : {} });
    }
    for (const [path, data] of entry.files)
      made.set(path, data);
    rendered.push(...entry.diagnostics);
    if (entry.pages !== void 0)
      pages = entry.pages;
  }
  edition = await complete;
  if (want.has("review")) {
    review = cachedTei?.review;
    if (review) {
      on?.({ stage: "review", phase: "reused" });
      reused.push("review");
    } else
      review = (await staged(on, "review", () => renderEdition(tei, edition, { outputs: /* @__PURE__ */ new Set(["review"]) }))).files;
    for (const [path, data] of review)
      files.set(path, data);
  }
  for (const [path, data] of made)
    files.set(path, data);
  found.push(...await schemaCheck);
  if (hasErrors(found))
    return { edition, tei, files: /* @__PURE__ */ new Map(), diagnostics: found, passed: false, reused };
  if (!cachedTei && store)
    store.set("tei", teiEntryKey, { tei, diagnostics: found, ...review ? { review } : {} });
  const diagnostics = [...found, ...rendered];
  return { edition, tei, files, diagnostics, passed: true, reused, ...pages !== void 0 ? { pages } : {} };
}
function loadEdition(configFile, options = {}) {
  return structureEdition(readEdition(configFile, options).source);
}
function refuseLongLines(source) {
  const limit = source.render.maxBlockChars ?? defaultIntakeLimits.maxBlockChars;
  for (const w of source.witnesses) {
    if (w.text.length <= limit)
      continue;
    for (let i = 0; i < w.lineStarts.length; i++) {
      const start = w.lineStarts[i];
      const end = i + 1 < w.lineStarts.length ? w.lineStarts[i + 1] - 1 : w.text.length;
      if (end - start <= limit)
        continue;
      const found = { chars: end - start, name: "p", opening: w.text.slice(start, start + 40) };
      throw new EditionError([blockTooLong(found, limit, { line: i + 1, column: 1 }, w.file, "render")]);
    }
  }
}
export {
  collatedEdition,
  editionModel,
  loadEdition,
  processEdition,
  structureEdition
};
