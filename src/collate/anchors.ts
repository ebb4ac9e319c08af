/**
 * Anchors: exact matches between two symbol sequences that the aligner trusts before it looks
 * at anything else, so that only the gaps between them need the quadratic comparison.
 *
 * Written by hand: no maintained JS library aligns more than two texts or exposes anchoring
 * (text diff libraries such as `diff` compute one edit script and cannot report matches that
 * cross, which is what a transposition is).
 */

/** `len` equal symbols at X[x..x+len) and Y[y..y+len). */
export interface Block {
  readonly x: number;
  readonly y: number;
  readonly len: number;
}

/** The part of X and Y being aligned: X[x0..x1) against Y[y0..y1). */
export interface Region {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Counting arrays indexed by symbol, reused between regions (reset after each use). */
export class AnchorScratch {
  readonly countX: Int32Array;
  readonly countY: Int32Array;
  readonly posY: Int32Array;
  constructor(vocabSize: number) {
    this.countX = new Int32Array(vocabSize);
    this.countY = new Int32Array(vocabSize);
    this.posY = new Int32Array(vocabSize);
  }
}

/** Extends a seed pair to the maximal run of equal symbols on its diagonal inside the region. */
function extend(xs: Int32Array, ys: Int32Array, r: Region, i: number, j: number): Block {
  let a = i;
  let b = j;
  while (a > r.x0 && b > r.y0 && xs[a - 1] === ys[b - 1]) {
    a--;
    b--;
  }
  let e = i + 1;
  let f = j + 1;
  while (e < r.x1 && f < r.y1 && xs[e] === ys[f]) {
    e++;
    f++;
  }
  return { x: a, y: b, len: e - a };
}

/**
 * Maximal matches seeded by symbols that occur exactly once in X's part and once in Y's part
 * of the region (uniqueness is local: inside a gap, a word common in the book may be unique).
 */
export function uniqueBlocks(xs: Int32Array, ys: Int32Array, r: Region, s: AnchorScratch): Block[] {
  const { countX, countY, posY } = s;
  for (let i = r.x0; i < r.x1; i++) countX[xs[i]!]!++;
  for (let j = r.y0; j < r.y1; j++) {
    countY[ys[j]!]!++;
    posY[ys[j]!] = j;
  }
  const blocks: Block[] = [];
  const endOnDiagonal = new Map<number, number>();
  for (let i = r.x0; i < r.x1; i++) {
    const sym = xs[i]!;
    if (countX[sym] !== 1 || countY[sym] !== 1) continue;
    const j = posY[sym]!;
    const diag = j - i;
    if ((endOnDiagonal.get(diag) ?? -1) > i) continue;
    const b = extend(xs, ys, r, i, j);
    blocks.push(b);
    endOnDiagonal.set(diag, b.x + b.len);
  }
  for (let i = r.x0; i < r.x1; i++) countX[xs[i]!] = 0;
  for (let j = r.y0; j < r.y1; j++) countY[ys[j]!] = 0;
  return blocks;
}

const HASH_BASE = 0x9e3779b1;

function kgramHashes(s: Int32Array, from: number, to: number, k: number): Int32Array {
  const n = Math.max(0, to - from - k + 1);
  const out = new Int32Array(n);
  if (n === 0) return out;
  let top = 1;
  for (let t = 1; t < k; t++) top = Math.imul(top, HASH_BASE);
  let h = 0;
  for (let t = 0; t < k; t++) h = (Math.imul(h, HASH_BASE) + s[from + t]! + 1) | 0;
  out[0] = h;
  for (let i = 1; i < n; i++) {
    h = (h - Math.imul(s[from + i - 1]! + 1, top)) | 0;
    h = (Math.imul(h, HASH_BASE) + s[from + i + k - 1]! + 1) | 0;
    out[i] = h;
  }
  return out;
}

/**
 * Open-addressing table from k-gram hashes to slots, with per-slot counts on each side and a
 * linked list of Y positions (typed arrays: a book has hundreds of thousands of k-grams).
 */
class GramTable {
  readonly keys: Int32Array;
  readonly used: Uint8Array;
  readonly countX: Int32Array;
  readonly countY: Int32Array;
  readonly headY: Int32Array;
  private readonly mask: number;
  constructor(entries: number) {
    let size = 16;
    while (size < entries * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.countX = new Int32Array(size);
    this.countY = new Int32Array(size);
    this.headY = new Int32Array(size).fill(-1);
  }
  slot(h: number, insert: boolean): number {
    let i = Math.imul(h, 0x85ebca6b) & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === h) return i;
      i = (i + 1) & this.mask;
    }
    if (!insert) return -1;
    this.used[i] = 1;
    this.keys[i] = h;
    return i;
  }
}

