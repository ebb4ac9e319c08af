import type { Block } from './anchors.js';
import { MATCH, type Scorer } from './score.js';
import { columnScore, type Profile } from './profile.js';
import type { TranspositionOptions } from './types.js';

/** A moved block: X's columns [x, x+xLen) hold the same text as Y's columns [y, y+yLen). */
export interface MovedBlock {
  readonly x: number;
  readonly xLen: number;
  readonly y: number;
  readonly yLen: number;
}

/** Most columns of unmatched text between two pieces of one moved passage (edits inside it). */
const MAX_INNER_EDIT = 3;

/**
 * Transposition detection after two profiles are aligned. A transposition is the same text at
 * two places that the alignment could not pair, because pairing it would cross the chain of
 * anchors. Candidates come from two sources:
 * - unique matches that crossed the chain of anchors (strong evidence, found while anchoring);
 * - text that one side has and the other lacks at one place, and the reverse at another place
 *   (what is left over once the gaps are aligned; this also finds moves in repetitive text).
 * A candidate is kept only where neither of its sides was matched with equal text, and, when it
 * is short, only where its two places are close (at most `nearDistance` columns per token), and
 * only if it has a word (a comma left out here and added there is two punctuation variants);
 * a short one needs a rare word (a "for" or "his" met at two places of a rewritten passage is
 * no move).
 * Pieces of one passage that an edit inside it has cut apart are joined again.
 */
