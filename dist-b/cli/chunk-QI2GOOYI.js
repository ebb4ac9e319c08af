import {
  checkAuthorities
} from "./chunk-47X6PU6O.js";
import {
  reviewId
} from "./chunk-NSLVMCY5.js";
import {
  escapeXml
} from "./chunk-6Q2N5OIY.js";
import {
  describeDecisions,
  emptyRules,
  sliceSpan,
  withRuleDefaults
} from "./chunk-RPS2I6FC.js";
import {
  registerRecords
} from "./chunk-FHX7AUZT.js";
import {
  annotationConfig
} from "./chunk-D75IO3B2.js";
import {
  LineIndex
} from "./chunk-T54CWHVJ.js";
import {
  error,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/anchors/find.js
import search from "approx-string-match";
var pointAt = (w, offset) => new LineIndex(w.text, w.lineStarts).point(offset);
var hitAt = (w, start, end) => ({ wit: w.id ?? w.siglum, start: pointAt(w, start), end: pointAt(w, end) });
var quote = (s) => `\u201C${s.length > 60 ? `${s.slice(0, 59)}\u2026` : s}\u201D`;
function occurrences(w, text) {
  const out = [];
  for (let i = w.text.indexOf(text); i !== -1; i = w.text.indexOf(text, i + 1))
    out.push(i);
  return out;
}
function nearestCandidate(w, anchor) {
  const maxErrors = Math.max(1, Math.floor(anchor.text.length / 3));
  const matches = search(w.text, anchor.text, maxErrors);
  if (matches.length === 0)
    return void 0;
  const line = (m) => pointAt(w, m.start).line;
  const len = (m) => Math.abs(m.end - m.start - anchor.text.length);
  const best = [...matches].sort((a, b) => a.errors - b.errors || len(a) - len(b) || (anchor.line !== void 0 ? Math.abs(line(a) - anchor.line) - Math.abs(line(b) - anchor.line) : 0) || a.start - b.start)[0];
  return { hit: hitAt(w, best.start, best.end), text: w.text.slice(best.start, best.end), errors: best.errors };
}
function notFound(witnesses, anchor, owner) {
  const candidates = witnesses.flatMap((w) => {
    const c = nearestCandidate(w, anchor);
    return c ? [{ w, ...c }] : [];
  });
  candidates.sort((a, b) => a.errors - b.errors);
  const best = candidates[0];
  const where3 = witnesses.map((w) => w.siglum).join(", ");
  if (!best) {
    return error({
      message: `${owner.what} in ${owner.file}: the text ${quote(anchor.text)} is not in witness ${where3}, and nothing near it is`,
      rule: "anchor-not-found",
      stage: owner.stage,
      file: owner.file,
      hint: "quote the witness text the entry applies to, or delete the entry"
    });
  }
  return error({
    message: `${owner.what} in ${owner.file}: the text ${quote(anchor.text)} is not in witness ${where3}; nearest candidate here (${best.errors} edit${best.errors === 1 ? "" : "s"}): ${quote(best.text)}`,
    rule: "anchor-not-found",
    stage: owner.stage,
    file: best.w.file,
    line: best.hit.start.line,
    column: best.hit.start.column,
    hint: `if this is the place, copy the text as it stands into ${owner.file}`
  });
}
function findAnchor(w, anchor, owner) {
  const found = occurrences(w, anchor.text);
  if (found.length === 0)
    return notFound([w], anchor, owner);
  if (found.length === 1)
    return hitAt(w, found[0], found[0] + anchor.text.length);
  const lines = found.map((o) => pointAt(w, o).line);
  if (anchor.line !== void 0) {
    const distance5 = lines.map((l) => Math.abs(l - anchor.line));
    const min = Math.min(...distance5);
    const nearest = found.filter((_, k) => distance5[k] === min);
    if (nearest.length === 1)
      return hitAt(w, nearest[0], nearest[0] + anchor.text.length);
  }
  return error({
    message: `${owner.what} in ${owner.file}: the text ${quote(anchor.text)} occurs ${found.length} times in witness ${w.siglum} (lines ${[...new Set(lines)].join(", ")})`,
    rule: "anchor-ambiguous",
    stage: owner.stage,
    file: w.file,
    line: lines[0],
    column: pointAt(w, found[0]).column,
    hint: `quote a longer text, or give "line" to say which occurrence`
  });
}
var isHit = (r) => "wit" in r;

// dist/annotate/flatten.js
var BARRIER = "\uFFFC";
var correctionsAsAtoms = (node) => node.kind === "choice" ? node.corr : void 0;
var noAtoms = () => void 0;
function flattenRun(run, atomText = noAtoms) {
  let text = "";
  const pieces = [];
  run.forEach((node, index) => {
    let value;
    let kind;
    if (node.kind === "text") {
      value = node.value;
      kind = "text";
    } else if (node.kind === "lb") {
      value = " ";
      kind = "space";
    } else if (node.kind === "note") {
      value = "";
      kind = "zero";
    } else {
      const atom = atomText(node);
      value = atom ?? BARRIER;
      kind = atom === void 0 ? "barrier" : "atom";
    }
    pieces.push({ index, start: text.length, end: text.length + value.length, kind });
    text += value;
  });
  return { run, text, pieces };
}
function canWrap(flat, start, end) {
  if (end <= start)
    return false;
  for (const p of flat.pieces) {
    if (p.end <= start || p.start >= end)
      continue;
    if (p.kind === "barrier")
      return false;
    if (p.kind === "atom" && (p.start < start || p.end > end))
      return false;
  }
  return true;
}
function sliceText(node, from, to) {
  return { kind: "text", value: node.value.slice(from, to), src: node.src.map((s) => sliceSpan(s, from, to)) };
}
function srcOf(node) {
  switch (node.kind) {
    case "text":
    case "name":
    case "date":
    case "choice":
      return node.src;
    default:
      return void 0;
  }
}
function sourcesOf(nodes) {
  const withSrc = nodes.map(srcOf).filter((s) => s !== void 0 && s.length > 0);
  const first = withSrc[0];
  const last = withSrc[withSrc.length - 1];
  if (!first || !last)
    return [];
  const out = [];
  for (const span of first) {
    const end = last.find((s) => s.wit === span.wit);
    if (end)
      out.push({ wit: span.wit, start: span.start, end: end.end });
  }
  return out;
}
function wrapRanges(flat, ranges) {
  if (ranges.length === 0)
    return [...flat.run];
  const out = [];
  let r = 0;
  let collecting = null;
  const close = () => {
    const range = ranges[r];
    out.push(range.build(collecting, sourcesOf(collecting)));
    collecting = null;
    r++;
  };
  for (const p of flat.pieces) {
    const node = flat.run[p.index];
    if (p.kind === "text" && node.kind === "text" && p.end > p.start) {
      let pos = p.start;
      while (pos < p.end) {
        const range2 = ranges[r];
        if (collecting) {
          const stop = Math.min(range2.end, p.end);
          collecting.push(sliceText(node, pos - p.start, stop - p.start));
          pos = stop;
          if (pos === range2.end)
            close();
        } else if (range2 && range2.start >= pos && range2.start < p.end) {
          if (range2.start > pos)
            out.push(sliceText(node, pos - p.start, range2.start - p.start));
          pos = range2.start;
          collecting = [];
        } else {
          out.push(pos === p.start ? node : sliceText(node, pos - p.start, p.end - p.start));
          pos = p.end;
        }
      }
      continue;
    }
    const range = ranges[r];
    if (!collecting && range && p.end > p.start && range.start === p.start)
      collecting = [];
    if (collecting) {
      collecting.push(node);
      if (p.end > p.start && p.end === range.end)
        close();
    } else {
      out.push(node);
    }
  }
  if (collecting)
    throw new Error("wrapRanges: a range runs past the end of its run");
  return out;
}

// dist/annotate/names/index-forms.js
var nameTypeOf = {
  persons: "person",
  places: "place",
  orgs: "org",
  bibls: "periodical"
};
var escape = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function formPattern(form) {
  let source = "";
  const chars = [...form];
  chars.forEach((c, i) => {
    const last = i === chars.length - 1;
    if (/\s/.test(c)) {
      if (!/\s/.test(chars[i - 1] ?? ""))
        source += "\\s+";
    } else if (c === "\u2019" || c === "'")
      source += "['\u2019]";
    else if ((c === "." || c === "-") && !last)
      source += `${escape(c)}\\s?`;
    else
      source += escape(c);
  });
  return new RegExp(source, "uy");
}
function firstKey(text) {
  const word = /^[\p{L}\p{N}]+/u.exec(text);
  const c = text[0] ?? "";
  return word ? word[0] : c === "'" ? "\u2019" : c;
}
function buildNameIndex(registers) {
  const diagnostics = [];
  const records = /* @__PURE__ */ new Map();
  const byText = /* @__PURE__ */ new Map();
  for (const register of registers) {
    for (const record of registerRecords(register)) {
      records.set(record.id, record);
      const ref = { id: record.id, kind: register.kind, nameType: nameTypeOf[register.kind] };
      for (const form of record.forms.filter((f) => f.type !== "reg")) {
        const known = byText.get(form.text);
        if (!known) {
          byText.set(form.text, { type: form.type, ...form.cert ? { cert: form.cert } : {}, entries: [ref] });
          continue;
        }
        if (known.entries.some((e) => e.id === record.id))
          continue;
        if (form.type !== "ambiguous" || known.type !== "ambiguous") {
          diagnostics.push(warning({
            message: `the form "${form.text}" belongs to ${[...known.entries.map((e) => e.id), record.id].join(" and ")}; it is treated as ambiguous`,
            rule: "register-shared-form",
            stage: "annotate",
            file: register.file,
            hint: 'mark it type="ambiguous" in each entry, or keep it in one entry only'
          }));
        }
        known.type = "ambiguous";
        known.entries.push(ref);
      }
    }
  }
  const forms = [...byText.entries()].map(([text, f]) => ({ text, type: f.type, ...f.cert ? { cert: f.cert } : {}, entries: f.entries, pattern: formPattern(text) })).sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const byFirst = /* @__PURE__ */ new Map();
  for (const form of forms) {
    const key = firstKey(form.text);
    byFirst.set(key, [...byFirst.get(key) ?? [], form]);
  }
  return { forms, byFirst, records, diagnostics };
}

// dist/annotate/names/find.js
var wordChar = /[\p{L}\p{N}]/u;
var isWordChar = (c) => c !== void 0 && wordChar.test(c);
function findNames(text, index) {
  const found = [];
  const starts = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  for (let s = starts.exec(text); s; s = starts.exec(text)) {
    const i = s.index;
    const candidates = index.byFirst.get(s[0] === "'" ? "\u2019" : s[0]);
    if (!candidates)
      continue;
    let best;
    for (const form of candidates) {
      form.pattern.lastIndex = i;
      const m = form.pattern.exec(text);
      if (!m)
        continue;
      const end = i + m[0].length;
      if (isWordChar(m[0][m[0].length - 1]) && isWordChar(text[end]))
        continue;
      if (!best || end > best.end)
        best = { start: i, end, form };
    }
    if (best) {
      found.push(best);
      starts.lastIndex = best.end;
    }
  }
  return found;
}

// dist/model/walk.js
function mapBlocks(blocks, fn, ctx = { path: [] }) {
  return blocks.map((b) => mapBlock(b, fn, ctx));
}
function mapBlock(block, fn, ctx) {
  const inner = {
    division: block.kind === "div" ? block : ctx.division,
    path: [...ctx.path, block.kind]
  };
  const run = (xs) => mapRun(xs, fn, inner);
  switch (block.kind) {
    case "div":
      return { ...block, blocks: mapBlocks(block.blocks, fn, inner) };
    case "app":
      return { ...block, readings: block.readings.map((r) => ({ ...r, blocks: mapBlocks(r.blocks, fn, inner) })) };
    case "p":
    case "head":
    case "break":
    case "fw":
      return { ...block, children: run(block.children) };
    case "quote":
      return {
        ...block,
        blocks: mapBlocks(block.blocks, fn, inner),
        ...block.bibl ? { bibl: run(block.bibl) } : {},
        ...block.signed ? { signed: run(block.signed) } : {}
      };
    case "epigraph":
      return { ...block, blocks: mapBlocks(block.blocks, fn, inner), bibl: run(block.bibl) };
    case "list":
      return { ...block, items: block.items.map((i) => ({ ...i, children: run(i.children) })) };
    case "dialogue":
      return {
        ...block,
        speeches: block.speeches.map((s) => ({ ...s, speaker: run(s.speaker), children: run(s.children) }))
      };
    case "lg":
      return { ...block, stanzas: block.stanzas.map((lines) => lines.map((l) => ({ ...l, children: run(l.children) }))) };
    case "sp":
      return { ...block, speaker: run(block.speaker), parts: block.parts.map((p) => ({ ...p, children: run(p.children) })) };
    case "stage":
      return { ...block, children: run(block.children) };
    case "opener":
    case "closer":
      return { ...block, parts: block.parts.map((p) => ({ ...p, children: run(p.children) })) };
    case "letter":
      return { ...block, blocks: mapBlocks(block.blocks, fn, inner) };
  }
}
function mapRun(run, fn, ctx) {
  const nested = run.map((node) => mapNested(node, fn, ctx));
  return [...fn(nested, ctx)];
}
function mapNested(node, fn, ctx) {
  const inner = (kind) => ({ ...ctx, path: [...ctx.path, kind] });
  switch (node.kind) {
    case "note":
      return { ...node, blocks: mapBlocks(node.blocks, fn, inner("note")) };
    case "name":
    case "date":
    case "label":
    case "bibl":
    case "title":
      return { ...node, children: mapRun(node.children, fn, inner(node.kind)) };
    case "choice":
      return node;
    case "app":
      return {
        ...node,
        readings: node.readings.map((r) => ({
          ...r,
          children: mapRun(r.children, fn, inner("app")),
          ...r.blocks ? { blocks: mapBlocks(r.blocks, fn, inner("app")) } : {}
        }))
      };
    default:
      return node;
  }
}
function forEachInline(blocks, visit) {
  mapBlocks(blocks, (runNodes, ctx) => {
    for (const n of runNodes)
      visit(n, ctx);
    return runNodes;
  });
}
function plainText(run) {
  let out = "";
  for (const n of run) {
    switch (n.kind) {
      case "text":
        out += n.value;
        break;
      case "name":
      case "date":
      case "label":
      case "bibl":
      case "title":
        out += plainText(n.children);
        break;
      case "choice":
        out += plainText(n.sic);
        break;
      case "app": {
        const lem = n.readings.find((r) => r.lemma) ?? n.readings[0];
        if (lem)
          out += plainText(lem.children);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

// dist/annotate/runs.js
function rewriteRuns(edition, fn) {
  let ordinal = 0;
  const wrapped = (run, ctx) => fn(run, ctx, ordinal++);
  const front = mapBlocks(edition.front, wrapped);
  const body = mapBlocks(edition.body, wrapped);
  return { front, body };
}
var isAnnotatable = (ctx) => !ctx.path.some((k) => k === "name" || k === "date" || k === "label" || k === "title");
var inQuotation = (ctx) => ctx.path.some((k) => k === "quote" || k === "epigraph");
function quoteTracker(text) {
  let depth = 0;
  let i = 0;
  return (pos) => {
    for (; i < pos; i++) {
      const c = text[i];
      if (c === "\u201C")
        depth++;
      else if (c === "\u201D" && depth > 0)
        depth--;
    }
    return depth > 0;
  };
}
function locate(flat, start, end) {
  const first = flat.pieces.find((p) => p.kind === "text" && p.start <= start && start < p.end);
  const last = [...flat.pieces].reverse().find((p) => p.kind === "text" && p.start < end && end <= p.end);
  if (!first || !last)
    return [];
  const a = flat.run[first.index];
  const b = flat.run[last.index];
  if (a?.kind !== "text" || b?.kind !== "text")
    return [];
  const spans = [];
  for (const s of a.src) {
    const t = b.src.find((x) => x.wit === s.wit);
    if (!t)
      continue;
    const from = start - first.start;
    const to = end - last.start;
    spans.push({
      wit: s.wit,
      start: { line: s.start.line, column: s.start.column + from, offset: s.start.offset + from },
      end: { line: t.start.line, column: t.start.column + to, offset: t.start.offset + to }
    });
  }
  return spans;
}
var primarySpan = (spans, base) => spans.find((s) => s.wit === base) ?? spans[0];

// dist/annotate/corrections.js
function applyCorrections(edition, rules, index, file, defaultResp) {
  const counts = rules.map(() => 0);
  const diagnostics = [];
  const places = rules.map((rule, k) => {
    if (rule.context === void 0 && rule.witness === void 0 && rule.line === void 0)
      return void 0;
    const anchor = { text: rule.context ?? rule.sic, ...rule.line !== void 0 ? { line: rule.line } : {} };
    const owner = { file, what: `correction [${k}] "${rule.sic}"`, stage: "annotate" };
    const searched = edition.witnesses.filter((w) => rule.witness === void 0 || w.siglum === rule.witness || w.id === rule.witness);
    const hits = searched.filter((w) => w.text.includes(anchor.text)).map((w) => findAnchor(w, anchor, owner));
    for (const h of hits)
      if (!isHit(h))
        diagnostics.push(h);
    if (hits.length === 0)
      diagnostics.push(notFound(searched, anchor, owner));
    return hits.filter(isHit);
  });
  const inside = (spans, placesOf) => spans.some((s) => placesOf.some((p) => p.wit === s.wit && p.start.offset <= s.start.offset && s.end.offset <= p.end.offset));
  const patterns = rules.map((r) => formPattern(r.sic));
  const sourceOf = (rule) => {
    if (rule.source)
      return rule.source;
    const form = index.forms.find((f) => f.text === rule.corr && f.entries.length === 1);
    return form ? `#${form.entries[0].id}` : void 0;
  };
  const { front, body } = rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === "text"))
      return run;
    const flat = flattenRun(run);
    const ranges = [];
    let taken = 0;
    const hits = [];
    rules.forEach((rule, k) => {
      const pattern = patterns[k];
      for (let i = flat.text.indexOf(rule.sic[0]); i !== -1; i = flat.text.indexOf(rule.sic[0], i + 1)) {
        if (isWordChar(flat.text[i - 1]))
          continue;
        pattern.lastIndex = i;
        const m = pattern.exec(flat.text);
        if (!m)
          continue;
        const end = i + m[0].length;
        if (isWordChar(flat.text[end]) && isWordChar(m[0][m[0].length - 1]))
          continue;
        if (!canWrap(flat, i, end))
          continue;
        const placesOf = places[k];
        if (placesOf !== void 0 && !inside(locate(flat, i, end), placesOf))
          continue;
        hits.push({ start: i, end, rule: k });
      }
    });
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const h of hits) {
      if (h.start < taken)
        continue;
      const rule = rules[h.rule];
      counts[h.rule]++;
      const source = sourceOf(rule);
      ranges.push({
        start: h.start,
        end: h.end,
        build: (children, src) => ({
          kind: "choice",
          sic: children,
          corr: rule.corr,
          resp: rule.resp ?? defaultResp,
          ...source ? { source } : {},
          reason: rule.reason,
          ...rule.cert ? { cert: rule.cert } : {},
          src
        })
      });
      taken = h.end;
    }
    return ranges.length === 0 ? run : wrapRanges(flat, ranges);
  });
  rules.forEach((rule, k) => {
    const expected = rule.expect;
    const got = counts[k];
    if (got === 0 && places[k] === void 0) {
      diagnostics.push(notFound(edition.witnesses, { text: rule.sic }, { file, what: `correction [${k}] "${rule.sic}" \u2192 "${rule.corr}"`, stage: "annotate" }));
      return;
    }
    if (got === 0 && places[k].length === 0)
      return;
    if (got === 0) {
      diagnostics.push(warning({ message: `correction "${rule.sic}" \u2192 "${rule.corr}": its passage is there, but the error is not a whole word of the edition's text in it`, rule: "correction-count", stage: "annotate", file }));
      return;
    }
    if (expected !== void 0 && got !== expected) {
      diagnostics.push(warning({
        message: `correction "${rule.sic}" \u2192 "${rule.corr}" applies ${got} time(s)${expected !== void 0 ? `, the file expects ${expected}` : ""}`,
        rule: "correction-count",
        stage: "annotate",
        file,
        hint: "check the witness text or update the rule"
      }));
    }
  });
  return { front, body, diagnostics, counts };
}

