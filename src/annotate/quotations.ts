import type { Division } from '../model/block.js';
import type { Inline, Quoted } from '../model/inline.js';
import { plainText } from '../model/walk.js';
import { canWrap, flattenRun, wrapRanges, type AtomText, type WrapRange } from './flatten.js';
import { isAnnotatable, rewriteRuns } from './runs.js';

/** Tagged names, dates, titles and corrections sit inside a quotation whole: read as their text. */
const wholeNodes: AtomText = (node) =>
  node.kind === 'name' || node.kind === 'date' || node.kind === 'title' ? plainText(node.children) : node.kind === 'choice' ? node.corr : undefined;

/**
 * The outermost pairs « … » of a text, [start, end) with both marks. A » with no « open is
 * the mark French printing sets at the start of a paragraph that goes on quoting, or a closing
 * mark of German »…« quotation: neither opens a pair. A « left open (a speech that runs on into
 * the next paragraph, or one whose » also closed a quotation inside it) makes no pair, and the
 * pairs inside it stand on their own.
 */
export function guillemetPairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') open.push(i);
    else if (text[i] === '»' && open.length > 0) pairs.push([open.pop()!, i + 1]);
  }
  const outermost = pairs.filter(([s, e]) => !pairs.some(([s2, e2]) => s2 < s && e < e2));
  return outermost.sort((a, b) => a[0] - b[0]);
}

/**
 * Tags what the witness sets between guillemets as `q` (TEI: material set off by quotation
 * marks), marks included, so that the witness's every character stays where it was. Only
 * quotations that open and close in one run of text: one that crosses a variant of the
 * apparatus, a label or a paragraph break is left as it stands.
 */
export function annotateQuotations(edition: { readonly front: readonly Division[]; readonly body: readonly Division[] }): { front: Division[]; body: Division[] } {
  return rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || ctx.path.includes('q') || !run.some((n) => n.kind === 'text' && n.value.includes('«'))) return run;
    const flat = flattenRun(run, wholeNodes);
    const ranges: WrapRange[] = guillemetPairs(flat.text)
      .filter(([start, end]) => canWrap(flat, start, end))
      .map(([start, end]) => ({ start, end, build: (children: Inline[], src): Quoted => ({ kind: 'q', children, src, rule: 'quote-guillemets' }) }));
    return ranges.length > 0 ? wrapRanges(flat, ranges) : run;
  });
}
