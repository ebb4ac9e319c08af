import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/tei/extract-collation.js
import { SaxesParser } from "saxes";
var TEI_NS = "http://www.tei-c.org/ns/1.0";
var collationApplication = "tei-edition-collate";
function isStandaloneCollation(xml) {
  const head = xml.slice(0, 65536);
  const at = head.indexOf("</teiHeader>");
  return new RegExp(`<application\\b[^>]*\\bident="${collationApplication}"`).test(at < 0 ? head : head.slice(0, at));
}
var editorial = /* @__PURE__ */ new Set(["teiHeader", "standOff", "note", "witDetail", "supplied", "corr", "reg", "expan", "desc"]);
var parseWits = (value) => (value ?? "").split(/\s+/).filter(Boolean).map((p) => p.startsWith("#") ? p.slice(1) : p);
function extractCollationWitness(xml, siglum, file = "<tei>") {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const known = [];
  const out = /* @__PURE__ */ new Map();
  const line = /* @__PURE__ */ new Map();
  const stack = [];
  let inBody = false;
  const add = (wits, text2) => {
    for (const w of known)
      if (!wits || wits.has(w))
        out.set(w, out.get(w) + text2);
  };
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const name = tag.local;
    const attr = (k) => tag.attributes[k]?.value;
    if (name === "witness" && tag.uri === TEI_NS) {
      const id = attr("xml:id");
      if (id && !out.has(id)) {
        known.push(id);
        out.set(id, "");
        line.set(id, 1);
      }
    }
    if (name === "body")
      inBody = true;
    let wits = parent?.wits;
    if ((name === "lem" || name === "rdg") && (parent?.name === "app" || parent?.name === "rdgGrp")) {
      const named = parseWits(attr("wit"));
      wits = new Set(named.filter((w2) => !parent.wits || parent.wits.has(w2)));
    }
    const frame = {
      name,
      wits,
      skip: (parent?.skip ?? false) || tag.uri !== TEI_NS || editorial.has(name),
      exact: (parent?.exact ?? false) || name === "app" && attr("type") === "whitespace"
    };
    stack.push(frame);
    if (frame.skip || !inBody || name !== "lb")
      return;
    const w = parseWits(attr("edRef"))[0];
    const n = Number(attr("n"));
    if (!w || !out.has(w) || !Number.isInteger(n) || wits && !wits.has(w))
      return;
    let text2 = out.get(w);
    if (!frame.exact && text2.endsWith(" "))
      text2 = text2.slice(0, -1);
    out.set(w, text2 + "\n".repeat(Math.max(0, n - line.get(w))));
    line.set(w, Math.max(n, line.get(w)));
  });
  parser.on("text", (text2) => {
    const f = stack[stack.length - 1];
    if (!f || f.skip || !inBody)
      return;
    const value = text2.replace(/\n[ \t]*/g, "");
    if (value !== "")
      add(f.wits, value);
  });
  parser.on("closetag", (tag) => {
    stack.pop();
    if (tag.local === "body")
      inBody = false;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw new EditionError([
      error({ message: `the TEI file is not well-formed XML: ${err.message}`, rule: "extract-not-well-formed", stage: "extract", file })
    ]);
  }
  const text = out.get(siglum);
  if (text === void 0) {
    throw new EditionError([
      error({
        message: `witness "${siglum}" is not in this collation`,
        rule: "extract-unknown-witness",
        stage: "extract",
        file,
        hint: known.length ? `witnesses here: ${known.join(", ")}` : "the collation lists no witness (listWit)"
      })
    ]);
  }
  return text;
}

export {
  collationApplication,
  isStandaloneCollation,
  extractCollationWitness
};