// dist/annotate/corruptions/find.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { distance } from "fastest-levenshtein";
var require2 = createRequire(import.meta.url);
var speller;
function englishSpeller() {
  if (speller)
    return speller;
  const nspell = require2("nspell");
  const load = (pkg) => {
    const dir = dirname(require2.resolve(pkg));
    return nspell({ aff: readFileSync(join(dir, "index.aff")), dic: readFileSync(join(dir, "index.dic")) });
  };
  const us = load("dictionary-en");
  const gb = load("dictionary-en-gb");
  speller = { correct: (w) => us.correct(w) || gb.correct(w), suggest: (w) => [.../* @__PURE__ */ new Set([...us.suggest(w), ...gb.suggest(w)])] };
  return speller;
}
var archaicWords = /* @__PURE__ */ new Set(["hast", "hath", "shalt", "wilt", "wast", "wert", "art", "thou", "thee", "thy", "thine", "ye", "doth", "dost", "didst", "canst", "goest", "goeth", "seest", "seeth"]);
function isArchaicInflection(word, known) {
  const w = word.toLowerCase().replace(/[’']/g, "");
  if (archaicWords.has(w))
    return true;
  for (const ending of ["est", "st", "eth", "th"]) {
    if (!w.endsWith(ending) || w.length - ending.length < 3)
      continue;
    const stem = w.slice(0, -ending.length);
    const stems = [stem, `${stem}e`, ...stem.endsWith("i") ? [`${stem.slice(0, -1)}y`] : []];
    if (stems.some(known))
      return true;
  }
  return false;
}
function taggedSpans(pieces) {
  const tagged3 = pieces.filter((p) => p.kind === "atom" || p.kind === "barrier");
  return (start, end) => {
    let lo = 0;
    let hi = tagged3.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (tagged3[mid].start < end)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo > 0 && tagged3[lo - 1].end > start;
  };
}
var letters = "abcdefghijklmnopqrstuvwxyz";
function oneEdit(word, spell) {
  const out = /* @__PURE__ */ new Set();
  const check = (w) => {
    if (w !== word && w.length > 0 && spell.correct(w))
      out.add(w);
  };
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length)
      check(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1)
      check(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of letters) {
      if (i < word.length)
        check(word.slice(0, i) + c + word.slice(i + 1));
      check(word.slice(0, i) + c + word.slice(i));
    }
  }
  return [...out];
}
var confusions = [
  ["rn", "m"],
  ["m", "rn"],
  ["in", "m"],
  ["m", "in"],
  ["ii", "il"],
  ["ii", "i"],
  ["li", "h"],
  ["cl", "d"],
  ["vv", "w"],
  ["l", "i"],
  ["1", "l"],
  ["0", "o"]
];
function editKind(sic, corr) {
  for (const [a, b] of confusions) {
    let i = sic.indexOf(a);
    while (i !== -1) {
      if (sic.slice(0, i) + b + sic.slice(i + a.length) === corr)
        return `a typical transcription confusion (${a} for ${b})`;
      i = sic.indexOf(a, i + 1);
    }
  }
  if (corr.length === sic.length + 1) {
    for (let i = 0; i < corr.length; i++)
      if (corr.slice(0, i) + corr.slice(i + 1) === sic)
        return corr[i] === corr[i - 1] || corr[i] === corr[i + 1] ? `a doubled letter written once (\u201C${corr[i]}\u201D)` : `a letter missing (\u201C${corr[i]}\u201D)`;
  }
  if (sic.length === corr.length + 1) {
    for (let i = 0; i < sic.length; i++)
      if (sic.slice(0, i) + sic.slice(i + 1) === corr)
        return sic[i] === sic[i - 1] || sic[i] === sic[i + 1] ? `a letter doubled (\u201C${sic[i]}\u201D)` : `a letter too many (\u201C${sic[i]}\u201D)`;
  }
  if (sic.length === corr.length)
    return "a letter changed or two letters swapped";
  return "the nearest dictionary word";
}
var modals = ["can", "may", "will", "must", "shall", "could", "would", "should", "might"];
var beforeBe = /* @__PURE__ */ new Set(["to", "not", "also", "only", "ever", "never", "then", "thus", "all", "both", "and", "or", "must", "cannot", "always", "still", "just", "even", "certainly", "probably", "perhaps", "soon", "easily", "hardly", "rather", "it", "let", "that", "there", "i", "you", "we", "they", "he", "she", "may", "might", "can", "could", "will", "would", "shall", "should"]);
var tagged = (node) => node.kind === "name" || node.kind === "date" || node.kind === "title" ? plain(node.children) : correctionsAsAtoms(node);
function plain(run) {
  return run.map((n) => n.kind === "text" ? n.value : n.kind === "lb" ? " " : n.kind === "choice" ? n.corr : n.kind === "name" || n.kind === "date" || n.kind === "title" ? plain(n.children) : "").join("");
}
function findCorruptions(edition, base, o) {
  const spell = englishSpeller();
  const frequency = /* @__PURE__ */ new Map();
  const texts = [];
  rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === "text"))
      return run;
    const flat = flattenRun(run, tagged);
    texts.push({ flat });
    for (const m of flat.text.matchAll(/\p{L}+/gu))
      frequency.set(m[0].toLowerCase(), (frequency.get(m[0].toLowerCase()) ?? 0) + 1);
    return run;
  });
  const known = (w) => spell.correct(w) || spell.correct(w.toLowerCase()) || o.names.has(w) || isArchaicInflection(w, (s) => spell.correct(s));
  const out = [];
  for (const { flat } of texts) {
    const text = flat.text;
    const inTag = taggedSpans(flat.pieces);
    const push = (start, end, corr, reasons, score) => {
      const sic = text.slice(start, end);
      if (o.registerForms.has(corr))
        return;
      const span = primarySpan(locate(flat, start, end), base);
      const context = `${text.slice(Math.max(0, start - 35), start)}[${sic}]${text.slice(end, end + 35)}`.replace(/\s+/g, " ");
      out.push({ sic, corr, reasons, score, ...span ? { span } : {}, context });
    };
    for (const m of text.matchAll(/(\p{L}+)([·•¬|~^*_¦§])(\p{L}+)/gu)) {
      if (inTag(m.index, m.index + m[0].length))
        continue;
      const [, a, sym, b] = m;
      const joined = a + b;
      const corr = known(joined) ? joined : `${a} ${b}`;
      push(m.index, m.index + m[0].length, corr, [`a stray \u201C${sym}\u201D inside a word`], 4);
    }
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      if (inTag(start, end))
        continue;
      if (/[·•¬|~^*_¦§]/u.test(text[start - 1] ?? "") || /[·•¬|~^*_¦§]/u.test(text[end] ?? ""))
        continue;
      const prev = text.slice(Math.max(0, start - 2), start);
      const capital = /^\p{Lu}/u.test(word);
      const opens = /(?:^|[.!?:;“"(]\s*)$/u.test(text.slice(Math.max(0, start - 3), start)) || start === 0;
      if (capital && !opens)
        continue;
      if (/^\p{Lu}{2,}$/u.test(word))
        continue;
      if (/['’]$/u.test(prev) || /^['’]\p{L}/u.test(text.slice(end)))
        continue;
      const lower = word.toLowerCase();
      if (lower === "m" && /^\s+\S/u.test(text.slice(end)) && /\p{L}\s+$/u.test(text.slice(0, start))) {
        push(start, end, "in", ["a lone \u201Cm\u201D between words, where \u201Cin\u201D fits: a typical transcription confusion (m for in)"], 4);
        continue;
      }
      if (/^\s+be\s/u.test(text.slice(end)) && !beforeBe.has(lower) && lower.length <= 4) {
        const modal = modals.map((x) => ({ x, d: distance(x, lower) })).filter((m2) => m2.d <= 2).sort((a, b) => a.d - b.d)[0]?.x;
        if (modal) {
          const be = /^\s+be/u.exec(text.slice(end))[0];
          push(start, end + be.length, `${modal}${be}`, [`\u201Cbe\u201D needs a modal or \u201Cto\u201D before it; \u201C${word}\u201D is ${distance(modal, lower)} letter(s) from \u201C${modal}\u201D`], 3.5);
          continue;
        }
      }
      if (word.length < 3 || known(word))
        continue;
      if (/[-‐]$/u.test(text.slice(Math.max(0, start - 1), start)) || /^[-‐]/u.test(text.slice(end)))
        continue;
      const freq = frequency.get(lower) ?? 0;
      const candidates = oneEdit(lower, spell);
      let corr;
      const reasons = [];
      let score = 0;
      if (candidates.length > 0) {
        const ranked = [...candidates].sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || confusionFirst(lower, a) - confusionFirst(lower, b) || a.localeCompare(b));
        corr = ranked[0];
        const kind = editKind(lower, corr);
        reasons.push(`not in the dictionary; one edit from \u201C${corr}\u201D: ${kind}`);
        score += kind.startsWith("a typical") ? 3 : kind.includes("doubled") || kind.includes("missing") ? 2.5 : 2;
        const used = frequency.get(corr) ?? 0;
        if (used >= 2 && freq === 1) {
          reasons.push(`occurs once, beside ${used}\xD7 \u201C${corr}\u201D in the text`);
          score += 1;
        }
        if (candidates.length > 1)
          score -= 0.5;
        if (corr === `${lower}s` || lower === `${corr}s`)
          score -= 1.5;
        else if (lower.length >= 8)
          score += 1;
      } else {
        for (let i = 2; i <= lower.length - 2 && !corr; i++) {
          const a = lower.slice(0, i);
          const b = lower.slice(i);
          if (spell.correct(a) && spell.correct(b) && b.length > 2 && !suffixes.has(b) && (a.length > 2 || ["an", "as", "at", "by", "he", "if", "in", "is", "it", "no", "of", "on", "or", "so", "to", "up", "we"].includes(a))) {
            corr = `${a} ${b}`;
            reasons.push(`not in the dictionary; two words run together (\u201C${a}\u201D \u201C${b}\u201D)`);
            score += 2;
          }
        }
      }
      if (!corr)
        continue;
      if (freq > 2)
        score -= 1.5;
      const emended = capital ? corr[0].toUpperCase() + corr.slice(1) : corr;
      push(start, end, emended, reasons, score);
    }
  }
  return out;
}
var suffixes = /* @__PURE__ */ new Set(["ism", "ist", "ists", "isms", "ing", "ings", "ness", "less", "ful", "ment", "ments", "ship", "dom", "hood", "like", "wise", "ward", "wards"]);
var confusionFirst = (sic, corr) => editKind(sic, corr).startsWith("a typical") ? 0 : 1;

