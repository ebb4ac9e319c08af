import {
  collationApplication
} from "./chunk-JBWSDMZK.js";
import {
  alignWitnesses,
  analyse,
  classifyReading,
  collate,
  defaultNormalizeOptions,
  normalizeText,
  normalizeTokens,
  normalizers,
  resolveOptions,
  strongestType,
  tokenize,
  variantSeverity
} from "./chunk-QAKEBZFL.js";
import {
  serializeDocument
} from "./chunk-JNV3NUDD.js";
import {
  siglumPattern
} from "./chunk-XUFZYTNG.js";
import {
  toolkitName,
  toolkitVersion
} from "./chunk-S4UXEFF5.js";
import "./chunk-J2IIOPIV.js";

// dist/collate/serialize-tei.js
import { create } from "xmlbuilder2";

// dist/collate/tei-body.js
var onlyBreaks = /^\n+$/;
var indentedBreak = /^\n+[^\S\n]+$/;
var paragraphBreak = /\n[^\S\n]*\n/;
var BodyWriter = class {
  c;
  body;
  idPrefix;
  ab;
  line = /* @__PURE__ */ new Map();
  sigla;
  /** Spacing before the next app that differs between witnesses: each reading starts with its own. */
  pending;
  constructor(c, body, idPrefix2) {
    this.c = c;
    this.body = body;
    this.idPrefix = idPrefix2;
    this.sigla = c.witnesses.map((w) => w.siglum);
    for (const s of this.sigla)
      this.line.set(s, 1);
  }
  /** Writes every place; the body holds at least one `ab`. */
  write() {
    const block = this.block();
    for (const s of this.sigla)
      this.ele(block, "lb", { edRef: `#${s}`, n: "1" });
    this.gap(block, this.c.witnesses.map((w) => ({ siglum: w.siglum, ws: w.text.slice(0, w.tokens[0]?.offset ?? w.text.length) })), true);
    this.c.places.forEach((place, i) => {
      if (place.kind === "variant")
        this.app(place);
      else
        this.agreement(place, this.c.places[i + 1]?.kind === "variant");
    });
    this.txt(this.body, "\n    ");
    this.flush();
  }
  block() {
    if (!this.ab) {
      this.txt(this.body, "\n      ");
      this.ab = this.ele(this.body, "ab");
    }
    return this.ab;
  }
  tokensOf(place, siglum) {
    const w = this.sigla.indexOf(siglum);
    const out = [];
    for (let col = place.from; col < place.to; col++) {
      const t = this.c.columns[col].cells[w];
      if (t)
        out.push(t);
    }
    return out;
  }
  /** Every witness has the same tokens here; a gap that is a paragraph break in all of them starts a new `ab`. */
  agreement(place, appFollows) {
    const tokens = this.sigla.map((s) => this.tokensOf(place, s));
    const n = tokens[0].length;
    for (let j = 0; j < n; j++) {
      let block = this.block();
      this.txt(block, tokens[0][j].text);
      const gaps = this.sigla.map((s, i) => ({ siglum: s, ws: tokens[i][j].ws }));
      if (j === n - 1 && appFollows && this.isOdd(gaps, false)) {
        this.pending = new Map(gaps.map((g) => [g.siglum, g.ws]));
        return;
      }
      const shared = gaps.every((g) => paragraphBreak.test(g.ws));
      if (shared) {
        this.ab = void 0;
        block = this.block();
      }
      this.gap(block, gaps, shared);
    }
  }
  /** A reading's tokens with each witness's own spacing after them. */
  reading(parent, place, witnesses) {
    const tokens = witnesses.map((s) => this.tokensOf(place, s));
    for (let j = 0; j < tokens[0].length; j++) {
      this.txt(parent, tokens[0][j].text);
      this.gap(parent, witnesses.map((s, i) => ({ siglum: s, ws: tokens[i][j].ws })), false);
    }
  }
  app(place) {
    const attrs = { "xml:id": `${this.idPrefix}${place.id}` };
    if (place.type)
      attrs["type"] = place.type;
    if (place.corresp && place.corresp.length > 0)
      attrs["corresp"] = place.corresp.map((id) => `#${this.idPrefix}${id}`).join(" ");
    const app = this.ele(this.block(), "app", attrs);
    const base = this.c.options.base;
    const done = /* @__PURE__ */ new Set();
    for (const r of place.readings) {
      if (done.has(r))
        continue;
      const group = r.text === "" ? [r] : place.readings.filter((q) => q.text !== "" && q.norm === r.norm);
      group.forEach((q) => done.add(q));
      const shared = group.every((q) => q.type !== void 0 && q.type === group[0].type) ? group[0].type : void 0;
      const parent = group.length === 1 ? app : this.ele(app, "rdgGrp", shared ? { type: shared } : {});
      for (const q of group) {
        const el = this.ele(parent, q.witnesses.includes(base) ? "lem" : "rdg", {
          wit: q.witnesses.map((s) => `#${s}`).join(" "),
          ...q.type ? { type: q.type } : {}
        });
        const pending = this.pending;
        if (pending)
          this.gap(el, q.witnesses.map((s) => ({ siglum: s, ws: pending.get(s) })), false);
        this.reading(el, place, q.witnesses);
      }
    }
    this.pending = void 0;
  }
  canonical(gaps, start) {
    return start || gaps.every((g) => g.ws === "" || onlyBreaks.test(g.ws)) ? "" : " ";
  }
  /** Spacing that only a whitespace app can keep. */
  isOdd(gaps, start) {
    const canonical = this.canonical(gaps, start);
    return gaps.some((g) => g.ws !== canonical && !onlyBreaks.test(g.ws));
  }
  /**
   * The whitespace after a token in several witnesses. `start`: at the start of a block, where
   * no space is shared.
   */
  gap(parent, gaps, start) {
    const canonical = this.canonical(gaps, start);
    const first = gaps[0].ws;
    if (indentedBreak.test(first) && gaps.every((g) => g.ws === first)) {
      const indent2 = first.replace(/^\n+/, "");
      for (const g of gaps)
        for (let i = 0; i < first.length - indent2.length; i++)
          this.lb(parent, g.siglum);
      if (indent2 !== "")
        this.txt(parent, indent2);
      return;
    }
    if (this.isOdd(gaps, start)) {
      const app = this.ele(parent, "app", { type: "whitespace" });
      const forms = /* @__PURE__ */ new Map();
      for (const g of gaps)
        forms.set(g.ws, [...forms.get(g.ws) ?? [], g.siglum]);
      for (const [ws, sigla] of forms) {
        const rdg = this.ele(app, "rdg", { wit: sigla.map((s) => `#${s}`).join(" ") });
        ws.split("\n").forEach((part, i) => {
          if (i > 0)
            for (const s of sigla)
              this.lb(rdg, s);
          if (part !== "")
            this.txt(rdg, part);
        });
      }
      return;
    }
    if (canonical !== "")
      this.txt(parent, canonical);
    for (const g of gaps) {
      if (g.ws === canonical)
        continue;
      if (!start && paragraphBreak.test(g.ws))
        this.ele(parent, "milestone", { unit: "paragraph", edRef: `#${g.siglum}` });
      for (let i = 0; i < g.ws.length; i++)
        this.lb(parent, g.siglum);
    }
  }
  /** Text is gathered and written as one node when an element follows (a node per token is slow). */
  pendingParent;
  pendingText = "";
  txt(parent, text) {
    if (this.pendingParent !== parent)
      this.flush();
    this.pendingParent = parent;
    this.pendingText += text;
  }
  flush() {
    if (this.pendingParent && this.pendingText !== "")
      this.pendingParent.txt(this.pendingText);
    this.pendingParent = void 0;
    this.pendingText = "";
  }
  ele(parent, name, attrs = {}) {
    this.flush();
    return parent.ele(name, attrs);
  }
  lb(parent, siglum) {
    const n = this.line.get(siglum) + 1;
    this.line.set(siglum, n);
    this.ele(parent, "lb", { edRef: `#${siglum}`, n: String(n) });
  }
};

