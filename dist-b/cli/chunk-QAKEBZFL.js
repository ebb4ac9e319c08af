import {
  siglumPattern
} from "./chunk-XUFZYTNG.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/collate/anchors.js
var AnchorScratch = class {
  countX;
  countY;
  posY;
  constructor(vocabSize) {
    this.countX = new Int32Array(vocabSize);
    this.countY = new Int32Array(vocabSize);
    this.posY = new Int32Array(vocabSize);
  }
};
function extend(xs, ys, r, i, j) {
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
function uniqueBlocks(xs, ys, r, s) {
  const { countX, countY, posY } = s;
  for (let i = r.x0; i < r.x1; i++)
    countX[xs[i]]++;
  for (let j = r.y0; j < r.y1; j++) {
    countY[ys[j]]++;
    posY[ys[j]] = j;
  }
  const blocks = [];
  const endOnDiagonal = /* @__PURE__ */ new Map();
  for (let i = r.x0; i < r.x1; i++) {
    const sym = xs[i];
    if (countX[sym] !== 1 || countY[sym] !== 1)
      continue;
    const j = posY[sym];
    const diag = j - i;
    if ((endOnDiagonal.get(diag) ?? -1) > i)
      continue;
    const b = extend(xs, ys, r, i, j);
    blocks.push(b);
    endOnDiagonal.set(diag, b.x + b.len);
  }
  for (let i = r.x0; i < r.x1; i++)
    countX[xs[i]] = 0;
  for (let j = r.y0; j < r.y1; j++)
    countY[ys[j]] = 0;
  return blocks;
}
var HASH_BASE = 2654435761;
function kgramHashes(s, from, to, k) {
  const n = Math.max(0, to - from - k + 1);
  const out = new Int32Array(n);
  if (n === 0)
    return out;
  let top = 1;
  for (let t = 1; t < k; t++)
    top = Math.imul(top, HASH_BASE);
  let h = 0;
  for (let t = 0; t < k; t++)
    h = Math.imul(h, HASH_BASE) + s[from + t] + 1 | 0;
  out[0] = h;
  for (let i = 1; i < n; i++) {
    h = h - Math.imul(s[from + i - 1] + 1, top) | 0;
    h = Math.imul(h, HASH_BASE) + s[from + i + k - 1] + 1 | 0;
    out[i] = h;
  }
  return out;
}
var GramTable = class {
  keys;
  used;
  countX;
  countY;
  headY;
  mask;
  constructor(entries) {
    let size = 16;
    while (size < entries * 2)
      size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.countX = new Int32Array(size);
    this.countY = new Int32Array(size);
    this.headY = new Int32Array(size).fill(-1);
  }
  slot(h, insert) {
    let i = Math.imul(h, 2246822507) & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === h)
        return i;
      i = i + 1 & this.mask;
    }
    if (!insert)
      return -1;
    this.used[i] = 1;
    this.keys[i] = h;
    return i;
  }
};
function rareBlocks(xs, ys, r, k, caps) {
  const hx = kgramHashes(xs, r.x0, r.x1, k);
  const hy = kgramHashes(ys, r.y0, r.y1, k);
  const table = new GramTable(hx.length + hy.length);
  const slotX = new Int32Array(hx.length);
  for (let i = 0; i < hx.length; i++) {
    const s = table.slot(hx[i], true);
    slotX[i] = s;
    table.countX[s]++;
  }
  const nextY = new Int32Array(hy.length);
  for (let j = hy.length - 1; j >= 0; j--) {
    const s = table.slot(hy[j], false);
    if (s < 0)
      continue;
    table.countY[s]++;
    nextY[j] = table.headY[s];
    table.headY[s] = j;
  }
  for (const cap of caps) {
    const blocks = [];
    const endOnDiagonal = /* @__PURE__ */ new Map();
    for (let i = 0; i < hx.length; i++) {
      const s = slotX[i];
      if (table.countX[s] > cap || table.countY[s] === 0 || table.countY[s] > cap)
        continue;
      const x = r.x0 + i;
      for (let j = table.headY[s]; j >= 0; j = nextY[j]) {
        const y = r.y0 + j;
        const diag = y - x;
        if ((endOnDiagonal.get(diag) ?? -1) > x)
          continue;
        if (xs[x] !== ys[y])
          continue;
        const b = extend(xs, ys, r, x, y);
        endOnDiagonal.set(diag, b.x + b.len);
        if (b.len >= k)
          blocks.push(b);
      }
    }
    if (blocks.length > 0)
      return blocks;
  }
  return [];
}
function heaviestChain(blocks) {
  const n = blocks.length;
  if (n === 0)
    return [];
  const order = [...blocks.keys()].sort((a, b) => blocks[a].x - blocks[b].x || blocks[a].y - blocks[b].y || blocks[a].len - blocks[b].len);
  const byEnd = [...order].sort((a, b) => blocks[a].x + blocks[a].len - (blocks[b].x + blocks[b].len));
  const ys = [...new Set(blocks.map((b) => b.y + b.len))].sort((a, b) => a - b);
  const rank = new Int32Array(n);
  order.forEach((b, i) => rank[b] = i);
  const treeVal = new Float64Array(ys.length + 1);
  const treeIdx = new Int32Array(ys.length + 1).fill(-1);
  const rankOf = (i) => i < 0 ? Infinity : rank[i];
  const better = (v, i, w, j) => v > w || v === w && rankOf(i) < rankOf(j);
  const update = (pos, v, i) => {
    for (let p = pos + 1; p <= ys.length; p += p & -p) {
      if (better(v, i, treeVal[p], treeIdx[p])) {
        treeVal[p] = v;
        treeIdx[p] = i;
      }
    }
  };
  const query = (count) => {
    let v = 0;
    let idx = -1;
    for (let p = count; p > 0; p -= p & -p) {
      if (treeIdx[p] >= 0 && better(treeVal[p], treeIdx[p], v, idx)) {
        v = treeVal[p];
        idx = treeIdx[p];
      }
    }
    return [v, idx];
  };
  const upperBound = (y) => {
    let lo = 0;
    let hi = ys.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ys[mid] <= y)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  };
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let pending = 0;
  let top = -1;
  for (const b of order) {
    const blk = blocks[b];
    while (pending < n && blocks[byEnd[pending]].x + blocks[byEnd[pending]].len <= blk.x) {
      const p = byEnd[pending];
      update(upperBound(blocks[p].y + blocks[p].len) - 1, best[p], p);
      pending++;
    }
    const [v, idx] = query(upperBound(blk.y));
    best[b] = v + blk.len;
    prev[b] = idx;
    if (top < 0 || best[b] > best[top])
      top = b;
  }
  const chain = [];
  for (let b = top; b >= 0; b = prev[b])
    chain.push(blocks[b]);
  return chain.reverse();
}
function crossingBlocks(blocks, chain) {
  const inChain = new Set(chain);
  const byY = [...chain].sort((a, b) => a.y - b.y);
  const covered = (list, pos, key) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list[mid][key] + list[mid].len <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo < list.length && list[lo][key] <= pos;
  };
  const out = [];
  for (const b of blocks) {
    if (inChain.has(b))
      continue;
    let start = -1;
    for (let k = 0; k <= b.len; k++) {
      const free = k < b.len && !covered(chain, b.x + k, "x") && !covered(byY, b.y + k, "y");
      if (free && start < 0)
        start = k;
      if (!free && start >= 0) {
        out.push({ x: b.x + start, y: b.y + start, len: k - start });
        start = -1;
      }
    }
  }
  return out;
}

