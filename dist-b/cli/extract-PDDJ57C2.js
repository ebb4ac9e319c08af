import {
  extractCollationWitness,
  isStandaloneCollation
} from "./chunk-JBWSDMZK.js";
import {
  checkXmlProlog,
  syntaxDiagnostics
} from "./chunk-HWWVQCMZ.js";
import "./chunk-56R55J5G.js";
import {
  TEI_NS,
  readXmlEvents
} from "./chunk-ZKZ6LJFI.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import {
  LineIndex
} from "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/tei/extract.js
var editorial = /* @__PURE__ */ new Set(["teiHeader", "standOff", "supplied", "corr", "gap", "reg", "expan", "desc", "witDetail"]);
var layout = /\n[ \t]*/g;
var parseWits = (value) => (value ?? "").split(/\s+/).filter(Boolean).map((p) => p.startsWith("#") ? p.slice(1) : p);
function extractWitness(xml, witness, file = "<tei>", limits = {}) {
  const prolog = checkXmlProlog(xml, file, "extract");
  if (!prolog.ok)
    throw new EditionError(prolog.diagnostics);
  if (isStandaloneCollation(xml))
    return extractCollationWitness(xml, witness, file);
  const lines = /* @__PURE__ */ new Map();
  const maxLine = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Set();
  const printed = /* @__PURE__ */ new Map();
  let state = { line: /* @__PURE__ */ new Map(), active: /* @__PURE__ */ new Set() };
  let inGroup = false;
  const all = /* @__PURE__ */ new Set();
  const stack = [];
  const top = () => stack[stack.length - 1];
  let listWit = false;
  const edges = /* @__PURE__ */ new Map();
  let currentWitness;
  const fileForms = /* @__PURE__ */ new Map();
  const append = (wits, text2) => {
    for (const w of state.active) {
      if (!wits.has(w) && !wits.has("*"))
        continue;
      const n2 = state.line.get(w);
      const arr = lines.get(w);
      arr[n2 - 1] = (arr[n2 - 1] ?? "") + text2;
    }
  };
  const startElement = (tag) => {
    const parent = top();
    const name = tag.local;
    const attr = (k) => tag.attributes.find((a) => a.qname === k)?.value;
    if (name === "listWit")
      listWit = true;
    if (listWit && name === "note" && attr("type") === "encoding" && currentWitness !== void 0) {
      const form2 = (attr("subtype") ?? "").split("-");
      fileForms.set(currentWitness, { bom: form2.includes("bom"), crlf: form2.includes("crlf") });
    }
    if (listWit && name === "witness") {
      const id = attr("xml:id");
      currentWitness = id;
      if (id)
        known.add(id);
      const n2 = attr("n");
      if (id && n2 !== void 0 && !printed.has(n2))
        printed.set(n2, id);
    }
    let skip = parent?.skip ?? false;
    if (tag.uri !== TEI_NS)
      skip = true;
    if (editorial.has(name))
      skip = true;
    if (name === "note" && attr("type") === "editorial")
      skip = true;
    let wits = parent?.wits ?? /* @__PURE__ */ new Set(["*"]);
    if ((name === "lem" || name === "rdg") && parent?.name === "app") {
      const named = parseWits(attr("wit"));
      if (named.length === 0 && name === "lem")
        wits = /* @__PURE__ */ new Set(["*lem"]);
      else {
        named.forEach((w) => parent.named.add(w));
        wits = new Set(named.filter((w) => parent.wits.has(w) || parent.wits.has("*")));
      }
    }
    const frame = { name, wits, skip };
    if (name === "app")
      frame.named = /* @__PURE__ */ new Set();
    if (name === "choice")
      frame.wits = wits;
    stack.push(frame);
    if (skip)
      return;
    if (name === "lb") {
      const w = parseWits(attr("edRef"))[0];
      const n2 = Number(attr("n"));
      if (!w || !Number.isInteger(n2) || n2 < 1)
        return;
      all.add(w);
      if (!lines.has(w))
        lines.set(w, []);
      const rend = attr("rend");
      const edge = (key) => Number(new RegExp(`(?:^|\\s)${key}-(\\d+)(?:\\s|$)`, "u").exec(rend ?? "")?.[1] ?? 0);
      if (rend !== void 0 && (edge("indent") > 0 || edge("trailing") > 0) && (wits.has("*") || wits.has(w))) {
        if (!edges.has(w))
          edges.set(w, /* @__PURE__ */ new Map());
        edges.get(w).set(n2, { indent: edge("indent"), trailing: edge("trailing") });
      }
      if (attr("type") === "wrap") {
        const arr = lines.get(w);
        const cur = state.line.get(w);
        if (cur !== void 0 && arr[cur - 1]?.endsWith(" "))
          arr[cur - 1] = arr[cur - 1].slice(0, -1);
        state.active.add(w);
        state.line.set(w, n2);
        maxLine.set(w, Math.max(maxLine.get(w) ?? 0, n2));
        inGroup = false;
        return;
      }
      const inReading = !wits.has("*");
      if (!inGroup) {
        if (inReading) {
          for (const x of [...state.active])
            if (wits.has(x))
              state.active.delete(x);
        } else {
          state.active.clear();
        }
      }
      if (!inReading || wits.has(w)) {
        state.active.add(w);
        state.line.set(w, n2);
        maxLine.set(w, Math.max(maxLine.get(w) ?? 0, n2));
      }
      inGroup = true;
      return;
    }
    inGroup = false;
    if (name === "note") {
      const n2 = attr("n");
      if (n2 !== void 0 && attr("subtype") !== "unanchored" && attr("place") !== "inline")
        append(wits, /^\d+$/u.test(n2) ? `[${n2}]` : n2);
      frame.saved = { line: new Map(state.line), active: new Set(state.active) };
    }
  };
  const onText = (text2) => {
    const f = top();
    if (!f || f.skip)
      return;
    const value = text2.replace(layout, "");
    if (value === "")
      return;
    inGroup = false;
    if (f.wits.has("*lem")) {
      const app = stack[stack.length - 2];
      const rest = new Set([...all].filter((w) => !app?.named?.has(w)));
      append(rest, value);
      return;
    }
    append(f.wits, value);
  };
  const endElement = () => {
    const f = stack.pop();
    if (f?.name === "listWit")
      listWit = false;
    if (f && !f.skip && f.name !== "lb")
      inGroup = false;
    if (f?.saved)
      state = f.saved;
  };
  const problems = readXmlEvents(xml, { startElement, text: onText, endElement }, { ...limits, requireTei: true });
  if (problems.length > 0) {
    const first = syntaxDiagnostics({ syntaxErrors: problems, lines: new LineIndex(xml) }, file, "extract")[0];
    throw new EditionError([first]);
  }
  const siglum = all.has(witness) ? witness : printed.get(witness) ?? witness;
  if (!all.has(siglum)) {
    const listed = [.../* @__PURE__ */ new Set([...known, ...all])].sort();
    throw new EditionError([
      error({
        message: `witness "${witness}" has no lines in this TEI file`,
        rule: "extract-unknown-witness",
        stage: "extract",
        file,
        hint: listed.length ? `witnesses here: ${listed.join(", ")}` : "this file records no witness lines (lb with edRef)"
      })
    ]);
  }
  const out = lines.get(siglum);
  const n = maxLine.get(siglum);
  const result = [];
  const edgeOf = edges.get(siglum);
  for (let i = 0; i < n; i++) {
    const e = edgeOf?.get(i + 1);
    result.push(e ? `${" ".repeat(e.indent)}${out[i] ?? ""}${" ".repeat(e.trailing)}` : out[i] ?? "");
  }
  const form = fileForms.get(siglum);
  const text = result.join(form?.crlf ? "\r\n" : "\n");
  return form?.bom ? `\uFEFF${text}` : text;
}
export {
  extractWitness
};
