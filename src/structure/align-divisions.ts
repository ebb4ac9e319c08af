import type { Classified } from './classify.js';
import { blockText } from './raw-blocks.js';
import { headingWithoutNumber, mergeUnits, sameBlock, unitOf, words, type Unit } from './units.js';

/**
 * Two editions of a book rarely keep its chapters one for one: a revised edition adds a chapter
 * (and numbers every later one anew), leaves one out, or splits one in two. So the chapters are
 * paired first, by what they say (the word trigrams they share), in order, and the blocks are
 * laid side by side only inside a pair of chapters: an added chapter stays a chapter of its own
 * witness, and its text is not scattered over the chapters of the other.
 */

/** Below this share of trigrams (Dice) two chapters are not the same chapter. Unrelated chapters of one book share 3–9 %, revised copies 50–90 %. */
const samePair = 0.2;
/** A chapter one witness splits in two: the part the other does not pair holds at least this share of its trigrams in its neighbour's partner. */
const samePart = 0.3;
/**
 * The one division left unpaired in each witness between two pairs (or after the last) is the
 * same division, rewritten, when they share this share of trigrams or their headings agree but
 * for the number (Frankenstein's chapter V of 1818, VI of 1831, its letter rewritten: 11 %).
 */
const sameSlot = 0.05;
/** Fewer trigrams than this and a division is compared as a block (a part's heading alone, a short poem). */
const fewTrigrams = 20;
/** Above this many pairs of divisions (thousands of short poems in each witness), they are not compared: the blocks are laid side by side over the whole book, as one sequence. */
const mostPairs = 4_000_000;

interface Segment<T> {
  readonly items: readonly T[];
  readonly trigrams: ReadonlySet<string>;
  readonly text: string;
}

const partOf = (x: Unit | Classified): Classified => ('parts' in x ? x.parts[0]! : x);

/** The witness's blocks cut at its division starts; the first segment holds what comes before the first (it may be empty). */
function segments<T extends Unit | Classified>(items: readonly T[]): Segment<T>[] {
  const cuts: T[][] = [[]];
  for (const x of items) {
    if (x.chapterStart) cuts.push([]);
    cuts[cuts.length - 1]!.push(x);
  }
  return cuts.map((seg) => {
    const text = seg.map((x) => blockText(partOf(x).block)).join('\n');
    const ws = words(text);
    const trigrams = new Set<string>();
    for (let k = 0; k + 2 < ws.length; k++) trigrams.add(`${ws[k]} ${ws[k + 1]} ${ws[k + 2]}`);
    return { items: seg, trigrams, text };
  });
}

/** Trigrams each pair of segments shares, counted through an index of the other side's trigrams (linear in the text). */
function sharedCounts(a: readonly Segment<unknown>[], b: readonly Segment<unknown>[]): number[][] {
  const where = new Map<string, number[]>();
  b.forEach((s, j) => s.trigrams.forEach((t) => (where.get(t) ?? where.set(t, []).get(t)!).push(j)));
  return a.map((s) => {
    const row = new Array<number>(b.length).fill(0);
    s.trigrams.forEach((t) => where.get(t)?.forEach((j) => row[j]!++));
    return row;
  });
}

/** How alike two segments are, 0 when they are not the same division. */
function likeness(a: Segment<unknown>, b: Segment<unknown>, shared: number): number {
  if (Math.min(a.trigrams.size, b.trigrams.size) < fewTrigrams) {
    const ha = headingWithoutNumber(a.text.split('\n')[0] ?? '');
    return (ha !== undefined && ha === headingWithoutNumber(b.text.split('\n')[0] ?? '')) || sameBlock(a.text, b.text) ? samePair : 0;
  }
  const dice = (2 * shared) / (a.trigrams.size + b.trigrams.size);
  return dice >= samePair ? dice : 0;
}

/**
 * The pairs of segments (i, j) in order, maximising their summed likeness (a weighted longest
 * common subsequence); the segments before the first division always pair.
 */