// dist/collate/score.js
import { distance } from "fastest-levenshtein";
var MATCH = 2;
var MISMATCH = -2;
var GAP_OPEN = -5;
var GAP_EXTEND = -0.5;
function similarity(a, b) {
  if (a === b)
    return 1;
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - distance(a, b) / n;
}
var Scorer = class {
  vocab;
  nearMatch;
  cache = /* @__PURE__ */ new Map();
  constructor(vocab, nearMatch) {
    this.vocab = vocab;
    this.nearMatch = nearMatch;
  }
  pair(a, b) {
    if (a === b)
      return MATCH;
    const key = a < b ? a * this.vocab.length + b : b * this.vocab.length + a;
    let s = this.cache.get(key);
    if (s === void 0) {
      const sim = similarity(this.vocab[a], this.vocab[b]);
      s = sim >= this.nearMatch ? MISMATCH + 2 * sim : MISMATCH;
      this.cache.set(key, s);
    }
    return s;
  }
};

// dist/collate/profile.js
function singleProfile(witness, syms) {
  const cells = new Int32Array(syms.length);
  for (let i = 0; i < cells.length; i++)
    cells[i] = i;
  return { members: [witness], cells: [cells], length: syms.length, sym: syms.slice() };
}
function columnSymbols(p, col, symsOf) {
  if (p.members.length === 1)
    return [p.sym[col]];
  const out = [];
  p.members.forEach((w, m) => {
    const t = p.cells[m][col];
    if (t < 0)
      return;
    const s = symsOf[w][t];
    if (!out.includes(s))
      out.push(s);
  });
  return out;
}
function columnScore(x, xc, y, yc, symsOf, scorer) {
  const a = x.sym[xc];
  const b = y.sym[yc];
  if (a === b)
    return MATCH;
  if (x.members.length === 1 && y.members.length === 1)
    return scorer.pair(a, b);
  let best = -Infinity;
  for (const s of columnSymbols(x, xc, symsOf)) {
    for (const t of columnSymbols(y, yc, symsOf)) {
      const v = scorer.pair(s, t);
      if (v > best)
        best = v;
      if (best === MATCH)
        return best;
    }
  }
  return best;
}
function mergeProfiles(x, y, px, py, symsOf) {
  const length = px.length;
  const members = [...x.members, ...y.members];
  const cells = members.map(() => new Int32Array(length));
  const sym = new Int32Array(length);
  const nx = x.members.length;
  const present = [];
  for (let k = 0; k < length; k++) {
    const xc = px[k];
    const yc = py[k];
    present.length = 0;
    for (let i = 0; i < members.length; i++) {
      const fromX = i < nx;
      const c = fromX ? xc : yc;
      const t = c < 0 ? -1 : (fromX ? x.cells[i] : y.cells[i - nx])[c];
      cells[i][k] = t;
      if (t >= 0)
        present.push(symsOf[members[i]][t]);
    }
    sym[k] = modeOf(present);
  }
  return { members, cells, length, sym };
}
function modeOf(values) {
  if (values.length === 1)
    return values[0];
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let n = 0;
    for (let j = 0; j < values.length; j++)
      if (values[j] === v)
        n++;
    if (n > bestCount || n === bestCount && v < best) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

// dist/collate/gap-align.js
var M = 0;
var GX = 1;
var GY = 2;
var EPS = 1e-9;
var NONE = -1e18;
function pick(m, gx, gy) {
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
function alignGap(x, y, r, symsOf, scorer, out) {
  const n = r.x1 - r.x0;
  const m = r.y1 - r.y0;
  const width = m + 1;
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
  for (let j2 = 1; j2 <= m; j2++) {
    pm[j2] = NONE;
    px[j2] = NONE;
    py[j2] = GAP_OPEN + (j2 - 1) * GAP_EXTEND;
    from[j2] = (j2 === 1 ? M : GY) << 4;
  }
  for (let i2 = 1; i2 <= n; i2++) {
    const row = i2 * width;
    cm[0] = NONE;
    cx[0] = GAP_OPEN + (i2 - 1) * GAP_EXTEND;
    cy[0] = NONE;
    from[row] = (i2 === 1 ? M : GX) << 2;
    const xc = r.x0 + i2 - 1;
    for (let j2 = 1; j2 <= m; j2++) {
      const [bm, sm] = pick(pm[j2 - 1], px[j2 - 1], py[j2 - 1]);
      const [bx, sx] = pick(pm[j2] + GAP_OPEN, px[j2] + GAP_EXTEND, py[j2] + GAP_OPEN);
      const [by, sy] = pick(cm[j2 - 1] + GAP_OPEN, cx[j2 - 1] + GAP_OPEN, cy[j2 - 1] + GAP_EXTEND);
      cm[j2] = bm + columnScore(x, xc, y, r.y0 + j2 - 1, symsOf, scorer);
      cx[j2] = bx;
      cy[j2] = by;
      from[row + j2] = sm | sx << 2 | sy << 4;
    }
    [pm, cm] = [cm, pm];
    [px, cx] = [cx, px];
    [py, cy] = [cy, py];
  }
  const rev = [];
  let i = n;
  let j = m;
  let state = pick(pm[m], px[m], py[m])[1];
  while (i > 0 || j > 0) {
    const f = from[i * width + j];
    if (state === M) {
      rev.push([r.x0 + i - 1, r.y0 + j - 1]);
      state = f & 3;
      i--;
      j--;
    } else if (state === GX) {
      rev.push([r.x0 + i - 1, -1]);
      state = f >> 2 & 3;
      i--;
    } else {
      rev.push([-1, r.y0 + j - 1]);
      state = f >> 4 & 3;
      j--;
    }
  }
  for (let k = rev.length - 1; k >= 0; k--) {
    out.px.push(rev[k][0]);
    out.py.push(rev[k][1]);
  }
}

// dist/collate/transpose.js
var MAX_INNER_EDIT = 3;
function findTranspositions(x, y, px, py, crossing, symsOf, scorer, options, isWord, isRareWord = isWord) {
  if (!options.enabled)
    return [];
  const mx = new Int32Array(x.length);
  const my = new Int32Array(y.length);
  const matchedX = new Uint8Array(x.length);
  const matchedY = new Uint8Array(y.length);
  const onlyX = new Uint8Array(x.length);
  const onlyY = new Uint8Array(y.length);
  for (let k2 = 0; k2 < px.length; k2++) {
    const a = px[k2];
    const b = py[k2];
    if (a >= 0)
      mx[a] = k2;
    if (b >= 0)
      my[b] = k2;
    if (a >= 0 && b >= 0) {
      if (columnScore(x, a, y, b, symsOf, scorer) === MATCH)
        matchedX[a] = matchedY[b] = 1;
    } else if (a >= 0)
      onlyX[a] = 1;
    else
      onlyY[b] = 1;
  }
  const same = (a, b) => columnScore(x, a, y, b, symsOf, scorer) === MATCH;
  const candidates = [];
  for (const b of crossing) {
    let start = -1;
    for (let k2 = 0; k2 <= b.len; k2++) {
      const free2 = k2 < b.len && !matchedX[b.x + k2] && !matchedY[b.y + k2];
      if (free2 && start < 0)
        start = k2;
      if (!free2 && start >= 0) {
        candidates.push({ x: b.x + start, y: b.y + start, len: k2 - start });
        start = -1;
      }
    }
  }
  const xs = [];
  const ys = [];
  for (let c = 0; c < x.length; c++)
    if (onlyX[c])
      xs.push(c);
  for (let c = 0; c < y.length; c++)
    if (onlyY[c])
      ys.push(c);
  const seen = /* @__PURE__ */ new Set();
  const grow = (a, b) => {
    while (a > 0 && b > 0 && onlyX[a - 1] && onlyY[b - 1] && same(a - 1, b - 1)) {
      a--;
      b--;
    }
    const key = `${a},${b}`;
    if (seen.has(key))
      return;
    seen.add(key);
    let len = 0;
    while (a + len < x.length && b + len < y.length && onlyX[a + len] && onlyY[b + len] && same(a + len, b + len))
      len++;
    if (len > 0)
      candidates.push({ x: a, y: b, len });
  };
  const window = options.nearDistance * Math.max(1, options.farMinLength - 1);
  let lo = 0;
  for (const b of ys) {
    while (lo < xs.length && mx[xs[lo]] < my[b] - window)
      lo++;
    for (let i = lo; i < xs.length && mx[xs[i]] <= my[b] + window; i++) {
      if (same(xs[i], b))
        grow(xs[i], b);
    }
  }
  const k = Math.max(1, options.farMinLength);
  const gramAt = (p, only, c) => {
    if (c + k > p.length)
      return void 0;
    const parts = [];
    for (let t = 0; t < k; t++) {
      if (!only[c + t])
        return void 0;
      parts.push(p.sym[c + t]);
    }
    return parts.join(",");
  };
  const where = /* @__PURE__ */ new Map();
  for (const b of ys) {
    const g = gramAt(y, onlyY, b);
    if (g === void 0)
      continue;
    const list = where.get(g);
    if (!list)
      where.set(g, [b]);
    else if (list.length <= 8)
      list.push(b);
  }
  for (const a of xs) {
    const g = gramAt(x, onlyX, a);
    const list = g === void 0 ? void 0 : where.get(g);
    if (!list || list.length > 8)
      continue;
    for (const b of list)
      grow(a, b);
  }
  const distance2 = (b) => Math.abs(mx[b.x] - my[b.y]);
  const candX = new Uint8Array(x.length);
  const candY = new Uint8Array(y.length);
  for (const b of candidates)
    for (let t = 0; t < b.len; t++)
      candX[b.x + t] = candY[b.y + t] = 1;
  const unexplained = new Int32Array(px.length + 1);
  for (let k2 = 0; k2 < px.length; k2++) {
    const a = px[k2];
    const b = py[k2];
    const ok = a >= 0 && (matchedX[a] || candX[a]) || b >= 0 && (matchedY[b] || candY[b]);
    unexplained[k2 + 1] = unexplained[k2] + (ok ? 0 : 1);
  }
  const rewritten = (b) => {
    const from = Math.min(mx[b.x], my[b.y]);
    const to = Math.max(mx[b.x + b.len - 1], my[b.y + b.len - 1]);
    return unexplained[to + 1] - unexplained[from] > b.len;
  };
  const kept = candidates.filter((b) => b.len >= options.farMinLength || distance2(b) <= options.nearDistance * b.len && !rewritten(b)).filter((b) => {
    const wanted = b.len >= options.farMinLength ? isWord : isRareWord;
    for (let t = 0; t < b.len; t++)
      if (wanted(x.sym[b.x + t]))
        return true;
    return false;
  }).sort((a, b) => b.len - a.len || a.x - b.x || a.y - b.y);
  const usedX = new Uint8Array(x.length);
  const usedY = new Uint8Array(y.length);
  const accepted = [];
  for (const b of kept) {
    let free2 = true;
    for (let t = 0; t < b.len && free2; t++)
      free2 = !usedX[b.x + t] && !usedY[b.y + t];
    if (!free2)
      continue;
    for (let t = 0; t < b.len; t++)
      usedX[b.x + t] = usedY[b.y + t] = 1;
    accepted.push(b);
  }
  accepted.sort((a, b) => a.x - b.x || a.y - b.y);
  const merged = [];
  const free = (flags, from, to) => {
    for (let c = from; c < to; c++)
      if (flags[c])
        return false;
    return true;
  };
  for (const b of accepted) {
    const a = merged[merged.length - 1];
    if (a) {
      const ax = a.x + a.xLen;
      const ay = a.y + a.yLen;
      if (b.x >= ax && b.y >= ay && b.x - ax <= MAX_INNER_EDIT && b.y - ay <= MAX_INNER_EDIT && free(matchedX, ax, b.x) && free(matchedY, ay, b.y)) {
        merged[merged.length - 1] = { x: a.x, xLen: b.x + b.len - a.x, y: a.y, yLen: b.y + b.len - a.y };
        continue;
      }
    }
    merged.push({ x: b.x, xLen: b.len, y: b.y, yLen: b.len });
  }
  return merged;
}

// dist/collate/align.js
var DP_LIMIT = 1e6;
var REPEAT_K = 6;
var REPEAT_CAPS = [8, 32, 128];
function alignProfiles(x, y, ctx) {
  const out = { px: [], py: [] };
  const crossing = [];
  const stack = [{ region: { x0: 0, x1: x.length, y0: 0, y1: y.length } }];
  while (stack.length > 0) {
    const task = stack.pop();
    if ("block" in task) {
      const { x: bx, y: by, len } = task.block;
      for (let k = 0; k < len; k++) {
        out.px.push(bx + k);
        out.py.push(by + k);
      }
      continue;
    }
    const r = task.region;
    const n = r.x1 - r.x0;
    const m = r.y1 - r.y0;
    if (n === 0 || m === 0) {
      for (let i = r.x0; i < r.x1; i++)
        out.px.push(i), out.py.push(-1);
      for (let j = r.y0; j < r.y1; j++)
        out.px.push(-1), out.py.push(j);
      continue;
    }
    let blocks = uniqueBlocks(x.sym, y.sym, r, ctx.scratch);
    const unique = blocks.length > 0;
    if (!unique) {
      if (n * m <= DP_LIMIT) {
        alignGap(x, y, r, ctx.symsOf, ctx.scorer, out);
        continue;
      }
      blocks = rareBlocks(x.sym, y.sym, r, REPEAT_K, REPEAT_CAPS);
      if (blocks.length === 0) {
        const pieces = Math.ceil(Math.sqrt(n * m / DP_LIMIT));
        for (let p = pieces - 1; p >= 0; p--) {
          stack.push({
            region: {
              x0: r.x0 + Math.floor(p * n / pieces),
              x1: r.x0 + Math.floor((p + 1) * n / pieces),
              y0: r.y0 + Math.floor(p * m / pieces),
              y1: r.y0 + Math.floor((p + 1) * m / pieces)
            }
          });
        }
        continue;
      }
    }
    const chain = heaviestChain(blocks);
    if (unique)
      crossing.push(...crossingBlocks(blocks, chain));
    let nextX = r.x1;
    let nextY = r.y1;
    for (let c = chain.length - 1; c >= 0; c--) {
      const b = chain[c];
      stack.push({ region: { x0: b.x + b.len, x1: nextX, y0: b.y + b.len, y1: nextY } });
      stack.push({ block: b });
      nextX = b.x;
      nextY = b.y;
    }
    stack.push({ region: { x0: r.x0, x1: nextX, y0: r.y0, y1: nextY } });
  }
  return { ...out, crossing };
}
function tokensOf(p, from, len) {
  const refs = [];
  for (let c = from; c < from + len; c++) {
    p.members.forEach((w, m) => {
      const t = p.cells[m][c];
      if (t >= 0)
        refs.push({ w, t });
    });
  }
  return refs;
}
var compareKeys = (a, b) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i])
      return a[i] - b[i];
  return a.length - b.length;
};
function alignWitnesses(symsOf, vocab, ranks, options) {
  const ctx = { symsOf, scorer: new Scorer(vocab, options.nearMatch), scratch: new AnchorScratch(vocab.length) };
  const n = symsOf.length;
  const order = [...symsOf.keys()].sort((a, b) => ranks[a] - ranks[b] || a - b);
  const canon = new Int32Array(n);
  order.forEach((w, i) => canon[w] = i);
  const clusters = order.map((w) => ({ members: [w], key: [canon[w]], profile: singleProfile(w, symsOf[w]) }));
  const moved = [];
  const wordSymbols = new Uint8Array(vocab.length);
  vocab.forEach((form, i) => wordSymbols[i] = /[\p{L}\p{N}]/u.test(form) ? 1 : 0);
  const isWord = (symbol) => wordSymbols[symbol] === 1;
  const maxCount = new Int32Array(vocab.length);
  const count = new Int32Array(vocab.length);
  for (const syms of symsOf) {
    for (const s of syms)
      count[s]++;
    for (const s of syms) {
      if (count[s] > maxCount[s])
        maxCount[s] = count[s];
    }
    for (const s of syms)
      count[s] = 0;
  }
  const isRareWord = (symbol) => wordSymbols[symbol] === 1 && maxCount[symbol] <= options.transpositions.rareWord;
  const sim = new Float64Array(n * n);
  if (n > 2) {
    const counts = symsOf.map((syms) => {
      const m = /* @__PURE__ */ new Map();
      for (let t = 0; t < syms.length; t++) {
        const x = t === 0 ? -1 - syms[t] : syms[t - 1] * vocab.length + syms[t];
        m.set(x, (m.get(x) ?? 0) + 1);
      }
      return m;
    });
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const [small, large] = counts[i].size < counts[j].size ? [counts[i], counts[j]] : [counts[j], counts[i]];
        let common = 0;
        for (const [x, k] of small)
          common += Math.min(k, large.get(x) ?? 0);
        const total = symsOf[i].length + symsOf[j].length;
        sim[i * n + j] = sim[j * n + i] = total === 0 ? 1 : 2 * common / total;
      }
    }
  }
  const clusterSim = (p, q) => {
    let s = 0;
    for (const a of p.members)
      for (const b of q.members)
        s += sim[a * n + b];
    return s / (p.members.length * q.members.length);
  };
  while (clusters.length > 1) {
    let bi = 0;
    let bj = 1;
    let best = -Infinity;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const s = clusterSim(clusters[i], clusters[j]);
        if (s > best) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    const cx = clusters[bi];
    const cy = clusters[bj];
    const x = cx.profile;
    const y = cy.profile;
    const path = alignProfiles(x, y, ctx);
    const found = findTranspositions(x, y, path.px, path.py, path.crossing, symsOf, ctx.scorer, options.transpositions, isWord, isRareWord);
    for (const b of found)
      moved.push({ a: tokensOf(x, b.x, b.xLen), b: tokensOf(y, b.y, b.yLen) });
    const merged = {
      members: [...cx.members, ...cy.members],
      key: [...cx.key, ...cy.key].sort((a, b) => a - b),
      profile: mergeProfiles(x, y, path.px, path.py, symsOf)
    };
    clusters.splice(bj, 1);
    clusters.splice(bi, 1);
    clusters.push(merged);
    clusters.sort((a, b) => compareKeys(a.key, b.key));
  }
  const final = clusters[0].profile;
  const cells = new Array(n);
  final.members.forEach((w, m) => cells[w] = final.cells[m]);
  const movedFlags = symsOf.map((s) => new Uint8Array(s.length));
  for (const m of moved)
    for (const r of [...m.a, ...m.b])
      movedFlags[r.w][r.t] = 1;
  return { ...compactColumns(cells, final.length, symsOf, movedFlags), moved };
}
function compactColumns(cells, length, symsOf, moved) {
  const n = cells.length;
  const out = cells.map(() => new Int32Array(length));
  let len = 0;
  const symAt = (col, k) => {
    let s = -1;
    for (let w = 0; w < n; w++) {
      const t = col[w][k];
      if (t < 0)
        continue;
      if (moved[w][t])
        return -2;
      const v = symsOf[w][t];
      if (s >= 0 && v !== s)
        return -2;
      s = v;
    }
    return s;
  };
  for (let c = 0; c < length; c++) {
    if (len > 0) {
      const prev = len - 1;
      let disjoint = true;
      for (let w = 0; w < n && disjoint; w++)
        if (out[w][prev] >= 0 && cells[w][c] >= 0)
          disjoint = false;
      if (disjoint) {
        const a = symAt(out, prev);
        const b = symAt(cells, c);
        if (a >= 0 && a === b) {
          for (let w = 0; w < n; w++)
            if (cells[w][c] >= 0)
              out[w][prev] = cells[w][c];
          continue;
        }
      }
    }
    for (let w = 0; w < n; w++)
      out[w][len] = cells[w][c];
    len++;
  }
  return { cells: out.map((a) => a.subarray(0, len)), length: len };
}

