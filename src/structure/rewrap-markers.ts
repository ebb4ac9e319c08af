import type { RawBlock } from './raw-blocks.js';
import type { SourceLine } from './source-lines.js';

/**
 * Distributed Proofreaders' rewrap markers, which some Project Gutenberg texts keep: a line
 * `/*` … `*\/` around lines that must not be rewrapped (verse, a table, a letter's formulae),
 * `/#` … `#/` around a block quotation, and the rarer `/P` (poetry), `/X`, `/$`, `/F`, `/L`,
 * `/C`, `/R`, `/I` pairs; an opening marker may give margins (`/#[4.2]`, `/*[30]`). They are
 * no text of the book: the lines between them are laid out as printed (each line a line of
 * verse) or are a block quotation, and the markers themselves are kept as transcription marks
 * on the lines around them, so that extraction gives them back. (Guiguts, the proofreaders'
 * tool, knows these markers; no library reads them, hence the few lines here.)
 */

/** How the lines between a pair of markers are laid out. */
export type MarkedLayout = 'as-printed' | 'block-quote';

/** Lines [from, to] (line numbers of the witness, markers excluded) and their layout. */
export interface MarkedRange {
  readonly from: number;
  readonly to: number;
  readonly layout: MarkedLayout;
}

/** An opening marker alone on its line: `/*`, `/#`, `/P`, … with optional margins `[4.2]` or `[30,4]`. */
const opening = /^\s*\/([*#$A-Za-z])(?:\[[\d.,\s]*\])?\s*$/u;
/** A closing marker alone on its line: `*\/`, `#/`, `P/`, …. */
const closing = /^\s*([*#$A-Za-z])\/\s*$/u;
/** The letters Guiguts knows (upper or lower case): poetry, no-wrap, list, centre, right, index, footnote-like block. */
const known = new Set(['*', '#', '$', 'p', 'x', 'f', 'l', 'c', 'r', 'i']);

const kindOf = (re: RegExp, text: string): string | undefined => {
  const m = re.exec(text);
  const k = m?.[1]?.toLowerCase();
  return k !== undefined && known.has(k) ? k : undefined;
};

/**
 * The witness's blocks with the marker lines taken out of them: an opening marker rides on the
 * block after it (before its first line, as `leading` lines do), a closing one on the block
 * before it (after its last line); a block cut by a marker line is cut there. Only markers that
 * pair up are read (an opening one, later its closing one of the same kind); a lone `/*`
 * stays text. Returns the blocks and the ranges of lines between each pair.
 */
export function takeRewrapMarkers(blocks: readonly RawBlock[]): { blocks: RawBlock[]; ranges: MarkedRange[] } {
  const lines = blocks.flatMap((b) => b.lines);
  // Pair the markers, nested ones too ("/#" holding "/*"), by a stack per the kind's letter.
  const open: { kind: string; line: number }[] = [];
  const pairs: { kind: string; open: number; close: number }[] = [];
  for (const l of lines) {
    const o = kindOf(opening, l.text);
    if (o !== undefined) {
      open.push({ kind: o, line: l.n });
      continue;
    }
    const c = kindOf(closing, l.text);
    if (c === undefined) continue;
    const k = open.map((x) => x.kind).lastIndexOf(c);
    if (k === -1) continue;
    const [o2] = open.splice(k);
    pairs.push({ kind: c, open: o2!.line, close: l.n });
  }
  if (pairs.length === 0) return { blocks: [...blocks], ranges: [] };
  const opens = new Set(pairs.map((p) => p.open));
  const closes = new Set(pairs.map((p) => p.close));
  const out: RawBlock[] = [];
  /** Opening markers (and blank lines holding spaces) waiting for the block after them. */
  let pending: SourceLine[] = [];
  let pendingBlank: number | undefined;
  const ride = (l: readonly SourceLine[]) => {
    const prev = out[out.length - 1];
    if (prev) out[out.length - 1] = { ...prev, trailing: [...prev.trailing, ...l].sort((x, y) => x.n - y.n) };
    else pending.push(...l); // nothing before it: it rides on what follows
  };
  for (const b of blocks) {
    let segment: SourceLine[] = [];
    let first = true;
    const flush = (trailing: readonly SourceLine[]) => {
      if (segment.length > 0) {
        const leading = [...(first ? b.leading : []), ...pending].sort((x, y) => x.n - y.n);
        out.push({ wit: b.wit, lines: segment, blankBefore: first ? (pendingBlank ?? b.blankBefore) : (pendingBlank ?? 0), leading, trailing: [...trailing] });
        pending = [];
        pendingBlank = undefined;
        segment = [];
      } else if (trailing.length > 0) ride(trailing);
      first = false;
    };
    for (const l of b.lines) {
      if (opens.has(l.n)) {
        if (segment.length > 0) flush([]);
        else if (first) {
          // The block opens with the marker: its blank lines come before the marked passage.
          pending.push(...b.leading);
          pendingBlank ??= b.blankBefore;
          first = false;
        }
        pending.push(l);
      } else if (closes.has(l.n)) {
        if (segment.length > 0) flush([l]);
        else ride([l]);
      } else segment.push(l);
    }
    // Lines after the witness's last block stay on the last block.
    flush(b.trailing);
  }
  if (pending.length > 0) ride(pending.splice(0));
  const ranges = pairs.map((p) => ({ from: p.open + 1, to: p.close - 1, layout: (p.kind === '#' ? 'block-quote' : 'as-printed') as MarkedLayout }));
  return { blocks: out, ranges };
}

/** The layout the innermost pair of markers around a line gives, if any. */
export function markedLayout(ranges: readonly MarkedRange[], line: number): MarkedLayout | undefined {
  let best: MarkedRange | undefined;
  for (const r of ranges) if (r.from <= line && line <= r.to && (!best || r.to - r.from < best.to - best.from)) best = r;
  return best?.layout;
}