function pairSegments(a: readonly Segment<unknown>[], b: readonly Segment<unknown>[], shared: number[][]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 1; i--) {
    for (let j = m - 1; j >= 1; j--) {
      const like = likeness(a[i]!, b[j]!, shared[i]![j]!);
      score[i]![j] = Math.max(score[i + 1]![j]!, score[i]![j + 1]!, like > 0 ? like + score[i + 1]![j + 1]! : 0);
    }
  }
  const pairs: [number, number][] = [[0, 0]];
  let i = 1;
  let j = 1;
  while (i < n && j < m) {
    const like = likeness(a[i]!, b[j]!, shared[i]![j]!);
    if (like > 0 && score[i]![j] === like + score[i + 1]![j + 1]!) pairs.push([i++, j++]);
    else if (score[i]![j] === score[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
}

/** Whether the only two unpaired divisions between the same pairs are one division (see `sameSlot`). */
function sameInSlot(a: Segment<unknown>, b: Segment<unknown>, shared: number): boolean {
  const heading = (s: Segment<unknown>) => headingWithoutNumber(s.text.split('\n')[0] ?? '');
  if (heading(a) !== undefined && heading(a) === heading(b)) return true;
  return a.trigrams.size + b.trigrams.size > 0 && (2 * shared) / (a.trigrams.size + b.trigrams.size) >= sameSlot;
}

/** A group of the alignment: base segments and other segments that are one division (either side may be empty). */
interface Group {
  a: number[];
  b: number[];
}

/**
 * The groups in reading order: each pair, with an unpaired neighbour that is a part of it (a
 * chapter one witness splits in two) joined to it; the rest alone (an added or dropped division).
 */
function groups(a: readonly Segment<unknown>[], b: readonly Segment<unknown>[], shared: number[][], pairs: readonly [number, number][]): Group[] {
  const out: Group[] = [];
  const partIn = (part: Segment<unknown>, count: number) => part.trigrams.size >= fewTrigrams && count >= samePart * part.trigrams.size;
  let i = 0;
  let j = 0;
  for (let p = 0; p <= pairs.length; p++) {
    const [pi, pj] = pairs[p] ?? [a.length, b.length];
    if (pi - i === 1 && pj - j === 1 && i > 0 && sameInSlot(a[i]!, b[j]!, shared[i]![j]!)) {
      out.push({ a: [i], b: [j] });
      i++;
      j++;
    }
    const prev = out[out.length - 1];
    const lastA = prev?.a[prev.a.length - 1];
    const lastB = prev?.b[prev.b.length - 1];
    // Unpaired segments between two pairs: each joins the pair before it or after it when it is a part of that pair's division.
    for (; i < pi; i++) {
      if (prev && lastB !== undefined && prev.b.length && lastA === i - 1 && partIn(a[i]!, shared[i]![lastB]!)) prev.a.push(i);
      else out.push({ a: [i], b: [] });
    }
    for (; j < pj; j++) {
      const before = out[out.length - 1];
      const beforeA = before?.a[before.a.length - 1];
      if (before && beforeA !== undefined && before.b.length && before.b[before.b.length - 1] === j - 1 && partIn(b[j]!, shared[beforeA]![j]!)) before.b.push(j);
      else out.push({ a: [], b: [j] });
    }
    if (p === pairs.length) break;
    // An unpaired segment just before a pair may be the first part of that pair's division.
    const next: Group = { a: [pi], b: [pj] };
    while (out.length && out[out.length - 1]!.b.length === 0 && out[out.length - 1]!.a.length === 1 && out[out.length - 1]!.a[0] === next.a[0]! - 1 && partIn(a[next.a[0]! - 1]!, shared[next.a[0]! - 1]![pj]!)) next.a.unshift(out.pop()!.a[0]!);
    while (out.length && out[out.length - 1]!.a.length === 0 && out[out.length - 1]!.b.length === 1 && out[out.length - 1]!.b[0] === next.b[0]! - 1 && partIn(b[next.b[0]! - 1]!, shared[pi]![next.b[0]! - 1]!)) next.b.unshift(out.pop()!.b[0]!);
    out.push(next);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

/** Base units and the other witness's blocks of one division, laid side by side; the two headings pair whatever their wording. */
function mergeDivision(base: readonly Unit[], other: readonly Classified[]): Unit[] {
  const [ha, hb] = [base[0], other[0]];
  if (ha?.chapterStart && hb?.chapterStart && ha.role === 'division-heading' && hb.role === 'division-heading') {
    return [{ ...ha, parts: [...ha.parts, hb] }, ...mergeUnits(base.slice(1), other.slice(1))];
  }
  return mergeUnits(base, other);
}

/**
 * Lays another witness's blocks beside the base's, division by division (see above). A
 * division start of the other witness opens a division only where the base has none to pair
 * it with (an added chapter); elsewhere the base's divisions hold the text.
 */
export function mergeDivisions(base: readonly Unit[], other: readonly Classified[]): Unit[] {
  const wit = other[0]?.block.wit;
  const baseStartsOnly = (us: readonly Unit[]) => us.map((u) => (u.chapterStart && u.parts.every((p) => p.block.wit === wit) ? { ...u, chapterStart: false } : u));
  const sa = segments(base);
  const sb = segments(other);
  if (sa.length < 2 || sb.length < 2 || sa.length * sb.length > mostPairs) return baseStartsOnly(mergeUnits(base, other));
  const shared = sharedCounts(sa, sb);
  const out: Unit[] = [];
  for (const g of groups(sa, sb, shared, pairSegments(sa, sb, shared))) {
    const us = g.a.flatMap((k) => sa[k]!.items);
    const cs = g.b.flatMap((k) => sb[k]!.items);
    if (cs.length === 0) out.push(...us);
    else if (us.length === 0) out.push(...cs.map((c, k) => ({ ...unitOf(c), chapterStart: k === 0 && c.chapterStart })));
    else out.push(...baseStartsOnly(mergeDivision(us, cs)));
  }
  return out;
}
