import {
  extractSchematron,
  prepareSchematron
} from "./chunk-6X4NNZP2.js";
import {
  readEditionRules
} from "./chunk-GYKKQXB4.js";
import {
  defaultEditionRulesFile
} from "./chunk-C7KK3ANL.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/validate/xml-ids.js
function checkXmlIds(ids, lines, displayName) {
  const first = /* @__PURE__ */ new Map();
  const out = [];
  for (const { id, offset } of ids) {
    const seen = first.get(id);
    if (seen === void 0) {
      first.set(id, offset);
      continue;
    }
    const where = lines.at(seen);
    out.push(error({
      message: `xml:id "${id}" is used twice (first at line ${where.line}, column ${where.column})`,
      rule: "xml-id-duplicate",
      stage: "validate",
      file: displayName,
      ...lines.at(offset),
      hint: "give each element its own id and update the pointers to it"
    }));
  }
  return out;
}

// dist/validate/edition/pointers.js
var pointerAttributes = ["ref", "target", "wit", "source", "resp", "edRef"];
function checkPointers(parsed, displayName) {
  const ids = new Set(parsed.xmlIds.map((x) => x.id));
  const out = [];
  const stack = parsed.document.documentElement ? [parsed.document.documentElement] : [];
  while (stack.length > 0) {
    const el = stack.pop();
    for (const name of pointerAttributes) {
      const attr = el.getAttributeNodeNS(null, name);
      if (!attr)
        continue;
      const missing = attr.value.split(/\s+/).filter((t) => t.startsWith("#") && !ids.has(t.slice(1)));
      if (missing.length === 0)
        continue;
      const offset = parsed.offsetOf(attr) ?? parsed.offsetOf(el);
      out.push(error({
        message: `@${name} of ${el.localName} points to ${missing.join(", ")}, which ${missing.length === 1 ? "is not an xml:id" : "are not xml:ids"} in this document`,
        rule: "pointer-unresolved",
        stage: "validate",
        file: displayName,
        ...offset === void 0 ? {} : parsed.lines.at(offset),
        hint: "fix the pointer or add the register entry or witness it names"
      }));
    }
    if (el.namespaceURI === "http://www.tei-c.org/ns/Examples")
      continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling)
      stack.push(c);
  }
  return out;
}

// dist/validate/edition/rules.js
var prepared = /* @__PURE__ */ new Map();
function prepareEditionRules(text, file) {
  const cached = prepared.get(text);
  if (cached)
    return cached;
  const rules = prepareSchematron(extractSchematron(text, file), true, false);
  if (rules.unsupported.length > 0) {
    throw new EditionError(rules.unsupported.map((u) => error({ message: `edition rule pattern "${u.id}" cannot run: ${u.reason}`, rule: "rules-invalid", stage: "validate", file })));
  }
  prepared.set(text, rules);
  return rules;
}
function loadEditionRules(file = defaultEditionRulesFile) {
  return prepareEditionRules(readEditionRules(file), file);
}

export {
  checkXmlIds,
  checkPointers,
  prepareEditionRules,
  loadEditionRules
};