// dist/collate/serialize-tei.js
var TEI_NS = "http://www.tei-c.org/ns/1.0";
function describeNormalisation(n, regularised) {
  const ignored = [
    n.case && "upper and lower case",
    n.quotes && "curly and straight quotation marks and apostrophes",
    n.dashes && "hyphens and dashes",
    n.whitespace && "invisible characters and Unicode composition",
    n.punctuation && "punctuation inside words"
  ].filter((x) => typeof x === "string");
  const table = regularised > 0 ? ` A regularisation table of ${regularised} ${regularised === 1 ? "entry" : "entries"} maps spellings to one form.` : "";
  return ignored.length === 0 ? `Tokens were compared as written.${table}` : `Tokens were compared after normalisation, which ignores ${ignored.join(", ")}.${table} Readings that normalise alike are grouped in rdgGrp.`;
}
function indent(el, depth) {
  el.txt(`
${"  ".repeat(depth)}`);
}
function writeHeader(root, c, title) {
  indent(root, 1);
  const header = root.ele("teiHeader");
  indent(header, 2);
  const fileDesc = header.ele("fileDesc");
  indent(fileDesc, 3);
  const titleStmt = fileDesc.ele("titleStmt");
  indent(titleStmt, 4);
  titleStmt.ele("title").txt(title);
  indent(titleStmt, 3);
  indent(fileDesc, 3);
  const pub = fileDesc.ele("publicationStmt");
  indent(pub, 4);
  pub.ele("p").txt(`Unpublished collation, generated by ${toolkitName} ${toolkitVersion}.`);
  indent(pub, 3);
  indent(fileDesc, 3);
  const sourceDesc = fileDesc.ele("sourceDesc");
  indent(sourceDesc, 4);
  const listWit = sourceDesc.ele("listWit");
  for (const w of c.witnesses) {
    indent(listWit, 5);
    listWit.ele("witness", { "xml:id": w.siglum }).txt(w.file ?? `Witness ${w.siglum}`);
  }
  indent(listWit, 4);
  indent(sourceDesc, 3);
  indent(fileDesc, 2);
  indent(header, 2);
  const encodingDesc = header.ele("encodingDesc");
  indent(encodingDesc, 3);
  const appInfo = encodingDesc.ele("appInfo");
  indent(appInfo, 4);
  const app = appInfo.ele("application", { ident: collationApplication, version: toolkitVersion });
  indent(app, 5);
  app.ele("label").txt(`${toolkitName} collate`);
  indent(app, 4);
  indent(appInfo, 3);
  indent(encodingDesc, 3);
  encodingDesc.ele("variantEncoding", { method: "parallel-segmentation", location: "internal" });
  indent(encodingDesc, 3);
  const decl = encodingDesc.ele("editorialDecl");
  const para = (name, text) => {
    indent(decl, 4);
    const el = decl.ele(name);
    indent(el, 5);
    el.ele("p").txt(text);
    indent(el, 4);
  };
  para("normalization", describeNormalisation(c.options.normalize, Object.keys(c.options.regularize).length));
  para("segmentation", `Each witness keeps its own lines: <lb edRef="#W" n="k"/> starts line k of witness W only, and the space written just before it is not that witness's. Line breaks, wrapping and spacing are not variants: an ab is a paragraph every witness breaks at the same place, <milestone unit="paragraph" edRef="#W"/> a paragraph break of witness W alone, and app[@type="whitespace"] keeps spacing other than one space or line breaks, so that every witness can be given back exactly.`);
  para("interpretation", `The lemma (lem) is the reading of witness ${c.options.base}; variant types (@type of app, rdgGrp and rdg) are relative to it: case, punctuation, hyphenation (the same letters divided by a hyphen, a space or nothing), orthographic (the same words spelt differently), substantive, addition, omission, transposition. The two places of a transposition point to each other with @corresp.${c.options.hide.length > 0 ? ` The editor hides these classes in reading views: ${c.options.hide.join(", ")}.` : ""}`);
  const same = identicalWitnesses(c);
  if (same.length > 0) {
    para("interpretation", `${same.map((g) => `Witnesses ${g.join(", ")}`).join("; ")}: collated word by word, they have the same text throughout (no variant place separates them).`);
  }
  indent(decl, 3);
  indent(encodingDesc, 2);
  indent(header, 1);
}
function identicalWitnesses(c) {
  const groups = [];
  for (const w of c.witnesses) {
    const g = groups.find((x) => c.places.every((p) => p.kind === "agreement" || p.readings.some((r) => r.witnesses.includes(x[0]) && r.witnesses.includes(w.siglum))));
    if (g)
      g.push(w.siglum);
    else
      groups.push([w.siglum]);
  }
  return groups.filter((g) => g.length > 1);
}
function idPrefix(c) {
  let prefix = "";
  const taken = (p) => c.witnesses.some((w) => w.siglum.startsWith(`${p}app`) && /^\d+$/.test(w.siglum.slice(p.length + 3)));
  while (taken(prefix))
    prefix += "_";
  return prefix;
}
function toTei(c, options = {}) {
  const sigla = c.witnesses.map((w) => w.siglum);
  const title = options.title ?? `Collation of ${sigla.length > 1 ? `${sigla.slice(0, -1).join(", ")} and ${sigla[sigla.length - 1]}` : sigla.join("")}`;
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele(TEI_NS, "TEI");
  writeHeader(root, c, title);
  indent(root, 1);
  const text = root.ele("text");
  indent(text, 2);
  const body = text.ele("body");
  new BodyWriter(c, body, idPrefix(c)).write();
  indent(text, 1);
  root.txt("\n");
  return serializeDocument(root.node);
}

