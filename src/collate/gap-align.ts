import type { Region } from './anchors.js';
import { GAP_EXTEND, GAP_OPEN, type Scorer } from './score.js';
import { columnScore, type Profile } from './profile.js';

/** An alignment path under construction: column k pairs X's `px[k]` with Y's `py[k]` (-1: nothing). */
export interface Path {
  readonly px: number[];
  readonly py: number[];
}

// States of a cell: the last column pairs an X and a Y column (M), or X's column with nothing
// (GX), or Y's column with nothing (GY).
const M = 0;
const GX = 1;
const GY = 2;
const EPS = 1e-9;
const NONE = -1e18;

/**
 * Picks the best of three scores; on a tie the gap states win (GY, then GX, then M), which puts
 * unmatched columns after the matched ones, as the acceptance cases read.
 */
function pick(m: number, gx: number, gy: number): [number, number] {
  let best = gy;
  let state = GY;
  if (gx > best + EPS) {
    best = gx;
    state = GX;
  }
  if (m > best + EPS) {
    best = m;
    state = M;
  }
  return [best, state];
}

/**
 * Alignment of one gap between anchors (Needleman–Wunsch with affine gaps, Gotoh's three
 * states), scored with the near-match function of `Scorer`.
 *
 * Written by hand: the DP scores whole profile columns (several witnesses at once) with a
 * near-match function, which no library offers.
 */
export function alignGap(
  x: Profile,
  y: Profile,
  r: Region,
  symsOf: readonly Int32Array[],
  scorer: Scorer,
  out: Path,
): void {
  const n = r.x1 - r.x0;
  const m = r.y1 - r.y0;
  const width = m + 1;
  // Per cell, the state each of the three states came from (2 bits each).
  const from = new Uint8Array((n + 1) * width);
  let pm = new Float64Array(width);
  let px = new Float64Array(width);
  let py = new Float64Array(width);
  let cm = new Float64Array(width);
  let cx = new Float64Array(width);
  let cy = new Float64Array(width);
  pm[0] = 0;
  px[0] = NONE;
  py[0] = NONE;
  for (let j = 1; j <= m; j++) {
    pm[j] = NONE;
    px[j] = NONE;
    py[j] = GAP_OPEN + (j - 1) * GAP_EXTEND;
    from[j] = (j === 1 ? M : GY) << 4;
  }
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    cm[0] = NONE;
    cx[0] = GAP_OPEN + (i - 1) * GAP_EXTEND;
    cy[0] = NONE;
    from[row] = (i === 1 ? M : GX) << 2;
    const xc = r.x0 + i - 1;
    for (let j = 1; j <= m; j++) {
      const [bm, sm] = pick(pm[j - 1]!, px[j - 1]!, py[j - 1]!);
      const [bx, sx] = pick(pm[j]! + GAP_OPEN, px[j]! + GAP_EXTEND, py[j]! + GAP_OPEN);
      const [by, sy] = pick(cm[j - 1]! + GAP_OPEN, cx[j - 1]! + GAP_OPEN, cy[j - 1]! + GAP_EXTEND);
      cm[j] = bm + columnScore(x, xc, y, r.y0 + j - 1, symsOf, scorer);
      cx[j] = bx;
      cy[j] = by;
      from[row + j] = sm | (sx << 2) | (sy << 4);
    }
    [pm, cm] = [cm, pm];
    [px, cx] = [cx, px];
    [py, cy] = [cy, py];
  }
  const rev: [number, number][] = [];
  let i = n;
  let j = m;
  let state = pick(pm[m]!, px[m]!, py[m]!)[1];
  while (i > 0 || j > 0) {
    const f = from[i * width + j]!;
    if (state === M) {
      rev.push([r.x0 + i - 1, r.y0 + j - 1]);
      state = f & 3;
      i--;
      j--;
    } else if (state === GX) {
      rev.push([r.x0 + i - 1, -1]);
      state = (f >> 2) & 3;
      i--;
    } else {
      rev.push([-1, r.y0 + j - 1]);
      state = (f >> 4) & 3;
      j--;
    }
  }
  for (let k = rev.length - 1; k >= 0; k--) {
    out.px.push(rev[k]![0]);
    out.py.push(rev[k]![1]);
  }
}
