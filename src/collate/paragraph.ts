/**
 * Collation of short texts (one paragraph per witness) for the edition: the result says, place
 * by place, which characters of each witness agree and which vary, with ready-made model nodes
 * (`Text`, `App`) whose sources point back into the witnesses.
 */
import type { App, Inline, Reading } from '../model/inline.js';
import type { LineRef, Point, Span } from '../model/position.js';
import { collate } from './collate.js';
import type { CollateOptions, Collation, Place, Range, VariantType, WitnessInput } from './types.js';

export interface ParagraphOptions extends CollateOptions {
  /** Prefix of the apps' ids, so that ids stay unique in a whole edition (e.g. `ch11-p3-`). */
  readonly idPrefix?: string;
}

/** One stretch of the paragraph, agreement or variant, in order. */
export interface ParagraphSegment {
  readonly kind: 'agreement' | 'variant';
  /** Characters `[start, end)` of each witness's text covered by the segment. */
  readonly ranges: Readonly<Record<string, Range>>;
  /** The same as spans in the witnesses' files (base witness first); empty ranges are left out. */
  readonly spans: readonly Span[];
  /** Variant segments only: id (with the prefix), type and linked apps. */
  readonly id?: string;
  readonly type?: VariantType;
  readonly corresp?: readonly string[];
  /**
   * Model nodes for the segment: `Text` (with an `lb` where a witness line breaks) for
   * agreement, one `App` for a variant (the base witness's reading is the lemma).
   */
  readonly inlines: readonly Inline[];
}

export interface ParagraphCollation {
  readonly collation: Collation;
  readonly segments: readonly ParagraphSegment[];
}

/** Maps offsets of an excerpt to points in its file. */
function locator(w: WitnessInput): (offset: number) => Point {
  const start = w.start ?? { line: 1, column: 1, offset: 0 };
  const breaks: number[] = [];
  for (let i = w.text.indexOf('\n'); i !== -1; i = w.text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    const line = start.line + lo;
    const column = lo === 0 ? start.column + offset : offset - breaks[lo - 1]!;
    return { line, column, offset: start.offset + offset };
  };
}

/**
 * The text of witnesses `wits` over their ranges, as model inlines: `Text` nodes carrying one
 * span per witness, cut where a line breaks (the break becomes an `lb` group, since witness
 * text never holds a newline). The characters are those of the first witness.
 */
function inlinesFor(
  wits: readonly string[],
  ranges: Readonly<Record<string, Range>>,
  input: ReadonlyMap<string, WitnessInput>,
  locate: ReadonlyMap<string, (o: number) => Point>,
): Inline[] {
  const first = input.get(wits[0]!)!;
  const r0 = ranges[first.siglum]!;
  const text = first.text.slice(r0.start, r0.end);
  const out: Inline[] = [];
  let from = 0;
  const piece = (a: number, b: number): void => {
    if (b <= a) return;
    const src: Span[] = wits.map((s) => {
      const r = ranges[s]!;
      const at = locate.get(s)!;
      // Witnesses of one reading have the same tokens; whitespace may differ, so clamp.
      return { wit: s, start: at(Math.min(r.start + a, r.end)), end: at(Math.min(r.start + b, r.end)) };
    });
    out.push({ kind: 'text', value: text.slice(a, b), src });
  };
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    piece(from, i);
    const lines: LineRef[] = wits.map((s) => ({ wit: s, line: locate.get(s)!(ranges[s]!.start + i + 1).line }));
    out.push({ kind: 'lb', lines });
    from = i + 1;
  }
  piece(from, text.length);
  return out;
}

/**
 * Collates one paragraph per witness (two or more) and returns its segments in order. Give
 * each witness its `start` (where the paragraph begins in the witness file) so that the spans
 * and line numbers are those of the file. The first witness, or `options.base`, is the base:
 * its reading is the lemma and the variant types are relative to it.
 */
export function collateParagraph(witnesses: readonly WitnessInput[], options: ParagraphOptions = {}): ParagraphCollation {
  const collation = collate(witnesses, options);
  const prefix = options.idPrefix ?? '';
  const base = collation.options.base;
  const input = new Map(witnesses.map((w) => [w.siglum, w]));
  const locate = new Map(witnesses.map((w) => [w.siglum, locator(w)]));
  const order = [base, ...witnesses.map((w) => w.siglum).filter((s) => s !== base)];
  const spansOf = (p: Place): Span[] =>
    order
      .filter((s) => p.ranges[s]!.end > p.ranges[s]!.start)
      .map((s) => ({ wit: s, start: locate.get(s)!(p.ranges[s]!.start), end: locate.get(s)!(p.ranges[s]!.end) }));
  const segments = collation.places.map((p): ParagraphSegment => {
    if (p.kind === 'agreement') {
      const wits = order.filter((s) => p.ranges[s]!.end > p.ranges[s]!.start);
      return { kind: 'agreement', ranges: p.ranges, spans: spansOf(p), inlines: wits.length ? inlinesFor(wits, p.ranges, input, locate) : [] };
    }
    const id = `${prefix}${p.id}`;
    const corresp = p.corresp?.map((c) => `#${prefix}${c}`);
    const readings: Reading[] = p.readings.map((r) => {
      const lemma = r.witnesses.includes(base);
      const nonEmpty = r.witnesses.filter((s) => p.ranges[s]!.end > p.ranges[s]!.start);
      return {
        lemma,
        wit: r.witnesses,
        ...(r.text !== '' ? { group: r.norm } : {}),
        ...(r.type ? { variantType: r.type } : {}),
        children: r.text === '' || nonEmpty.length === 0 ? [] : inlinesFor(nonEmpty, p.ranges, input, locate),
      };
    });
    // The lemma first, then the other readings in witness order.
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    const app: App = {
      kind: 'app',
      id,
      ...(p.type ? { variantType: p.type } : {}),
      ...(corresp && corresp.length > 0 ? { corresp } : {}),
      readings,
    };
    return {
      kind: 'variant',
      ranges: p.ranges,
      spans: spansOf(p),
      id,
      ...(p.type ? { type: p.type } : {}),
      ...(corresp && corresp.length > 0 ? { corresp } : {}),
      inlines: [app],
    };
  });
  return { collation, segments };
}
