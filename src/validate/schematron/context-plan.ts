/**
 * How to find the nodes a rule context matches without asking the XPath engine to walk the
 * whole document for each of ~100 rules (fontoxpath needs 5–40 ms per walk on a 200 KB file):
 *
 * - `required`: alternatives of names the matched node (or its path) needs; if the document
 *   has none of them, the rule cannot fire and is skipped. Only names outside predicates count,
 *   so skipping never changes a result.
 * - `steps`: for a union of single element steps (`tei:p`, `tei:*[@when]`, `tei:a | tei:b[@x]`),
 *   the candidate elements come from the document's name index and each is tested with
 *   `self::STEP`; any other context is evaluated as `//(CONTEXT)` (or as written when absolute).
 *
 * Hand-written: this is a planner over the shapes TEI and our rules use, not an XPath parser;
 * anything it does not recognise falls back to the engine's full evaluation.
 */
export interface ContextPlan {
  /** Each alternative lists element names (`{uri}local`) and attribute local names it needs. */
  readonly required: readonly { readonly elements: readonly string[]; readonly attributes: readonly string[] }[] | undefined;
  /** Single-step branches, or undefined when the context needs a full evaluation. */
  readonly steps: readonly PlannedStep[] | undefined;
  /** The expression for a full evaluation. */
  readonly fullExpression: string;
}

export interface PlannedStep {
  /** `{uri}local`, or undefined for `*` / `prefix:*`. */
  readonly element: string | undefined;
  /** Namespace of a `prefix:*` step. */
  readonly namespace: string | undefined;
  /** Attributes a candidate must have (from predicates like `[@when]`): any one of them. */
  readonly anyAttribute: readonly string[];
  /** Whether the step has predicates (then `self::STEP` is evaluated on each candidate). */
  readonly hasPredicates: boolean;
  /** `self::STEP`, evaluated on candidates. */
  readonly selfExpression: string;
}

