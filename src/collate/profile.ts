import { MATCH, type Scorer } from './score.js';

/**
 * An alignment of some of the witnesses: a sequence of columns, each holding at most one token
 * of every member. A single witness is a profile of one member; progressive alignment merges
 * profiles two at a time.
 */
export interface Profile {
  /** Witness numbers (positions in the collator's input). */
  readonly members: readonly number[];
  /** Per member, per column: the token index, or -1. */
  readonly cells: readonly Int32Array[];
  readonly length: number;
  /** The column's representative symbol: its most frequent one (ties: the smallest id). */
  readonly sym: Int32Array;
}

/** The profile of one witness: one column per token. */
export function singleProfile(witness: number, syms: Int32Array): Profile {
  const cells = new Int32Array(syms.length);
  for (let i = 0; i < cells.length; i++) cells[i] = i;
  return { members: [witness], cells: [cells], length: syms.length, sym: syms.slice() };
}

/** Distinct symbols present in a column. */
export function columnSymbols(p: Profile, col: number, symsOf: readonly Int32Array[]): number[] {
  if (p.members.length === 1) return [p.sym[col]!];
  const out: number[] = [];
  p.members.forEach((w, m) => {
    const t = p.cells[m]![col]!;
    if (t < 0) return;
    const s = symsOf[w]![t]!;
    if (!out.includes(s)) out.push(s);
  });
  return out;
}

/** Best pair score between two columns (MATCH when they share a symbol). */
export function columnScore(
  x: Profile,
  xc: number,
  y: Profile,
  yc: number,
  symsOf: readonly Int32Array[],
  scorer: Scorer,
): number {
  const a = x.sym[xc]!;
  const b = y.sym[yc]!;
  if (a === b) return MATCH;
  if (x.members.length === 1 && y.members.length === 1) return scorer.pair(a, b);
  let best = -Infinity;
  for (const s of columnSymbols(x, xc, symsOf)) {
    for (const t of columnSymbols(y, yc, symsOf)) {
      const v = scorer.pair(s, t);
      if (v > best) best = v;
      if (best === MATCH) return best;
    }
  }
  return best;
}

/**
 * Builds the profile of an alignment path: column k holds X's column `px[k]` (or nothing when
 * -1) beside Y's column `py[k]`.
 */
export function mergeProfiles(
  x: Profile,
  y: Profile,
  px: readonly number[],
  py: readonly number[],
  symsOf: readonly Int32Array[],
): Profile {
  const length = px.length;
  const members = [...x.members, ...y.members];
  const cells = members.map(() => new Int32Array(length));
  const sym = new Int32Array(length);
  const nx = x.members.length;
  const present: number[] = [];
  for (let k = 0; k < length; k++) {
    const xc = px[k]!;
    const yc = py[k]!;
    present.length = 0;
    for (let i = 0; i < members.length; i++) {
      const fromX = i < nx;
      const c = fromX ? xc : yc;
      const t = c < 0 ? -1 : (fromX ? x.cells[i]! : y.cells[i - nx]!)[c]!;
      cells[i]![k] = t;
      if (t >= 0) present.push(symsOf[members[i]!]![t]!);
    }
    sym[k] = modeOf(present);
  }
  return { members, cells, length, sym };
}

/** Most frequent value; ties go to the smallest (symbol ids are in sorted order of their form). */
function modeOf(values: readonly number[]): number {
  if (values.length === 1) return values[0]!;
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let n = 0;
    for (let j = 0; j < values.length; j++) if (values[j] === v) n++;
    if (n > bestCount || (n === bestCount && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
