import {
  parseRegister
} from "./chunk-FHX7AUZT.js";

// dist/registers/edit.js
var listElement = { persons: "listPerson", places: "listPlace", orgs: "listOrg", bibls: "listBibl" };
var entryElement = { persons: "person", places: "place", orgs: "org", bibls: "bibl" };
var nameElementOf = { persons: "persName", places: "placeName", orgs: "orgName", bibls: "title" };
var escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var masked = (text) => text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => " ".repeat(m.length));
function entryRange(text, kind, id) {
  const m = masked(text);
  const el = entryElement[kind];
  const open = new RegExp(`<${el}\\b[^>]*\\bxml:id\\s*=\\s*["']${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'][^>]*>`, "g").exec(m);
  if (!open)
    return void 0;
  const close = m.indexOf(`</${el}>`, open.index);
  if (close === -1)
    return void 0;
  const lineStart = m.lastIndexOf("\n", open.index) + 1;
  return { start: open.index, end: close + el.length + 3, indent: m.slice(lineStart, open.index).replace(/\S.*$/, "") };
}
function check(kind, text, file) {
  parseRegister(kind, text, file);
  return text;
}
function addEntry(text, kind, entryXml, file) {
  const m = masked(text);
  const close = m.lastIndexOf(`</${listElement[kind]}>`);
  if (close === -1)
    throw new Error(`${file}: no </${listElement[kind]}> to add the entry before`);
  const lineStart = m.lastIndexOf("\n", close) + 1;
  const listIndent = m.slice(lineStart, close);
  const onOwnLine = /^[ \t]*$/.test(listIndent);
  const indent = `${onOwnLine ? listIndent : ""}  `;
  const body = entryXml.trim().split("\n").map((l) => indent + l).join("\n");
  const insertAt = onOwnLine ? lineStart : close;
  const added = onOwnLine ? `${body}
` : `
${body}
`;
  return check(kind, text.slice(0, insertAt) + added + text.slice(insertAt), file);
}
function insertChild(text, kind, id, childXml, file, replace) {
  const range = entryRange(text, kind, id);
  if (!range)
    throw new Error(`${file}: no entry with xml:id "${id}"`);
  let entry = text.slice(range.start, range.end);
  if (replace) {
    const old = replace.exec(entry);
    if (old)
      return check(kind, text.slice(0, range.start) + entry.replace(replace, childXml) + text.slice(range.end), file);
  }
  const note = /<note\b/.exec(entry);
  const at = note ? note.index : entry.lastIndexOf("</");
  const childIndent = /\n([ \t]*)<[^/!]/.exec(entry)?.[1] ?? `${range.indent}  `;
  const multiline = entry.includes("\n");
  if (!multiline)
    entry = `${entry.slice(0, at)}${childXml}${entry.slice(at)}`;
  else if (note)
    entry = `${entry.slice(0, at)}${childXml}
${childIndent}${entry.slice(at)}`;
  else {
    const before = entry.slice(0, at).replace(/[ \t]*$/, "");
    entry = `${before}${before.endsWith("\n") ? "" : "\n"}${childIndent}${childXml}
${range.indent}${entry.slice(at)}`;
  }
  return check(kind, text.slice(0, range.start) + entry + text.slice(range.end), file);
}
function addForm(text, kind, id, form, formType, file) {
  const el = nameElementOf[kind];
  const attrs = kind === "bibls" ? ` level="j" type="${escapeXml(formType)}"` : ` type="${escapeXml(formType)}"`;
  return insertChild(text, kind, id, `<${el}${attrs}>${escapeXml(form)}</${el}>`, file);
}
function setAuthority(text, kind, id, type, value, file) {
  const replace = new RegExp(`<idno\\b[^>]*\\btype\\s*=\\s*["']${type}["'][^>]*>[^<]*</idno>`);
  return insertChild(text, kind, id, `<idno type="${escapeXml(type)}">${escapeXml(value)}</idno>`, file, replace);
}

export {
  escapeXml,
  addEntry,
  addForm,
  setAuthority
};