/**
 * Fallback for regions without unique symbols (a text that repeats itself): maximal matches
 * seeded by k-grams that occur at most `cap` times on each side, for the first of `caps` that
 * gives any. Their chain follows the main diagonal, because the heaviest chain is the one that
 * pairs each repetition with its own.
 */
export function rareBlocks(xs: Int32Array, ys: Int32Array, r: Region, k: number, caps: readonly number[]): Block[] {
  const hx = kgramHashes(xs, r.x0, r.x1, k);
  const hy = kgramHashes(ys, r.y0, r.y1, k);
  const table = new GramTable(hx.length + hy.length);
  const slotX = new Int32Array(hx.length);
  for (let i = 0; i < hx.length; i++) {
    const s = table.slot(hx[i]!, true);
    slotX[i] = s;
    table.countX[s]!++;
  }
  const nextY = new Int32Array(hy.length);
  for (let j = hy.length - 1; j >= 0; j--) {
    const s = table.slot(hy[j]!, false);
    if (s < 0) continue;
    table.countY[s]!++;
    nextY[j] = table.headY[s]!;
    table.headY[s] = j;
  }
  for (const cap of caps) {
    const blocks: Block[] = [];
    const endOnDiagonal = new Map<number, number>();
    for (let i = 0; i < hx.length; i++) {
      const s = slotX[i]!;
      if (table.countX[s]! > cap || table.countY[s]! === 0 || table.countY[s]! > cap) continue;
      const x = r.x0 + i;
      for (let j = table.headY[s]!; j >= 0; j = nextY[j]!) {
        const y = r.y0 + j;
        const diag = y - x;
        if ((endOnDiagonal.get(diag) ?? -1) > x) continue;
        if (xs[x] !== ys[y]) continue;
        const b = extend(xs, ys, r, x, y);
        endOnDiagonal.set(diag, b.x + b.len);
        if (b.len >= k) blocks.push(b);
      }
    }
    if (blocks.length > 0) return blocks;
  }
  return [];
}

/**
 * Drops a match of punctuation marks alone (two at most) that crosses a match holding a word next
 * to it ("Elizabeth, and as" / "Elizabeth; and, as": the comma and "and" each unique in both,
 * crossing): the mark moved, not the word, and a chain through the mark would leave the word
 * as a move, or as added at one place and left out at the other.
 */
export function dropMarkCrossings(blocks: readonly Block[], xs: Int32Array, isWord: (symbol: number) => boolean): Block[] {
  const hasWord = (b: Block): boolean => {
    for (let t = 0; t < b.len; t++) if (isWord(xs[b.x + t]!)) return true;
    return false;
  };
  const byX = [...blocks].sort((a, b) => a.x - b.x || a.y - b.y);
  const crosses = (a: Block, b: Block): boolean => a.x < b.x !== a.y < b.y;
  return byX.filter((b, k) => b.len > 2 || hasWord(b) || ![byX[k - 1], byX[k + 1]].some((n) => n !== undefined && hasWord(n) && crosses(b, n)));
}

