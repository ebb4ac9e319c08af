import fx from 'fontoxpath';
import type * as slimdom from 'slimdom';

/** Namespace of the helper functions that stand in for XSLT's `current()` and a working `id()`. */
const HELPER_NS = 'urn:x-tei-edition:schematron';

/** What the helper functions see while a rule runs. */
export interface HelperContext {
  ids(): ReadonlyMap<string, slimdom.Element>;
}

let registered = false;

/**
 * Registers `id()` (fontoxpath's does not know `xml:id`) under our namespace; expressions are
 * rewritten to call it, and XSLT's `current()` (which Schematron's XSLT binding allows) becomes
 * a variable bound to the rule's context node ({@link rewriteExpression}).
 */
export function registerHelpers(): void {
  if (registered) return;
  registered = true;
  fx.registerCustomXPathFunction({ namespaceURI: HELPER_NS, localName: 'id' }, ['xs:string*'], 'element()*', ({ currentContext }, values: string[]) => {
    const index = (currentContext as HelperContext).ids();
    const out: slimdom.Element[] = [];
    for (const v of values) for (const id of v.split(/\s+/)) {
      const el = index.get(id);
      if (el && !out.includes(el)) out.push(el);
    }
    return out;
  });
}

/** The variable that holds the rule's context node while its checks run. */
export const CURRENT_VAR = 'schematron-current';

/**
 * Replaces `current()` and `id(` (not `generate-id(`, `@id`, `$id`) by the helpers, and `//NAME`
 * by `/descendant::NAME` (see {@link descendantSteps}).
 */
export function rewriteExpression(expr: string): string {
  return descendantSteps(expr)
    .replace(/(?<![\w.:$@{}-])current\(\s*\)/g, `$${CURRENT_VAR}`)
    .replace(/(?<![\w.:$@{}-])id\(/g, `Q{${HELPER_NS}}id(`);
}

/**
 * `a//b` means `a/descendant-or-self::node()/child::b`; for a name test without a positional
 * predicate that is `a/descendant::b`, and fontoxpath walks the latter about ten times faster
 * (it visits every text node for the former). String literals are left alone.
 */
export function descendantSteps(expr: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i] ?? '';
    if (quote) {
      if (c === quote) quote = '';
      out += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      out += c;
      continue;
    }
    if (c === '/' && expr[i + 1] === '/') {
      const rest = expr.slice(i + 2);
      const name = /^(?:[\w.-]+:)?(?:[\w.-]+|\*)(?![\w.:(-])/.exec(rest);
      const after = name ? rest.slice(name[0].length).trimStart() : '';
      if (name && !/^\[\s*(\d|[^\]]*(position|last)\()/.test(after) && !/^::/.test(after)) {
        out += '/descendant::';
        i += 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}