export function planContext(context: string, namespaces: Readonly<Record<string, string>>): ContextPlan {
  const trimmed = context.trim();
  const fullExpression = trimmed.startsWith('/') ? trimmed : descendantForm(trimmed);
  const branches = splitTopLevel(unwrap(trimmed), '|').map((b) => unwrap(b.trim()));
  const required: { elements: string[]; attributes: string[] }[] = [];
  let requiredKnown = true;
  const steps: PlannedStep[] = [];
  let stepsKnown = true;
  for (const branch of branches) {
    const bare = stripPredicates(branch);
    if (bare === undefined || /[(),'"$]/.test(bare) || /::/.test(bare.replace(/\b(child|descendant|descendant-or-self|self|attribute)::/g, ''))) {
      const reversed = reversePath(branch.trim(), namespaces);
      if (reversed) steps.push(reversed);
      else stepsKnown = false;
      // Still, the node a path selects has the name of its last step.
      // Still, the node a path selects has the name of its last step (or of one of a
      // parenthesised union there).
      const last = bare === undefined ? undefined : splitTopLevel(bare, '/').filter((s) => s.trim() !== '').pop()?.trim();
      const alternatives = last === undefined ? [] : splitTopLevel(unwrap(last), '|').map((a) => a.trim());
      const names = alternatives.map((a) => {
        const q = /^([\w.-]+):([\w.-]+)$/.exec(a);
        if (q && namespaces[q[1] ?? ''] !== undefined) return { elements: [`{${namespaces[q[1] ?? '']}}${q[2]}`], attributes: [] };
        const at = /^@([\w.-]+)$/.exec(a);
        return at ? { elements: [], attributes: [at[1] ?? ''] } : undefined;
      });
      if (names.length > 0 && names.every((n) => n !== undefined)) required.push(...(names as { elements: string[]; attributes: string[] }[]));
      else requiredKnown = false;
      continue;
    }
    const elements: string[] = [];
    const attributes: string[] = [];
    const names = bare.split(/\/+/).filter((s) => s !== '');
    for (const raw of names) {
      const step = raw.replace(/^(child|descendant|descendant-or-self|self)::/, '').trim();
      const attr = /^(?:@|attribute::)([\w.-]+)$/.exec(step);
      if (attr) {
        attributes.push(attr[1] ?? '');
        continue;
      }
      const qname = /^([\w.-]+):([\w.-]+)$/.exec(step);
      if (qname && namespaces[qname[1] ?? ''] !== undefined) elements.push(`{${namespaces[qname[1] ?? '']}}${qname[2]}`);
    }
    const singleStep = names.length === 1 && !trimmed.startsWith('/') && !branch.trim().startsWith('/');
    const stepMatch = /^([\w.-]+):([\w.-]+|\*)$/.exec((names[0] ?? '').trim());
    if (singleStep && stepMatch && namespaces[stepMatch[1] ?? ''] !== undefined) {
      const uri = namespaces[stepMatch[1] ?? ''] ?? '';
      const anyAttribute = leadingAttributeAlternatives(branch);
      attributes.push(...(anyAttribute.length === 1 ? anyAttribute : []));
      steps.push({
        element: stepMatch[2] === '*' ? undefined : `{${uri}}${stepMatch[2]}`,
        namespace: uri,
        anyAttribute,
        // `[@a]` / `[@a or @b]` alone is exactly the attribute filter: no XPath test needed.
        hasPredicates: branch.includes('[') && !onlyAttributeFilter(branch),
        selfExpression: `self::${branch.trim()}`,
      });
    } else {
      const reversed = singleStep ? undefined : reversePath(branch.trim(), namespaces);
      if (reversed) steps.push(reversed);
      else stepsKnown = false;
    }
    required.push({ elements, attributes });
  }
  return { required: requiredKnown ? required : undefined, steps: stepsKnown && steps.length > 0 ? steps : undefined, fullExpression };
}

const NAME_STEP = /^([\w.-]+):([\w.-]+|\*)\s*((?:\[[^]*\])?)$/;
const POSITIONAL = /\[\s*\d|position\(|last\(/;

/**
 * A path pattern `a/b//c` matches a `c` whose parent is a `b` that has an `a` ancestor: the test
 * `self::c[parent::b[ancestor::a]]` on the `c` elements finds exactly the nodes `//(a/b//c)`
 * selects, from the name index instead of a walk of the document. Only name steps (the first
 * may be a parenthesised union) without positional predicates; otherwise undefined.
 */
function reversePath(branch: string, namespaces: Readonly<Record<string, string>>): PlannedStep | undefined {
  if (branch.startsWith('/')) return undefined;
  const parts = splitTopLevel(branch, '/').map((p) => p.trim());
  const steps: { step: string; descendant: boolean }[] = [];
  let descendant = false;
  for (const part of parts) {
    if (part === '') {
      descendant = true;
      continue;
    }
    steps.push({ step: part, descendant });
    descendant = false;
  }
  if (steps.length < 2 || parts[parts.length - 1] === '') return undefined;
  const last = steps[steps.length - 1]?.step ?? '';
  const lastMatch = NAME_STEP.exec(last);
  if (!lastMatch || namespaces[lastMatch[1] ?? ''] === undefined || POSITIONAL.test(last)) return undefined;
  const uri = namespaces[lastMatch[1] ?? ''] ?? '';
  // Build from the first step inward: each step becomes a predicate of the next.
  let condition = '';
  for (let i = 0; i < steps.length - 1; i++) {
    const { step } = steps[i] ?? { step: '' };
    const axis = (steps[i + 1]?.descendant ?? false) ? 'ancestor' : 'parent';
    if (POSITIONAL.test(step)) return undefined;
    let test: string;
    if (NAME_STEP.test(step)) test = `${axis}::${step}${condition}`;
    else if (step.startsWith('(')) {
      const close = matchingBracket(step, 0);
      const alternatives = close < 0 ? [] : splitTopLevel(step.slice(1, close), '|').map((a) => a.trim());
      if (alternatives.length === 0 || !alternatives.every((a) => NAME_STEP.test(a))) return undefined;
      test = `${axis}::*[${alternatives.map((a) => `self::${a}`).join(' | ')}]${step.slice(close + 1)}${condition}`;
    } else return undefined;
    condition = `[${test}]`;
  }
  return {
    element: lastMatch[2] === '*' ? undefined : `{${uri}}${lastMatch[2]}`,
    namespace: uri,
    anyAttribute: [],
    hasPredicates: true,
    selfExpression: `self::${last}${condition}`,
  };
}

/**
 * A relative context as an expression from the document node. `//(P)` is the definition, but
 * fontoxpath walks `descendant-or-self::node()` ~10× slower than `descendant::`; when every
 * branch starts with a name step (or a parenthesised union of them) without positional
 * predicates, `/descendant::STEP/REST` selects the same nodes.
 */
function descendantForm(context: string): string {
  const out: string[] = [];
  for (const raw of splitTopLevel(context, '|')) {
    const branch = raw.trim();
    const first = (splitTopLevel(branch, '/')[0] ?? '').trim();
    const rest = branch.slice(first.length);
    if (first === '' || /\[\s*\d|position\(|last\(/.test(first)) return `//(${context})`;
    const nameStep = /^[\w.-]+:(?:[\w.-]+|\*)\s*(\[[^]*\])?$/;
    if (nameStep.test(first)) {
      out.push(`/descendant::${first}${rest}`);
      continue;
    }
    const close = first.startsWith('(') ? matchingBracket(first, 0) : -1;
    const alternatives = close < 0 ? [] : splitTopLevel(first.slice(1, close), '|').map((a) => a.trim());
    if (alternatives.length === 0 || !alternatives.every((a) => nameStep.test(a))) return `//(${context})`;
    out.push(`(${alternatives.map((a) => `/descendant::${a}`).join(' | ')})${first.slice(close + 1)}${rest}`);
  }
  return out.join(' | ');
}

/**
 * Attributes a node must have for the step's predicates to hold, from the first predicate
 * of a recognised shape: `[@a]`, `[@a or @b]`, `[@a and …]`, `[@a = …]`, `[starts-with(@a, …)]`.
 * Each of these is false when the attribute is absent, so filtering on it changes nothing.
 */
function leadingAttributeAlternatives(step: string): string[] {
  for (const pred of predicatesOf(step)) {
    const p = pred.trim();
    if (/^@[\w.-]+(\s+or\s+@[\w.-]+)*$/.test(p)) return p.split(/\s+or\s+/).map((a) => a.slice(1));
    const one =
      /^@([\w.-]+)\s+and\s/.exec(p) ??
      /^@([\w.-]+)\s*(?:=|eq|!=|ne)\s*['"(]/.exec(p) ??
      /^(?:starts-with|ends-with|contains|matches)\(\s*@([\w.-]+)\s*,\s*['"][^'"]/.exec(p);
    if (one) return [one[1] ?? ''];
  }
  return [];
}

function onlyAttributeFilter(step: string): boolean {
  const preds = predicatesOf(step);
  return preds.length === 1 && /^\s*@[\w.-]+(\s+or\s+@[\w.-]+)*\s*$/.test(preds[0] ?? '');
}

/** The top-level `[...]` predicates of a step, in order. */
function predicatesOf(step: string): string[] {
  const out: string[] = [];
  let i = step.indexOf('[');
  while (i >= 0) {
    const close = matchingBracket(step, i);
    if (close < 0) break;
    out.push(step.slice(i + 1, close));
    i = step.indexOf('[', close + 1);
  }
  return out;
}

function unwrap(expr: string): string {
  let e = expr.trim();
  while (e.startsWith('(') && matchingBracket(e, 0) === e.length - 1) e = e.slice(1, -1).trim();
  return e;
}

/** Removes `[...]` predicates; undefined if brackets do not balance. */
function stripPredicates(expr: string): string | undefined {
  let out = '';
  let depth = 0;
  let quote = '';
  for (const c of expr) {
    if (quote) {
      if (c === quote) quote = '';
      if (depth === 0) out += c;
      continue;
    }
    if ((c === '"' || c === "'") && depth > 0) quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth === 0) out += c;
    if (depth < 0) return undefined;
  }
  return depth === 0 ? out.trim() : undefined;
}

function matchingBracket(s: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']' };
  const stack: string[] = [];
  let quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i] ?? '';
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c in pairs) stack.push(pairs[c] ?? '');
    else if (c === ')' || c === ']') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

export function splitTopLevel(expr: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      parts.push(expr.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expr.slice(start));
  return parts;
}
