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
  const fullExpression = trimmed.startsWith('/') ? trimmed : `//(${trimmed})`;
  const branches = splitTopLevel(unwrap(trimmed), '|').map((b) => unwrap(b.trim()));
  const required: { elements: string[]; attributes: string[] }[] = [];
  let requiredKnown = true;
  const steps: PlannedStep[] = [];
  let stepsKnown = true;
  for (const branch of branches) {
    const bare = stripPredicates(branch);
    if (bare === undefined || /[(),'"$]/.test(bare) || /::/.test(bare.replace(/\b(child|descendant|descendant-or-self|self|attribute)::/g, ''))) {
      stepsKnown = false;
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
        hasPredicates: branch.includes('['),
        selfExpression: `self::${branch.trim()}`,
      });
    } else {
      stepsKnown = false;
    }
    required.push({ elements, attributes });
  }
  return { required: requiredKnown ? required : undefined, steps: stepsKnown && steps.length > 0 ? steps : undefined, fullExpression };
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
