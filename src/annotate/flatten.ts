import type { Inline, Text } from '../model/inline.js';
import { plainText } from '../model/walk.js';
import { sliceSpan, type Sources, type Span } from '../model/position.js';

/**
 * How a node of a run takes part in matching:
 * - `text`: witness text, matched character by character and cut where a mention starts or ends;
 * - `space`: a line start, read as one space (a name may run over a line break);
 * - `zero`: a note marker or a transcription's mark (the `_` of italics), read as nothing (a name
 *   may be interrupted by a note marker);
 * - `atom`: a node read as a fixed text that a mention may enclose but not cut (a correction,
 *   read as its corrected form; copies spaced differently, read as the base's spacing);
 * - `barrier`: anything a mention may not cross (labels, supplied text, apparatus, names already
 *   tagged), read as U+FFFC, which no name form or date contains.
 */
export type PieceKind = 'text' | 'space' | 'zero' | 'atom' | 'barrier';

export interface Piece {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly kind: PieceKind;
}

/** A run read as one string, with the place of every node in it. */
export interface FlatRun {
  readonly run: readonly Inline[];
  readonly text: string;
  readonly pieces: readonly Piece[];
}

export const BARRIER = '\uFFFC';

/** Decides which nodes are atoms and what text they stand for (undefined: a barrier). */
export type AtomText = (node: Inline) => string | undefined;

export const correctionsAsAtoms: AtomText = (node) => (node.kind === 'choice' ? node.corr : undefined);
export const noAtoms: AtomText = () => undefined;

/** Reads a run as a string (see {@link PieceKind}). */
export function flattenRun(run: readonly Inline[], atomText: AtomText = noAtoms): FlatRun {
  let text = '';
  const pieces: Piece[] = [];
  run.forEach((node, index) => {
    let value: string;
    let kind: PieceKind;
    if (node.kind === 'text') {
      value = node.value;
      kind = 'text';
    } else if (node.kind === 'lb') {
      value = ' ';
      kind = 'space';
    } else if (node.kind === 'note' || node.kind === 'mark') {
      value = '';
      kind = 'zero';
    } else if (node.kind === 'app' && node.variantType === 'whitespace') {
      // Copies spaced differently ("John ?" against "John?"): the same words, so a quotation
      // or a name may enclose the place, read as the base's spacing, but not cut it.
      value = plainText(node.readings.find((r) => r.lemma)?.children ?? []);
      kind = 'atom';
    } else {
      const atom = atomText(node);
      value = atom ?? BARRIER;
      kind = atom === undefined ? 'barrier' : 'atom';
    }
    pieces.push({ index, start: text.length, end: text.length + value.length, kind });
    text += value;
  });
  return { run, text, pieces };
}

/**
 * True when [start, end) can be wrapped: it crosses no barrier and cuts no atom. A note
 * marker (zero width) at either edge stays outside.
 */
export function canWrap(flat: FlatRun, start: number, end: number): boolean {
  if (end <= start) return false;
  for (const p of flat.pieces) {
    if (p.end <= start || p.start >= end) continue;
    if (p.kind === 'barrier') return false;
    if (p.kind === 'atom' && (p.start < start || p.end > end)) return false;
  }
  return true;
}

/** The characters [from, to) of a text node, with their source spans cut to match. */
export function sliceText(node: Text, from: number, to: number): Text {
  return { kind: 'text', value: node.value.slice(from, to), src: node.src.map((s) => sliceSpan(s, from, to)) };
}

function srcOf(node: Inline): Sources | undefined {
  switch (node.kind) {
    case 'text':
    case 'name':
    case 'date':
    case 'choice':
    case 'hi':
    case 'mark':
      return node.src;
    default:
      return undefined;
  }
}

/**
 * Where a sequence of nodes comes from: per witness, from the start of its first node with a
 * source to the end of its last (notes excluded, since their text stands elsewhere).
 */
export function sourcesOf(nodes: readonly Inline[]): Sources {
  const withSrc = nodes.map(srcOf).filter((s): s is Sources => s !== undefined && s.length > 0);
  const first = withSrc[0];
  const last = withSrc[withSrc.length - 1];
  if (!first || !last) return [];
  const out: Span[] = [];
  for (const span of first) {
    const end = last.find((s) => s.wit === span.wit);
    if (end) out.push({ wit: span.wit, start: span.start, end: end.end });
  }
  return out;
}

/** A range of a flat run to wrap in a new node built from the nodes it covers. */
export interface WrapRange {
  readonly start: number;
  readonly end: number;
  readonly build: (children: Inline[], src: Sources) => Inline;
}

/**
 * Rebuilds a run with each range wrapped in the node its `build` returns. Text nodes are cut
 * at the range edges (their characters and sources are kept exactly); ranges must be sorted,
 * must not overlap and must pass {@link canWrap}.
 */
export function wrapRanges(flat: FlatRun, ranges: readonly WrapRange[]): Inline[] {
  if (ranges.length === 0) return [...flat.run];
  const out: Inline[] = [];
  let r = 0;
  let collecting: Inline[] | null = null;
  const close = () => {
    const range = ranges[r]!;
    out.push(range.build(collecting!, sourcesOf(collecting!)));
    collecting = null;
    r++;
  };
  for (const p of flat.pieces) {
    const node = flat.run[p.index]!;
    if (p.kind === 'text' && node.kind === 'text' && p.end > p.start) {
      let pos = p.start;
      while (pos < p.end) {
        const range = ranges[r];
        if (collecting) {
          const stop = Math.min(range!.end, p.end);
          collecting.push(sliceText(node, pos - p.start, stop - p.start));
          pos = stop;
          if (pos === range!.end) close();
        } else if (range && range.start >= pos && range.start < p.end) {
          if (range.start > pos) out.push(sliceText(node, pos - p.start, range.start - p.start));
          pos = range.start;
          collecting = [];
        } else {
          out.push(pos === p.start ? node : sliceText(node, pos - p.start, p.end - p.start));
          pos = p.end;
        }
      }
      continue;
    }
    const range = ranges[r];
    if (!collecting && range && p.end > p.start && range.start === p.start) collecting = [];
    if (collecting) {
      collecting.push(node);
      if (p.end > p.start && p.end === range!.end) close();
    } else {
      out.push(node);
    }
  }
  if (collecting) throw new Error('wrapRanges: a range runs past the end of its run');
  return out;
}