// dist/annotate/corruptions/propose.js
import { distance as distance2 } from "fastest-levenshtein";
var dictionarySource = "https://www.npmjs.com/package/dictionary-en";
function proposeCorrections(found, fileOf, rejections) {
  const rejected = new Set(rejections.filter((r) => r.rule === "corruption").map((r) => r.text));
  const groups2 = /* @__PURE__ */ new Map();
  for (const c of found) {
    if (rejected.has(c.sic))
      continue;
    const key = `${c.sic}\0${c.corr}`;
    groups2.set(key, [...groups2.get(key) ?? [], c]);
  }
  const ranked = [...groups2.values()].map((cs) => ({ cs, score: Math.max(...cs.map((c) => c.score)) })).sort((a, b) => b.score - a.score || a.cs[0].sic.localeCompare(b.cs[0].sic) || a.cs[0].corr.localeCompare(b.cs[0].corr));
  return ranked.map(({ cs, score }, k) => {
    const first = cs[0];
    const places = cs.flatMap((c) => c.span ? [{ at: c.span, ...fileOf(c.span.wit) ? { file: fileOf(c.span.wit) } : {} }] : []);
    const one = cs.length === 1 && first.span ? { witness: first.span.wit, line: first.span.start.line } : {};
    const cert = score >= 4 ? "high" : "medium";
    const reason = `transcription error: ${first.reasons.join("; ")}`;
    return {
      rule: "corruption",
      id: reviewId("corr", first.sic, first.corr),
      text: first.sic,
      message: `\u201C${first.sic}\u201D \u2192 \u201C${first.corr}\u201D: ${first.reasons.join("; ")}`,
      proposal: `correct to \u201C${first.corr}\u201D`,
      action: { kind: "add-correction", correction: { sic: first.sic, corr: first.corr, reason, cert, source: dictionarySource, ...one, expect: cs.length } },
      places,
      details: [`score: ${score.toFixed(1)}`, `context: ${first.context}`],
      rank: k + 1,
      ...places[0] ? { at: places[0].at, ...places[0].file ? { file: places[0].file } : {} } : {}
    };
  });
}
function checkCorrections(rules, index, file) {
  const items = [];
  for (const rule of rules) {
    const form = index.forms.find((f) => f.text === rule.corr);
    if (!form)
      continue;
    for (const ref of form.entries) {
      const record = index.records.get(ref.id);
      if (!record)
        continue;
      const regWords = record.forms.filter((f) => f.type === "reg").flatMap((f) => f.text.split(/[\s()]+/).filter(Boolean));
      const corrWords = rule.corr.split(/\s+/);
      const variant = corrWords.flatMap((w) => regWords.filter((r) => r !== w && distance2(r, w) <= 2 && !regWords.includes(w)).map((r) => [w, r]))[0];
      if (form.type === "error") {
        items.push({ rule: "correction-to-variant", text: rule.sic, file, message: `the correction \u201C${rule.sic}\u201D \u2192 \u201C${rule.corr}\u201D corrects to a form #${ref.id} lists as an error`, proposal: `correct to the regularised name \u201C${record.name}\u201D` });
      } else if (variant) {
        items.push({
          rule: "correction-to-variant",
          text: rule.sic,
          file,
          message: `the correction \u201C${rule.sic}\u201D \u2192 \u201C${rule.corr}\u201D corrects to a variant spelling: #${ref.id}\u2019s regularised name spells \u201C${variant[0]}\u201D as \u201C${variant[1]}\u201D (${record.name})`,
          proposal: `correct to \u201C${rule.corr.replace(variant[0], variant[1])}\u201D, and mark \u201C${rule.corr}\u201D as an error form if the witnesses print it`
        });
      }
    }
  }
  return items;
}

// dist/annotate/dates/parse.js
import * as chrono from "chrono-node";

// dist/annotate/dates/parsers.js
var MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var MONTH_ALT = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join("|");
var pad = (n) => String(n).padStart(2, "0");
var lastDay = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
var iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
var YEAR_PARTS = {
  beginning: [1, 3],
  start: [1, 3],
  "early part": [1, 3],
  middle: [5, 8],
  end: [10, 12],
  "latter part": [10, 12],
  "first half": [1, 6],
  "second half": [7, 12]
};
var MONTH_PARTS = {
  beginning: [1, 10],
  start: [1, 10],
  "early part": [1, 10],
  middle: [11, 20],
  end: [21, "last"],
  "latter part": [21, "last"],
  "first half": [1, 15],
  "second half": [16, "last"]
};
var SEASONS = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2]
};
function interval(context, index, text, year, nb, na, tags) {
  const result = context.createParsingResult(index, text, { year });
  result.start.addTags(["nb:" + nb, "na:" + na, ...tags]);
  return result;
}
var inYears = (limits, y) => y >= limits.minYear && y <= limits.maxYear;
function partOfPeriodParser(limits) {
  const parts = Object.keys(YEAR_PARTS).join("|").replace(/ /g, "\\s+");
  const pattern = new RegExp(`\\b(?:(the)\\s+)?(${parts})\\s+of\\s+(?:(${MONTH_ALT})\\s+(?:\\([!?]+\\)\\s+)?)?(\\d{4})\\b`, "i");
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const part = match[2].toLowerCase().replace(/\s+/g, " ");
      const year = Number(match[4]);
      if (!inYears(limits, year))
        return null;
      if (match[3]) {
        const month = MONTHS.indexOf(match[3].toLowerCase()) + 1;
        const [d1, d2] = MONTH_PARTS[part];
        const end = d2 === "last" ? lastDay(year, month) : d2;
        const result = interval(context, match.index, match[0], year, iso(year, month, d1), iso(year, month, end), ["part:" + part]);
        result.start.assign("month", month);
        return result;
      }
      const [m1, m2] = YEAR_PARTS[part];
      return interval(context, match.index, match[0], year, iso(year, m1, 1), iso(year, m2, lastDay(year, m2)), ["part:" + part]);
    }
  };
}
function seasonParser(limits) {
  const names = Object.keys(SEASONS).join("|");
  const pattern = new RegExp(`\\b(?:(the)\\s+)?(${names})(?:\\s+or\\s+(?:the\\s+)?(${names}))?\\s+of\\s+(\\d{4})\\b`, "i");
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const year = Number(match[4]);
      if (!inYears(limits, year))
        return null;
      const first = match[2].toLowerCase();
      const second = (match[3] ?? match[2]).toLowerCase();
      const [m1] = SEASONS[first];
      const [, m2] = SEASONS[second];
      const startYear = m1 === 12 ? year - 1 : year;
      const tags = ["season:" + first];
      if (first === "winter" || second === "winter")
        tags.push("cert:medium", "why:winter");
      return interval(context, match.index, match[0], year, iso(startYear, m1, 1), iso(year, m2, lastDay(year, m2)), tags);
    }
  };
}
var NOT_YEAR_BEFORE = /(?:\bNos?\.|\bp\.|\bpp\.|\bpages?|\bVol\.|\bvol\.|\bnumber|№)\s*$/;
var NOT_YEAR_AFTER = /^\s*(?:km|kilomet|miles?\b|people|persons|men\b|pages|copies|roubles|rubles|francs|marks|dollars|pounds|%)/i;
function yearParser(limits) {
  const pattern = /(?<![\p{L}\p{N}.,])(\d{4})(?![\p{L}\p{N}]|[.,]\d)/u;
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const year = Number(match[1]);
      const at = match.index;
      if (!inYears(limits, year))
        return null;
      const prev = context.text[at - 1] ?? "";
      if (/[\p{L}\p{N}]/u.test(prev) || /[.,/]/.test(prev) && /\d/.test(context.text[at - 2] ?? ""))
        return null;
      if (NOT_YEAR_BEFORE.test(context.text.slice(Math.max(0, at - 12), at)))
        return null;
      if (NOT_YEAR_AFTER.test(context.text.slice(at + 4, at + 20)))
        return null;
      const result = context.createParsingResult(at, match[1], { year });
      result.start.addTag("parser/year");
      return result;
    }
  };
}
function numericDateParser(limits, order) {
  const pattern = /(?<![\p{L}\p{N}.\/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}]|[./]\d)/u;
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const a = Number(match[1]);
      const b = Number(match[3]);
      const year = Number(match[4]);
      const [day, month] = order === "dmy" ? [a, b] : [b, a];
      if (/[\p{L}\p{N}./]/u.test(context.text[match.index - 1] ?? ""))
        return null;
      if (!inYears(limits, year) || month < 1 || month > 12 || day < 1 || day > lastDay(year, month))
        return null;
      const result = context.createParsingResult(match.index, match[0], { day, month, year });
      result.start.addTag("parser/numeric-" + order);
      return result;
    }
  };
}
var ORD = "(?:st|nd|rd|th)?";
function dayRangeParser(limits) {
  const sep = `\\s*(?:[-\u2013\u2014]|to|until|and)\\s*`;
  const pattern = new RegExp(`\\b(?:(between|from)\\s+)?(?:(${MONTH_ALT})\\s+(\\d{1,2})${ORD}${sep}(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?|(\\d{1,2})${ORD}${sep}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_ALT})(?:,?\\s+(\\d{4}))?)(?![\\p{L}\\p{N}])`, "u");
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const lead = match[1];
      const monthName = match[2] ?? match[8];
      const d1 = Number(match[3] ?? match[6]);
      const d2 = Number(match[4] ?? match[7]);
      const yearText = match[5] ?? match[9];
      const text = match[0];
      if (/\band\b/.test(text) && lead?.toLowerCase() !== "between")
        return null;
      if (/\bto\b|\buntil\b/.test(text) && lead?.toLowerCase() !== "from")
        return null;
      const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
      if (!(d1 < d2) || d1 < 1 || d2 > 31)
        return null;
      const year = yearText ? Number(yearText) : void 0;
      if (year !== void 0 && !inYears(limits, year))
        return null;
      if (year !== void 0 && d2 > lastDay(year, month))
        return null;
      const start = { month, day: d1, ...year !== void 0 ? { year } : {} };
      const end = { month, day: d2, ...year !== void 0 ? { year } : {} };
      const result = context.createParsingResult(match.index, text, start, end);
      if (year === void 0) {
        result.start.imply("year", 2e3);
        result.end.imply("year", 2e3);
      }
      result.start.addTag("parser/day-range");
      return result;
    }
  };
}

// dist/annotate/dates/refiners.js
var MONTH_WORD = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi;
function bounds(c, year) {
  const tags = [...c.tags()];
  const nb = tags.find((t) => t.startsWith("nb:"))?.slice(3);
  const na = tags.find((t) => t.startsWith("na:"))?.slice(3);
  if (nb && na)
    return { lower: nb, upper: na };
  const y = c.isCertain("year") ? c.get("year") : year;
  if (y === null || y === void 0)
    return void 0;
  const parts = [String(y).padStart(4, "0")];
  if (c.isCertain("month")) {
    parts.push(String(c.get("month")).padStart(2, "0"));
    if (c.isCertain("day"))
      parts.push(String(c.get("day")).padStart(2, "0"));
  }
  const iso2 = parts.join("-");
  return { lower: iso2, upper: iso2 };
}
function plausibilityRefiner(limits) {
  return {
    refine: (_context, results) => results.filter((r) => {
      if (r.start.isCertain("year") && !/\d{4}/.test(r.text))
        return false;
      const comps = [r.start, ...r.end ? [r.end] : []];
      for (const c of comps) {
        if (!["year", "month", "day"].some((k) => c.isCertain(k)))
          return false;
        if (c.isCertain("year")) {
          const y = c.get("year");
          if (y < limits.minYear || y > limits.maxYear)
            return false;
        }
        if (!c.isValidDate())
          return false;
      }
      if (/[a-z]/i.test(r.text)) {
        for (const m of r.text.matchAll(MONTH_WORD))
          if (m[0][0] === m[0][0].toLowerCase())
            return false;
      }
      return true;
    })
  };
}
var PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|before|after|during|from|of)\s*$/i;
var monthAloneRefiner = {
  refine: (context, results) => results.filter((r) => {
    const s = r.start;
    const alone = s.isCertain("month") && !s.isCertain("day") && !s.isCertain("year") && !r.end;
    return !alone || PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, r.index - 12), r.index));
  })
};
var rangeRefiner = {
  refine: (context, results) => {
    const out = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (!b || a.end || b.end) {
        out.push(a);
        continue;
      }
      const between = context.text.slice(a.index + a.text.length, b.index);
      const before = context.text.slice(Math.max(0, a.index - 10), a.index);
      let lead = "";
      let ok = false;
      if (/^\s+(?:to|until|till)\s+$/i.test(between)) {
        lead = /\bfrom\s+$/i.exec(before)?.[0] ?? "";
        ok = lead !== "";
      } else if (/^\s+and\s+$/i.test(between)) {
        lead = /\bbetween\s+$/i.exec(before)?.[0] ?? "";
        ok = lead !== "";
      } else if (/^\s*[-–]\s*$/.test(between)) {
        ok = true;
      }
      if (!ok) {
        out.push(a);
        continue;
      }
      const start = a.start;
      const end = b.start;
      const borrowYear = !start.isCertain("year") && end.isCertain("year") ? end.get("year") : void 0;
      const lo = bounds(start, borrowYear);
      const hi = bounds(end);
      if (!lo || !hi || lo.lower > hi.upper) {
        out.push(a);
        continue;
      }
      if (borrowYear !== void 0) {
        start.assign("year", borrowYear);
        start.addTag("year-from-range");
      }
      const index = a.index - lead.length;
      const merged = context.createParsingResult(index, context.text.slice(index, b.index + b.text.length), start, end);
      merged.addTag("range");
      out.push(merged);
      i++;
    }
    return out;
  }
};

