import fx from 'fontoxpath';
import * as slimdom from 'slimdom';
import { error, info, warning, type Diagnostic, type DiagnosticInit } from '../../diagnostics/index.js';
import type { ParsedXml } from '../xml/dom.js';
import { XML_NS } from '../xml/events.js';
import { planContext, type ContextPlan } from './context-plan.js';
import type { MessagePart, SchCheck, SchLet, SchPattern, SchematronSchema } from './model.js';
import { CURRENT_VAR, registerHelpers, rewriteExpression, type HelperContext } from './xpath.js';

interface PreparedRule {
  readonly plan: ContextPlan;
  readonly lets: readonly SchLet[];
  readonly checks: readonly SchCheck[];
  /**
   * One expression for all checks of the rule on a sequence of nodes, `$schematron-nodes`:
   * for each node, its lets are bound once and each test gives a boolean. Running the rule on
   * all its nodes in one call avoids fontoxpath's per-call cost (~0.05 ms × thousands).
   */
  readonly batch: string;
}

interface PreparedPattern {
  readonly id: string;
  readonly lets: readonly SchLet[];
  readonly rules: readonly PreparedRule[];
}

/** A Schematron schema ready to run on many documents. */
export interface PreparedSchematron {
  readonly namespaces: Readonly<Record<string, string>>;
  readonly lets: readonly SchLet[];
  readonly patterns: readonly PreparedPattern[];
  /** Patterns left out because the engine cannot run them: reported once per run. */
  readonly unsupported: readonly { readonly id: string; readonly reason: string }[];
}

const NODES_VAR = 'schematron-nodes';

/** `let $current := ., $a := …, $b := … return (BODY)`: a rule's lets around an expression. */
function withLets(lets: readonly SchLet[], body: string): string {
  const bindings = lets.map((l) => `$${l.name} := (${rewriteExpression(l.value)})`);
  // Bound only when used: a let per node is one of fontoxpath's dearer operations.
  if ([body, ...bindings].some((b) => b.includes(`$${CURRENT_VAR}`))) bindings.unshift(`$${CURRENT_VAR} := .`);
  return bindings.length === 0 ? `(${body})` : `let ${bindings.join(', ')} return (${body})`;
}

/**
 * Plans every rule and rewrites XSLT-only functions. With `checkStatic`, every expression the
 * runner will evaluate is compiled now (the same strings, so fontoxpath's cache serves them
 * later), and a pattern with an expression fontoxpath cannot compile is set aside; `messages`
 * also compiles the assertion messages (done once per converted schema, whose verdict is cached).
 */
export function prepareSchematron(schema: SchematronSchema, checkStatic: boolean, messages = true): PreparedSchematron {
  registerHelpers();
  const unsupported: { id: string; reason: string }[] = [];
  const patterns: PreparedPattern[] = [];
  for (const pattern of schema.patterns) {
    if (pattern.unsupported) {
      unsupported.push({ id: pattern.id, reason: pattern.unsupported });
      continue;
    }
    const rules = pattern.rules.map((r) => ({
      plan: planContext(r.context, schema.namespaces),
      lets: r.lets,
      checks: r.checks,
      batch: `$${NODES_VAR} ! (${withLets(r.lets, r.checks.map((c) => `boolean(${rewriteExpression(c.test)})`).join(', ') || '()')})`,
    }));
    const prepared: PreparedPattern = { id: pattern.id, lets: pattern.lets, rules };
    if (checkStatic) {
      const problem = compilePattern(prepared, schema.namespaces, [...schema.lets, ...pattern.lets], messages);
      if (problem !== undefined) {
        unsupported.push({ id: pattern.id, reason: problem });
        continue;
      }
    }
    patterns.push(prepared);
  }
  return { namespaces: schema.namespaces, lets: schema.lets, patterns, unsupported };
}

/** The expressions the runner evaluates for a pattern, exactly as it builds them. */
function patternExpressions(pattern: PreparedPattern, messages: boolean): string[] {
  const out = pattern.lets.map((l) => rewriteExpression(l.value));
  for (const rule of pattern.rules) {
    if (rule.plan.steps) {
      for (const step of rule.plan.steps) if (step.hasPredicates) out.push(`$${NODES_VAR}[${rewriteExpression(step.selfExpression)}]`);
    } else out.push(rewriteExpression(rule.plan.fullExpression));
    out.push(rule.batch);
    if (messages) for (const check of rule.checks) for (const part of check.message) if (typeof part !== 'string') out.push(withLets(rule.lets, messageExpression(part)));
  }
  return out;
}