// dist/collate/serialize-table.js
import stringWidth from "string-width";
var EMPTY = "\u2205";
var PARAGRAPH = "\xB6";
var paragraphBreak2 = /\n[^\S\n]*\n/;
var SEP = " \u2502 ";
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && stringWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else
      line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}
var pad = (s, width) => s + " ".repeat(Math.max(0, width - stringWidth(s)));
function abridge(text, limit, say) {
  const words = text.split(" ");
  if (words.length <= limit)
    return text;
  const half = Math.max(1, Math.floor(limit / 2));
  const middle = words.slice(half, -half);
  const breaks = middle.filter((w) => w === PARAGRAPH).length;
  const count = middle.length - breaks;
  const gap = say || breaks > 0 ? ` \u2026 [${say ? `${count} more words` : ""}${say && breaks > 0 ? ", " : ""}${breaks > 0 ? `${breaks} ${PARAGRAPH}` : ""}] \u2026 ` : " \u2026 ";
  return `${words.slice(0, half).join(" ")}${gap}${words.slice(-half).join(" ")}`;
}
var show = (tokens) => tokens.map((t, i) => t.text + (i === tokens.length - 1 ? "" : paragraphBreak2.test(t.ws) ? ` ${PARAGRAPH} ` : t.ws !== "" ? " " : "")).join("");
function cellsOf(c, place, shownAs, agreementWords, readingWords) {
  const tokensOf = (w) => {
    const out = [];
    for (let col = place.from; col < place.to; col++) {
      const t = c.columns[col].cells[w];
      if (t)
        out.push(t);
    }
    return out;
  };
  const base = tokensOf(Math.max(0, c.witnesses.findIndex((x) => x.siglum === c.options.base)));
  const words = (ts) => ts.map((t) => t.text).join(" ");
  return c.witnesses.map((_, i) => {
    const own = tokensOf(i);
    const tokens = shownAs === "variant" || words(own) === words(base) ? own : base;
    const last = tokens[tokens.length - 1];
    const text = show(tokens) + (last && paragraphBreak2.test(last.ws) ? ` ${PARAGRAPH}` : "");
    if (text === "")
      return EMPTY;
    return shownAs === "agreement" ? abridge(text, agreementWords, false) : abridge(text, readingWords, true);
  });
}
function toTable(c, options = {}) {
  const width = options.width ?? 100;
  const cellWidth = options.cellWidth ?? 30;
  const agreementWords = options.agreementWords ?? 8;
  const readingWords = options.readingWords ?? 40;
  const hide = new Set(options.hide ?? c.options.hide);
  const labels = c.witnesses.map((w) => w.siglum);
  const labelWidth = Math.max(...labels.map((l) => stringWidth(l)), 1);
  const shown = [];
  for (const place of c.places) {
    const as = place.kind === "variant" && !(place.type && hide.has(place.type) && !place.transpositions) ? "variant" : "agreement";
    const prev = shown[shown.length - 1];
    if (as === "agreement" && prev?.as === "agreement")
      prev.place = { ...prev.place, to: place.to };
    else
      shown.push({ place, as });
  }
  const columns = shown.map(({ place, as }) => {
    const head = as === "variant" ? [place.id, place.type ?? ""] : ["", ""];
    const cells = cellsOf(c, place, as, agreementWords, readingWords).map((t) => wrap(t, cellWidth));
    const w = Math.max(...head.map((h) => stringWidth(h)), ...cells.flat().map((l) => stringWidth(l)), 1);
    return { head, cells, width: w };
  });
  const out = [];
  let i = 0;
  while (i < columns.length) {
    let used = labelWidth;
    let j = i;
    while (j < columns.length && (j === i || used + SEP.length + columns[j].width <= width)) {
      used += SEP.length + columns[j].width;
      j++;
    }
    const band = columns.slice(i, j);
    const row = (label, parts) => `${pad(label, labelWidth)}${SEP}${parts.join(SEP)}`.trimEnd();
    if (out.length > 0)
      out.push("");
    for (const h of [0, 1]) {
      if (band.some((col) => col.head[h] !== ""))
        out.push(row("", band.map((col) => pad(col.head[h], col.width))));
    }
    out.push(`${"\u2500".repeat(labelWidth)}\u2500\u253C\u2500${band.map((col) => "\u2500".repeat(col.width)).join("\u2500\u253C\u2500")}`);
    labels.forEach((label, w) => {
      const height = Math.max(...band.map((col) => col.cells[w].length));
      for (let l = 0; l < height; l++) {
        out.push(row(l === 0 ? label : "", band.map((col) => pad(col.cells[w][l] ?? "", col.width))));
      }
    });
    i = j;
  }
  out.unshift(`${EMPTY} no text in this witness   ${PARAGRAPH} paragraph break${hide.size > 0 ? `   hidden: ${[...hide].join(", ")}` : ""}`, "");
  if (c.transpositions.length > 0) {
    out.push("", "Transpositions:");
    const placesOf = (from, to) => c.places.filter((p) => p.kind === "variant" && p.from < to && p.to > from).map((p) => p.id).join(", ");
    for (const t of c.transpositions) {
      const [a, b] = t.sides;
      const words = a.tokens.filter((tok) => tok.witness === a.witnesses[0]).map((tok) => tok.text).join(" ");
      out.push(`  ${t.id}: \u201C${words}\u201D ${a.witnesses.join(" ")} at ${placesOf(a.from, a.to)} \u2194 ${b.witnesses.join(" ")} at ${placesOf(b.from, b.to)}`);
    }
  }
  return `${out.join("\n")}
`;
}