// dist/annotate/dates/parse.js
var defaultDateOptions = { minYear: 1500, maxYear: 2099, numericOrder: "dmy" };
var KEPT_PARSERS = ["ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser", "ENMonthNameParser", "ENYearMonthDayParser", "ISOFormatParser"];
var KEPT_REFINERS = ["OverlapRemovalRefiner", "ENUnlikelyFormatFilter", "ENExtractYearSuffixRefiner"];
function createDateParser(options = defaultDateOptions) {
  const base = chrono.en.casual.clone();
  const parsers = base.parsers.filter((p) => KEPT_PARSERS.includes(p.constructor.name));
  const refiners = base.refiners.filter((r) => KEPT_REFINERS.includes(r.constructor.name));
  const missing = KEPT_PARSERS.filter((n) => !parsers.some((p) => p.constructor.name === n));
  if (missing.length > 0)
    throw new Error(`chrono-node no longer has the parsers ${missing.join(", ")}; update src/annotate/dates/parse.ts`);
  return new chrono.Chrono({
    parsers: [
      partOfPeriodParser(options),
      seasonParser(options),
      dayRangeParser(options),
      numericDateParser(options, options.numericOrder),
      ...parsers,
      yearParser(options)
    ],
    refiners: [plausibilityRefiner(options), ...refiners, monthAloneRefiner, rangeRefiner]
  });
}
var tagged2 = (c, prefix) => [...c.tags()].find((t) => t.startsWith(prefix))?.slice(prefix.length);
function ruleOf(r) {
  if (r.end)
    return "date-range";
  const c = r.start;
  if (tagged2(c, "part:") !== void 0)
    return "date-part";
  if (tagged2(c, "season:") !== void 0)
    return "date-season";
  if (c.isCertain("day"))
    return "date-exact";
  if (c.isCertain("month"))
    return "date-month";
  return "date-year";
}
var listPattern = new RegExp(`\\b((?:\\d{1,2}(?:st|nd|rd|th)(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+))+)(\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(${MONTH_ALT})(?:,?\\s+(\\d{4}))?`, "gu");
function ordinalLists(text, minYear, maxYear) {
  const out = [];
  for (const m of text.matchAll(listPattern)) {
    const month = MONTHS.indexOf(m[3].toLowerCase()) + 1;
    const year = m[4] !== void 0 && Number(m[4]) >= minYear && Number(m[4]) <= maxYear ? Number(m[4]) : void 0;
    for (const d of m[1].matchAll(/\d{1,2}(?:st|nd|rd|th)/gu)) {
      const day = Number.parseInt(d[0], 10);
      const start = m.index + d.index;
      const attributes = (contextYear) => {
        const y = year ?? contextYear;
        if (y === void 0 || day < 1 || day > lastDay(y, month))
          return void 0;
        return { when: `${String(y).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
      };
      out.push({ start, end: start + d[0].length, text: d[0], ...year !== void 0 ? { year } : {}, years: year !== void 0 ? [year] : [], rule: "date-list", attributes });
    }
  }
  return out;
}
function parseDates(text, parser, limits = defaultDateOptions) {
  const listed = ordinalLists(text, limits.minYear, limits.maxYear);
  const results = parser.parse(text, new Date(Date.UTC(2e3, 0, 1)));
  const hits = results.map((r) => {
    const start = r.start;
    const end = r.end;
    const comps = end ? [start, end] : [start];
    const years = comps.filter((c) => c.isCertain("year") && !c.tags().has("year-from-range")).map((c) => c.get("year"));
    const cert = comps.map((c) => tagged2(c, "cert:")).find((x) => x !== void 0);
    const why = comps.map((c) => tagged2(c, "why:")).find((x) => x !== void 0);
    const year = start.isCertain("year") ? start.get("year") : void 0;
    const attributes = (contextYear) => {
      const lo = bounds(start, contextYear);
      if (!lo)
        return void 0;
      if (end) {
        const hi = bounds(end, contextYear);
        return hi ? { from: lo.lower, to: hi.upper } : void 0;
      }
      return lo.lower === lo.upper ? { when: lo.lower } : { notBefore: lo.lower, notAfter: lo.upper };
    };
    const text2 = r.text.replace(/[\s,]+$/u, "");
    return {
      start: r.index,
      end: r.index + text2.length,
      text: text2,
      ...year !== void 0 ? { year } : {},
      years,
      rule: ruleOf(r),
      ...cert ? { cert } : {},
      ...why ? { why } : {},
      attributes
    };
  });
  const free = listed.filter((l) => !hits.some((h) => h.start < l.end && l.start < h.end));
  return [...hits, ...free].sort((a, b) => a.start - b.start);
}

// dist/annotate/dates/annotate-dates.js
var precedingIn = (marks, pos) => marks.filter((m) => m.pos <= pos).at(-1);
var followingIn = (marks, pos) => marks.find((m) => m.pos >= pos);
var sentenceBreak = /[.!?][”’"')\]]*\s+(?=[“"‘(\[]*\p{Lu})/u;
function nearestIn(marks, start, end, text) {
  const sameSentence = (m) => !sentenceBreak.test(m.pos < start ? text.slice(m.pos, start) : text.slice(end, m.pos));
  const quotedAfter = (m) => m.pos > end && /[“"]/u.test(text.slice(end, m.pos)) && !/[”"]/u.test(text.slice(text.slice(end, m.pos).search(/[“"]/u) + end + 1, m.pos));
  const inSentence = marks.filter((m) => sameSentence(m) && !quotedAfter(m));
  if (inSentence.length > 0) {
    return inSentence.reduce((best, m) => {
      const d = m.pos < start ? start - m.pos : m.pos - end;
      const db = best.pos < start ? start - best.pos : best.pos - end;
      return d < db || d === db && m.pos < best.pos ? m : best;
    });
  }
  return precedingIn(marks, start) ?? marks.find((m) => m.pos >= end && !quotedAfter(m)) ?? followingIn(marks, end);
}
function annotateDates(edition, parser) {
  const base = edition.base;
  const found = [];
  const marks = [];
  const markers = /* @__PURE__ */ new Map();
  const noteOfText = /* @__PURE__ */ new WeakMap();
  const firstText = /* @__PURE__ */ new Map();
  const runText = /* @__PURE__ */ new Map();
  rewriteRuns(edition, (run, ctx, ordinal) => {
    const first = run.find((n) => n.kind === "text");
    if (!isAnnotatable(ctx) || !first)
      return run;
    firstText.set(ordinal, first);
    const flat = flattenRun(run, correctionsAsAtoms);
    runText.set(ordinal, flat.text);
    for (const p of flat.pieces) {
      const node = run[p.index];
      if (node?.kind !== "note")
        continue;
      const note = node;
      const span = note.marker ? primarySpan(note.marker, base) : void 0;
      markers.set(note.id, { ordinal, pos: p.start, ...span ? { span } : {} });
      forEachInline(note.blocks, (n) => {
        if (n.kind === "text")
          noteOfText.set(n, note.id);
      });
    }
    const division = ctx.division?.id ?? "";
    for (const hit of parseDates(flat.text, parser)) {
      if (!canWrap(flat, hit.start, hit.end))
        continue;
      const span = primarySpan(locate(flat, hit.start, hit.end), base);
      found.push({ ordinal, hit, division, ...span ? { span } : {} });
      const first2 = hit.years[0];
      const last = hit.years.at(-1);
      const mark = (pos, year) => marks.push({ ordinal, pos, year, text: hit.text, division, ...span ? { span } : {} });
      if (first2 !== void 0)
        mark(hit.start, first2);
      if (last !== void 0 && hit.years.length > 1)
        mark(hit.end, last);
    }
    return run;
  });
  const marksByRun = /* @__PURE__ */ new Map();
  for (const m of marks)
    marksByRun.set(m.ordinal, [...marksByRun.get(m.ordinal) ?? [], m]);
  const noteOfRun = (ordinal) => {
    const t = firstText.get(ordinal);
    return t ? noteOfText.get(t) : void 0;
  };
  const contextYear = (f) => {
    const own = marksByRun.get(f.ordinal) ?? [];
    const inRun = nearestIn(own, f.hit.start, f.hit.end, runText.get(f.ordinal) ?? "");
    if (inRun)
      return { mark: inRun, how: "the nearest year in its paragraph", cert: "medium" };
    let at = f.span;
    const noteId = noteOfRun(f.ordinal);
    const marker = noteId ? markers.get(noteId) : void 0;
    if (marker) {
      const around = marksByRun.get(marker.ordinal) ?? [];
      const m2 = nearestIn(around, marker.pos, marker.pos, runText.get(marker.ordinal) ?? "");
      if (m2)
        return { mark: m2, how: "the nearest year around the note\u2019s marker", cert: "medium" };
      at = marker.span ?? at;
    }
    if (!at)
      return void 0;
    const before = marks.filter((m2) => m2.division === f.division && m2.span?.wit === at.wit && m2.span.start.offset < at.start.offset);
    const m = before.sort((a, b) => a.span.start.offset - b.span.start.offset).at(-1);
    return m ? { mark: m, how: "the last year written before it in its chapter", cert: "low" } : void 0;
  };
  const fileOf = (wit) => edition.witnesses.find((w) => w.id === wit)?.file;
  const review = [];
  const dates = [];
  const byRun = /* @__PURE__ */ new Map();
  for (const f of found) {
    const { hit } = f;
    let attributes;
    let cert = hit.cert;
    let rule = hit.rule;
    let message;
    if (hit.year === void 0 && !hit.attributes()) {
      const found2 = contextYear(f);
      if (found2) {
        const ctx = found2.mark;
        attributes = hit.attributes(ctx.year);
        cert = found2.cert;
        rule = "date-year-from-context";
        message = `\u201C${hit.text}\u201D read as ${Object.values(attributes ?? {}).join("\u2013")} with cert="${found2.cert}": the year ${ctx.year} is taken from \u201C${ctx.text}\u201D${ctx.span ? ` (line ${ctx.span.start.line})` : ""}, ${found2.how}`;
      } else {
        cert = "low";
        rule = "date-year-unknown";
        message = `\u201C${hit.text}\u201D: no year is written near it; the date is tagged without a value`;
      }
    } else {
      attributes = hit.attributes();
      if (cert)
        message = `\u201C${hit.text}\u201D read as ${Object.values(attributes ?? {}).join("\u2013")} with cert="${cert}"${hit.why === "winter" ? ": a winter may belong to either year" : ""}`;
    }
    const reviewIt = cert !== void 0 && cert !== "high";
    const node = (children, src) => ({
      kind: "date",
      ...attributes ?? {},
      ...cert ? { cert } : {},
      ...reviewIt ? { review: true } : {},
      rule,
      children,
      src
    });
    byRun.set(f.ordinal, [...byRun.get(f.ordinal) ?? [], { start: hit.start, end: hit.end, build: node }]);
    dates.push({ text: hit.text, ...f.span ? { span: f.span } : {}, ...attributes ? { attributes } : {}, rule, ...cert ? { cert } : {} });
    if (reviewIt) {
      const file = fileOf(f.span?.wit);
      review.push({
        rule,
        message: message ?? `\u201C${hit.text}\u201D`,
        text: hit.text,
        ...f.span ? { at: f.span } : {},
        ...file ? { file } : {},
        ...attributes ? { proposal: Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(" ") } : {}
      });
    }
  }
  const { front, body } = rewriteRuns(edition, (run, _ctx, ordinal) => {
    const ranges = byRun.get(ordinal);
    return ranges ? wrapRanges(flattenRun(run, correctionsAsAtoms), ranges) : run;
  });
  return { front, body, review, dates };
}

// dist/annotate/discover/find.js
import { createRequire as createRequire2 } from "node:module";

// dist/annotate/discover/lexicon.js
var personTitles = /* @__PURE__ */ new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Mme",
  "Madame",
  "Mlle",
  "Mademoiselle",
  "M",
  "Monsieur",
  "Herr",
  "Frau",
  "Fr\xE4ulein",
  "Dr",
  "Doctor",
  "Professor",
  "Prof",
  "Comrade",
  "Cde",
  "Citizen",
  "General",
  "Colonel",
  "Captain",
  "Lieutenant",
  "Major",
  "Admiral",
  "Marshal",
  "Commander",
  "Sergeant",
  "Father",
  "Brother",
  "Sister",
  "Saint",
  "St",
  "Rabbi",
  "Reverend",
  "Rev",
  "Bishop",
  "Cardinal",
  "Pope",
  "Tsar",
  "Czar",
  "Tsarina",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Count",
  "Countess",
  "Baron",
  "Baroness",
  "Duke",
  "Duchess",
  "Lord",
  "Lady",
  "Sir",
  "Emperor",
  "Empress",
  "President",
  "Premier",
  "Minister",
  "Senator",
  "Deputy",
  "Judge",
  "Prosecutor",
  "Ambassador",
  "Consul",
  "Commissar",
  "defendant",
  "accused",
  "witness",
  "prosecutor",
  "comrade",
  "citizen",
  "engineer",
  "professor",
  "doctor",
  "journalist",
  "writer",
  "lawyer",
  "historian",
  "agent",
  "provocateur"
]);
var femaleTitles = /* @__PURE__ */ new Set(["Mrs", "Ms", "Miss", "Mme", "Madame", "Mlle", "Mademoiselle", "Frau", "Fr\xE4ulein", "Sister", "Tsarina", "Queen", "Princess", "Countess", "Baroness", "Duchess", "Lady", "Empress"]);
var maleTitles = /* @__PURE__ */ new Set(["Mr", "M", "Monsieur", "Herr", "Father", "Brother", "Rabbi", "Tsar", "Czar", "King", "Prince", "Count", "Baron", "Duke", "Lord", "Sir", "Emperor"]);
var femaleApposition = /^,?\s+(?:the\s+|his\s+|her\s+)?(?:sister|wife|widow|daughter|mother|niece|aunt|grandmother|fiancée|mistress)\b/u;
var maleApposition = /^,?\s+(?:the\s+|his\s+|her\s+)?(?:brother|husband|widower|son|father|nephew|uncle|grandfather|fiancé)\b/u;
var orgHeads = /* @__PURE__ */ new Set([
  "Party",
  "Committee",
  "Center",
  "Centre",
  "Soviet",
  "Soviets",
  "Bureau",
  "Government",
  "Union",
  "Council",
  "Institute",
  "Commissariat",
  "Agency",
  "International",
  "Bund",
  "Army",
  "Guard",
  "Guards",
  "Police",
  "Society",
  "Association",
  "League",
  "Bank",
  "Company",
  "Works",
  "Trust",
  "Federation",
  "Front",
  "Group",
  "Bloc",
  "Club",
  "Academy",
  "University",
  "College",
  "School",
  "Ministry",
  "Department",
  "Office",
  "Court",
  "Tribunal",
  "Collegium",
  "Presidium",
  "Praesidium",
  "Politburo",
  "Orgburo",
  "Secretariat",
  "Cheka",
  "Opposition",
  "Assembly",
  "Duma",
  "Parliament",
  "Senate",
  "Commission",
  "Directorate",
  "Syndicate",
  "Press",
  "Publishers",
  "Publications",
  "Telegraph",
  "Railway",
  "Fleet",
  "Navy",
  "Corps",
  "Division",
  "Regiment",
  "Brigade",
  "Legion",
  "Movement",
  "Organisation",
  "Organization"
]);
var partyBodies = /* @__PURE__ */ new Set(["Politburo", "Orgburo", "Presidium", "Praesidium", "Secretariat", "Comintern", "Cominform", "Profintern", "Cheka", "Sovnarkom", "Collegium"]);
var governmentHeads = /^(government|Government|cabinet|Cabinet)$/u;
var periodicalCues = /\b(?:newspaper|paper|journal|magazine|review|weekly|daily|gazette|organ|bulletin|periodical)\s*,?\s*$/iu;
var periodicalWords = /* @__PURE__ */ new Set(["Gazette", "Times", "Herald", "Journal", "Review", "Bulletin", "Tribune", "Courier", "Post", "Chronicle", "Echo", "Messenger", "Daily", "Weekly", "Monthly", "Izvestia", "Pravda", "Zeitung", "Vorw\xE4rts", "Humanit\xE9"]);
var workCues = /\b(?:book|books|pamphlet|novel|poem|play|article|essay|treatise|autobiography|biography|memoirs|speech|manifesto|programme|program|resolution|theses)\s*,?\s*$/iu;
var surnameEndings = /(?:ov|ev|ëv|yov|ova|eva|in|ina|yn|sky|ski|skiy|skii|skaya|ska|vich|vitch|witz|wicz|enko|chuk|uk|yuk|ko|dze|shvili|ian|yan|stein|mann|berg|baum|feld|sohn|son|sen)$/u;
var placeEndings = /(?:grad|burg|bourg|sk|stadt|ville|pol|polis|land|ia|stan|abad)$/u;
var placeCues = /\b(?:in|at|to|from|near|via|through|into|outside|towards?)\s+(?:the\s+)?$/u;
var monthsAndDays = /* @__PURE__ */ new Set([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday"
]);
var derivedEndings = /(?:ist|ists|ism|isms|ite|ites|ian|ians|ean|eans|ese|ish|vik|viks|viki|ification|ified|ization|ized|isation|ised)$/u;
var placeHeads = /* @__PURE__ */ new Set([
  "Empire",
  "Kingdom",
  "Republic",
  "Sea",
  "Ocean",
  "Lake",
  "River",
  "Mountains",
  "Mountain",
  "Mount",
  "Islands",
  "Island",
  "Gulf",
  "Bay",
  "Strait",
  "Peninsula",
  "Province",
  "Governorate",
  "Region",
  "Oblast",
  "County",
  "District",
  "Valley",
  "Forest",
  "Desert",
  "Street",
  "Square",
  "Avenue",
  "Bridge",
  "Canal",
  "Station",
  "Prison"
]);
var citedName = /\b(?:name|names|surname|pseudonym|alias|nickname|signed|called|spelt|spelled|word)(?:\s+(?:to|as|of|was))?\s*[“"‘']$/u;
var abbreviations = /* @__PURE__ */ new Set([
  "Esq",
  "Esqr",
  "Bart",
  "Bt",
  "Jun",
  "Junr",
  "Sen",
  "Senr",
  "Jr",
  "Sr",
  "Kt",
  "Messrs",
  "Co",
  "Ltd",
  "Inc",
  "Bros",
  "Vol",
  "Vols",
  "Chap",
  "Ch",
  "No",
  "Nos",
  "Pp",
  "Ibid",
  "Id",
  "Op",
  "Cit",
  "Loc",
  "Viz",
  "Cf",
  "Ed",
  "Eds",
  "Trans",
  "Fig",
  "Ms",
  "Mss",
  "Obs",
  "Ult",
  "Inst",
  "Prox"
]);
var exclamationWords = /* @__PURE__ */ new Set(["God", "Heaven", "Heavens", "Lord", "Christ", "Jesus", "Gracious", "Goodness", "Mercy", "Alas", "Oh", "O", "Ah", "Lo", "Hark", "Behold"]);
var readingCues = /\b(?:read|reads|reading|re-read|perused|perusing|translated|translating|quoted\s+from)\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+)?$/iu;
var wordPrefixes = /^(?:un|in|im|ir|il|dis|mis|non|over|under|out|re|fore|be)(?=\p{L}{3})/u;
var elidedEnding = /\p{Ll}['’](?:d|st|t|n|ll|re|ve|rt|ring|ning)$|^\p{Lu}['’]\p{Ll}/u;
var languages = /* @__PURE__ */ new Set([
  "Latin",
  "Greek",
  "Hebrew",
  "Arabic",
  "Persian",
  "Sanskrit",
  "Syriac",
  "Aramaic",
  "Chaldee",
  "Coptic",
  "English",
  "French",
  "German",
  "Italian",
  "Spanish",
  "Portuguese",
  "Dutch",
  "Russian",
  "Polish",
  "Yiddish",
  "Turkish",
  "Chinese",
  "Japanese",
  "Gaelic",
  "Welsh",
  "Esperanto"
]);
var nationalityNoun = /^(?:English|French|Dutch|Irish|Scots|Scotch|Welsh|Cornish|Norse|Gentle|Country|Church|Sports|States)(?:man|men|woman|women)$/u;

// dist/annotate/discover/find.js
var entityTypes = ["person", "place", "org", "periodical", "work"];
var require3 = createRequire2(import.meta.url);
var nlp;
var tagger = () => nlp ??= require3("compromise");
var taggedText = (node) => {
  switch (node.kind) {
    case "name":
    case "date":
    case "title":
      return plain2(node.children);
    case "choice":
      return node.corr;
    default:
      return void 0;
  }
};
function plain2(run) {
  return run.map((n) => n.kind === "text" ? n.value : n.kind === "lb" ? " " : n.kind === "choice" ? n.corr : n.kind === "name" || n.kind === "date" || n.kind === "title" ? plain2(n.children) : "").join("");
}
var upper = /^\p{Lu}/u;
var initial = /^\p{Lu}$/u;
var particles = /* @__PURE__ */ new Set(["de", "von", "van", "der", "den", "la", "le", "du", "di", "da", "del", "dos", "y", "of", "on", "for", "and"]);
var sentenceStart = /(?:^|[.!?:;\uFFFC]|\[\d+\])[\s“”‘’"()[\]—–]*$/u;
var stopWords = /^(?:The|A|An|This|That|These|Those|His|Her|Their|Our|In|On|At|By|For|From|To|And|But|Of|With|As|If|It|No|Not|Yes|I)$/u;
var commonWord = "a common word (the text also writes it in lower case)";
var openingWord = "a common word opening a sentence";
var quiet = /* @__PURE__ */ new Set([commonWord, openingWord, "initials alone"]);
var zero = () => ({ person: 0, place: 0, org: 0, periodical: 0, work: 0 });
function sentences(text) {
  const out = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?][”’"')\]]*\s+(?=[“"‘(\[]*\p{Lu})/gu)) {
    const to = m.index + m[0].length;
    out.push([from, to]);
    from = to;
  }
  if (from < text.length)
    out.push([from, text.length]);
  return out;
}
function terms(text, wanted) {
  const out = [];
  for (const [from, to] of sentences(text))
    if (wanted(from, to))
      out.push(...sentenceTerms(text, from, to));
  return out;
}
function sentenceTerms(text, from0, to0) {
  const out = [];
  const slice = text.slice(from0, to0).replaceAll(BARRIER, " ").replace(/[_*]/g, " ");
  for (const sentence of tagger()(slice).json({ offset: true, terms: { offset: true } })) {
    for (const t of sentence.terms) {
      const start = from0 + t.offset.start;
      let end = start + t.offset.length;
      while (end > start && /[_*'‘’"“”()[\],.;:!?—–]/u.test(text[end - 1]) && !(end - start === 2 && text[end - 1] === "."))
        end--;
      const from = start + (/^[_*'‘’"“”([]+/u.exec(text.slice(start, end))?.[0].length ?? 0);
      if (end <= from)
        continue;
      const dash = /[!?.,;:]*[—–]+/u.exec(text.slice(from, end));
      if (dash && dash.index > 0 && from + dash.index + dash[0].length < end) {
        const cut = from + dash.index;
        const next = cut + dash[0].length;
        out.push({ text: text.slice(from, cut), start: from, end: cut, tags: new Set(t.tags) });
        out.push({ text: text.slice(next, end), start: next, end, tags: new Set(t.tags) });
        continue;
      }
      out.push({ text: text.slice(from, end), start: from, end, tags: new Set(t.tags) });
    }
  }
  return out;
}
function groups(text, ts) {
  const out = [];
  const capital = (t) => t !== void 0 && upper.test(t.text) && !/\d/.test(t.text);
  for (let i = 0; i < ts.length; i++) {
    if (!capital(ts[i]))
      continue;
    let j = i;
    for (; ; ) {
      const a = ts[j];
      const gap = text.slice(a.end, ts[j + 1]?.start ?? a.end);
      const next = ts[j + 1];
      if (!next)
        break;
      if (capital(next) && (gap === " " || gap === "-" || gap === "" || /^s?['’] $/u.test(gap) || initial.test(a.text) && /^\.\s?$/.test(gap))) {
        j++;
        continue;
      }
      if (gap === " " && particles.has(next.text) && capital(ts[j + 2]) && text.slice(next.end, ts[j + 2].start) === " " && next.text !== "and") {
        j += 2;
        continue;
      }
      break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}
function findCandidates(edition, base, decisions, isWord = () => false) {
  const lowerSeen = /* @__PURE__ */ new Set();
  const capitalInside = /* @__PURE__ */ new Set();
  rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx))
      return run;
    const text = flattenRun(run, taggedText).text;
    for (const m of text.matchAll(/\p{L}+/gu)) {
      if (m[0][0] !== m[0][0].toUpperCase())
        lowerSeen.add(m[0]);
      else if (!ctx.path.includes("head") && !sentenceStart.test(text.slice(Math.max(0, m.index - 8), m.index)))
        capitalInside.add(m[0]);
    }
    return run;
  });
  const out = [];
  rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === "text"))
      return run;
    const flat = flattenRun(run, taggedText);
    const heading = ctx.path.includes("head");
    const covered = (start, end) => flat.pieces.some((p) => (p.kind === "atom" || p.kind === "barrier") && p.start < end && start < p.end);
    if (![...flat.text.matchAll(/\p{Lu}\p{L}*/gu)].some((m) => !covered(m.index, m.index + m[0].length)))
      return run;
    const wanted = (from, to) => [...flat.text.slice(from, to).matchAll(/\p{Lu}\p{L}*/gu)].some((m) => {
      const at = from + m.index;
      if (covered(at, at + m[0].length))
        return false;
      const opening = sentenceStart.test(flat.text.slice(Math.max(0, at - 8), at));
      const lower = m[0].toLowerCase();
      return !(opening && (lowerSeen.has(lower) || isWord(lower)));
    });
    const ts = terms(flat.text, wanted).filter((t) => !covered(t.start, t.end));
    for (const g of groups(flat.text, ts)) {
      let first = g.from;
      const last = g.to;
      let lastKept = last;
      while (first < lastKept && stopWords.test(ts[first].text))
        first++;
      while (lastKept > first && stopWords.test(ts[lastKept].text))
        lastKept--;
      const personAfter = (k) => ts.slice(k + 1, lastKept + 1).some((t) => t.tags.has("FirstName") || t.tags.has("Person"));
      while (first < lastKept && // a hyphenated compound ("Anglo-Catholic") is one word
      flat.text.slice(ts[first].end, ts[first + 1].start) === " " && !ts[first].tags.has("FirstName") && (derivedEndings.test(ts[first].text) || ts[first].tags.has("Demonym") || isWord(ts[first].text.toLowerCase()) && !personTitles.has(ts[first].text) && personAfter(first))) {
        const t = ts[first];
        const span2 = primarySpan(locate(flat, t.start, t.end), base);
        out.push({ text: t.text, ...span2 ? { span: span2 } : {}, scores: zero(), evidence: [], context: t.text, filtered: "an adjective before a name" });
        first++;
      }
      const leading = first < lastKept && personTitles.has(ts[first].text) && !ts.slice(first + 1, lastKept + 1).every((t) => isWord(t.text.toLowerCase())) ? ts[first].text : void 0;
      if (leading)
        first++;
      const words = ts.slice(first, lastKept + 1);
      if (words.length === 1 && stopWords.test(words[0].text))
        continue;
      let start = words[0].start;
      let end = words.at(-1).end;
      if (initial.test(words.at(-1).text) && flat.text[end] === ".")
        end++;
      const text = flat.text.slice(start, end).replace(/['’]s?$/u, "");
      end = start + text.length;
      if (text.length === 0)
        continue;
      const before = flat.text.slice(Math.max(0, start - 40), start).replace(/[_*]+$/u, "");
      const after = flat.text.slice(end, end + 40).replace(/^[_*,.]+(?=[\s,.])/u, "");
      const opensSentence = sentenceStart.test(flat.text.slice(Math.max(0, start - 8), start));
      const scores = zero();
      const evidence = [];
      const add = (type, points, why) => {
        scores[type] += points;
        evidence.push(why);
      };
      const tag = (name) => words.some((w) => w.tags.has(name));
      const lastWord = words.at(-1).text;
      let filtered;
      if (words.every((w) => monthsAndDays.has(w.text)))
        filtered = "a month or a day of the week";
      else if (words.every((w) => initial.test(w.text)))
        filtered = "initials alone";
      else if (words.length === 1 && abbreviations.has(text) && flat.text[end] === ".")
        filtered = `an abbreviation (\u201C${text}.\u201D), not a name`;
      else if (words.length === 1 && elidedEnding.test(text))
        filtered = "a word with an elided ending (\u201Cfeed\u2019st\u201D, \u201Co\u2019er\u201D), not a name";
      else if (words.length === 1 && languages.has(text))
        filtered = "the name of a language";
      else if (words.length === 1 && nationalityNoun.test(text))
        filtered = "a man or woman of a nation (a common noun)";
      else if (words.length === 1 && (opensSentence || heading) && lowerSeen.has(text.toLowerCase()) && !tag("Person") && !tag("Place"))
        filtered = commonWord;
      else if (derivedEndings.test(lastWord) && !tag("Country") && !tag("City") && !tag("FirstName") && !orgHeads.has(lastWord) && !placeHeads.has(lastWord))
        filtered = "derived from a name (an adjective, a movement or its members)";
      else if (words.length === 1 && personTitles.has(text))
        filtered = "a title without a name";
      else if (words.length === 1 && (tag("Demonym") || tag("Adjective") && !tag("ProperNoun")))
        filtered = "an adjective (of nationality)";
      else if (words.length === 1 && opensSentence && isWord(text.toLowerCase()) && !tag("Person") && !tag("Place") && !tag("Organization"))
        filtered = openingWord;
      const titleBefore = /(?:^|[\s(“])(\p{L}+)\.?\s+$/u.exec(before)?.[1];
      const theBefore = /\bthe\s+(\p{Ll}+)\s+$/u.exec(before)?.[1];
      if (titleBefore && personTitles.has(titleBefore))
        add("person", 3, `after the title \u201C${titleBefore}\u201D`);
      else if (theBefore && personTitles.has(theBefore))
        add("person", 3, `after \u201Cthe ${theBefore}\u201D`);
      if (leading)
        add("person", 3, `after the title \u201C${leading}\u201D`);
      if (words.length > 1 && words.slice(0, -1).some((w) => initial.test(w.text)))
        add("person", 3, "initials before a surname");
      if (tag("FirstName") && words.length > 1)
        add("person", 3, "a given name before a surname (compromise)");
      else if (tag("Person"))
        add("person", 2, "a person\u2019s name (compromise)");
      if (tag("Honorific"))
        add("person", 1, "an honorific (compromise)");
      if (surnameEndings.test(lastWord) && !placeEndings.test(lastWord))
        add("person", 1, `a surname ending (\u201C${lastWord}\u201D)`);
      if (/^['’]s\b/u.test(flat.text.slice(end)))
        add("person", 0.5, "possessive");
      if (tag("Country") || tag("City") || tag("Region"))
        add("place", 3, "a country, city or region (compromise)");
      else if (tag("Place"))
        add("place", 2, "a place (compromise)");
      if (placeCues.test(before) && !tag("Person"))
        add("place", 1.5, `after \u201C${placeCues.exec(before)[0].trim()}\u201D`);
      if (words.length > 1 && placeHeads.has(lastWord))
        add("place", 4, `the head word \u201C${lastWord}\u201D names a place`);
      if (/\((?:now|today|formerly|then)\s+$/u.test(before))
        add("place", 2, "another name of a place, in brackets");
      if (placeEndings.test(lastWord))
        add("place", 1, `a place-name ending (\u201C${lastWord}\u201D)`);
      if (words.length > 1 && orgHeads.has(lastWord))
        add("org", 4, `the head word \u201C${lastWord}\u201D names a body`);
      if (partyBodies.has(text) && decisions.organisations.partyBodies)
        add("org", 4, "a party or state body (editorial decision: organisations)");
      if (/^\p{Lu}{2,6}$/u.test(text) && !monthsAndDays.has(text))
        add("org", 2, "an acronym");
      if (tag("Organization") && !tag("Person") && words.length > 1)
        add("org", 1, "an organisation (compromise)");
      if (decisions.organisations.governments && governmentHeads.test(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? "")) {
        const head = /^\s+(\p{L}+)/u.exec(after)[0];
        end += head.length;
        add("org", 5, "a government named by its country or party (editorial decision: organisations)");
        filtered = void 0;
      }
      if (periodicalCues.test(before))
        add("periodical", 4, `after \u201C${periodicalCues.exec(before)[0].trim()}\u201D`);
      if (words.some((w) => periodicalWords.has(w.text)))
        add("periodical", 3, "a word of periodical titles");
      const italic = /[_*]/.test(flat.text[start - 1] ?? "") && /^[,.;:]?[_*]/u.test(flat.text.slice(end, end + 2));
      const quoted = /[“"]$/u.test(before) && /^[”"]/u.test(flat.text.slice(end));
      if (workCues.test(before))
        add("work", 4, `after \u201C${workCues.exec(before)[0].trim()}\u201D`);
      else if (readingCues.test(before))
        add("work", 4, `after \u201C${readingCues.exec(before)[0].trim()}\u201D (a title read)`);
      if (italic)
        add("work", 2, "set in italics (a title)");
      else if (quoted && words.length > 1)
        add("work", 1, "in quotation marks (a title)");
      if (citedName.test(before) && /^[”"’']/u.test(after))
        filtered = "a name cited as a word (\u201Cthe name \u2026\u201D), not a mention";
      const strongest = Math.max(...Object.values(scores));
      if (!filtered && strongest < 3)
        filtered = notAName(words.map((w) => w.text), text, { opensSentence: opensSentence || heading, after: flat.text.slice(end), person: tag("Person"), named: tag("Place") || tag("Organization"), isWord, capitalInside });
      if (!filtered && words.every((w) => isWord(w.text.toLowerCase())) && !tag("FirstName") && !tag("Honorific") && !tag("Place") && strongest < 3) {
        filtered = (opensSentence || heading) && words.length === 1 ? openingWord : words.length > 1 ? "ordinary words of the dictionary set with capitals (a phrase or a title), with no cue of a name" : "an ordinary word of the dictionary, with no cue of a name";
      }
      const finalText = flat.text.slice(start, end).replace(/['’]s?$/u, "");
      end = start + finalText.length;
      const span = primarySpan(locate(flat, start, end), base);
      const context = `${before.slice(-30)}[${finalText}]${flat.text.slice(end, end + 30)}`.replace(/\s+/g, " ").replaceAll(BARRIER, "\u2026");
      out.push({ text: finalText, ...span ? { span } : {}, scores, evidence, context, ...filtered ? { filtered, ...quiet.has(filtered) ? { quiet: true } : {} } : {} });
      start = end;
    }
    return run;
  });
  return out;
}
function notAName(words, text, at) {
  const single = words.length === 1;
  const dictionary = (w) => at.isWord(w.toLowerCase());
  if (!at.opensSentence)
    return void 0;
  if (/^[”’"']*!/u.test(at.after) && words.every(dictionary) && (words.some((w) => exclamationWords.has(w)) || !words.every((w) => at.capitalInside.has(w)))) {
    return "an exclamation (\u201CBeautiful!\u201D, \u201CGreat God!\u201D), not a name";
  }
  if (!single || at.capitalInside.has(text) || at.named)
    return void 0;
  const stem = text.toLowerCase().replace(wordPrefixes, "");
  if (!at.person && stem !== text.toLowerCase() && (at.isWord(stem) || at.isWord(stem.replace(/['’]d$/u, "ed"))))
    return openingWord;
  if (at.person && dictionary(text))
    return openingWord;
  return void 0;
}

// dist/annotate/review/near-miss.js
import { distance as distance3 } from "fastest-levenshtein";
var stripPossessive = (s) => s.replace(/['’]s?$/u, "");
function nearestForm(word, index, limits) {
  const w = stripPossessive(word);
  const limit = w.length >= 9 ? limits.long : w.length >= 5 ? limits.short : 0;
  if (limit === 0)
    return void 0;
  const words = w.split(/\s+/).length;
  let best;
  for (const form of index.forms) {
    if (form.text === w || form.text.split(/\s+/).length !== words)
      continue;
    if (Math.abs(form.text.length - w.length) > limit)
      continue;
    const d = distance3(w, form.text);
    if (d <= limit && (!best || d < best.distance))
      best = { form: form.text, ids: form.entries.map((e) => e.id), distance: d };
  }
  return best;
}

// dist/annotate/discover/propose.js
var aType = { person: "a person", place: "a place", org: "an organisation", periodical: "a periodical", work: "a work" };
var registerOf = { person: "persons", place: "places", org: "orgs", periodical: "bibls", work: "bibls" };
var entryElement = { person: "person", place: "place", org: "org", periodical: "bibl", work: "bibl" };
var nameElement = { person: "persName", place: "placeName", org: "orgName", periodical: 'title level="j"', work: 'title level="m"' };
var placeOf = (c, fileOf) => {
  if (!c.span)
    return void 0;
  const file = fileOf(c.span.wit);
  return { at: c.span, ...file ? { file } : {} };
};
var where = (p) => p ? `${p.file ?? p.at.wit}:${p.at.start.line}:${p.at.start.column}` : "";
function entryIdFor(forms, type, taken) {
  const longest = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  const words = longest.split(/\s+/);
  const base = (type === "person" ? words.at(-1) : longest).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const id = /^[a-z]/.test(base) ? base : `n-${base || "entry"}`;
  let out = id;
  for (let k = 2; taken.has(out); k++)
    out = `${id}-${k}`;
  return out;
}
function entryXml(id, type, forms, note) {
  const el = entryElement[type];
  const name = nameElement[type];
  const close = name.split(" ")[0];
  const reg = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  return [
    `<${el} xml:id="${id}">`,
    `  <${name} type="reg">${escapeXml(reg)}</${close}>`,
    ...forms.map((f) => `  <${name} type="form">${escapeXml(f)}</${close}>`),
    `  <note>${escapeXml(note)}</note>`,
    `</${el}>`
  ].join("\n");
}
function proposeEntities(candidates, o) {
  const items = [];
  const decided = new Map(o.decisions.map((d) => [d.form, d]));
  const rejected = new Set(o.rejections.map((r) => `${r.rule}\0${r.text}`));
  const isRejected = (rule, text) => rejected.has(`${rule}\0${text}`);
  const groups2 = /* @__PURE__ */ new Map();
  const held = [];
  for (const c of candidates) {
    const place2 = placeOf(c, o.fileOf);
    const at = place2 ? { at: place2.at, ...place2.file ? { file: place2.file } : {} } : {};
    const decision = decided.get(c.text);
    if (decision) {
      items.push({ rule: "name-decided", text: c.text, message: `${decision.decision}: ${decision.reason}`, proposal: `${decision.decision}: ${decision.reason}`, ...at });
      continue;
    }
    if (c.filtered) {
      held.push(c);
      continue;
    }
    const key = /\p{Ll}/u.test(c.text) || /^\p{Lu}{2,6}$/u.test(c.text) ? c.text : c.text.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
    const g = groups2.get(key) ?? { key, members: [], forms: /* @__PURE__ */ new Set([key]) };
    g.members.push(c);
    groups2.set(key, g);
  }
  const multi = [...groups2.values()].filter((g) => g.key.includes(" "));
  for (const g of [...groups2.values()]) {
    if (g.key.includes(" "))
      continue;
    if (g.members.some((c) => c.evidence.some((e) => e.startsWith("after the title"))))
      continue;
    const fuller = multi.filter((m) => m.key.endsWith(` ${g.key}`) && total(m).person > Math.max(total(m).place, total(m).org));
    if (fuller.length !== 1)
      continue;
    fuller[0].members.push(...g.members);
    fuller[0].forms.add(g.key);
    groups2.delete(g.key);
  }
  for (const c of held) {
    const person = c.text.includes(" ") || c.filtered?.startsWith("a name cited") ? void 0 : multi.filter((m) => m.key.endsWith(` ${c.text}`) && total(m).person > 0 && groups2.has(m.key));
    if (person && person.length === 1) {
      person[0].members.push(c);
      person[0].forms.add(c.text);
      continue;
    }
    if (c.quiet)
      continue;
    const place2 = placeOf(c, o.fileOf);
    items.push({ rule: "name-filtered", text: c.text, message: c.filtered, proposal: c.filtered, ...place2 ? { at: place2.at, ...place2.file ? { file: place2.file } : {} } : {} });
  }
  const taken = new Set(o.index.records.keys());
  for (const g of [...groups2.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    const places = g.members.map((c) => placeOf(c, o.fileOf)).filter((p) => p !== void 0);
    const first = places[0];
    const at = first ? { at: first.at, ...first.file ? { file: first.file } : {} } : {};
    const scores = total(g);
    let best = entityTypes.reduce((a, b) => scores[b] > scores[a] ? b : a, "person");
    if (best === "work" && scores.periodical > 0)
      best = "periodical";
    const evidence = countedEvidence(g.members);
    const type = best;
    const why = scores[best] > 0 ? evidence : "no cue in the text: a proper noun, taken as a person (the most frequent kind); check the type";
    const plural = pluralOf(g.key, o.index, o.editorial);
    if (plural) {
      if (isRejected("name-plural", g.key))
        continue;
      items.push({
        rule: "name-plural",
        id: reviewId("plural", g.key, plural.id),
        text: g.key,
        message: `\u201C${g.key}\u201D is the plural of \u201C${plural.form}\u201D (#${plural.id}): ${o.editorial.plurals.reason}`,
        proposal: `add \u201C${g.key}\u201D to #${plural.id} as a form of type "plural"`,
        action: { kind: "add-register-form", register: plural.kind, entryId: plural.id, form: g.key, formType: "plural" },
        places,
        details: [`type: plural of #${plural.id}`],
        ...at
      });
      continue;
    }
    const near = nearestForm(g.key, o.index, o.nearMiss);
    if (near && g.members.length === 1 && near.ids.length === 1 && !isRejected("name-near-miss", g.key)) {
      const record = o.index.records.get(near.ids[0]);
      items.push({
        rule: "name-near-miss",
        id: reviewId("near", g.key, near.form),
        text: g.key,
        message: `\u201C${g.key}\u201D (once) is ${near.distance} edit(s) from \u201C${near.form}\u201D (#${near.ids[0]}${record?.description ? `: ${record.description}` : ""}). Accept only if it is the same ${type === "person" ? "person" : "name"} misspelt; if it is another, reject this and accept the new entry`,
        proposal: `correct to \u201C${near.form}\u201D (#${near.ids[0]})`,
        action: { kind: "add-correction", correction: { sic: g.key, corr: near.form, reason: `transcription error: ${near.distance} letter(s) from the register form \u201C${near.form}\u201D`, cert: "medium", expect: 1 } },
        places,
        details: [`context: ${g.members[0].context}`],
        ...at
      });
    }
    if (isRejected("name-unknown", g.key))
      continue;
    const forms = [...g.forms].sort();
    const byReg = [...o.index.records.values()].find((r) => r.forms.some((f) => f.type === "reg" && f.text.replace(/\s*\([^)]*\)$/, "") === g.key));
    if (byReg) {
      items.push({
        rule: "name-unknown",
        id: reviewId("form", g.key, byReg.id),
        text: g.key,
        message: `\u201C${g.key}\u201D (${g.members.length}\xD7) is the regularised name of #${byReg.id}, which does not list it as a printed form`,
        proposal: `add \u201C${g.key}\u201D to #${byReg.id} as a form`,
        action: { kind: "add-register-form", register: byReg.kind, entryId: byReg.id, form: g.key, formType: "form" },
        places,
        details: [`type: ${type}`, `entry: #${byReg.id} (${byReg.name})`],
        ...at
      });
      continue;
    }
    if (type === "work") {
      items.push({
        rule: "name-unknown",
        id: reviewId("entity", g.key, type),
        text: g.key,
        message: `\u201C${g.key}\u201D (${g.members.length}\xD7) is in no register: the title of a work (${why}); accepting records the decision that it is not tagged as a name`,
        proposal: 'record the decision "work"',
        action: { kind: "record-decision", form: g.key, decision: "work", reason: `the title of a work (${why})` },
        places,
        details: [`type: work`, `evidence: ${why}`, `forms: ${forms.join(", ")}`],
        ...at
      });
      continue;
    }
    const entryId = entryIdFor(forms, type, taken);
    taken.add(entryId);
    const note = `Proposed from the text as ${aType[type]} (${why}); first mention ${where(first)}: \u201C${g.members[0].context}\u201D. Describe it here.`;
    const xml = entryXml(entryId, type, forms, note);
    items.push({
      rule: "name-unknown",
      id: reviewId("entity", g.key, type),
      text: g.key,
      message: `\u201C${g.key}\u201D (${g.members.length}\xD7) is in no register: ${aType[type]}${near && g.members.length > 1 ? `; it is close to \u201C${near.form}\u201D (#${near.ids.join(", #")}) but occurs ${g.members.length} times, so it is proposed as another entity` : ""}`,
      proposal: `add to the ${registerOf[type]} register as #${entryId}`,
      action: { kind: "add-register-entry", register: registerOf[type], entryId, xml },
      places,
      details: [`type: ${type}`, `evidence: ${why}`, `forms: ${forms.join(", ")}`, `register entry:
${xml}`],
      ...at
    });
  }
  return items;
}
function total(g) {
  const t = { person: 0, place: 0, org: 0, periodical: 0, work: 0 };
  for (const c of g.members)
    for (const k of entityTypes)
      t[k] += c.scores[k];
  return t;
}
function countedEvidence(members) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of members)
    for (const e of new Set(c.evidence))
      counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([e, n]) => n > 1 ? `${e} (${n}\xD7)` : e).join("; ");
}
function pluralOf(word, index, editorial) {
  const m = /^(.+?)(?:es|s)$/u.exec(word);
  if (!m && !editorial.plurals.forms.includes(word))
    return void 0;
  for (const stem of [word.slice(0, -1), word.slice(0, -2)]) {
    const form = index.forms.find((f) => f.text === stem && f.entries.length === 1 && f.entries[0].kind === "persons");
    if (form)
      return { id: form.entries[0].id, form: form.text, kind: "persons" };
  }
  return void 0;
}

