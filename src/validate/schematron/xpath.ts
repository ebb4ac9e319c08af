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

/**
 * `/descendant::NAME` from the document's root is every element of that name in document
 * order: the runner keeps them in an index (one walk per document), so the step becomes a
 * look-up there, `elements('NAME')`. fontoxpath would walk the whole document for each such
 * step, and rules repeat them in their lets (the registers, the witnesses) for every document.
 * A step after another (`a/descendant::b`) is relative and left alone, as are string literals.
 */
export function rootDescendants(expr: string): string {
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
    if (c === '/' && expr.startsWith('descendant::', i + 1) && startsPath(out)) {
      const name = /^descendant::((?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*)(?![\w.:(-]|\s*::)/.exec(expr.slice(i + 1));
      if (name) {
        out += `Q{${HELPER_NS}}elements('${name[1]}')`;
        i += name[0].length;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Whether a `/` after this text starts a path from the root (not a step after another). */
function startsPath(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[(,[!|=<>]$/.test(t) || /(?:^|[^\w.:$@-])(?:return|in|then|else|satisfies|and|or)$/.test(t);
}
