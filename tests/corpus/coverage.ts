/**
 * How much of a word sequence (the reading text of a TEI file) appears, in order, in another
 * (the text of a rendered output, which has more: headings of the edition, page numbers, notes,
 * the apparatus). Hand-written because no package aligns sequences of 10⁵ words with large
 * insertions in linear time: `diff` (Myers) is O(N·D), and an output's extra text makes D large.
 *
 * Patience-style: 3-word shingles that occur once in each sequence are anchors; the longest
 * increasing run of anchors fixes the alignment; between two anchors the words are aligned
 * with `diff` when the stretch is small, else greedily in order.
 */
import { diffArrays } from 'diff';
import { parse, type HTMLElement, type Node as HtmlNode } from 'node-html-parser';
import { words } from './reading-text.js';

export interface Coverage {
  readonly matched: number;
  readonly total: number;
  /** matched / total (1 for an empty text). */
  readonly ratio: number;
  /** Runs of words not found, for a failure message. */
  readonly missing: string[];
}

const K = 3;

function uniqueShingles(seq: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i + K <= seq.length; i++) {
    const key = seq.slice(i, i + K).join('\u0001');
    seen.set(key, seen.has(key) ? -1 : i);
  }
  return seen;
}

/** Longest strictly increasing subsequence of b over pairs sorted by a. */
function lis(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev: number[] = new Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const b = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/** Words of src[a, b) found in order in out[c, d): a boolean per src word. */
function alignStretch(src: readonly string[], a: number, b: number, out: readonly string[], c: number, d: number, found: boolean[]): void {
  if (a >= b || c >= d) return;
  if ((b - a) * (d - c) <= 4_000_000) {
    let i = a;
    for (const part of diffArrays(src.slice(a, b), out.slice(c, d))) {
      if (part.added) continue;
      for (let k = 0; k < part.count!; k++) found[i + k] = !part.removed;
      i += part.count!;
    }
    return;
  }
  let j = c;
  for (let i = a; i < b; i++) {
    const at = out.indexOf(src[i]!, j);
    if (at >= 0 && at < d && at - j < 2000) {
      found[i] = true;
      j = at + 1;
    }
  }
}

/** The share of `src` found in order in `out`. */
export function coverage(src: readonly string[], out: readonly string[]): Coverage {
  const found: boolean[] = new Array(src.length).fill(false);
  const inSrc = uniqueShingles(src);
  const inOut = uniqueShingles(out);
  const pairs: [number, number][] = [];
  for (const [key, i] of inSrc) {
    const j = inOut.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const anchors = lis(pairs).filter((p, k, all) => k === 0 || p[0] >= all[k - 1]![0] + K);
  let a = 0;
  let c = 0;
  for (const [i, j] of anchors) {
    if (i < a || j < c) continue;
    alignStretch(src, a, i, out, c, j, found);
    for (let k = 0; k < K; k++) found[i + k] = true;
    a = i + K;
    c = j + K;
  }
  alignStretch(src, a, src.length, out, c, out.length, found);
  const matched = found.filter(Boolean).length;
  const missing: string[] = [];
  for (let i = 0; i < src.length && missing.length < 8; i++) {
    if (found[i]) continue;
    let e = i;
    while (e < src.length && !found[e]) e++;
    missing.push(`@${i}: ${src.slice(Math.max(0, i - 3), i).join(' ')} [${src.slice(i, Math.min(e, i + 12)).join(' ')}] ${src.slice(e, e + 3).join(' ')}`);
    i = e;
  }
  return { matched, total: src.length, ratio: src.length ? matched / src.length : 1, missing };
}

const htmlBlocks = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ol', 'ul',
  'dl', 'dt', 'dd', 'br', 'td', 'th', 'tr', 'table', 'thead', 'tbody', 'caption', 'blockquote', 'figure', 'figcaption', 'hr', 'pre', 'hgroup',
]);

/**
 * The visible text of an HTML page's main content as a reader sees it: hidden elements,
 * tooltips and note or variant markers (marks, not words) left out, and the unseen words that
 * indent the part of a shared verse line (line-lead); blocks and line breaks
 * separate words, as they do on screen.
 */
export function htmlText(html: string, options: { deleted?: boolean } = {}): string {
  const root = parse(html);
  const main = root.querySelector('main') ?? root;
  const parts: string[] = [];
  const visit = (n: HtmlNode): void => {
    if (n.nodeType === 3) {
      parts.push(n.text);
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as HTMLElement;
    const tag = e.tagName?.toLowerCase() ?? '';
    const cls = e.classList;
    if (e.hasAttribute('hidden') || tag === 'script' || tag === 'style' || tag === 'template') return;
    // deleted text and a witness's error the page shows corrected are not the reading text
    const skipped = options.deleted !== true && (tag === 'del' || cls.contains('sic'));
    if (skipped || cls.contains('tip') || cls.contains('noteref') || cls.contains('app-mark') || cls.contains('visually-hidden') || cls.contains('line-lead')) {
      parts.push(' ');
      return;
    }
    const block = htmlBlocks.has(tag);
    if (block) parts.push(' ');
    for (const c of e.childNodes) visit(c);
    if (block) parts.push(' ');
  };
  visit(main);
  return parts.join('');
}

/**
 * The words of pdftotext's output: a word broken at a line end by a hyphen is joined again
 * (the hyphen is the layout's), unless a capital follows a small letter there (a compound's own
 * hyphen); a footnote number run into the word before it is split off;
 * a letter with combining marks that pdftotext reads twice is read once. (Typst sets such a
 * cluster - "ǝ̄", "ā̊" - as several glyphs, each mapped to the whole cluster, and pdftotext
 * writes the cluster once per glyph: "spǝ̄ǝ̄ništā" for "spǝ̄ništā".)
 */
export function pdfWords(text: string): string[] {
  const once = text.replace(/(\P{M}\p{M}+)\1/gu, '$1');
  // a hyphen between a small letter and a capital is the text's own ("Mineral-Wasser"): Typst
  // breaks no word before a capital that is not in it
  const joined = once.replace(/([\p{L}\p{M}])([-\u00ad\u2010])\s*\n\s*(?=([\p{L}\p{M}]))/gu, (_m, before: string, hyphen: string, after: string) =>
    /\p{Ll}/u.test(before) && /\p{Lu}/u.test(after) && hyphen !== '\u00ad' ? `${before}${hyphen} ` : before);
  return words(joined).flatMap((w) => {
    const m = /^(.*[^\d])(\d+)$/u.exec(w);
    return m ? [m[1]!, m[2]!] : [w];
  });
}