// dist/structure/rules/headings.js
var containerRank = { volume: 1, part: 2, book: 2, act: 2, chapter: 3, letter: 3, scene: 3 };
var romanValues = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1e3 };
var divisionKey = (level, value) => `${level}:${value}`;
function romanValue(s) {
  const t = s.toUpperCase();
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(t) || t === "")
    return void 0;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = romanValues[t[i]];
    const next = romanValues[t[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
var units = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"];
var ordinals = ["FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH", "ELEVENTH", "TWELFTH", "THIRTEENTH", "FOURTEENTH", "FIFTEENTH", "SIXTEENTH", "SEVENTEENTH", "EIGHTEENTH", "NINETEENTH"];
var tens = ["TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"];
var tenOrdinals = ["TWENTIETH", "THIRTIETH", "FORTIETH", "FIFTIETH", "SIXTIETH", "SEVENTIETH", "EIGHTIETH", "NINETIETH"];
function wordValue(s) {
  const parts = s.toUpperCase().split(/[-\s]+/u);
  if (parts.length === 1) {
    const w = parts[0];
    const u = units.indexOf(w);
    if (u !== -1)
      return u + 1;
    const o = ordinals.indexOf(w);
    if (o !== -1)
      return o + 1;
    const t2 = tens.indexOf(w);
    if (t2 !== -1)
      return (t2 + 2) * 10;
    const to = tenOrdinals.indexOf(w);
    return to !== -1 ? (to + 2) * 10 : void 0;
  }
  if (parts.length !== 2)
    return void 0;
  const t = tens.indexOf(parts[0]);
  const rest = Math.max(units.indexOf(parts[1]), ordinals.indexOf(parts[1]));
  return t !== -1 && rest !== -1 && rest < 9 ? (t + 2) * 10 + rest + 1 : void 0;
}
function numberValue(s) {
  if (/^\d{1,4}$/u.test(s))
    return Number(s);
  return romanValue(s) ?? wordValue(s);
}
var keywords = [
  [/^volume$|^vol\.$/iu, "volume"],
  [/^part$/iu, "part"],
  [/^book$/iu, "book"],
  [/^act$/iu, "act"],
  [/^chapter$|^chap\.$|^ch\.$/iu, "chapter"],
  [/^letter$/iu, "letter"],
  [/^scene$|^sc\.$/iu, "scene"]
];
var numberWord = String.raw`(?:\d{1,4}|[IVXLCDM]+|[ivxlcdm]+|(?:THE\s+|the\s+|The\s+)?[A-Za-z]+(?:-[A-Za-z]+)?)`;
var keywordHeading = new RegExp(String.raw`^(\s*)(\p{L}+\.?)\s+(${numberWord})([.:]?)(?:\s*(?:[.:—–-]\s*)?(\S.*))?$`, "u");
var bareNumber = /^(\s*)([IVXLCDM]+|\d{1,3})\.?\s*$/u;
var maxHeading = 90;
function readHeading(line) {
  if (line.trim().length > maxHeading)
    return void 0;
  const k = keywordHeading.exec(line);
  if (k) {
    const [, indent, word, num, , rest] = k;
    const level = keywords.find(([re]) => re.test(word))?.[1];
    if (level) {
      const bare2 = num.replace(/^the\s+/iu, "");
      const value = numberValue(bare2);
      if (value !== void 0 && (rest === void 0 || /^[\p{Lu}\p{N}"'“‘(\[_]/u.test(rest))) {
        const numStart = line.indexOf(num, indent.length + word.length);
        const titleAt = rest !== void 0 ? line.lastIndexOf(rest) : void 0;
        return {
          level,
          number: bare2,
          value,
          numberAt: [numStart + (num.length - bare2.length), numStart + num.length],
          ...rest !== void 0 ? { title: rest.trim(), titleAt } : {},
          rule: `heading-${level}`
        };
      }
    }
  }
  const b = bareNumber.exec(line);
  if (b) {
    const value = numberValue(b[2]);
    if (value !== void 0 && value > 0) {
      const at = b[1].length;
      return { level: "chapter", number: b[2], value, numberAt: [at, at + b[2].length], rule: "heading-bare-number" };
    }
  }
  return void 0;
}
function isBareHeadingLine(line) {
  const h = readHeading(line);
  return h !== void 0 && h.value !== void 0 && h.title === void 0;
}
function isCapitalTitle(line) {
  const t = line.trim();
  if (t.length < 4 || t.length > 70)
    return false;
  const letters2 = t.replace(/[^\p{L}]/gu, "");
  if (letters2.length < 4 || !/\p{L}{3}/u.test(t))
    return false;
  const upper = letters2.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters2.length >= 0.9 && !/[,;:]$/u.test(t);
}
function isTitleLine(line) {
  const t = line.trim();
  if (t === "" || t.length > 70 || readHeading(t) !== void 0)
    return false;
  if (isCapitalTitle(t))
    return true;
  return /^\p{Lu}/u.test(t) && !/[,;:]$/u.test(t) && !/[.!?]\s+\p{Lu}/u.test(t) && t.split(/\s+/u).length <= 10;
}

// dist/collate/segment.js
function sideKeys(transpositions) {
  const keys = /* @__PURE__ */ new Map();
  for (const tr of transpositions) {
    tr.sides.forEach((side, s) => {
      for (let c = side.from; c < side.to; c++) {
        if (!keys.has(c))
          keys.set(c, []);
        keys.get(c).push(`${tr.id}:${s}`);
      }
    });
  }
  const joined = new Map([...keys].map(([c, k]) => [c, k.sort().join(" ")]));
  return (column) => joined.get(column) ?? "";
}
function baseSegments(witnessCount, columns, key, spacing) {
  const partition = (c2) => c2.cells.map((t, i) => {
    if (!t)
      return "x";
    for (let j = 0; j < i; j++)
      if (c2.cells[j]?.text === t.text)
        return String(j);
    return String(i);
  }).join(",");
  const invariant = (c2) => {
    const first = c2.cells[0];
    return witnessCount > 0 && !!first && c2.cells.every((t) => t !== null && t.text === first.text && (!spacing || t.ws === first.ws));
  };
  const out = [];
  let c = 0;
  while (c < columns.length) {
    const col = columns[c];
    const variant = !invariant(col) || key(c) !== "";
    let e = c + 1;
    if (!variant) {
      while (e < columns.length && key(e) === "" && invariant(columns[e]))
        e++;
    } else {
      const p = partition(col);
      while (e < columns.length && key(e) === key(c) && (!invariant(columns[e]) || key(e) !== "") && (key(c) !== "" || partition(columns[e]) === p)) {
        e++;
      }
    }
    out.push({ from: c, to: e, variant, sides: key(c) });
    c = e;
  }
  return out;
}
function tokensIn(witnessCount, columns, from, to) {
  const out = Array.from({ length: witnessCount }, () => []);
  for (let c = from; c < to; c++) {
    const cells = columns[c].cells;
    for (let i = 0; i < witnessCount; i++)
      if (cells[i])
        out[i].push(cells[i]);
  }
  return out;
}
var letters = (tokens) => tokens.map((t) => t.text).join("").replace(/[-\u00AD\u2010\u2011]/gu, "").toLowerCase();
function phraseSegments(witnessCount, columns, transpositions, options) {
  const key = sideKeys(transpositions);
  let segs = baseSegments(witnessCount, columns, key, options.whitespaceVariants);
  const tokensOf2 = (s) => tokensIn(witnessCount, columns, s.from, s.to);
  const sameWords = (s) => {
    const t = tokensOf2(s);
    const k = (ts) => ts.map((x) => options.whitespaceVariants ? `${x.text}${x.ws}` : x.text).join("");
    return t.every((ts) => k(ts) === k(t[0]));
  };
  const free = (s) => s.variant && s.sides === "";
  const joined = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    let merged = false;
    if (free(s)) {
      for (let len = 3; len >= 2 && !merged; len--) {
        const run = segs.slice(i, i + len);
        if (run.length < len || !run.every(free))
          continue;
        const span = { from: run[0].from, to: run[len - 1].to };
        const forms = tokensOf2(span).map(letters);
        if (forms[0] !== "" && forms.every((f) => f === forms[0])) {
          joined.push({ ...span, variant: true, sides: "" });
          i += len - 1;
          merged = true;
        }
      }
    }
    if (!merged)
      joined.push(s);
  }
  segs = joined.map((s) => free(s) && sameWords(s) ? { ...s, variant: false } : s);
  if (options.minAnchor > 0) {
    const weight = new Int32Array(columns.length + 1);
    columns.forEach((col, c) => {
      const present = col.cells.filter((t) => t !== null);
      const words = present.filter((t) => t.kind === "word");
      const heavy = words.length > 0 && (present.length < col.cells.length || words.some((t) => similarity(t.norm, words[0].norm) < options.orthographic));
      weight[c + 1] = weight[c] + (heavy ? 1 : 0);
    });
    segs = absorbShortAgreement(segs, (s) => weight[s.to] - weight[s.from], options.minAnchor);
  }
  const out = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    if (prev && !prev.variant && !s.variant)
      out[out.length - 1] = { ...prev, to: s.to };
    else
      out.push(s);
  }
  return out;
}
function absorbShortAgreement(segs, size, minAnchor) {
  const free = (s) => !!s && s.variant && s.sides === "";
  let out = segs;
  for (let i = 1; i < out.length - 1; i++) {
    const island = out[i];
    if (island.variant || island.to - island.from >= minAnchor)
      continue;
    let a = i;
    while (free(out[a - 1]))
      a--;
    let b = i;
    while (free(out[b + 1]))
      b++;
    if (a === i || b === i)
      continue;
    const length = island.to - island.from;
    const left = size({ from: out[a].from, to: island.from });
    const right = size({ from: island.to, to: out[b].to });
    if (left >= length && right >= length && left + right > 2 * length) {
      out = [...out.slice(0, a), { from: out[a].from, to: out[b].to, variant: true, sides: "" }, ...out.slice(b + 1)];
      i = Math.max(0, a - 2);
    }
  }
  return out;
}

// dist/collate/analyse.js
var variantSeverity = [
  "transposition",
  "substantive",
  "omission",
  "addition",
  "orthographic",
  "hyphenation",
  "punctuation",
  "case",
  "whitespace"
];
var punctuationOrSymbol = /[\p{P}\p{S}]/gu;
var spell = (tokens) => tokens.map((t, i) => t.text + (i < tokens.length - 1 && t.ws !== "" ? " " : "")).join("");
var bare = (s) => s.replace(punctuationOrSymbol, "").replace(/\s+/gu, " ").trim().toLowerCase();
var compact = (s) => s.replace(/[\s\-\u00AD\u2010\u2011]+/gu, "").toLowerCase().normalize("NFC");
var dividers = /[\s\-\u00AD\u2010\u2011]/u;
function classifyReading(base, other, orthographic) {
  const s1 = base.map((t) => t.text).join(" ");
  const s2 = other.map((t) => t.text).join(" ");
  if (s1 === s2) {
    const ws = (ts) => ts.map((t) => t.ws).join("");
    return ws(base) === ws(other) ? void 0 : "whitespace";
  }
  if (s1.toLowerCase() === s2.toLowerCase())
    return "case";
  const joined = (ts) => spell(ts);
  const c1 = compact(joined(base));
  const c2 = compact(joined(other));
  if (c1 !== "" && c1 === c2 && (dividers.test(joined(base)) || dividers.test(joined(other))))
    return "hyphenation";
  const b1 = bare(s1);
  const b2 = bare(s2);
  if (b1 === b2)
    return "punctuation";
  if (b1 === "")
    return "addition";
  if (b2 === "")
    return "omission";
  const n1 = base.filter((t) => t.kind === "word").map((t) => t.norm).join(" ");
  const n2 = other.filter((t) => t.kind === "word").map((t) => t.norm).join(" ");
  if (n1 === n2 || b1.normalize("NFC") === b2.normalize("NFC"))
    return "orthographic";
  const v1 = numberValue(b1.toUpperCase());
  if (!b1.includes(" ") && !b2.includes(" ") && v1 !== void 0 && v1 === numberValue(b2.toUpperCase()))
    return "orthographic";
  const w1 = b1.split(" ");
  const w2 = b2.split(" ");
  if (w1.length === w2.length && w1.every((w, i) => similarity(w, w2[i]) >= orthographic))
    return "orthographic";
  return "substantive";
}
function strongestType(types) {
  let best;
  for (const t of types) {
    if (t === void 0)
      continue;
    if (best === void 0 || variantSeverity.indexOf(t) < variantSeverity.indexOf(best))
      best = t;
  }
  return best;
}
function analyse(witnesses, columns, transpositions, options) {
  const baseIndex = Math.max(0, witnesses.findIndex((w) => w.siglum === options.base));
  const segments = phraseSegments(witnesses.length, columns, transpositions, options);
  const next = witnesses.map(() => 0);
  const startOf = (w, t) => t === 0 ? 0 : t < w.tokens.length ? w.tokens[t].offset : w.text.length;
  let appCount = 0;
  const rangesOf = (counts, last) => {
    const ranges = {};
    witnesses.forEach((w, i) => {
      const start = startOf(w, next[i]);
      next[i] += counts[i];
      const end = startOf(w, next[i]);
      if (w.tokens.length === 0)
        ranges[w.siglum] = last ? { start: 0, end: w.text.length } : { start: 0, end: 0 };
      else
        ranges[w.siglum] = { start, end: Math.max(start, end) };
    });
    return ranges;
  };
  const places = segments.map((seg, segIndex) => {
    const last = segIndex === segments.length - 1;
    const tokens = witnesses.map(() => []);
    for (let c = seg.from; c < seg.to; c++) {
      const cells = columns[c].cells;
      for (let i = 0; i < cells.length; i++)
        if (cells[i])
          tokens[i].push(cells[i]);
    }
    const ranges = rangesOf(tokens.map((t) => t.length), last);
    if (!seg.variant) {
      const toks = tokens[0];
      const reading = { witnesses: witnesses.map((w) => w.siglum), text: spell(toks), norm: toks.map((t) => t.norm).join(" ") };
      return { kind: "agreement", from: seg.from, to: seg.to, readings: [reading], ranges };
    }
    const readings = [];
    witnesses.forEach((w, i) => {
      const toks = tokens[i];
      const key = toks.map((t) => options.whitespaceVariants ? `${t.text}${t.ws}` : t.text).join("");
      const found = readings.find((r) => r.key === key);
      if (found)
        found.witnesses.push(w.siglum);
      else
        readings.push({ witnesses: [w.siglum], tokens: toks, key, text: spell(toks), norm: toks.map((t) => t.norm).join(" ") });
    });
    const baseSiglum = witnesses[baseIndex]?.siglum;
    const baseReading = readings.find((r) => baseSiglum !== void 0 && r.witnesses.includes(baseSiglum));
    const moved = seg.sides !== "";
    const typed = readings.map((r) => {
      const { tokens: toks, key: _k, ...rest } = r;
      if (r === baseReading || !baseReading)
        return rest;
      const type2 = moved ? "transposition" : classifyReading(baseReading.tokens, toks, options.orthographic);
      return type2 ? { ...rest, type: type2 } : rest;
    });
    const type = moved ? "transposition" : strongestType(typed.map((r) => r.type));
    appCount++;
    return {
      kind: "variant",
      id: `app${appCount}`,
      from: seg.from,
      to: seg.to,
      ...type ? { type } : {},
      readings: typed,
      ranges
    };
  });
  return linkTranspositions(places, transpositions);
}
function linkTranspositions(places, transpositions) {
  if (transpositions.length === 0)
    return places;
  const within = (from, to) => places.filter((p) => p.kind === "variant" && p.from < to && p.to > from);
  const ids = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Map();
  const add = (m, p, v) => {
    if (!m.has(p))
      m.set(p, /* @__PURE__ */ new Set());
    m.get(p).add(v);
  };
  for (const tr of transpositions) {
    const [a, b] = tr.sides.map((s) => within(s.from, s.to));
    for (const p of a) {
      add(ids, p, tr.id);
      for (const q of b)
        add(links, p, q.id);
    }
    for (const p of b) {
      add(ids, p, tr.id);
      for (const q of a)
        add(links, p, q.id);
    }
  }
  const byNumber = (a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, ""));
  return places.map((p) => {
    const t = ids.get(p);
    const l = links.get(p);
    if (!t)
      return p;
    return { ...p, transpositions: [...t].sort(byNumber), corresp: [...l ?? []].filter((id) => id !== p.id).sort(byNumber) };
  });
}

// dist/collate/normalize.js
var defaultNormalizeOptions = {
  case: true,
  quotes: true,
  dashes: true,
  whitespace: true,
  punctuation: false
};
var invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
var doubleQuotes = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u3003\uFF02]/gu;
var singleQuotes = /[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u02BC\u0060\u00B4\uFF07]/gu;
var dashes = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/gu;
var innerPunctuation = /['\-.,:/]/gu;
function normalizers(options) {
  const steps = [];
  if (options.whitespace)
    steps.push((s) => s.replace(invisible, "").normalize("NFC"));
  if (options.quotes)
    steps.push((s) => s.replace(doubleQuotes, '"').replace(singleQuotes, "'"));
  if (options.dashes)
    steps.push((s) => s.replace(dashes, "-"));
  if (options.case)
    steps.push((s) => s.toLowerCase().normalize("NFC"));
  if (options.punctuation) {
    steps.push((s) => {
      const stripped = s.replace(innerPunctuation, "");
      return stripped === "" ? s : stripped;
    });
    if (options.whitespace || options.case)
      steps.push((s) => s.normalize("NFC"));
  }
  return steps;
}
function normalizeText(s, options = defaultNormalizeOptions) {
  let out = s;
  for (const step of normalizers(options))
    out = step(out);
  return out;
}
function regularizer(table, options) {
  const map = /* @__PURE__ */ new Map();
  for (const [from, to] of Object.entries(table))
    map.set(normalizeText(from, options), normalizeText(to, options));
  return map;
}
function normalizeTokens(tokens, options = defaultNormalizeOptions, regularize = /* @__PURE__ */ new Map()) {
  const norm = tokenNormalizer(options, regularize);
  return tokens.map((t) => {
    const n = norm(t.text);
    return n === t.norm ? t : { ...t, norm: n };
  });
}
function tokenNormalizer(options, regularize = /* @__PURE__ */ new Map()) {
  const steps = normalizers(options);
  const cache = /* @__PURE__ */ new Map();
  return (text) => {
    let norm = cache.get(text);
    if (norm === void 0) {
      norm = text;
      for (const step of steps)
        norm = step(norm);
      if (norm === "")
        norm = text;
      norm = regularize.get(norm) ?? norm;
      cache.set(text, norm);
    }
    return norm;
  };
}

// dist/collate/tokenize.js
var tokenPattern = /(?:\p{N}+(?:[.,:/]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’ʼ\-‐‑][\p{L}\p{M}\p{N}]+)*|([^\s\p{L}\p{M}\p{N}])\1*)(\s*)/uy;
function tokenize(siglum, text, start, normalize) {
  const tokens = [];
  let line = start?.line ?? 1;
  let lineStart = start ? -(start.column - 1) : 0;
  const countLines = (from, to) => {
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
  };
  const lead = /^\s*/u.exec(text)[0].length;
  countLines(0, lead);
  const pattern = new RegExp(tokenPattern);
  pattern.lastIndex = lead;
  let m;
  while (pattern.lastIndex < text.length && (m = pattern.exec(text)) !== null) {
    const ws = m[2];
    const offset = m.index;
    const end = offset + m[0].length - ws.length;
    const value = text.slice(offset, end);
    tokens.push({
      witness: siglum,
      index: tokens.length,
      text: value,
      // Until normalised, a token's form is its surface (see normalize.ts).
      norm: normalize ? normalize(value) : value,
      kind: m[1] !== void 0 ? "punct" : "word",
      offset,
      end,
      line,
      column: offset - lineStart + 1,
      ws
    });
    if (ws.length > 0 && ws !== " ")
      countLines(end, end + ws.length);
  }
  return tokens;
}

