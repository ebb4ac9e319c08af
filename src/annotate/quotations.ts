import type { Division } from '../model/block.js';
import type { Inline, Quoted } from '../model/inline.js';
import { plainText } from '../model/walk.js';
import { canWrap, flattenRun, wrapRanges, type AtomText, type WrapRange } from './flatten.js';
import { isAnnotatable, rewriteRuns } from './runs.js';

/** Tagged names, dates, titles and corrections sit inside a quotation whole: read as their text. */
const wholeNodes: AtomText = (node) =>
  node.kind === 'name' || node.kind === 'date' || node.kind === 'title' ? plainText(node.children) : node.kind === 'choice' ? node.corr : undefined;

/** Which guillemet opens a quotation: French printing sets « … », German and Danish » … «. */
export type GuillemetOrder = 'french' | 'german';

/**
 * The order a text's guillemets follow. A mark that stands at an opening (after a space or the start, before a letter) or at a
 * closing (after a letter or a stop, before a space, a stop or the end) votes for its order;
 * marks set off by spaces inside (French « … ») and a French » that opens a paragraph going on
 * quoting (» – …) vote for neither. The order of the most votes wins; French when none.
 */
export function guillemetOrder(texts: Iterable<string>): GuillemetOrder {
  let french = 0;
  let german = 0;
  for (const text of texts) {
    for (const m of text.matchAll(/[«»]/gu)) {
      const i = m.index;
      const before = i === 0 ? ' ' : text[i - 1]!;
      const after = i + 1 < text.length ? text[i + 1]! : ' ';
      const opening = /[\s([{\u2014\u2013-]/u.test(before) && /[\p{L}\p{N}¿¡]/u.test(after);
      const closing = /[\p{L}\p{N}.,;:!?…)\]]/u.test(before) && /[\s.,;:!?…)\]\u2014\u2013-]/u.test(after);
      if (m[0] === '«' ? opening : closing) french++;
      else if (m[0] === '»' ? opening : closing) german++;
    }
  }
  return german > french ? 'german' : 'french';
}

/**
 * The outermost pairs of guillemets of a text in the given order, [start, end) with both
 * marks. A closing mark with none open is, in French printing, the mark set at the start of a
 * paragraph that goes on quoting: it opens no pair. An opening mark left open (a speech that
 * runs on into the next paragraph, or one whose closing mark also closed a quotation inside
 * it) makes no pair, and the pairs inside it stand on their own.
 */
export function guillemetPairs(text: string, order: GuillemetOrder = 'french'): Array<[number, number]> {
  const [opens, closes] = order === 'french' ? ['«', '»'] : ['»', '«'];
  return outermost(pairsOf(text, opens, closes));
}

/**
 * The outermost pairs of German printing's quotation marks „ … “ (the low mark only ever opens
 * one) and of guillemets in the given order, together: a quotation inside another is part of it.
 */
export function quotationPairs(text: string, order: GuillemetOrder = 'french'): Array<[number, number]> {
  const [opens, closes] = order === 'french' ? ['«', '»'] : ['»', '«'];
  return outermost([...pairsOf(text, opens, closes), ...pairsOf(text, '„', '“')]);
}

/** Every pair of one opening and one closing mark, the innermost first. */
function pairsOf(text: string, opens: string, closes: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === opens) open.push(i);
    else if (text[i] === closes && open.length > 0) pairs.push([open.pop()!, i + 1]);
  }
  return pairs;
}

/** The pairs inside no other, leaving out pairs that cross one (»a „b« c“ is no quotation). */
const outermost = (pairs: Array<[number, number]>): Array<[number, number]> =>
  pairs
    .filter(([s, e]) => !pairs.some(([s2, e2]) => (s2 <= s && e <= e2 && (s2 < s || e < e2)) || (s < s2 && s2 < e && e < e2) || (s2 < s && s < e2 && e2 < e)))
    .sort((a, b) => a[0] - b[0]);

/**
 * Tags what the witness sets between guillemets (in the order its text follows) or between
 * German printing's „ … “ as `q` (TEI: material set off by quotation
 * marks), marks included, so that the witness's every character stays where it was. Only
 * quotations that open and close in one run of text: one that crosses a variant of the
 * apparatus, a label or a paragraph break is left as it stands.
 */
export function annotateQuotations(edition: { readonly front: readonly Division[]; readonly body: readonly Division[] }): { front: Division[]; body: Division[] } {
  const hasGuillemet = (run: readonly Inline[]) => run.some((n) => n.kind === 'text' && /[«»]/u.test(n.value));
  const hasQuote = (run: readonly Inline[]) => run.some((n) => n.kind === 'text' && /[«»„]/u.test(n.value));
  // The edition's order, from all of its text (a paragraph alone may hold one mark only).
  const texts: string[] = [];
  let quoted = false;
  rewriteRuns(edition, (run) => {
    if (hasGuillemet(run)) texts.push(flattenRun(run, wholeNodes).text);
    quoted ||= hasQuote(run);
    return run;
  });
  if (!quoted) return { front: [...edition.front], body: [...edition.body] };
  const order = guillemetOrder(texts);
  return rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || ctx.path.includes('q') || !hasQuote(run)) return run;
    const flat = flattenRun(run, wholeNodes);
    const ranges: WrapRange[] = quotationPairs(flat.text, order)
      .filter(([start, end]) => canWrap(flat, start, end))
      .map(([start, end]) => {
        const rule = flat.text[start] === '„' ? 'quote-low-high' : 'quote-guillemets';
        return { start, end, build: (children: Inline[], src: Quoted['src']): Quoted => ({ kind: 'q', children, src, rule }) };
      });
    return ranges.length > 0 ? wrapRanges(flat, ranges) : run;
  });
}