// dist/annotate/names/guard.js
import { createRequire as createRequire3 } from "node:module";
var require4 = createRequire3(import.meta.url);
var nlp2;
var tagger2 = () => nlp2 ??= require4("compromise");
var genderCache = /* @__PURE__ */ new Map();
function givenName(word) {
  const known = genderCache.get(word);
  if (known)
    return known;
  const doc = tagger2()(`${word} Smith`);
  const first = doc.has("#FirstName");
  const male = doc.has("#MaleName");
  const female = doc.has("#FemaleName");
  const out = { first, ...male && !female ? { sex: "M" } : female && !male ? { sex: "F" } : {} };
  genderCache.set(word, out);
  return out;
}
var prefixPattern = /(?:^|[^\p{L}.])((?:\p{Lu}\.\s?){1,3}|\p{Lu}\p{Ll}+)\s+$/u;
var titlePattern = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}*)\.?\s+(?:(?:\p{Lu}\.\s?){1,3}|\p{Lu}\p{Ll}+\s+)?$/u;
function mentionCues(text, start, end, known) {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  let prefix;
  const m = prefixPattern.exec(before);
  if (m) {
    const word = m[1];
    const at = start - (before.length - before.lastIndexOf(word));
    if (/\./.test(word))
      prefix = { text: word, start: at, initials: [...word.matchAll(/\p{Lu}/gu)].map((x) => x[0]) };
    else if (!maleTitles.has(word) && !femaleTitles.has(word) && (known(word) || givenName(word).first)) {
      prefix = { text: word, start: at, given: word, initials: [word[0]] };
    }
  }
  let sex;
  const title = titlePattern.exec(before)?.[1];
  if (title && femaleTitles.has(title))
    sex = { value: "F", why: `the title \u201C${title}\u201D` };
  else if (title && maleTitles.has(title))
    sex = { value: "M", why: `the title \u201C${title}\u201D` };
  else if (femaleApposition.test(after))
    sex = { value: "F", why: `\u201C${femaleApposition.exec(after)[0].replace(/^,?\s+/, "")}\u201D after the name` };
  else if (maleApposition.test(after))
    sex = { value: "M", why: `\u201C${maleApposition.exec(after)[0].replace(/^,?\s+/, "")}\u201D after the name` };
  else if (prefix?.given) {
    const g = givenName(prefix.given).sex;
    if (g)
      sex = { value: g, why: `the given name \u201C${prefix.given}\u201D` };
  }
  return { ...prefix ? { prefix } : {}, ...sex ? { sex } : {} };
}
function entryNames(record, surname) {
  const given = /* @__PURE__ */ new Set();
  const initials = /* @__PURE__ */ new Set();
  for (const f of record.forms) {
    const words = f.text.split(/\s+/);
    if (words.length < 2 || words.at(-1) !== surname)
      continue;
    for (const w of words.slice(0, -1)) {
      if (/\./.test(w)) {
        const letters2 = [...w.matchAll(/\p{Lu}/gu)].map((x) => x[0]);
        if (letters2[0])
          initials.add(letters2[0]);
      } else if (/^\p{Lu}\p{Ll}+$/u.test(w)) {
        given.add(w);
        initials.add(w[0]);
      }
    }
  }
  return { given, initials };
}
function entrySex(record, given) {
  if (record.sex)
    return record.sex;
  const sexes = new Set([...given].map((g) => givenName(g).sex).filter((s) => s !== void 0));
  return sexes.size === 1 ? [...sexes][0] : void 0;
}
function conflictOf(cues, record, surname) {
  const names = entryNames(record, surname);
  const p = cues.prefix;
  if (p) {
    const first = p.initials[0];
    if (names.initials.size > 0 && !names.initials.has(first)) {
      return { conflict: `\u201C${p.text}\u201D does not fit #${record.id} (${record.name})` };
    }
    if (p.given && names.given.size > 0 && !names.given.has(p.given)) {
      return { unverified: `the given name \u201C${p.given}\u201D is not in #${record.id} (${[...names.given].join(", ")}), though it has the same initial` };
    }
    if (names.initials.size === 0)
      return { unverified: `the register gives #${record.id} no given name or initials to check \u201C${p.text}\u201D against` };
  }
  const sex = entrySex(record, names.given);
  if (cues.sex && sex && cues.sex.value !== sex) {
    return { conflict: `${cues.sex.why} says ${cues.sex.value === "F" ? "a woman" : "a man"}, but #${record.id} (${record.name}) is ${sex === "F" ? "a woman" : "a man"}` };
  }
  return {};
}

