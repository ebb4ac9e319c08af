import {
  isXmlName,
  notAnXmlName
} from "./chunk-DLRF2HJA.js";
import {
  readTextFile
} from "./chunk-OUC5V77I.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/registers/load.js
import { SaxesParser } from "saxes";

// dist/registers/types.js
var formTypes = ["reg", "form", "error", "plural", "ambiguous"];

// dist/registers/load.js
var listElement = {
  persons: "listPerson",
  places: "listPlace",
  orgs: "listOrg",
  bibls: "listBibl"
};
var entryElement = {
  persons: "person",
  places: "place",
  orgs: "org",
  bibls: "bibl"
};
var nameElement = {
  persons: "persName",
  places: "placeName",
  orgs: "orgName",
  bibls: "title"
};
var XML_NS = "http://www.w3.org/XML/1998/namespace";
var certs = ["high", "medium", "low"];
var isElement = (n) => n.nodeType === 1;
var childElements = (n) => Array.from(n.childNodes).filter(isElement);
var text = (n) => (n.textContent ?? "").replace(/\s+/g, " ").trim();
function lightElement(qname, attrs, at) {
  const childNodes = [];
  return {
    nodeType: 1,
    ...at,
    localName: qname.includes(":") ? qname.slice(qname.indexOf(":") + 1) : qname,
    childNodes,
    attrs,
    get textContent() {
      return childNodes.map((k) => k.textContent ?? "").join("");
    },
    getAttribute: (n) => attrs[n] ?? null,
    getAttributeNS: (ns, n) => ns === XML_NS ? attrs[`xml:${n}`] ?? null : null
  };
}
function findList(source, kind, file) {
  const parser = new SaxesParser({ position: true });
  const stack = [];
  const lists = [];
  let at = { line: 1, column: 1 };
  parser.on("opentagstart", (tag) => {
    at = { line: parser.line, column: Math.max(1, parser.column - tag.name.length) };
  });
  parser.on("opentag", (tag) => {
    const el = lightElement(tag.name, tag.attributes, at);
    stack[stack.length - 1]?.childNodes.push(el);
    if (el.localName === listElement[kind])
      lists.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => void stack[stack.length - 1]?.childNodes.push({ nodeType: 3, childNodes: [], textContent: t }));
  parser.on("cdata", (t) => void stack[stack.length - 1]?.childNodes.push({ nodeType: 3, childNodes: [], textContent: t }));
  try {
    parser.write(source).close();
  } catch (err) {
    throw new EditionError([
      error({
        message: `register is not well-formed XML: ${err.message.replace(/^[^:]*:\d+:\d+: /, "")}`,
        rule: "register-invalid",
        stage: "annotate",
        file,
        line: parser.line,
        column: parser.column,
        hint: "fix the XML syntax"
      })
    ]);
  }
  if (lists.length !== 1) {
    throw new EditionError([
      error({
        message: `a ${kind} register must contain exactly one <${listElement[kind]}> (found ${lists.length})`,
        rule: "register-invalid",
        stage: "annotate",
        file
      })
    ]);
  }
  return lists[0];
}
function listSource(source, name) {
  const masked = source.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => " ".repeat(m.length));
  const start = masked.search(new RegExp(`<${name}[\\s/>]`));
  const close = `</${name}>`;
  const end = masked.lastIndexOf(close);
  if (start !== -1 && end > start)
    return source.slice(start, end + close.length);
  const selfClosing = /\/>/.exec(masked.slice(start));
  return source.slice(start, start + (selfClosing?.index ?? 0) + 2);
}
function readSex(value) {
  const v = (value ?? "").trim().toLowerCase();
  if (["m", "1", "male", "man"].includes(v))
    return "M";
  if (["f", "2", "female", "woman"].includes(v))
    return "F";
  return void 0;
}
function readEntries(kind, list, file) {
  const diagnostics = [];
  let place = {};
  const problem = (message, hint) => diagnostics.push(error({ message, rule: "register-invalid", stage: "annotate", file, ...place.line !== void 0 ? { line: place.line, column: place.column ?? 1 } : {}, ...hint ? { hint } : {} }));
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (const el of childElements(list).filter((e) => e.localName === entryElement[kind])) {
    place = el;
    const id = el.getAttributeNS(XML_NS, "id");
    if (!id) {
      problem(`a <${entryElement[kind]}> in the register has no xml:id`, "give every entry an xml:id");
      continue;
    }
    if (!isXmlName(id)) {
      problem(notAnXmlName(id), "rename the entry and the pointers to it (#id)");
      continue;
    }
    if (seen.has(id))
      problem(`xml:id "${id}" is used by two entries`, "ids must be unique in the edition");
    seen.add(id);
    const forms = [];
    for (const nameEl of childElements(el).filter((e) => e.localName === nameElement[kind])) {
      const value = text(nameEl);
      const type = nameEl.getAttribute("type") ?? "form";
      if (!formTypes.includes(type)) {
        problem(`entry "${id}": <${nameElement[kind]} type="${type}"> is not a known form type`, `use one of ${formTypes.join(", ")}`);
        continue;
      }
      const cert = nameEl.getAttribute("cert");
      if (cert !== null && !certs.includes(cert)) {
        problem(`entry "${id}": cert="${cert}" on "${value}" is not high, medium or low`);
        continue;
      }
      if (value === "") {
        problem(`entry "${id}" has an empty <${nameElement[kind]}>`);
        continue;
      }
      forms.push({ text: value, type, ...cert ? { cert } : {} });
    }
    if (forms.length === 0) {
      problem(`entry "${id}" has no <${nameElement[kind]}>`, "give it at least its regularised name");
      continue;
    }
    const authorities = childElements(el).filter((e) => e.localName === "idno").map((e) => ({ type: e.getAttribute("type") ?? "", value: text(e) }));
    const note = childElements(el).find((e) => e.localName === "note");
    const name = (forms.find((f) => f.type === "reg") ?? forms[0]).text;
    const sexEl = childElements(el).find((e) => e.localName === "sex");
    const sex = readSex(el.getAttribute("sex") ?? sexEl?.getAttribute("value") ?? (sexEl ? text(sexEl) : null));
    entries.push({ id, kind, name, forms, authorities, ...note ? { description: text(note) } : {}, ...sex ? { sex } : {} });
  }
  return { entries, diagnostics };
}
function loadRegister(kind, path, file) {
  const source = readTextFile(path, { what: "register", rule: "register-unreadable", stage: "annotate", file, hint: "check registers.* in the edition config" });
  return parseRegister(kind, source, file);
}
function parseRegister(kind, source, file) {
  const list = findList(source, kind, file);
  const { entries, diagnostics } = readEntries(kind, list, file);
  if (diagnostics.length > 0)
    throw new EditionError(diagnostics);
  return { kind, file, xml: listSource(source, listElement[kind]), entries };
}
function registerRecords(register) {
  if (register.entries.every((e) => Array.isArray(e.forms))) {
    return register.entries;
  }
  const list = findList(register.xml, register.kind, register.file);
  const { entries, diagnostics } = readEntries(register.kind, list, register.file);
  if (diagnostics.length > 0)
    throw new EditionError(diagnostics);
  return entries;
}

export {
  loadRegister,
  parseRegister,
  registerRecords
};