/**
 * The heaviest chain: blocks in the same order in X and Y, not overlapping, covering the most
 * tokens. O(b log b) with a Fenwick tree of prefix maxima over the blocks' ends in Y. Ties go
 * to the chain that ends first in X, so the result depends only on the two sequences.
 */
export function heaviestChain(blocks: readonly Block[]): Block[] {
  const n = blocks.length;
  if (n === 0) return [];
  const order = [...blocks.keys()].sort(
    (a, b) => blocks[a]!.x - blocks[b]!.x || blocks[a]!.y - blocks[b]!.y || blocks[a]!.len - blocks[b]!.len,
  );
  const byEnd = [...order].sort((a, b) => blocks[a]!.x + blocks[a]!.len - (blocks[b]!.x + blocks[b]!.len));
  const ys = [...new Set(blocks.map((b) => b.y + b.len))].sort((a, b) => a - b);
  const rank = new Int32Array(n);
  order.forEach((b, i) => (rank[b] = i));
  const treeVal = new Float64Array(ys.length + 1);
  const treeIdx = new Int32Array(ys.length + 1).fill(-1);
  const rankOf = (i: number): number => (i < 0 ? Infinity : rank[i]!);
  const better = (v: number, i: number, w: number, j: number): boolean => v > w || (v === w && rankOf(i) < rankOf(j));
  const update = (pos: number, v: number, i: number): void => {
    for (let p = pos + 1; p <= ys.length; p += p & -p) {
      if (better(v, i, treeVal[p]!, treeIdx[p]!)) {
        treeVal[p] = v;
        treeIdx[p] = i;
      }
    }
  };
  const query = (count: number): [number, number] => {
    let v = 0;
    let idx = -1;
    for (let p = count; p > 0; p -= p & -p) {
      if (treeIdx[p]! >= 0 && better(treeVal[p]!, treeIdx[p]!, v, idx)) {
        v = treeVal[p]!;
        idx = treeIdx[p]!;
      }
    }
    return [v, idx];
  };
  const upperBound = (y: number): number => {
    let lo = 0;
    let hi = ys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[mid]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let pending = 0;
  let top = -1;
  for (const b of order) {
    const blk = blocks[b]!;
    while (pending < n && blocks[byEnd[pending]!]!.x + blocks[byEnd[pending]!]!.len <= blk.x) {
      const p = byEnd[pending]!;
      update(upperBound(blocks[p]!.y + blocks[p]!.len) - 1, best[p]!, p);
      pending++;
    }
    const [v, idx] = query(upperBound(blk.y));
    best[b] = v + blk.len;
    prev[b] = idx;
    if (top < 0 || best[b]! > best[top]!) top = b;
  }
  const chain: Block[] = [];
  for (let b = top; b >= 0; b = prev[b]!) chain.push(blocks[b]!);
  return chain.reverse();
}

/**
 * Blocks that are not in the chain, cut down to the positions the chain does not use in X or
 * in Y: what remains crosses the chain (a transposition candidate).
 */
export function crossingBlocks(blocks: readonly Block[], chain: readonly Block[]): Block[] {
  const inChain = new Set(chain);
  const byY = [...chain].sort((a, b) => a.y - b.y);
  const covered = (list: readonly Block[], pos: number, key: 'x' | 'y'): boolean => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![key] + list[mid]!.len <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]![key] <= pos;
  };
  const out: Block[] = [];
  for (const b of blocks) {
    if (inChain.has(b)) continue;
    let start = -1;
    for (let k = 0; k <= b.len; k++) {
      const free = k < b.len && !covered(chain, b.x + k, 'x') && !covered(byY, b.y + k, 'y');
      if (free && start < 0) start = k;
      if (!free && start >= 0) {
        out.push({ x: b.x + start, y: b.y + start, len: k - start });
        start = -1;
      }
    }
  }
  return out;
}