// dist/annotate/names/annotate-names.js
var compile = (rules) => rules.map((rule) => ({
  rule,
  ...rule.before !== void 0 ? { before: new RegExp(`(?:${rule.before})$`, "u") } : {},
  ...rule.after !== void 0 ? { after: new RegExp(`^(?:${rule.after})`, "u") } : {}
}));
function excluded(flat, start, end, form, rules) {
  return rules.some((r) => r.rule.form === form.text && (!r.before || r.before.test(flat.text.slice(Math.max(0, start - 80), start))) && (!r.after || r.after.test(flat.text.slice(end, end + 80))));
}
var distance4 = (a, b) => a.span && b.span && a.span.wit === b.span.wit ? Math.abs(a.span.start.offset - b.span.start.offset) : Number.POSITIVE_INFINITY;
var where2 = (m) => m.span ? `line ${m.span.start.line}` : "elsewhere";
function resolveShared(m, all) {
  const ids = new Set(m.form.entries.map((e) => e.id));
  const explicit = all.filter((x) => x.division === m.division && x.form.entries.length === 1 && ids.has(x.form.entries[0].id));
  const pick = (pool) => pool.reduce((best, x) => {
    if (!best)
      return x;
    const dx = distance4(m, x);
    const db = distance4(m, best);
    return dx < db || dx === db && x.span.start.offset < best.span.start.offset ? x : best;
  }, void 0);
  const nearest = pick(explicit.filter((x) => !x.quoted && Number.isFinite(distance4(m, x)))) ?? pick(explicit.filter((x) => Number.isFinite(distance4(m, x))));
  const candidates = m.form.entries.map((e) => `#${e.id}`).join(", ");
  if (!nearest) {
    return {
      review: true,
      rule: "name-ambiguous",
      message: `\u201C${m.text}\u201D may be ${candidates}; no explicit mention of either in its section`
    };
  }
  const entry = nearest.form.entries[0];
  return {
    entry,
    cert: "medium",
    review: true,
    rule: "name-nearest-explicit",
    message: `\u201C${m.text}\u201D read as #${entry.id} (one of ${candidates}) from the nearest explicit mention, \u201C${nearest.text}\u201D (${where2(nearest)})`,
    proposal: `#${entry.id}`
  };
}
function link(m, all, index) {
  if (m.guard?.conflict) {
    const taken = new Set(index.records.keys());
    const base = (m.text.split(/\s+/).at(-1) ?? "person").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "person";
    let entryId = `${base}-2`;
    for (let k = 3; taken.has(entryId); k++)
      entryId = `${base}-${k}`;
    const note = `Proposed as another person than #${m.form.entries.map((e) => e.id).join(", #")}: ${m.guard.conflict}. Describe it here.`;
    return {
      review: true,
      rule: "name-conflict",
      message: `\u201C${m.text}\u201D is not linked: ${m.guard.conflict}`,
      proposal: `add a new person #${entryId} with the form \u201C${m.text}\u201D`,
      id: reviewId("conflict", m.text, m.form.entries.map((e) => e.id).join(",")),
      action: { kind: "add-register-entry", register: "persons", entryId, xml: entryXml(entryId, "person", [m.text], note) }
    };
  }
  if (m.guard?.chosen) {
    return { entry: m.guard.chosen, review: false, rule: "name-by-initials" };
  }
  if (m.form.entries.length > 1)
    return resolveShared(m, all);
  const entry = m.form.entries[0];
  if (m.guard?.unverified) {
    return { entry, cert: "medium", review: true, rule: "name-given-unverified", message: `\u201C${m.text}\u201D linked to #${entry.id} with cert="medium": ${m.guard.unverified}`, proposal: `#${entry.id}` };
  }
  if (m.form.type === "error" && !m.corrected) {
    const forms = index.records.get(entry.id)?.forms ?? [];
    const reg = (forms.find((f) => f.type === "form") ?? forms.find((f) => f.type === "reg"))?.text;
    return {
      entry,
      cert: "medium",
      review: true,
      rule: "name-error-form",
      message: `\u201C${m.text}\u201D is marked as an erroneous form of #${entry.id} in the register, and no correction applies here`,
      ...reg ? { proposal: `correct to \u201C${reg}\u201D` } : {}
    };
  }
  if (m.form.cert && m.form.cert !== "high") {
    return {
      entry,
      cert: m.form.cert,
      review: true,
      rule: "name-form-cert",
      message: `\u201C${m.text}\u201D linked to #${entry.id} with cert="${m.form.cert}", as the register marks this form`,
      proposal: `#${entry.id}`
    };
  }
  return { entry, review: false, rule: m.form.type === "error" ? "name-corrected-form" : "name-form" };
}
function annotateNames(edition, index, options, base) {
  const rules = compile(options.exclusions);
  const mentions = [];
  const knownGiven = givenNamesOf(index);
  rewriteRuns(edition, (run, ctx, ordinal) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === "text"))
      return run;
    const flat = flattenRun(run, correctionsAsAtoms);
    const quotedBlock = inQuotation(ctx);
    const insideQuotes = quoteTracker(flat.text);
    const inNote = ctx.path.includes("note");
    const capitals = ctx.path.includes("head") && isCapitals(flat.text);
    const matchText = capitals ? titleCase(flat.text) : flat.text;
    for (const m of findNames(matchText, index)) {
      if (!canWrap(flat, m.start, m.end) || excluded(flat, m.start, m.end, m.form, rules))
        continue;
      if (citedName.test(flat.text.slice(Math.max(0, m.start - 20), m.start)) && /^[”"’']/u.test(flat.text.slice(m.end)))
        continue;
      const next = /^\s+(\p{Lu}\p{L}+)/u.exec(matchText.slice(m.end))?.[1];
      if (next && orgHeads.has(next))
        continue;
      let start = m.start;
      let guard;
      if (m.form.entries.every((e) => e.kind === "persons") && !/[\s.]/u.test(m.form.text)) {
        const cues = mentionCues(matchText, m.start, m.end, (w) => knownGiven.has(w));
        const judged = judge(cues, m.form, index);
        guard = judged.guard;
        if (cues.prefix && judged.extend && canWrap(flat, cues.prefix.start, m.end))
          start = cues.prefix.start;
      }
      const span = primarySpan(locate(flat, start, m.end), base);
      const text = flat.text.slice(start, m.end);
      mentions.push({
        ordinal,
        start,
        end: m.end,
        form: m.form,
        text,
        division: ctx.division?.id ?? "",
        quoted: insideQuotes(start) || quotedBlock,
        corrected: flat.pieces.some((p) => p.kind === "atom" && p.start >= start && p.end <= m.end),
        ...span ? { span } : {},
        ...guard ? { guard } : {},
        ...inNote && isSignature(flat.text, start, m.end, options.signatures ?? []) ? { signature: true } : {}
      });
    }
    return run;
  });
  const links = mentions.map((m) => link(m, mentions, index));
  const byRun = /* @__PURE__ */ new Map();
  const review = [];
  const fileOf = (wit) => edition.witnesses.find((w) => w.id === wit)?.file;
  const tagged3 = [];
  mentions.forEach((m, k) => {
    const l = links[k];
    const nameType = l.entry?.nameType ?? m.form.entries[0].nameType;
    const ref = l.entry ? `#${l.entry.id}` : void 0;
    const range = {
      start: m.start,
      end: m.end,
      build: (children, src) => ({
        kind: "name",
        nameType,
        ...ref ? { ref } : {},
        ...l.cert ? { cert: l.cert } : {},
        ...l.review ? { review: true } : {},
        ...m.signature && !options.signaturesAreMentions ? { signature: true } : {},
        rule: l.rule,
        children,
        src
      })
    };
    const ranges = byRun.get(m.ordinal);
    if (ranges)
      ranges.push(range);
    else
      byRun.set(m.ordinal, [range]);
    tagged3.push({ text: m.text, ...m.span ? { span: m.span } : {}, ...ref ? { ref } : {}, nameType, rule: l.rule });
    if (l.review) {
      const file = fileOf(m.span?.wit);
      review.push({
        rule: l.rule,
        message: l.message ?? `\u201C${m.text}\u201D`,
        text: m.text,
        ...m.span ? { at: m.span } : {},
        ...file ? { file } : {},
        ...l.proposal ? { proposal: l.proposal } : {},
        ...l.id ? { id: l.id } : {},
        ...l.action ? { action: l.action } : {}
      });
    }
  });
  const { front, body } = rewriteRuns(edition, (run, _ctx, ordinal) => {
    const ranges = byRun.get(ordinal);
    return ranges ? wrapRanges(flattenRun(run, correctionsAsAtoms), ranges) : run;
  });
  return { front, body, review, mentions: tagged3 };
}
function givenNamesOf(index) {
  const out = /* @__PURE__ */ new Set();
  for (const r of index.records.values()) {
    if (r.kind !== "persons")
      continue;
    for (const f of r.forms) {
      const words = f.text.split(/\s+/);
      if (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]))
        out.add(words[0]);
    }
  }
  return out;
}
function judge(cues, form, index) {
  if (!cues.prefix && !cues.sex)
    return { extend: false };
  const records = form.entries.map((e) => index.records.get(e.id)).filter((r) => r !== void 0);
  const verdicts = records.map((r) => ({ r, v: conflictOf(cues, r, form.text) }));
  if (form.entries.length === 1) {
    const v = verdicts[0]?.v ?? {};
    if (v.conflict)
      return { guard: { conflict: v.conflict }, extend: true };
    if (v.unverified)
      return { guard: { unverified: v.unverified }, extend: true };
    return { extend: true };
  }
  const fitting = verdicts.filter((x) => !x.v.conflict && !x.v.unverified);
  if (cues.prefix && fitting.length === 1) {
    const chosen = form.entries.find((e) => e.id === fitting[0].r.id);
    return { guard: { chosen, why: `\u201C${cues.prefix.text}\u201D fits #${chosen.id} only` }, extend: true };
  }
  if (verdicts.every((x) => x.v.conflict))
    return { guard: { conflict: verdicts.map((x) => x.v.conflict).join("; ") }, extend: true };
  return { extend: false };
}
var isCapitals = (text) => {
  const letters2 = text.match(/\p{L}/gu) ?? [];
  return letters2.length >= 3 && letters2.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters2.length > 0.8;
};
function titleCase(text) {
  const out = text.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  return out.length === text.length ? out : text;
}
function isSignature(text, start, end, signatures) {
  const name = text.slice(start, end);
  for (const sig of signatures) {
    const k = sig.indexOf(name);
    if (k >= 0 && text.slice(start - k, start - k + sig.length) === sig)
      return true;
  }
  return /\(\s*$/u.test(text.slice(0, start)) && /^\s*\)[\s.]*$/u.test(text.slice(end)) && /^(?:\p{Lu}\.\s?)+$/u.test(name);
}

