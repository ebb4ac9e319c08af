import {
  checkPointers,
  checkXmlIds,
  loadEditionRules
} from "./chunk-TCKGUMOL.js";
import {
  parseXml,
  runSchematron
} from "./chunk-6X4NNZP2.js";
import {
  checkText
} from "./chunk-K2OCRGVA.js";
import {
  runsEditionRules,
  runsTeiSchematron
} from "./chunk-KORC3GQY.js";
import {
  syntaxDiagnostics
} from "./chunk-HWWVQCMZ.js";
import {
  scanXml
} from "./chunk-56R55J5G.js";
import {
  XML_NS
} from "./chunk-ZKZ6LJFI.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-GYKKQXB4.js";
import "./chunk-C7KK3ANL.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-T54CWHVJ.js";
import {
  error
} from "./chunk-J2IIOPIV.js";

// dist/validate/relaxng/check.js
import salve from "salve";

// dist/validate/relaxng/messages.js
var TEI_NS = "http://www.tei-c.org/ns/1.0";
function formatName(pattern) {
  const n = pattern;
  if (n.a && n.b)
    return `${formatName(n.a)} or ${formatName(n.b)}`;
  if (n.name !== void 0)
    return qualify(n.ns ?? "", n.name);
  if (n.ns !== void 0)
    return `any name in ${n.ns === "" ? "no namespace" : n.ns}`;
  return "any name";
}
function qualify(ns, local) {
  if (ns === "" || ns === TEI_NS)
    return local;
  if (ns === XML_NS)
    return `xml:${local}`;
  return `{${ns}}${local}`;
}
function describeRngError(err, element, detail) {
  const names = err.getNames().map(formatName);
  const name = names.join(" or ");
  switch (err.msg) {
    case "tag not allowed here":
      return { rule: "rng-element-not-allowed", message: `element "${name}" not allowed here (in "${element}")` };
    case "attribute not allowed here":
      return { rule: "rng-attribute-not-allowed", message: `attribute "${name}" not allowed on "${element}"` };
    case "invalid attribute value":
      return {
        rule: "rng-attribute-value",
        message: `attribute "${name}" of "${element}" has an invalid value${detail === void 0 ? "" : ` "${clip(detail)}"`}`
      };
    case "attribute missing":
      return { rule: "rng-attribute-missing", message: `element "${element}" lacks the required attribute "${name}"` };
    case "tag required":
      return { rule: "rng-element-missing", message: `element "${element}" is incomplete: it needs "${name}"` };
    case "text not allowed here":
      return { rule: "rng-text-not-allowed", message: `text not allowed here (in "${element}")${detail ? `: "${clip(detail.trim())}"` : ""}` };
    case "value required":
    case "unfulfilled list":
      return { rule: "rng-value", message: `the content of "${element}" is not a valid value${detail ? ` ("${clip(detail.trim())}")` : ""}` };
    default:
      if (names.length > 0 && err.constructor.name === "ChoiceError" && element === "(document)") {
        return { rule: "rng-choice", message: `the document needs one of these root elements: ${names.join(", ")}` };
      }
      if (names.length > 0 && err.constructor.name === "ChoiceError") {
        return { rule: "rng-choice", message: `"${element}" needs one of: ${names.join(", ")}` };
      }
      return { rule: "rng-invalid", message: `${err.msg}${name ? `: ${name}` : ""} (in "${element}")` };
  }
}
var clip = (s) => s.length > 60 ? `${s.slice(0, 57)}\u2026` : s;

// dist/validate/relaxng/check.js
var RngChecker = class {
  findings = [];
  walker;
  open = [];
  pending = "";
  textOffset = 0;
  constructor(grammar) {
    this.walker = grammar.newWalker(new salve.DefaultNameResolver());
  }
  startElement(tag) {
    this.flushText();
    const name = qualify(tag.uri, tag.local);
    const parent = this.open[this.open.length - 1] ?? "(document)";
    this.fire("enterStartTag", [tag.uri, tag.local], tag.offset, parent);
    this.open.push(name);
    for (const a of tag.attributes) {
      if (a.isNamespaceDeclaration)
        continue;
      const nameErrors = this.walker.fireEvent("attributeName", [a.uri, a.local]);
      if (nameErrors) {
        this.record(nameErrors, a.offset, name, a.value);
      }
      this.fire("attributeValue", [a.value], a.offset, name, a.value);
    }
    this.fire("leaveStartTag", [], tag.offset, name);
  }
  text(t, offset) {
    if (this.open.length === 0)
      return;
    if (this.pending === "")
      this.textOffset = offset;
    this.pending += t;
  }
  endElement(uri, local, offset) {
    this.flushText();
    const name = this.open.pop() ?? qualify(uri, local);
    this.fire("endTag", [uri, local], offset, name);
  }
  /** Call after the last event: reports what the document as a whole still lacks. */
  finish(endOffset) {
    const errors = this.walker.end();
    if (errors)
      this.record(errors, endOffset, "(document)");
    return this.findings;
  }
  flushText() {
    if (this.pending === "")
      return;
    const t = this.pending;
    this.pending = "";
    this.fire("text", [t], this.textOffset, this.open[this.open.length - 1] ?? "(document)", t);
  }
  fire(event, params, offset, element, detail) {
    const errors = this.walker.fireEvent(event, params);
    if (errors)
      this.record(errors, offset, element, detail);
  }
  record(errors, offset, element, detail) {
    for (const err of errors)
      this.findings.push({ offset, ...describeRngError(err, element, detail) });
  }
};

// dist/validate/validate-text.js
function validateText(schema, text, displayName, options) {
  const part = options.part ?? "all";
  const safe = checkText(text, displayName);
  if (!safe.ok)
    return part === "rules" ? [] : safe.diagnostics;
  const tei = schema !== void 0 && runsTeiSchematron(options.rules);
  const edition = runsEditionRules(options.rules);
  const needDom = part !== "rng" && (tei || edition);
  if (part === "rules" && !needDom)
    return [];
  const rng = schema && part !== "rules" ? new RngChecker(schema.grammar) : void 0;
  const limits = { ...options.maxDepth === void 0 ? {} : { maxDepth: options.maxDepth }, requireTei: options.requireTei === true };
  const dom = needDom ? parseXml(text, rng, limits) : void 0;
  const parsed = dom ?? scanXml(text, rng, limits);
  if (parsed.syntaxErrors.length > 0)
    return part === "rules" ? [] : syntaxDiagnostics(parsed, displayName);
  const out = [];
  if (part !== "rules") {
    for (const f of rng?.finish(text.length) ?? []) {
      out.push(error({ message: f.message, rule: f.rule, stage: "validate", file: displayName, ...parsed.lines.at(f.offset) }));
    }
    out.push(...checkXmlIds(parsed.xmlIds, parsed.lines, displayName));
  }
  if (dom) {
    if (tei && schema)
      out.push(...runSchematron(schema.schematron, dom, displayName, `the schema ${schema.name}`));
    if (edition)
      out.push(...editionDiagnostics(dom, displayName, options.editionRulesFile));
  }
  return out;
}
function editionDiagnostics(parsed, displayName, rulesFile) {
  return [...checkPointers(parsed, displayName), ...runSchematron(loadEditionRules(rulesFile), parsed, displayName, "the edition rules")];
}
export {
  editionDiagnostics,
  validateText
};
