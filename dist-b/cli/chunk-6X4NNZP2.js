import {
  XMLNS_NS,
  XML_NS,
  readXmlEvents
} from "./chunk-ZKZ6LJFI.js";
import {
  LineIndex
} from "./chunk-T54CWHVJ.js";
import {
  error,
  info,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/validate/xml/dom.js
import * as slimdom from "slimdom";
function parseXml(text, also, limits) {
  const document = new slimdom.Document();
  const offsets = /* @__PURE__ */ new WeakMap();
  const elementNames = /* @__PURE__ */ new Set();
  const attributeNames = /* @__PURE__ */ new Set();
  const xmlIds = [];
  let current = document;
  let pendingText = "";
  let pendingOffset = 0;
  const flush = () => {
    if (pendingText === "")
      return;
    if (current !== document) {
      const node = document.createTextNode(pendingText);
      offsets.set(node, pendingOffset);
      current.appendChild(node);
    }
    pendingText = "";
  };
  const handler = {
    startElement(tag) {
      flush();
      const el = document.createElementNS(tag.uri === "" ? null : tag.uri, tag.qname);
      offsets.set(el, tag.offset);
      elementNames.add(`{${tag.uri}}${tag.local}`);
      for (const a of tag.attributes) {
        if (a.isNamespaceDeclaration) {
          el.setAttributeNS(XMLNS_NS, a.qname, a.value);
          continue;
        }
        el.setAttributeNS(a.uri === "" ? null : a.uri, a.qname, a.value);
        const attr = el.getAttributeNodeNS(a.uri === "" ? null : a.uri, a.local);
        if (attr)
          offsets.set(attr, a.offset);
        attributeNames.add(a.local);
        if (a.qname === "xml:id")
          xmlIds.push({ id: a.value, offset: a.offset });
      }
      current.appendChild(el);
      current = el;
      also?.startElement(tag);
    },
    text(t, offset) {
      if (pendingText === "")
        pendingOffset = offset;
      pendingText += t;
      also?.text(t, offset);
    },
    other(kind, data, offset, target) {
      flush();
      if (current !== document || kind === "pi") {
        const node = kind === "comment" ? document.createComment(data) : document.createProcessingInstruction(target ?? "", data);
        offsets.set(node, offset);
        current.appendChild(node);
      }
      also?.other?.(kind, data, offset, target);
    },
    endElement(uri, local, offset) {
      flush();
      current = current.parentNode ?? document;
      also?.endElement(uri, local, offset);
    }
  };
  const syntaxErrors = readXmlEvents(text, handler, limits);
  flush();
  return {
    document,
    lines: new LineIndex(text),
    offsetOf: (node) => offsets.get(node),
    elementNames,
    attributeNames,
    xmlIds,
    syntaxErrors
  };
}

// dist/validate/schematron/model.js
var SCH_NS = "http://purl.oclc.org/dsdl/schematron";

// dist/validate/schematron/extract.js
var standardNamespaces = {
  xs: "http://www.w3.org/2001/XMLSchema",
  xsl: "http://www.w3.org/1999/XSL/Transform",
  fn: "http://www.w3.org/2005/xpath-functions",
  map: "http://www.w3.org/2005/xpath-functions/map",
  array: "http://www.w3.org/2005/xpath-functions/array",
  math: "http://www.w3.org/2005/xpath-functions/math",
  xml: "http://www.w3.org/XML/1998/namespace"
};
function extractSchematron(xmlText, displayName) {
  const parsed = parseXml(xmlText);
  if (parsed.syntaxErrors.length > 0) {
    const first = parsed.syntaxErrors[0];
    throw new Error(`${displayName} is not well-formed XML: ${first?.message ?? ""}`);
  }
  const namespaces = { ...standardNamespaces };
  const lets = [];
  const patterns = [];
  const walk = (el, inSchemaRoot) => {
    for (const child of el.children) {
      if (child.namespaceURI === SCH_NS) {
        if (child.localName === "ns") {
          const prefix = child.getAttribute("prefix");
          const uri = child.getAttribute("uri");
          if (prefix && uri)
            namespaces[prefix] = uri;
        } else if (child.localName === "let" && inSchemaRoot) {
          lets.push(letOf(child));
        } else if (child.localName === "pattern") {
          Object.assign(namespaces, { ...inScopeNamespaces(child), ...namespaces });
          patterns.push(patternOf(child, patterns.length));
        } else {
          walk(child, false);
        }
      } else {
        walk(child, false);
      }
    }
  };
  const root = parsed.document.documentElement;
  if (root) {
    if (root.namespaceURI === SCH_NS && root.localName === "schema") {
      Object.assign(namespaces, { ...inScopeNamespaces(root), ...namespaces });
      walk(root, true);
    } else
      walk(root, false);
  }
  return { namespaces, lets, patterns };
}
function inScopeNamespaces(el) {
  const out = {};
  for (let n = el; n; n = n.parentElement) {
    for (const a of n.attributes) {
      if (a.namespaceURI === XMLNS_NS && a.prefix === "xmlns" && !(a.localName in out))
        out[a.localName] = a.value;
    }
  }
  return out;
}
var schChildren = (el, local) => el.children.filter((c) => c.namespaceURI === SCH_NS && c.localName === local);
function letOf(el) {
  return { name: el.getAttribute("name") ?? "", value: el.getAttribute("value") ?? (el.textContent ?? "").trim() };
}
function patternOf(el, index) {
  const id = el.getAttribute("id") ?? `pattern-${index + 1}`;
  let unsupported;
  if (el.getAttribute("abstract") === "true" || el.hasAttribute("is-a"))
    unsupported = "abstract patterns are not supported";
  const rules = [];
  for (const r of schChildren(el, "rule")) {
    if (r.getAttribute("abstract") === "true" || schChildren(r, "extends").length > 0) {
      unsupported ??= "abstract rules (sch:extends) are not supported";
      continue;
    }
    const context = r.getAttribute("context");
    if (!context)
      continue;
    const checks = [];
    for (const c of r.children) {
      if (c.namespaceURI !== SCH_NS || c.localName !== "assert" && c.localName !== "report")
        continue;
      checks.push({
        kind: c.localName,
        test: c.getAttribute("test") ?? "true()",
        id: c.getAttribute("id") ?? id,
        severity: severityOf(c.getAttribute("role") ?? c.getAttribute("flag")),
        message: messageOf(c)
      });
    }
    rules.push({ context, lets: schChildren(r, "let").map(letOf), checks });
  }
  return { id, lets: schChildren(el, "let").map(letOf), rules, ...unsupported ? { unsupported } : {} };
}
function severityOf(role) {
  const r = (role ?? "").toLowerCase();
  if (r === "warning" || r === "warn" || r === "nonfatal")
    return "warning";
  if (r === "info" || r === "information")
    return "info";
  return "error";
}
function messageOf(el) {
  const parts = [];
  for (const n of el.childNodes) {
    if (n.nodeType === 3 || n.nodeType === 4)
      parts.push(n.data);
    else if (n.nodeType === 1) {
      const child = n;
      if (child.namespaceURI === SCH_NS && child.localName === "value-of")
        parts.push({ kind: "value-of", select: child.getAttribute("select") ?? "." });
      else if (child.namespaceURI === SCH_NS && child.localName === "name")
        parts.push({ kind: "name", path: child.getAttribute("path") });
      else
        parts.push(child.textContent ?? "");
    }
  }
  return parts;
}

// dist/validate/schematron/run.js
import fx2 from "fontoxpath";
import * as slimdom2 from "slimdom";

// dist/validate/schematron/context-plan.js
function planContext(context, namespaces) {
  const trimmed = context.trim();
  const fullExpression = trimmed.startsWith("/") ? trimmed : descendantForm(trimmed);
  const branches = splitTopLevel(unwrap(trimmed), "|").map((b) => unwrap(b.trim()));
  const required = [];
  let requiredKnown = true;
  const steps = [];
  let stepsKnown = true;
  for (const branch of branches) {
    const bare = stripPredicates(branch);
    if (bare === void 0 || /[(),'"$]/.test(bare) || /::/.test(bare.replace(/\b(child|descendant|descendant-or-self|self|attribute)::/g, ""))) {
      const reversed = reversePath(branch.trim(), namespaces);
      if (reversed)
        steps.push(reversed);
      else
        stepsKnown = false;
      const last = bare === void 0 ? void 0 : splitTopLevel(bare, "/").filter((s) => s.trim() !== "").pop()?.trim();
      const alternatives = last === void 0 ? [] : splitTopLevel(unwrap(last), "|").map((a) => a.trim());
      const names2 = alternatives.map((a) => {
        const q = /^([\w.-]+):([\w.-]+)$/.exec(a);
        if (q && namespaces[q[1] ?? ""] !== void 0)
          return { elements: [`{${namespaces[q[1] ?? ""]}}${q[2]}`], attributes: [] };
        const at = /^@([\w.-]+)$/.exec(a);
        return at ? { elements: [], attributes: [at[1] ?? ""] } : void 0;
      });
      if (names2.length > 0 && names2.every((n) => n !== void 0))
        required.push(...names2);
      else
        requiredKnown = false;
      continue;
    }
    const elements = [];
    const attributes = [];
    const names = bare.split(/\/+/).filter((s) => s !== "");
    for (const raw of names) {
      const step = raw.replace(/^(child|descendant|descendant-or-self|self)::/, "").trim();
      const attr = /^(?:@|attribute::)([\w.-]+)$/.exec(step);
      if (attr) {
        attributes.push(attr[1] ?? "");
        continue;
      }
      const qname = /^([\w.-]+):([\w.-]+)$/.exec(step);
      if (qname && namespaces[qname[1] ?? ""] !== void 0)
        elements.push(`{${namespaces[qname[1] ?? ""]}}${qname[2]}`);
    }
    const singleStep = names.length === 1 && !trimmed.startsWith("/") && !branch.trim().startsWith("/");
    const stepMatch = /^([\w.-]+):([\w.-]+|\*)$/.exec((names[0] ?? "").trim());
    if (singleStep && stepMatch && namespaces[stepMatch[1] ?? ""] !== void 0) {
      const uri = namespaces[stepMatch[1] ?? ""] ?? "";
      const anyAttribute = leadingAttributeAlternatives(branch);
      attributes.push(...anyAttribute.length === 1 ? anyAttribute : []);
      steps.push({
        element: stepMatch[2] === "*" ? void 0 : `{${uri}}${stepMatch[2]}`,
        namespace: uri,
        anyAttribute,
        // `[@a]` / `[@a or @b]` alone is exactly the attribute filter: no XPath test needed.
        hasPredicates: branch.includes("[") && !onlyAttributeFilter(branch),
        selfExpression: `self::${branch.trim()}`
      });
    } else {
      const reversed = singleStep ? void 0 : reversePath(branch.trim(), namespaces);
      if (reversed)
        steps.push(reversed);
      else
        stepsKnown = false;
    }
    required.push({ elements, attributes });
  }
  return { required: requiredKnown ? required : void 0, steps: stepsKnown && steps.length > 0 ? steps : void 0, fullExpression };
}
var NAME_STEP = /^([\w.-]+):([\w.-]+|\*)\s*((?:\[[^]*\])?)$/;
var POSITIONAL = /\[\s*\d|position\(|last\(/;
function reversePath(branch, namespaces) {
  if (branch.startsWith("/"))
    return void 0;
  const parts = splitTopLevel(branch, "/").map((p) => p.trim());
  const steps = [];
  let descendant = false;
  for (const part of parts) {
    if (part === "") {
      descendant = true;
      continue;
    }
    steps.push({ step: part, descendant });
    descendant = false;
  }
  if (steps.length < 2 || parts[parts.length - 1] === "")
    return void 0;
  const last = steps[steps.length - 1]?.step ?? "";
  const lastMatch = NAME_STEP.exec(last);
  if (!lastMatch || namespaces[lastMatch[1] ?? ""] === void 0 || POSITIONAL.test(last))
    return void 0;
  const uri = namespaces[lastMatch[1] ?? ""] ?? "";
  let condition = "";
  for (let i = 0; i < steps.length - 1; i++) {
    const { step } = steps[i] ?? { step: "" };
    const axis = steps[i + 1]?.descendant ?? false ? "ancestor" : "parent";
    if (POSITIONAL.test(step))
      return void 0;
    let test;
    if (NAME_STEP.test(step))
      test = `${axis}::${step}${condition}`;
    else if (step.startsWith("(")) {
      const close = matchingBracket(step, 0);
      const alternatives = close < 0 ? [] : splitTopLevel(step.slice(1, close), "|").map((a) => a.trim());
      if (alternatives.length === 0 || !alternatives.every((a) => NAME_STEP.test(a)))
        return void 0;
      test = `${axis}::*[${alternatives.map((a) => `self::${a}`).join(" | ")}]${step.slice(close + 1)}${condition}`;
    } else
      return void 0;
    condition = `[${test}]`;
  }
  return {
    element: lastMatch[2] === "*" ? void 0 : `{${uri}}${lastMatch[2]}`,
    namespace: uri,
    anyAttribute: [],
    hasPredicates: true,
    selfExpression: `self::${last}${condition}`
  };
}
function descendantForm(context) {
  const out = [];
  for (const raw of splitTopLevel(context, "|")) {
    const branch = raw.trim();
    const first = (splitTopLevel(branch, "/")[0] ?? "").trim();
    const rest = branch.slice(first.length);
    if (first === "" || /\[\s*\d|position\(|last\(/.test(first))
      return `//(${context})`;
    const nameStep = /^[\w.-]+:(?:[\w.-]+|\*)\s*(\[[^]*\])?$/;
    if (nameStep.test(first)) {
      out.push(`/descendant::${first}${rest}`);
      continue;
    }
    const close = first.startsWith("(") ? matchingBracket(first, 0) : -1;
    const alternatives = close < 0 ? [] : splitTopLevel(first.slice(1, close), "|").map((a) => a.trim());
    if (alternatives.length === 0 || !alternatives.every((a) => nameStep.test(a)))
      return `//(${context})`;
    out.push(`(${alternatives.map((a) => `/descendant::${a}`).join(" | ")})${first.slice(close + 1)}${rest}`);
  }
  return out.join(" | ");
}
function leadingAttributeAlternatives(step) {
  for (const pred of predicatesOf(step)) {
    const p = pred.trim();
    if (/^@[\w.-]+(\s+or\s+@[\w.-]+)*$/.test(p))
      return p.split(/\s+or\s+/).map((a) => a.slice(1));
    const one = /^@([\w.-]+)\s+and\s/.exec(p) ?? /^@([\w.-]+)\s*(?:=|eq|!=|ne)\s*['"(]/.exec(p) ?? /^(?:starts-with|ends-with|contains|matches)\(\s*@([\w.-]+)\s*,\s*['"][^'"]/.exec(p);
    if (one)
      return [one[1] ?? ""];
  }
  return [];
}
function onlyAttributeFilter(step) {
  const preds = predicatesOf(step);
  return preds.length === 1 && /^\s*@[\w.-]+(\s+or\s+@[\w.-]+)*\s*$/.test(preds[0] ?? "");
}
function predicatesOf(step) {
  const out = [];
  let i = step.indexOf("[");
  while (i >= 0) {
    const close = matchingBracket(step, i);
    if (close < 0)
      break;
    out.push(step.slice(i + 1, close));
    i = step.indexOf("[", close + 1);
  }
  return out;
}
function unwrap(expr) {
  let e = expr.trim();
  while (e.startsWith("(") && matchingBracket(e, 0) === e.length - 1)
    e = e.slice(1, -1).trim();
  return e;
}
function stripPredicates(expr) {
  let out = "";
  let depth = 0;
  let quote = "";
  for (const c of expr) {
    if (quote) {
      if (c === quote)
        quote = "";
      if (depth === 0)
        out += c;
      continue;
    }
    if ((c === '"' || c === "'") && depth > 0)
      quote = c;
    else if (c === "[")
      depth++;
    else if (c === "]")
      depth--;
    else if (depth === 0)
      out += c;
    if (depth < 0)
      return void 0;
  }
  return depth === 0 ? out.trim() : void 0;
}
function matchingBracket(s, open) {
  const pairs = { "(": ")", "[": "]" };
  const stack = [];
  let quote = "";
  for (let i = open; i < s.length; i++) {
    const c = s[i] ?? "";
    if (quote) {
      if (c === quote)
        quote = "";
    } else if (c === '"' || c === "'")
      quote = c;
    else if (c in pairs)
      stack.push(pairs[c] ?? "");
    else if (c === ")" || c === "]") {
      if (stack.pop() !== c)
        return -1;
      if (stack.length === 0)
        return i;
    }
  }
  return -1;
}
function splitTopLevel(expr, sep) {
  const parts = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === quote)
        quote = "";
    } else if (c === '"' || c === "'")
      quote = c;
    else if (c === "(" || c === "[")
      depth++;
    else if (c === ")" || c === "]")
      depth--;
    else if (c === sep && depth === 0) {
      parts.push(expr.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expr.slice(start));
  return parts;
}

// dist/validate/schematron/xpath.js
import fx from "fontoxpath";
var HELPER_NS = "urn:x-tei-edition:schematron";
var registered = false;
function registerHelpers() {
  if (registered)
    return;
  registered = true;
  fx.registerCustomXPathFunction({ namespaceURI: HELPER_NS, localName: "id" }, ["xs:string*"], "element()*", ({ currentContext }, values) => {
    const index = currentContext.ids();
    const out = [];
    for (const v of values)
      for (const id of v.split(/\s+/)) {
        const el = index.get(id);
        if (el && !out.includes(el))
          out.push(el);
      }
    return out;
  });
}
var CURRENT_VAR = "schematron-current";
function rewriteExpression(expr) {
  return descendantSteps(expr).replace(/(?<![\w.:$@{}-])current\(\s*\)/g, `$${CURRENT_VAR}`).replace(/(?<![\w.:$@{}-])id\(/g, `Q{${HELPER_NS}}id(`);
}
function descendantSteps(expr) {
  let out = "";
  let quote = "";
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i] ?? "";
    if (quote) {
      if (c === quote)
        quote = "";
      out += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      out += c;
      continue;
    }
    if (c === "/" && expr[i + 1] === "/") {
      const rest = expr.slice(i + 2);
      const name = /^(?:[\w.-]+:)?(?:[\w.-]+|\*)(?![\w.:(-])/.exec(rest);
      const after = name ? rest.slice(name[0].length).trimStart() : "";
      if (name && !/^\[\s*(\d|[^\]]*(position|last)\()/.test(after) && !/^::/.test(after)) {
        out += "/descendant::";
        i += 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// dist/validate/schematron/run.js
var NODES_VAR = "schematron-nodes";
function withLets(lets, body) {
  const bindings = lets.map((l) => `$${l.name} := (${rewriteExpression(l.value)})`);
  if ([body, ...bindings].some((b) => b.includes(`$${CURRENT_VAR}`)))
    bindings.unshift(`$${CURRENT_VAR} := .`);
  return bindings.length === 0 ? `(${body})` : `let ${bindings.join(", ")} return (${body})`;
}
function prepareSchematron(schema, checkStatic, messages = true) {
  registerHelpers();
  const unsupported = [];
  const patterns = [];
  for (const pattern of schema.patterns) {
    if (pattern.unsupported) {
      unsupported.push({ id: pattern.id, reason: pattern.unsupported });
      continue;
    }
    const rules = pattern.rules.map((r) => ({
      plan: planContext(r.context, schema.namespaces),
      lets: r.lets,
      checks: r.checks,
      batch: `$${NODES_VAR} ! (${withLets(r.lets, r.checks.map((c) => `boolean(${rewriteExpression(c.test)})`).join(", ") || "()")})`
    }));
    const prepared = { id: pattern.id, lets: pattern.lets, rules };
    if (checkStatic) {
      const problem = compilePattern(prepared, schema.namespaces, [...schema.lets, ...pattern.lets], messages);
      if (problem !== void 0) {
        unsupported.push({ id: pattern.id, reason: problem });
        continue;
      }
    }
    patterns.push(prepared);
  }
  return { namespaces: schema.namespaces, lets: schema.lets, patterns, unsupported };
}
function patternExpressions(pattern, messages) {
  const out = pattern.lets.map((l) => rewriteExpression(l.value));
  for (const rule of pattern.rules) {
    if (rule.plan.steps) {
      for (const step of rule.plan.steps)
        if (step.hasPredicates)
          out.push(`$${NODES_VAR}[${rewriteExpression(step.selfExpression)}]`);
    } else
      out.push(rewriteExpression(rule.plan.fullExpression));
    out.push(rule.batch);
    if (messages) {
      for (const check of rule.checks)
        for (const part of check.message)
          if (typeof part !== "string")
            out.push(withLets(rule.lets, messageExpression(part)));
    }
  }
  return out;
}
function compilePattern(pattern, namespaces, lets, messages) {
  const doc = new slimdom2.Document();
  const vars = Object.fromEntries([...lets.map((l) => l.name), NODES_VAR].map((n) => [n, toVariable([])]));
  const options = { namespaceResolver: (p) => namespaces[p] ?? null, currentContext: { ids: () => /* @__PURE__ */ new Map() } };
  for (const expr of patternExpressions(pattern, messages)) {
    try {
      fx2.evaluateXPath(expr, doc, null, vars, fx2.evaluateXPath.ANY_TYPE, options);
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
      if (/^XPST|^XQST/.test(message))
        return message;
    }
  }
  return void 0;
}
function markUnsupported(schema) {
  const prepared = prepareSchematron(schema, true);
  const reasons = new Map(prepared.unsupported.map((u) => [u.id, u.reason]));
  return { ...schema, patterns: schema.patterns.map((p) => reasons.has(p.id) ? { ...p, unsupported: reasons.get(p.id) ?? "" } : p) };
}
function indexDocument(doc) {
  const all = [];
  const byName = /* @__PURE__ */ new Map();
  const stack = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const el = stack.pop();
    all.push(el);
    const key = `{${el.namespaceURI ?? ""}}${el.localName}`;
    let list = byName.get(key);
    if (!list)
      byName.set(key, list = []);
    list.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling)
      stack.push(c);
  }
  return { all, order: new Map(all.map((e, i) => [e, i])), byName, ids: void 0 };
}
function runSchematron(prepared, parsed, displayName, rulesName, parameters = {}) {
  const out = [];
  const doc = parsed.document;
  const index = indexDocument(doc);
  const helpers = {
    ids: () => index.ids ??= firstIds(index.all)
  };
  const options = { namespaceResolver: (p) => prepared.namespaces[p] ?? null, currentContext: helpers };
  const place = (node) => {
    const offset = parsed.offsetOf(node) ?? (node.nodeType === 2 ? parsed.offsetOf(node.ownerElement) : void 0);
    return offset === void 0 ? {} : parsed.lines.at(offset);
  };
  const report = (make, node, rule, message) => {
    out.push(make({ message, rule, stage: "validate", file: displayName, ...place(node) }));
  };
  const reported = /* @__PURE__ */ new Set();
  const evaluationError = (patternId, node, err) => {
    if (reported.has(patternId))
      return;
    reported.add(patternId);
    const message = (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
    report(warning, node, "schematron-error", `pattern "${patternId}" of ${rulesName} could not be evaluated here: ${message}`);
  };
  const evaluate = (expr, context, vars) => fx2.evaluateXPath(expr, context, null, vars, fx2.evaluateXPath.ANY_TYPE, options);
  let schemaVars;
  const variablesFor = (lets, base) => {
    const vars = { ...base };
    for (const l of lets)
      vars[l.name] = toVariable(evaluate(rewriteExpression(l.value), doc, vars));
    return vars;
  };
  const schemaVariables = () => {
    const vars = {};
    for (const l of prepared.lets) {
      const given = Object.hasOwn(parameters, l.name) ? parameters[l.name] : void 0;
      vars[l.name] = given ? toVariable([...given]) : toVariable(evaluate(rewriteExpression(l.value), doc, vars));
    }
    return vars;
  };
  for (const pattern of prepared.patterns) {
    const matched = /* @__PURE__ */ new Set();
    let vars;
    try {
      for (const rule of pattern.rules) {
        if (!mayMatch(rule.plan, parsed))
          continue;
        vars ??= variablesFor(pattern.lets, schemaVars ??= schemaVariables());
        const nodes = contextNodes(rule.plan, index, doc, vars, evaluate).filter((n) => !matched.has(n));
        if (nodes.length === 0)
          continue;
        for (const n of nodes)
          matched.add(n);
        if (rule.checks.length === 0)
          continue;
        const results = checkResults(rule, nodes, doc, vars, evaluate, (node, err) => evaluationError(pattern.id, node, err));
        nodes.forEach((node, i) => {
          rule.checks.forEach((check, j) => {
            const result = results[i * rule.checks.length + j];
            if (result === void 0)
              return;
            const value = result === true;
            if (value !== (check.kind === "report"))
              return;
            const text = messageText(check.message, rule.lets, node, vars ?? {}, evaluate);
            const make = check.severity === "warning" ? warning : check.severity === "info" ? info : error;
            report(make, node, check.id, text || `${check.kind === "assert" ? "assertion failed" : "report"}: ${check.test}`);
          });
        });
      }
    } catch (err) {
      evaluationError(pattern.id, doc, err);
    }
  }
  return out;
}
function firstIds(elements) {
  const ids = /* @__PURE__ */ new Map();
  for (const e of elements) {
    const id = e.getAttributeNS(XML_NS, "id");
    if (id !== null && !ids.has(id))
      ids.set(id, e);
  }
  return ids;
}
function checkResults(rule, nodes, doc, vars, evaluate, onError) {
  const run = (some) => {
    const value = evaluate(rule.batch, doc, { ...vars, [NODES_VAR]: toVariable([...some]) });
    return Array.isArray(value) ? value : [value];
  };
  try {
    return run(nodes);
  } catch {
    return nodes.flatMap((node) => {
      try {
        return run([node]);
      } catch (err) {
        onError(node, err);
        return rule.checks.map(() => void 0);
      }
    });
  }
}
function mayMatch(plan, parsed) {
  if (plan.required === void 0)
    return true;
  return plan.required.some((alt) => alt.elements.every((e) => parsed.elementNames.has(e)) && alt.attributes.every((a) => parsed.attributeNames.has(a)));
}
function contextNodes(plan, index, doc, vars, evaluate) {
  if (!plan.steps)
    return asNodes(evaluate(rewriteExpression(plan.fullExpression), doc, vars));
  const found = /* @__PURE__ */ new Set();
  for (const step of plan.steps) {
    const pool = step.element ? index.byName.get(step.element) ?? [] : index.all.filter((e) => (e.namespaceURI ?? "") === step.namespace);
    const candidates = step.anyAttribute.length > 0 ? pool.filter((el) => step.anyAttribute.some((a) => el.hasAttribute(a))) : pool;
    if (candidates.length === 0)
      continue;
    const kept = step.hasPredicates ? asNodes(evaluate(`$${NODES_VAR}[${rewriteExpression(step.selfExpression)}]`, doc, { ...vars, [NODES_VAR]: toVariable(candidates) })) : candidates;
    for (const el of kept)
      found.add(el);
  }
  const nodes = [...found];
  if (plan.steps.length > 1)
    nodes.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
  return nodes;
}
var asNodes = (value) => Array.isArray(value) ? value : value == null ? [] : [value];
var messageExpression = (p) => p.kind === "value-of" ? `string-join((${rewriteExpression(p.select)}) ! string(), ' ')` : `name(${p.path ? rewriteExpression(p.path) : "."})`;
function messageText(parts, lets, node, vars, evaluate) {
  const text = parts.map((p) => {
    if (typeof p === "string")
      return p;
    try {
      const value = evaluate(withLets(lets, messageExpression(p)), node, vars);
      return Array.isArray(value) ? value.join(" ") : String(value ?? "");
    } catch {
      return "\u2026";
    }
  }).join("");
  return text.replace(/\s+/g, " ").trim();
}
function toVariable(value) {
  if (!Array.isArray(value))
    return value;
  if (value.length === 0)
    return fx2.createTypedValueFactory("item()*")([], null);
  const first = value[0];
  const type = typeof first === "string" ? "xs:string*" : typeof first === "number" ? "xs:double*" : typeof first === "boolean" ? "xs:boolean*" : "node()*";
  return fx2.createTypedValueFactory(type)(value, null);
}

export {
  parseXml,
  extractSchematron,
  prepareSchematron,
  markUnsupported,
  runSchematron
};
