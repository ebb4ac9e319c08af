// dist/validate/xml/events.js
import { SaxesParser } from "saxes";
var XML_NS = "http://www.w3.org/XML/1998/namespace";
var XMLNS_NS = "http://www.w3.org/2000/xmlns/";
var TEI_NS = "http://www.tei-c.org/ns/1.0";
var defaultMaxDepth = 1e3;
var NamespaceParser = class extends SaxesParser {
  constructor() {
    super({ xmlns: true, position: true });
  }
  resolve(prefix) {
    const self = this;
    let uri = self.topNS[prefix];
    if (uri !== void 0)
      return uri;
    const tags = self.tags;
    for (let i = tags.length - 1; i >= 0 && uri === void 0; i--)
      uri = tags[i].ns[prefix] ?? tags[i].inScope?.[prefix];
    uri ??= self.ns[prefix];
    if (uri === void 0)
      return super.resolve(prefix);
    const parent = tags[tags.length - 1];
    if (parent)
      (parent.inScope ??= /* @__PURE__ */ Object.create(null))[prefix] = uri;
    return uri;
  }
};
var StopReading = class extends Error {
  refusal;
  constructor(refusal) {
    super(refusal.message);
    this.refusal = refusal;
  }
};
function readXmlEvents(text, handler, limits = {}) {
  const errors = [];
  const parser = new NamespaceParser();
  const maxDepth = limits.maxDepth ?? defaultMaxDepth;
  let depth = 0;
  let sawRoot = false;
  let lastEnd = 0;
  let pendingAttrOffsets = [];
  parser.on("error", (err) => {
    const offset = Math.min(text.length, Math.max(0, parser.position - 1));
    errors.push(namedEntity(cleanSaxesMessage(err.message), text, offset) ?? { message: cleanSaxesMessage(err.message), offset });
  });
  parser.on("xmldecl", () => lastEnd = parser.position);
  parser.on("doctype", () => lastEnd = parser.position);
  parser.on("opentagstart", () => pendingAttrOffsets = []);
  parser.on("attribute", () => pendingAttrOffsets.push(attributeStart(text, parser.position)));
  parser.on("opentag", (tag) => {
    const end = parser.position;
    const offset = text.lastIndexOf(`<${tag.name}`, end - 1);
    const at = offset < 0 ? lastEnd : offset;
    if (!sawRoot && limits.requireTei && !(tag.uri === TEI_NS && (tag.local === "TEI" || tag.local === "teiCorpus"))) {
      throw new StopReading(notTei(tag, at));
    }
    sawRoot = true;
    if (++depth > maxDepth)
      throw new StopReading(tooDeep(maxDepth, at));
    if (tag.isSelfClosing)
      depth--;
    handler.startElement({
      uri: tag.uri,
      local: tag.local,
      qname: tag.name,
      offset: at,
      attributes: attributesOf(tag, pendingAttrOffsets)
    });
    lastEnd = end;
    if (tag.isSelfClosing)
      handler.endElement(tag.uri, tag.local, end);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing)
      return;
    depth--;
    const end = parser.position;
    const offset = text.lastIndexOf("</", end - 1);
    handler.endElement(tag.uri, tag.local, offset < 0 ? end : offset);
    lastEnd = end;
  });
  parser.on("text", (t) => {
    handler.text(t, lastEnd);
    lastEnd = parser.position - 1;
  });
  parser.on("cdata", (t) => {
    handler.text(t, lastEnd);
    lastEnd = parser.position;
  });
  parser.on("comment", (c) => {
    handler.other?.("comment", c, lastEnd);
    lastEnd = parser.position;
  });
  parser.on("processinginstruction", (pi) => {
    handler.other?.("pi", pi.body, lastEnd, pi.target);
    lastEnd = parser.position;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (err instanceof StopReading)
      errors.push(err.refusal);
    else
      errors.push({ message: err instanceof Error ? err.message : String(err), offset: Math.min(text.length, Math.max(0, parser.position - 1)) });
  }
  return errors;
}
function tooDeep(maxDepth, offset) {
  return {
    rule: "input-too-deep",
    offset,
    message: `elements are nested more than ${maxDepth} deep here; the file is refused before any further work`,
    hint: "real TEI nests a few dozen levels: check how the file was made, or raise the limit with --max-depth if it is trusted"
  };
}
function notTei(tag, offset) {
  const ns = tag.uri === "" ? "in no namespace" : `in the namespace ${tag.uri}`;
  return {
    rule: "input-not-tei",
    offset,
    message: `the root element is <${tag.name}> ${ns}, not a TEI document (<TEI> or <teiCorpus> in ${TEI_NS})`,
    hint: tag.local === "TEI" ? `declare the TEI namespace on the root: <TEI xmlns="${TEI_NS}">` : "name a TEI P5 file"
  };
}
function attributesOf(tag, offsets) {
  const out = [];
  let i = 0;
  for (const a of Object.values(tag.attributes)) {
    out.push({
      uri: a.uri,
      local: a.local,
      qname: a.name,
      value: a.value,
      offset: offsets[i++] ?? 0,
      isNamespaceDeclaration: a.prefix === "xmlns" || a.name === "xmlns"
    });
  }
  return out;
}
function attributeStart(text, after) {
  const quoteAt = after - 1;
  const quote = text[quoteAt];
  if (quote !== '"' && quote !== "'")
    return quoteAt;
  let i = text.lastIndexOf(quote, quoteAt - 1) - 1;
  while (i > 0 && /\s/.test(text[i] ?? ""))
    i--;
  if (text[i] === "=")
    i--;
  while (i > 0 && /\s/.test(text[i] ?? ""))
    i--;
  while (i > 0 && !/[\s<]/.test(text[i - 1] ?? ""))
    i--;
  return i;
}
function namedEntity(message, text, offset) {
  if (!message.startsWith("undefined entity"))
    return void 0;
  const amp = text.lastIndexOf("&", offset);
  const semi = amp < 0 ? -1 : text.indexOf(";", amp);
  if (semi < 0 || semi - amp > 64 || semi < offset - 1)
    return void 0;
  return {
    message: `undefined entity &${text.slice(amp + 1, semi)}; (without a DTD only &amp; &lt; &gt; &quot; &apos; and character references such as &#160; are known)`,
    offset: amp
  };
}
function cleanSaxesMessage(message) {
  return message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
}

export {
  XML_NS,
  XMLNS_NS,
  TEI_NS,
  defaultMaxDepth,
  readXmlEvents
};