export function findTranspositions(
  x: Profile,
  y: Profile,
  px: readonly number[],
  py: readonly number[],
  crossing: readonly Block[],
  symsOf: readonly Int32Array[],
  scorer: Scorer,
  options: TranspositionOptions,
  isWord: (symbol: number) => boolean,
  isRareWord: (symbol: number) => boolean = isWord,
): MovedBlock[] {
  if (!options.enabled) return [];
  const mx = new Int32Array(x.length);
  const my = new Int32Array(y.length);
  const matchedX = new Uint8Array(x.length);
  const matchedY = new Uint8Array(y.length);
  const onlyX = new Uint8Array(x.length);
  const onlyY = new Uint8Array(y.length);
  for (let k = 0; k < px.length; k++) {
    const a = px[k]!;
    const b = py[k]!;
    if (a >= 0) mx[a] = k;
    if (b >= 0) my[b] = k;
    if (a >= 0 && b >= 0) {
      if (columnScore(x, a, y, b, symsOf, scorer) === MATCH) matchedX[a] = matchedY[b] = 1;
    } else if (a >= 0) onlyX[a] = 1;
    else onlyY[b] = 1;
  }
  const same = (a: number, b: number): boolean => columnScore(x, a, y, b, symsOf, scorer) === MATCH;

  const candidates: Block[] = [];
  // 1. Crossing anchors, cut down to the parts that stayed unmatched on both sides.
  for (const b of crossing) {
    let start = -1;
    for (let k = 0; k <= b.len; k++) {
      const free = k < b.len && !matchedX[b.x + k] && !matchedY[b.y + k];
      if (free && start < 0) start = k;
      if (!free && start >= 0) {
        candidates.push({ x: b.x + start, y: b.y + start, len: k - start });
        start = -1;
      }
    }
  }
  // 2. Left-overs: runs only X has against runs only Y has.
  const xs: number[] = [];
  const ys: number[] = [];
  for (let c = 0; c < x.length; c++) if (onlyX[c]) xs.push(c);
  for (let c = 0; c < y.length; c++) if (onlyY[c]) ys.push(c);
  const seen = new Set<string>();
  const grow = (a: number, b: number): void => {
    while (a > 0 && b > 0 && onlyX[a - 1] && onlyY[b - 1] && same(a - 1, b - 1)) {
      a--;
      b--;
    }
    const key = `${a},${b}`;
    if (seen.has(key)) return;
    seen.add(key);
    let len = 0;
    while (a + len < x.length && b + len < y.length && onlyX[a + len] && onlyY[b + len] && same(a + len, b + len)) len++;
    if (len > 0) candidates.push({ x: a, y: b, len });
  };
  // Near: any equal pair close enough for a block shorter than `farMinLength`.
  const window = options.nearDistance * Math.max(1, options.farMinLength - 1);
  let lo = 0;
  for (const b of ys) {
    while (lo < xs.length && mx[xs[lo]!]! < my[b]! - window) lo++;
    for (let i = lo; i < xs.length && mx[xs[i]!]! <= my[b]! + window; i++) {
      if (same(xs[i]!, b)) grow(xs[i]!, b);
    }
  }
  // Far: runs of at least `farMinLength` equal symbols, found through their first k-gram.
  const k = Math.max(1, options.farMinLength);
  const gramAt = (p: Profile, only: Uint8Array, c: number): string | undefined => {
    if (c + k > p.length) return undefined;
    const parts: number[] = [];
    for (let t = 0; t < k; t++) {
      if (!only[c + t]) return undefined;
      parts.push(p.sym[c + t]!);
    }
    return parts.join(',');
  };
  const where = new Map<string, number[]>();
  for (const b of ys) {
    const g = gramAt(y, onlyY, b);
    if (g === undefined) continue;
    const list = where.get(g);
    if (!list) where.set(g, [b]);
    else if (list.length <= 8) list.push(b);
  }
  for (const a of xs) {
    const g = gramAt(x, onlyX, a);
    const list = g === undefined ? undefined : where.get(g);
    if (!list || list.length > 8) continue;
    for (const b of list) grow(a, b);
  }

  const distance = (b: Block): number => Math.abs(mx[b.x]! - my[b.y]!);
  // Columns of the path between the two places of a short move that are neither matched nor
  // part of some candidate move: many of them mean a rewritten passage, not a move.
  const candX = new Uint8Array(x.length);
  const candY = new Uint8Array(y.length);
  for (const b of candidates) for (let t = 0; t < b.len; t++) candX[b.x + t] = candY[b.y + t] = 1;
  const unexplained = new Int32Array(px.length + 1);
  for (let k = 0; k < px.length; k++) {
    const a = px[k]!;
    const b = py[k]!;
    const ok = (a >= 0 && (matchedX[a] || candX[a])) || (b >= 0 && (matchedY[b] || candY[b]));
    unexplained[k + 1] = unexplained[k]! + (ok ? 0 : 1);
  }
  const rewritten = (b: Block): boolean => {
    const from = Math.min(mx[b.x]!, my[b.y]!);
    const to = Math.max(mx[b.x + b.len - 1]!, my[b.y + b.len - 1]!);
    return unexplained[to + 1]! - unexplained[from]! > b.len;
  };
  const kept = candidates
    .filter((b) => b.len >= options.farMinLength || (distance(b) <= options.nearDistance * b.len && !rewritten(b)))
    .filter((b) => {
      const wanted = b.len >= options.farMinLength ? isWord : isRareWord;
      for (let t = 0; t < b.len; t++) if (wanted(x.sym[b.x + t]!)) return true;
      return false;
    })
    .sort((a, b) => b.len - a.len || a.x - b.x || a.y - b.y);
  const usedX = new Uint8Array(x.length);
  const usedY = new Uint8Array(y.length);
  const accepted: Block[] = [];
  for (const b of kept) {
    let free = true;
    for (let t = 0; t < b.len && free; t++) free = !usedX[b.x + t] && !usedY[b.y + t];
    if (!free) continue;
    for (let t = 0; t < b.len; t++) usedX[b.x + t] = usedY[b.y + t] = 1;
    accepted.push(b);
  }
  accepted.sort((a, b) => a.x - b.x || a.y - b.y);
  const merged: MovedBlock[] = [];
  const free = (flags: Uint8Array, from: number, to: number): boolean => {
    for (let c = from; c < to; c++) if (flags[c]) return false;
    return true;
  };
  for (const b of accepted) {
    const a = merged[merged.length - 1];
    if (a) {
      const ax = a.x + a.xLen;
      const ay = a.y + a.yLen;
      if (
        b.x >= ax &&
        b.y >= ay &&
        b.x - ax <= MAX_INNER_EDIT &&
        b.y - ay <= MAX_INNER_EDIT &&
        free(matchedX, ax, b.x) &&
        free(matchedY, ay, b.y)
      ) {
        merged[merged.length - 1] = { x: a.x, xLen: b.x + b.len - a.x, y: a.y, yLen: b.y + b.len - a.y };
        continue;
      }
    }
    merged.push({ x: b.x, xLen: b.len, y: b.y, yLen: b.len });
  }
  return merged;
}