// dist/collate/symbols.js
function buildSymbols(witnesses) {
  const forms = /* @__PURE__ */ new Set();
  for (const tokens of witnesses)
    for (const t of tokens)
      forms.add(t.norm);
  const vocab = [...forms].sort();
  const id = /* @__PURE__ */ new Map();
  vocab.forEach((f, i) => id.set(f, i));
  const ofWitness = witnesses.map((tokens) => {
    const a = new Int32Array(tokens.length);
    tokens.forEach((t, i) => a[i] = id.get(t.norm));
    return a;
  });
  return { vocab, ofWitness };
}

// dist/collate/collate.js
function resolveOptions(witnesses, options = {}) {
  return {
    normalize: { ...defaultNormalizeOptions, ...options.normalize },
    regularize: options.regularize ?? {},
    whitespaceVariants: options.whitespaceVariants ?? false,
    minAnchor: options.minAnchor ?? 3,
    hide: options.hide ?? [],
    base: options.base ?? witnesses[0]?.siglum ?? "",
    nearMatch: options.nearMatch ?? 0.5,
    orthographic: options.orthographic ?? 0.7,
    transpositions: { enabled: true, nearDistance: 12, farMinLength: 6, rareWord: 2, ...options.transpositions }
  };
}
function checkInput(witnesses, options) {
  const problems = [];
  if (witnesses.length === 0) {
    problems.push(error({ message: "nothing to collate: no witness given", rule: "collate-no-witness", stage: "collate" }));
  }
  const seen = /* @__PURE__ */ new Set();
  for (const w of witnesses) {
    if (!siglumPattern.test(w.siglum)) {
      problems.push(error({
        message: `siglum "${w.siglum}" is not an XML name`,
        rule: "collate-bad-siglum",
        stage: "collate",
        ...w.file ? { file: w.file } : {},
        hint: 'use a letter followed by letters, digits, "_", "-" or "."'
      }));
    }
    if (seen.has(w.siglum)) {
      problems.push(error({ message: `siglum "${w.siglum}" is used twice`, rule: "collate-duplicate-siglum", stage: "collate" }));
    }
    seen.add(w.siglum);
  }
  if (witnesses.length > 0 && !seen.has(options.base)) {
    problems.push(error({
      message: `base "${options.base}" is not the siglum of a witness (${[...seen].join(", ")})`,
      rule: "collate-bad-base",
      stage: "collate"
    }));
  }
  if (problems.length > 0)
    throw new EditionError(problems);
}
function contentRanks(tokens) {
  const cmp = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i].norm !== b[i].norm)
        return a[i].norm < b[i].norm ? -1 : 1;
    }
    if (a.length !== b.length)
      return a.length - b.length;
    for (let i = 0; i < a.length; i++) {
      if (a[i].text !== b[i].text)
        return a[i].text < b[i].text ? -1 : 1;
    }
    return 0;
  };
  const order = [...tokens.keys()].sort((i, j) => cmp(tokens[i], tokens[j]) || i - j);
  const ranks = new Array(tokens.length);
  order.forEach((w, k) => {
    const prev = order[k - 1];
    ranks[w] = prev !== void 0 && cmp(tokens[prev], tokens[w]) === 0 ? ranks[prev] : k;
  });
  return ranks;
}
function collate(input, options = {}) {
  const resolved = resolveOptions(input, options);
  checkInput(input, resolved);
  const norm = tokenNormalizer(resolved.normalize, regularizer(resolved.regularize, resolved.normalize));
  const witnesses = input.map((w) => ({
    siglum: w.siglum,
    ...w.file !== void 0 ? { file: w.file } : {},
    text: w.text,
    ...w.start ? { start: w.start } : {},
    tokens: tokenize(w.siglum, w.text, w.start, norm)
  }));
  const tokenLists = witnesses.map((w) => w.tokens);
  const symbols = buildSymbols(tokenLists);
  const table = alignWitnesses(symbols.ofWitness, symbols.vocab, contentRanks(tokenLists), resolved);
  const columns = [];
  const columnOf = witnesses.map((w) => new Int32Array(w.tokens.length));
  for (let c = 0; c < table.length; c++) {
    columns.push({
      cells: witnesses.map((w, i) => {
        const t = table.cells[i][c];
        if (t < 0)
          return null;
        columnOf[i][t] = c;
        return w.tokens[t];
      })
    });
  }
  const side = (refs) => {
    const cols = refs.map((r) => columnOf[r.w][r.t]);
    const present = new Set(refs.map((r) => r.w));
    return {
      witnesses: witnesses.filter((_, i) => present.has(i)).map((w) => w.siglum),
      from: Math.min(...cols),
      to: Math.max(...cols) + 1,
      tokens: [...refs].sort((a, b) => a.w - b.w || a.t - b.t).map((r) => witnesses[r.w].tokens[r.t])
    };
  };
  const transpositions = table.moved.map((m) => [side(m.a), side(m.b)].sort((a, b) => a.from - b.from || a.to - b.to)).sort((a, b) => a[0].from - b[0].from || a[1].from - b[1].from).map((sides, i) => ({ id: `t${i + 1}`, sides }));
  const places = analyse(witnesses, columns, transpositions, resolved);
  return { witnesses, columns, transpositions, places, options: resolved };
}

export {
  alignWitnesses,
  containerRank,
  divisionKey,
  readHeading,
  isBareHeadingLine,
  isCapitalTitle,
  isTitleLine,
  variantSeverity,
  classifyReading,
  strongestType,
  analyse,
  defaultNormalizeOptions,
  normalizers,
  normalizeText,
  normalizeTokens,
  tokenize,
  resolveOptions,
  collate
};
