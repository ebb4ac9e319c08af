// dist/tei/serialize.js
var ELEMENT = 1;
var TEXT = 3;
var CDATA = 4;
var PI = 7;
var COMMENT = 8;
var escapeText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var escapeAttribute = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
var pads = [];
var pad = (depth) => pads[depth] ??= `
${"  ".repeat(depth)}`;
function write(node, parentNs, st, depth, verbatim) {
  const { out, raw } = st;
  switch (node.nodeType) {
    case TEXT:
      out.push(escapeText(node.nodeValue ?? ""));
      return;
    case CDATA:
      out.push(escapeText(node.nodeValue ?? ""));
      return;
    case COMMENT:
      out.push(`<!--${node.nodeValue ?? ""}-->`);
      return;
    case PI:
      out.push(`<?${node.target ?? node.nodeName} ${node.data ?? node.nodeValue ?? ""}?>`);
      return;
    case ELEMENT: {
      const ns = node.namespaceURI ?? null;
      out.push(`<${node.nodeName}`);
      if (ns !== parentNs && ns !== null && !node.nodeName.includes(":"))
        out.push(` xmlns="${escapeAttribute(ns)}"`);
      const attrs = node.attributes ?? [];
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i];
        if (a.name !== "xmlns")
          out.push(` ${a.name}="${escapeAttribute(a.value)}"`);
      }
      const kids = node.childNodes;
      const extra = raw.get(node);
      if (kids.length === 0 && !extra) {
        out.push("/>");
        return;
      }
      out.push(">");
      const layout = !verbatim && st.indent(node);
      if (extra)
        out.push(...extra);
      for (let i = 0; i < kids.length; i++) {
        if (layout)
          out.push(pad(depth + 1));
        write(kids[i], ns, st, depth + 1, verbatim || extra !== void 0);
      }
      if (layout)
        out.push(pad(depth));
      out.push(`</${node.nodeName}>`);
      return;
    }
    default:
      return;
  }
}
function serializeDocument(root, options = {}) {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, null, { out, raw: options.raw ?? /* @__PURE__ */ new Map(), indent: options.indent ?? (() => false) }, 0, false);
  out.push("\n");
  return out.join("");
}

export {
  serializeDocument
};