// dist/annotate/speakers.js
function personRefs(run) {
  return run.flatMap((n) => n.kind === "name" && n.nameType === "person" && n.ref ? [n.ref] : []);
}
function link2(block) {
  switch (block.kind) {
    case "dialogue":
      return {
        ...block,
        speeches: block.speeches.map((s) => {
          const refs = [...new Set(personRefs(s.speaker))];
          return s.who === void 0 && refs.length === 1 ? { ...s, who: refs[0] } : s;
        })
      };
    case "div":
    case "quote":
    case "epigraph":
      return { ...block, blocks: block.blocks.map(link2) };
    case "app":
      return { ...block, readings: block.readings.map((r) => ({ ...r, blocks: r.blocks.map(link2) })) };
    default:
      return block;
  }
}
function linkSpeakers(divisions) {
  return divisions.map((d) => link2(d));
}

// dist/annotate/review/render.js
var reviewSections = [
  {
    title: "1. Names in no register: proposed entries",
    rules: ["name-unknown", "name-plural"],
    intro: "Names found outside every tagged name (compromise\u2019s tagger, with titles, initials, head words and the words around them), typed with the evidence, with every mention and the register entry to add. `tei-edition review accept ID` adds it; `tei-edition review reject ID` records that it is not one."
  },
  {
    title: "2. Near-miss spellings of register forms",
    rules: ["name-near-miss"],
    intro: "A name found once, a letter or two from a register form: a transcription error, or another person. Accept only if it is the same one."
  },
  {
    title: "3. Suspected corruptions",
    rules: ["corruption", "correction-to-variant"],
    intro: "Words the Hunspell dictionary (dictionary-en, with nspell) does not know, one edit from one it does, ranked by the evidence (typical transcription confusions, a word used once beside a frequent near twin, stray symbols, words run together); and corrections in the data that correct to a variant spelling of a register name. `review accept ID` writes the correction to the corrections data."
  },
  {
    title: "4. Links held back or uncertain, and dates",
    rules: ["name-conflict", "name-given-unverified", "name-ambiguous", "name-nearest-explicit", "name-form-cert", "name-error-form", "date-year-unknown", "date-year-from-context", "date-season", "date-part", "date-range"],
    intro: "A name whose given name, initials or sex contradict its entry is not linked; the others are tagged with cert below high (or without a link): check each reading."
  },
  {
    title: "5. Editorial decisions",
    rules: ["editorial-decision"],
    intro: "Decisions this edition takes once for its whole text (the rules data, `editorial`), with their reasons."
  },
  {
    title: "6. Capitalised words not proposed",
    rules: ["name-decided", "name-filtered"],
    intro: "Listed so that nothing is left out silently: the editors\u2019 decisions from the rules file, and words filtered as fragments, derived words, months or common words, with the reason."
  }
];
var place = (i) => i.at ? `${i.file ?? i.at.wit}:${i.at.start.line}:${i.at.start.column}` : i.file ?? "";
function compare(a, b) {
  return (a.file ?? "").localeCompare(b.file ?? "") || (a.at?.start.offset ?? 0) - (b.at?.start.offset ?? 0) || a.rule.localeCompare(b.rule) || a.text.localeCompare(b.text);
}
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function grouped(items) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const i of [...items].sort(compare)) {
    const key = `${i.text}\0${i.proposal ?? ""}`;
    const g = groups2.get(key) ?? { text: i.text, ...i.proposal ? { proposal: i.proposal } : {}, message: i.message, places: [] };
    g.places.push(place(i));
    groups2.set(key, g);
  }
  return [...groups2.values()].sort((a, b) => b.places.length - a.places.length || a.text.localeCompare(b.text));
}
function renderReview(edition) {
  const items = [...edition.review].sort(compare);
  const counts = {};
  for (const i of items)
    counts[i.rule] = (counts[i.rule] ?? 0) + 1;
  const lines = [`# Review report: ${edition.id}`, "", `${items.length} items. Each names the rule that raised it; places are file:line:column of the witness.`, ""];
  const known = new Set(reviewSections.flatMap((s) => s.rules));
  const sections = [...reviewSections, { title: "7. Other items", rules: [...new Set(items.map((i) => i.rule))].filter((r) => !known.has(r)).sort(), intro: "Raised by other stages." }];
  for (const section of sections) {
    const inSection = items.filter((i) => section.rules.includes(i.rule));
    if (section.rules.length === 0)
      continue;
    lines.push(`## ${section.title}`, "", section.intro, "");
    if (inSection.length === 0) {
      lines.push("None.", "");
      continue;
    }
    for (const rule of section.rules) {
      const ofRule = inSection.filter((i) => i.rule === rule);
      if (ofRule.length === 0)
        continue;
      lines.push(`### \`${rule}\` (${ofRule.length})`, "");
      if (ofRule.some((i) => i.id !== void 0)) {
        for (const i of [...ofRule].sort(byRank))
          lines.push(...proposalLines(i));
        lines.push("");
      } else if (rule === "name-decided" || rule === "name-filtered" || rule === "name-unknown") {
        const withProposal = true;
        lines.push(withProposal ? "| text | count | proposal / decision | places |" : "| text | count | places |", withProposal ? "|---|---:|---|---|" : "|---|---:|---|");
        for (const g of grouped(ofRule)) {
          const cols = [cell(g.text), String(g.places.length), ...withProposal ? [cell(g.proposal ?? g.message)] : [], g.places.join(", ")];
          lines.push(`| ${cols.join(" | ")} |`);
        }
        lines.push("");
      } else if (rule === "editorial-decision") {
        for (const i of ofRule)
          lines.push(`- **${cell(i.text)}**: ${i.message}`);
        lines.push("");
      } else {
        for (const i of ofRule)
          lines.push(`- ${place(i)} \u201C${i.text}\u201D: ${i.message}${i.proposal ? ` (proposed: ${i.proposal})` : ""}`);
        lines.push("");
      }
    }
  }
  const json = {
    edition: edition.id,
    counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))),
    items: items.map((i) => ({
      rule: i.rule,
      text: i.text,
      message: i.message,
      ...i.file ? { file: i.file } : {},
      ...i.at ? { witness: i.at.wit, line: i.at.start.line, column: i.at.start.column } : {},
      ...i.proposal ? { proposal: i.proposal } : {},
      ...i.id ? { id: i.id } : {},
      ...i.rank !== void 0 ? { rank: i.rank } : {},
      ...i.action ? { action: i.action } : {},
      ...i.details ? { details: i.details } : {},
      ...i.places ? { places: i.places.map((p) => ({ file: p.file ?? p.at.wit, line: p.at.start.line, column: p.at.start.column })) } : {}
    }))
  };
  return { markdown: lines.join("\n"), json: `${JSON.stringify(json, null, 2)}
` };
}
var byRank = (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || compare(a, b);
function proposalLines(i) {
  const places = (i.places && i.places.length > 0 ? i.places.map((p) => place({ ...i, at: p.at, ...p.file ? { file: p.file } : {} })) : [place(i)]).filter(Boolean);
  const shown = places.length > 12 ? [...places.slice(0, 12), `\u2026 ${places.length - 12} more`] : places;
  const out = [`- ${i.rank !== void 0 ? `${i.rank}. ` : ""}**${cell(i.text)}** \`${i.id}\`: ${i.message}${i.proposal ? ` (proposed: ${i.proposal})` : ""}`];
  for (const d of i.details ?? []) {
    if (d.includes("\n"))
      out.push("  ```xml", ...d.slice(d.indexOf("\n") + 1).split("\n").map((l) => `  ${l}`), "  ```");
    else
      out.push(`  - ${d}`);
  }
  if (shown.length > 0)
    out.push(`  - at ${shown.join(", ")}`);
  return out;
}

// dist/annotate/index.js
var defaults = annotationConfig.parse({});
function annotate(edition, options = {}) {
  const annotated = annotateText(edition, options);
  return annotated.withProposals(proposeReview(annotated.proposals, annotated.index));
}
function proposalKinds(options) {
  const unknownNames = options.unknownNames ?? defaults.review.unknownNames;
  return { unknownNames, corruptions: options.corruptions ?? unknownNames };
}
function proposeReview(input, index = buildNameIndex(input.registers)) {
  const review = [];
  const fileOf = (wit) => input.witnesses.find((w) => w.id === wit)?.file;
  if (input.unknownNames) {
    const spell = englishSpeller();
    const candidates = findCandidates(input.text, input.base, input.rules.editorial, (w) => spell.correct(w));
    review.push(...proposeEntities(candidates, {
      index,
      decisions: input.rules.decisions,
      rejections: input.rules.rejections,
      editorial: input.rules.editorial,
      nearMiss: input.nearMiss,
      fileOf
    }));
  }
  if (input.corruptions) {
    const found = findCorruptions(input.text, input.base, { names: nameWords(index), registerForms: new Set(index.forms.map((f) => f.text)) });
    review.push(...proposeCorrections(found, fileOf, input.rules.rejections));
  }
  return review;
}
function annotateText(edition, options = {}) {
  const diagnostics = [];
  const registers = options.registers ?? edition.registers;
  const index = buildNameIndex(registers);
  diagnostics.push(...index.diagnostics, ...checkAuthorities(registers));
  const rules = options.rules ? withRuleDefaults(options.rules) : emptyRules;
  const base = edition.base;
  const editors = edition.header.responsibilities?.[0]?.id;
  const editorResp = options.editorResp ?? (editors ? `#${editors}` : "#editor");
  const correctionsFile = options.correctionsFile ?? "corrections";
  const corrections = options.corrections ?? [];
  const corrected = applyCorrections(edition, corrections, index, correctionsFile, editorResp);
  diagnostics.push(...corrected.diagnostics);
  const names = annotateNames({ ...edition, front: corrected.front, body: corrected.body }, index, {
    exclusions: rules.exclusions,
    signatures: options.signatures ?? [],
    signaturesAreMentions: rules.editorial.signatures.mentions
  }, base);
  const parser = createDateParser(options.dates ?? defaults.dates);
  const dates = annotateDates({ ...edition, front: names.front, body: names.body }, parser);
  const review = [...groupById(names.review), ...dates.review, ...checkCorrections(corrections, index, correctionsFile)];
  const decisions = describeDecisions(rules.editorial).map((d) => ({ rule: "editorial-decision", text: d.name, message: `${d.value}. Why: ${d.reason}` }));
  const { unknownNames, corruptions } = proposalKinds(options);
  const proposals = {
    text: { front: dates.front, body: dates.body },
    base,
    registers,
    rules,
    nearMiss: options.nearMiss ?? defaults.review.nearMiss,
    witnesses: edition.witnesses.map((w) => ({ id: w.id, file: w.file })),
    unknownNames,
    corruptions
  };
  const front = linkSpeakers(dates.front);
  const body = linkSpeakers(dates.body);
  return {
    proposals,
    index,
    withProposals: (items) => ({
      ...edition,
      front,
      body,
      registers,
      review: [...edition.review, ...review, ...items, ...decisions],
      diagnostics: [...edition.diagnostics, ...diagnostics]
    })
  };
}
function nameWords(index) {
  return new Set(index.forms.flatMap((f) => f.text.split(/[\s.\-’']+/).filter(Boolean)));
}
function groupById(items) {
  const out = [];
  const byId = /* @__PURE__ */ new Map();
  for (const i of items) {
    if (!i.id) {
      out.push(i);
      continue;
    }
    const k = byId.get(i.id);
    const place2 = i.at ? [{ at: i.at, ...i.file ? { file: i.file } : {} }] : [];
    if (k === void 0) {
      byId.set(i.id, out.length);
      out.push({ ...i, places: place2 });
    } else {
      const first = out[k];
      out[k] = { ...first, places: [...first.places ?? [], ...place2] };
    }
  }
  return out;
}

export {
  findAnchor,
  isHit,
  mapBlocks,
  mapRun,
  forEachInline,
  plainText,
  renderReview,
  annotate,
  proposalKinds,
  proposeReview,
  annotateText
};
