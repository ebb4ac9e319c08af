import fx from 'fontoxpath';
import type * as slimdom from 'slimdom';

/** Namespace of the helper functions that stand in for XSLT's `current()` and a working `id()`. */
const HELPER_NS = 'urn:x-tei-edition:schematron';

/** What the helper functions see while a rule runs. */
export interface HelperContext {
  ids(): ReadonlyMap<string, slimdom.Element>;
  /** The document's elements of a name (`prefix:local` or `local`), in document order. */
  elements(name: string): readonly slimdom.Element[];
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
  fx.registerCustomXPathFunction({ namespaceURI: HELPER_NS, localName: 'elements' }, ['xs:string'], 'element()*', ({ currentContext }, name: string) =>
    [...(currentContext as HelperContext).elements(name)]);
}

/** The variable that holds the rule's context node while its checks run. */
export const CURRENT_VAR = 'schematron-current';

/**
 * Replaces `current()` and `id(` (not `generate-id(`, `@id`, `$id`) by the helpers, and `//NAME`
 * by `/descendant::NAME` (see {@link descendantSteps}), and that step from the root by the
 * document's index (see {@link rootDescendants}).
 */
export function rewriteExpression(expr: string): string {
  return rootDescendants(descendantSteps(expr))
    .replace(/(?<![\w.:$@{}-])current\(\s*\)/g, `$${CURRENT_VAR}`)
    .replace(/(?<![\w.:$@{}-])id\(/g, `Q{${HELPER_NS}}id(`);
}

/**
 * Rewrites an expression outside its string literals: at each `/` there, `at` may give the
 * text to write instead and how many characters of the expression it replaces.
 */
function rewriteSlashes(expr: string, at: (i: number, written: string) => { readonly text: string; readonly length: number } | undefined): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i] ?? '';
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '/') {
      const replaced = at(i, out);
      if (replaced) {
        out += replaced.text;
        i += replaced.length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * `a//b` means `a/descendant-or-self::node()/child::b`; for a name test without a positional
 * predicate that is `a/descendant::b`, and fontoxpath walks the latter about ten times faster
 * (it visits every text node for the former). String literals are left alone.
 */
export function descendantSteps(expr: string): string {
  return rewriteSlashes(expr, (i) => {
    if (expr[i + 1] !== '/') return undefined;
    const rest = expr.slice(i + 2);
    const name = /^(?:[\w.-]+:)?(?:[\w.-]+|\*)(?![\w.:(-])/.exec(rest);
    const after = name ? rest.slice(name[0].length).trimStart() : '';
    return name && !/^\[\s*(\d|[^\]]*(position|last)\()/.test(after) && !/^::/.test(after) ? { text: '/descendant::', length: 2 } : undefined;
  });
}

/**
 * `/descendant::NAME` from the document's root is every element of that name in document
 * order: the runner keeps them in an index (one walk per document), so the step becomes a
 * look-up there, `elements('NAME')`. fontoxpath would walk the whole document for each such
 * step, and rules repeat them in their lets (the registers, the witnesses) for every document.
 * A step after another (`a/descendant::b`) is relative and left alone, as are string literals.
 */
export function rootDescendants(expr: string): string {
  return rewriteSlashes(expr, (i, written) => {
    if (!expr.startsWith('descendant::', i + 1) || !startsPath(written)) return undefined;
    const name = /^descendant::((?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*)(?![\w.:(-]|\s*::)/.exec(expr.slice(i + 1));
    return name ? { text: `Q{${HELPER_NS}}elements('${name[1]}')`, length: name[0].length + 1 } : undefined;
  });
}

/** Whether a `/` after this text starts a path from the root (not a step after another). */
function startsPath(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[(,[!|=<>]$/.test(t) || /(?:^|[^\w.:$@-])(?:return|in|then|else|satisfies|and|or)$/.test(t);
}