/**
 * Compiles a pattern's expressions (on an empty document, with its variables in scope); returns
 * the first static error (unknown function or prefix, syntax), or undefined. Dynamic errors on
 * the empty document do not count: they depend on data.
 */
function compilePattern(pattern: PreparedPattern, namespaces: Readonly<Record<string, string>>, lets: readonly SchLet[], messages: boolean): string | undefined {
  const doc = new slimdom.Document();
  const vars: Record<string, unknown> = Object.fromEntries([...lets.map((l) => l.name), NODES_VAR].map((n) => [n, toVariable([])]));
  const options = { namespaceResolver: (p: string): string | null => namespaces[p] ?? null, currentContext: { ids: () => new Map(), elements: () => [] } satisfies HelperContext };
  for (const expr of patternExpressions(pattern, messages)) {
    // A root step looked up in the index (rootDescendants) names its prefix in a string,
    // which fontoxpath does not check.
    for (const [, name] of expr.matchAll(/elements\('([^']+)'\)/g)) {
      try {
        expandedName(name!, namespaces);
      } catch (err) {
        return firstLine(err);
      }
    }
    try {
      fx.evaluateXPath(expr, doc, null, vars, fx.evaluateXPath.ANY_TYPE, options);
    } catch (err) {
      const message = firstLine(err);
      if (/^XPST|^XQST|raised: XPST/.test(message)) return message;
    }
  }
  return undefined;
}

/** The names of patterns that cannot run, as the verdict to cache with a converted schema. */
export function markUnsupported(schema: SchematronSchema): SchematronSchema {
  const prepared = prepareSchematron(schema, true);
  const reasons = new Map(prepared.unsupported.map((u) => [u.id, u.reason]));
  return { ...schema, patterns: schema.patterns.map((p): SchPattern => (reasons.has(p.id) ? { ...p, unsupported: reasons.get(p.id) ?? '' } : p)) };
}

/**
 * Compiles every expression the runner can evaluate (fontoxpath keeps compiled expressions in
 * memory), so that a process started from a snapshot pays no XPath compilation at all.
 */
export function warmSchematron(prepared: PreparedSchematron): void {
  for (const pattern of prepared.patterns) compilePattern(pattern, prepared.namespaces, [...prepared.lets, ...pattern.lets], true);
}

/** Element index of a document, built once per document. */
interface DocIndex {
  readonly all: readonly slimdom.Element[];
  readonly order: ReadonlyMap<slimdom.Element, number>;
  readonly byName: ReadonlyMap<string, slimdom.Element[]>;
  ids: Map<string, slimdom.Element> | undefined;
}

function indexDocument(doc: slimdom.Document): DocIndex {
  const all: slimdom.Element[] = [];
  const byName = new Map<string, slimdom.Element[]>();
  // Iterative, in document order: the walk must not run out of stack on deep input.
  const stack: slimdom.Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const el = stack.pop()!;
    all.push(el);
    const key = `{${el.namespaceURI ?? ''}}${el.localName}`;
    let list = byName.get(key);
    if (!list) byName.set(key, (list = []));
    list.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return { all, order: new Map(all.map((e, i) => [e, i])), byName, ids: undefined };
}

/**
 * Runs prepared Schematron on a parsed document. As ISO Schematron says, within a pattern a
 * node is handled by the first rule whose context matches it. Every failed assert and
 * successful report becomes a diagnostic at the node's line and column. `parameters` set
 * schema-level `let`s by name, as an XSLT-compiled schema takes its global lets as stylesheet
 * parameters (SchXslt): the schema's own value is the default.
 */