// dist/collate/serialize-json.js
function toJsonValue(c) {
  const place = (p) => ({
    kind: p.kind,
    ...p.id !== void 0 ? { id: p.id } : {},
    from: p.from,
    to: p.to,
    ...p.type ? { type: p.type } : {},
    ...p.corresp?.length ? { corresp: p.corresp, transpositions: p.transpositions } : {},
    ...p.kind === "variant" ? { readings: p.readings.map((r) => ({ witnesses: r.witnesses, ...r.type ? { type: r.type } : {} })) } : {},
    /** Per witness (in `witnesses` order): the characters `[start, end)` the place covers. */
    ranges: c.witnesses.map((w) => [p.ranges[w.siglum].start, p.ranges[w.siglum].end])
  });
  return {
    format: "tei-edition-collation",
    version: 2,
    options: c.options,
    witnesses: c.witnesses.map((w) => {
      const norms = {};
      w.tokens.forEach((t, i) => {
        if (t.norm !== t.text)
          norms[i] = t.norm;
      });
      return {
        siglum: w.siglum,
        ...w.file !== void 0 ? { file: w.file } : {},
        text: w.text,
        /** Token i starts at `tokens[2i]` in `text` and is `tokens[2i+1]` characters long. */
        tokens: w.tokens.flatMap((t) => [t.offset, t.end - t.offset]),
        /** The normalised form of the tokens whose form differs from their text, by index. */
        norm: norms
      };
    }),
    /** Per column, per witness (in `witnesses` order): the token index, or null. */
    table: c.columns.map((col) => col.cells.map((t) => t ? t.index : null)),
    /** Variant places only: agreement is whatever lies between them. */
    places: c.places.filter((p) => p.kind === "variant").map(place),
    transpositions: c.transpositions.map((tr) => ({
      id: tr.id,
      sides: tr.sides.map((s) => ({
        witnesses: s.witnesses,
        from: s.from,
        to: s.to,
        tokens: s.tokens.map((t) => [t.witness, t.index])
      }))
    }))
  };
}
function toJson(c) {
  const value = toJsonValue(c);
  const keys = Object.keys(value);
  const lines = keys.map((key, k) => {
    const v = value[key];
    const comma = k < keys.length - 1 ? "," : "";
    if (!Array.isArray(v))
      return `  ${JSON.stringify(key)}: ${JSON.stringify(v)}${comma}`;
    if (v.length === 0)
      return `  ${JSON.stringify(key)}: []${comma}`;
    const perLine = key === "table" ? 16 : 1;
    const rows = [];
    for (let i = 0; i < v.length; i += perLine)
      rows.push(`    ${v.slice(i, i + perLine).map((x) => JSON.stringify(x)).join(",")}`);
    return `  ${JSON.stringify(key)}: [
${rows.join(",\n")}
  ]${comma}`;
  });
  return `{
${lines.join("\n")}
}
`;
}

