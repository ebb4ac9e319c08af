import type { Region } from './anchors.js';
import { GAP, type Scorer } from './score.js';
import { columnScore, type Profile } from './profile.js';

/** An alignment path under construction: column k pairs X's `px[k]` with Y's `py[k]` (-1: nothing). */
export interface Path {
  readonly px: number[];
  readonly py: number[];
}

const DIAG = 0;
const GAP_X = 1; // X's column against nothing
const GAP_Y = 2; // Y's column against nothing
const EPS = 1e-9;

/**
 * Needleman–Wunsch alignment of one gap between anchors, with the near-match score of `Scorer`.
 * Among equally good alignments it puts the unmatched columns last (a witness's extra words
 * follow the words it shares with the others), the way the acceptance cases read.
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
  const dir = new Uint8Array((n + 1) * width);
  let prev = new Float64Array(width);
  let cur = new Float64Array(width);
  for (let j = 0; j <= m; j++) {
    prev[j] = j * GAP;
    dir[j] = GAP_Y;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i * GAP;
    dir[i * width] = GAP_X;
    const xc = r.x0 + i - 1;
    for (let j = 1; j <= m; j++) {
      const diag = prev[j - 1]! + columnScore(x, xc, y, r.y0 + j - 1, symsOf, scorer);
      const gapY = cur[j - 1]! + GAP;
      const gapX = prev[j]! + GAP;
      let best = gapY;
      let d = GAP_Y;
      if (gapX > best + EPS) {
        best = gapX;
        d = GAP_X;
      }
      if (diag > best + EPS) {
        best = diag;
        d = DIAG;
      }
      cur[j] = best;
      dir[i * width + j] = d;
    }
    [prev, cur] = [cur, prev];
  }
  const px: number[] = [];
  const py: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const d = i === 0 ? GAP_Y : j === 0 ? GAP_X : dir[i * width + j]!;
    if (d === DIAG) {
      px.push(r.x0 + --i);
      py.push(r.y0 + --j);
    } else if (d === GAP_X) {
      px.push(r.x0 + --i);
      py.push(-1);
    } else {
      px.push(-1);
      py.push(r.y0 + --j);
    }
  }
  for (let k = px.length - 1; k >= 0; k--) {
    out.px.push(px[k]!);
    out.py.push(py[k]!);
  }
}