export function runSchematron(
  prepared: PreparedSchematron,
  parsed: ParsedXml,
  displayName: string,
  rulesName: string,
  parameters: Readonly<Record<string, readonly string[]>> = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const doc = parsed.document;
  const index = indexDocument(doc);
  const helpers: HelperContext = {
    ids: () => (index.ids ??= firstIds(index.all)),
    elements: (name) => index.byName.get(expandedName(name, prepared.namespaces)) ?? [],
  };
  const options = { namespaceResolver: (p: string): string | null => prepared.namespaces[p] ?? null, currentContext: helpers };
  const place = (node: slimdom.Node): { line?: number; column?: number } => {
    const offset = parsed.offsetOf(node) ?? (node.nodeType === 2 ? parsed.offsetOf((node as slimdom.Attr).ownerElement as slimdom.Node) : undefined);
    return offset === undefined ? {} : parsed.lines.at(offset);
  };
  const report = (make: (d: DiagnosticInit) => Diagnostic, node: slimdom.Node, rule: string, message: string): void => {
    out.push(make({ message, rule, stage: 'validate', file: displayName, ...place(node) }));
  };
  const reported = new Set<string>();
  const evaluationError = (patternId: string, node: slimdom.Node, err: unknown): void => {
    if (reported.has(patternId)) return;
    reported.add(patternId);
    const message = firstLine(err);
    report(warning, node, 'schematron-error', `pattern "${patternId}" of ${rulesName} could not be evaluated here: ${message}`);
  };
  const evaluate = (expr: string, context: slimdom.Node, vars: Record<string, unknown>): unknown =>
    fx.evaluateXPath(expr, context, null, vars, fx.evaluateXPath.ANY_TYPE, options);

  let schemaVars: Record<string, unknown> | undefined;
  const variablesFor = (lets: readonly SchLet[], base: Record<string, unknown>): Record<string, unknown> => {
    const vars = { ...base };
    for (const l of lets) vars[l.name] = toVariable(evaluate(rewriteExpression(l.value), doc, vars));
    return vars;
  };

  const schemaVariables = (): Record<string, unknown> => {
    const vars: Record<string, unknown> = {};
    for (const l of prepared.lets) {
      const given = Object.hasOwn(parameters, l.name) ? parameters[l.name] : undefined;
      vars[l.name] = given ? toVariable([...given]) : toVariable(evaluate(rewriteExpression(l.value), doc, vars));
    }
    return vars;
  };

  for (const pattern of prepared.patterns) {
    const matched = new Set<slimdom.Node>();
    let vars: Record<string, unknown> | undefined;
    try {
      for (const rule of pattern.rules) {
        if (!mayMatch(rule.plan, parsed)) continue;
        vars ??= variablesFor(pattern.lets, (schemaVars ??= schemaVariables()));
        const nodes = contextNodes(rule.plan, index, doc, vars, evaluate).filter((n) => !matched.has(n));
        if (nodes.length === 0) continue;
        for (const n of nodes) matched.add(n);
        if (rule.checks.length === 0) continue;
        const results = checkResults(rule, nodes, doc, vars, evaluate, (node, err) => evaluationError(pattern.id, node, err));
        nodes.forEach((node, i) => {
          rule.checks.forEach((check, j) => {
            const result = results[i * rule.checks.length + j];
            if (result === undefined) return; // this node's checks could not be evaluated
            const value = result === true;
            if (value !== (check.kind === 'report')) return;
            const text = messageText(check.message, rule.lets, node, vars ?? {}, evaluate);
            const make = check.severity === 'warning' ? warning : check.severity === 'info' ? info : error;
            report(make, node, check.id, text || `${check.kind === 'assert' ? 'assertion failed' : 'report'}: ${check.test}`);
          });
        });
      }
    } catch (err) {
      evaluationError(pattern.id, doc, err);
    }
  }
  return out;
}

/** An error's first line; for a helper function's error, fontoxpath's line and the helper's own. */
function firstLine(err: unknown): string {
  const lines = (err instanceof Error ? err.message : String(err)).split('\n');
  return /^Custom XPath function .* raised:$/.test(lines[0] ?? '') ? `${lines[0]} ${lines[1] ?? ''}`.trim() : (lines[0] ?? '');
}

/** `{uri}local` of a `prefix:local` name; an undeclared prefix is the static error XPath gives for it. */
function expandedName(name: string, namespaces: Readonly<Record<string, string>>): string {
  const colon = name.indexOf(':');
  if (colon < 0) return `{}${name}`;
  const prefix = name.slice(0, colon);
  if (!Object.hasOwn(namespaces, prefix)) throw new Error(`XPST0081: the namespace prefix ${prefix} is not declared`);
  return `{${namespaces[prefix]}}${name.slice(colon + 1)}`;
}

/** xml:id → element; with duplicates (an error reported elsewhere) the first one wins, as in XPath's id(). */
function firstIds(elements: readonly slimdom.Element[]): Map<string, slimdom.Element> {
  const ids = new Map<string, slimdom.Element>();
  for (const e of elements) {
    const id = e.getAttributeNS(XML_NS, 'id');
    if (id !== null && !ids.has(id)) ids.set(id, e);
  }
  return ids;
}