// dist/collate/paragraph.js
function locator(w) {
  const start = w.start ?? { line: 1, column: 1, offset: 0 };
  const breaks = [];
  for (let i = w.text.indexOf("\n"); i !== -1; i = w.text.indexOf("\n", i + 1))
    breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (breaks[mid] < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
    const line = start.line + lo;
    const column = lo === 0 ? start.column + offset : offset - breaks[lo - 1];
    return { line, column, offset: start.offset + offset };
  };
}
function inlinesFor(wits, ranges, input, locate) {
  const first = input.get(wits[0]);
  const r0 = ranges[first.siglum];
  const text = first.text.slice(r0.start, r0.end);
  const out = [];
  let from = 0;
  const piece = (a, b) => {
    if (b <= a)
      return;
    const src = wits.map((s) => {
      const r = ranges[s];
      const at = locate.get(s);
      return { wit: s, start: at(Math.min(r.start + a, r.end)), end: at(Math.min(r.start + b, r.end)) };
    });
    out.push({ kind: "text", value: text.slice(a, b), src });
  };
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    piece(from, i);
    const lines = wits.map((s) => ({ wit: s, line: locate.get(s)(ranges[s].start + i + 1).line }));
    out.push({ kind: "lb", lines });
    from = i + 1;
  }
  piece(from, text.length);
  return out;
}
function collateParagraph(witnesses, options = {}) {
  const collation = collate(witnesses, options);
  const prefix = options.idPrefix ?? "";
  const base = collation.options.base;
  const input = new Map(witnesses.map((w) => [w.siglum, w]));
  const locate = new Map(witnesses.map((w) => [w.siglum, locator(w)]));
  const order = [base, ...witnesses.map((w) => w.siglum).filter((s) => s !== base)];
  const spansOf = (p) => order.filter((s) => p.ranges[s].end > p.ranges[s].start).map((s) => ({ wit: s, start: locate.get(s)(p.ranges[s].start), end: locate.get(s)(p.ranges[s].end) }));
  const segments = collation.places.map((p) => {
    if (p.kind === "agreement") {
      const wits = order.filter((s) => p.ranges[s].end > p.ranges[s].start);
      return { kind: "agreement", ranges: p.ranges, spans: spansOf(p), inlines: wits.length ? inlinesFor(wits, p.ranges, input, locate) : [] };
    }
    const id = `${prefix}${p.id}`;
    const corresp = p.corresp?.map((c) => `#${prefix}${c}`);
    const readings = p.readings.map((r) => {
      const lemma = r.witnesses.includes(base);
      const nonEmpty = r.witnesses.filter((s) => p.ranges[s].end > p.ranges[s].start);
      return {
        lemma,
        wit: r.witnesses,
        ...r.text !== "" ? { group: r.norm } : {},
        ...r.type ? { variantType: r.type } : {},
        children: r.text === "" || nonEmpty.length === 0 ? [] : inlinesFor(nonEmpty, p.ranges, input, locate)
      };
    });
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    const app = {
      kind: "app",
      id,
      ...p.type ? { variantType: p.type } : {},
      ...corresp && corresp.length > 0 ? { corresp } : {},
      readings
    };
    return {
      kind: "variant",
      ranges: p.ranges,
      spans: spansOf(p),
      id,
      ...p.type ? { type: p.type } : {},
      ...corresp && corresp.length > 0 ? { corresp } : {},
      inlines: [app]
    };
  });
  return { collation, segments };
}

// dist/collate/lines.js
function correspondingLines(c, a, b) {
  const ia = c.witnesses.findIndex((w) => w.siglum === a);
  const ib = c.witnesses.findIndex((w) => w.siglum === b);
  if (ia < 0 || ib < 0)
    throw new Error(`correspondingLines: no witness ${ia < 0 ? a : b} in the collation`);
  const startsLine = (w, index) => {
    const tokens = c.witnesses[w].tokens;
    return index === 0 || tokens[index - 1].line !== tokens[index].line;
  };
  const pairs = [];
  for (const col of c.columns) {
    const x = col.cells[ia];
    const y = col.cells[ib];
    if (!x || !y || x.norm !== y.norm)
      continue;
    if (startsLine(ia, x.index) && startsLine(ib, y.index))
      pairs.push({ [a]: x.line, [b]: y.line });
  }
  return pairs;
}
export {
  alignWitnesses,
  analyse,
  classifyReading,
  collate,
  collateParagraph,
  correspondingLines,
  defaultNormalizeOptions,
  normalizeText,
  normalizeTokens,
  normalizers,
  resolveOptions,
  siglumPattern,
  strongestType,
  toJson,
  toJsonValue,
  toTable,
  toTei,
  tokenize,
  variantSeverity
};