/**
 * The booleans of every check on every node, in one call; if that call fails (a dynamic error on
 * some node), node by node, so that one bad value does not hide the other nodes' results.
 */
function checkResults(
  rule: PreparedRule,
  nodes: readonly slimdom.Node[],
  doc: slimdom.Document,
  vars: Record<string, unknown>,
  evaluate: (expr: string, context: slimdom.Node, vars: Record<string, unknown>) => unknown,
  onError: (node: slimdom.Node, err: unknown) => void,
): (unknown | undefined)[] {
  const run = (some: readonly slimdom.Node[]): unknown[] => {
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
        return rule.checks.map(() => undefined);
      }
    });
  }
}

function mayMatch(plan: ContextPlan, parsed: ParsedXml): boolean {
  if (plan.required === undefined) return true;
  return plan.required.some((alt) => alt.elements.every((e) => parsed.elementNames.has(e)) && alt.attributes.every((a) => parsed.attributeNames.has(a)));
}

function contextNodes(
  plan: ContextPlan,
  index: DocIndex,
  doc: slimdom.Document,
  vars: Record<string, unknown>,
  evaluate: (expr: string, context: slimdom.Node, vars: Record<string, unknown>) => unknown,
): slimdom.Node[] {
  if (!plan.steps) return asNodes(evaluate(rewriteExpression(plan.fullExpression), doc, vars));
  const found = new Set<slimdom.Element>();
  for (const step of plan.steps) {
    const pool = step.element ? (index.byName.get(step.element) ?? []) : index.all.filter((e) => (e.namespaceURI ?? '') === step.namespace);
    const candidates = step.anyAttribute.length > 0 ? pool.filter((el) => step.anyAttribute.some((a) => el.hasAttribute(a))) : pool;
    if (candidates.length === 0) continue;
    const kept = step.hasPredicates
      ? asNodes(evaluate(`$${NODES_VAR}[${rewriteExpression(step.selfExpression)}]`, doc, { ...vars, [NODES_VAR]: toVariable(candidates) }))
      : candidates;
    for (const el of kept) found.add(el as slimdom.Element);
  }
  const nodes = [...found];
  if (plan.steps.length > 1) nodes.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
  return nodes;
}

const asNodes = (value: unknown): slimdom.Node[] => (Array.isArray(value) ? value : value == null ? [] : [value]) as slimdom.Node[];

const messageExpression = (p: Exclude<MessagePart, string>): string =>
  p.kind === 'value-of' ? `string-join((${rewriteExpression(p.select)}) ! string(), ' ')` : `name(${p.path ? rewriteExpression(p.path) : '.'})`;

function messageText(
  parts: readonly MessagePart[],
  lets: readonly SchLet[],
  node: slimdom.Node,
  vars: Record<string, unknown>,
  evaluate: (expr: string, context: slimdom.Node, vars: Record<string, unknown>) => unknown,
): string {
  const text = parts
    .map((p) => {
      if (typeof p === 'string') return p;
      try {
        const value = evaluate(withLets(lets, messageExpression(p)), node, vars);
        return Array.isArray(value) ? value.join(' ') : String(value ?? '');
      } catch {
        return '…';
      }
    })
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}

/** Pattern- and schema-level `let` values go back into fontoxpath as typed sequences. */
function toVariable(value: unknown): unknown {
  // A plain JavaScript value is converted again at each reference (a let read once per node
  // costs twice as much); a typed one is converted once.
  if (!Array.isArray(value)) {
    const type = typeof value === 'string' ? 'xs:string' : typeof value === 'number' ? 'xs:double' : typeof value === 'boolean' ? 'xs:boolean'
      : value !== null && typeof value === 'object' && !('nodeType' in value) ? 'map(*)' : undefined;
    return type ? fx.createTypedValueFactory(type)(value as never, null as never) : value;
  }
  if (value.length === 0) return fx.createTypedValueFactory('item()*')([], null as never);
  const first = value[0];
  const type = typeof first === 'string' ? 'xs:string*' : typeof first === 'number' ? 'xs:double*' : typeof first === 'boolean' ? 'xs:boolean*' : 'node()*';
  return fx.createTypedValueFactory(type)(value, null as never);
}
