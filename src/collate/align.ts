/**
 * Alignment of 2..N witnesses.
 *
 * Written by hand because no maintained JavaScript library collates more than two texts (text
 * diff libraries compare two strings, cannot report transpositions and are quadratic without
 * anchors). The method:
 * 1. Two profiles (alignments of some witnesses) are aligned by anchoring on maximal matches
 *    seeded by symbols unique in both, keeping the heaviest chain of them that runs in the same
 *    order in both, and recursing into the gaps between them, where uniqueness is recomputed
 *    locally. Only small gaps reach the quadratic near-match DP (`gap-align.ts`), so nearly
 *    identical book-length witnesses cost close to linear time and memory. Text that repeats
 *    itself, where nothing is unique, is anchored on rare k-grams instead.
 * 2. Anchors that cross the chain, and text left unmatched at two places, become transpositions
 *    (`transpose.ts`).
 * 3. Witnesses are merged progressively along a guide tree built from their pairwise
 *    similarity (most similar first). Ties, the role of each profile in a merge and every other
 *    choice are decided by the witnesses' content, never by their order in the input, so every
 *    order of the witnesses gives the same alignment.
 */
import { AnchorScratch, crossingBlocks, dropMarkCrossings, heaviestChain, rareBlocks, uniqueBlocks, type Block, type Region } from './anchors.js';
import { alignGap, type Path } from './gap-align.js';
import { mergeProfiles, singleProfile, type Profile } from './profile.js';
import { Scorer } from './score.js';
import { findTranspositions } from './transpose.js';
import type { TranspositionOptions } from './types.js';

/** Largest gap (columns × columns) aligned by the quadratic DP. */
const DP_LIMIT = 1_000_000;
/** Length of the k-grams that anchor repetitive text. */
const REPEAT_K = 6;
/** How often a k-gram may occur on each side to seed an anchor in repetitive text. */
const REPEAT_CAPS = [8, 32, 128];

/** A token of one witness: witness number and token index. */
export interface TokenRef {
  readonly w: number;
  readonly t: number;
}

/** A transposition found while merging: the tokens of one side and of the other. */
export interface MovedTokens {
  readonly a: readonly TokenRef[];
  readonly b: readonly TokenRef[];
}

export interface AlignOptions {
  readonly nearMatch: number;
  readonly transpositions: TranspositionOptions;
}

export interface AlignmentTable {
  /** Per witness (input order), per column: the token index, or -1. */
  readonly cells: readonly Int32Array[];
  readonly length: number;
  readonly moved: readonly MovedTokens[];
}

interface Context {
  readonly symsOf: readonly Int32Array[];
  readonly scorer: Scorer;
  readonly scratch: AnchorScratch;
  /** Whether a symbol is a word (holds a letter or a digit), not a mark. */
  readonly isWord: (symbol: number) => boolean;
}

type Task = { readonly region: Region } | { readonly block: Block };

/** Aligns two profiles: the path of merged columns and the anchors that crossed the chain. */
export function alignProfiles(x: Profile, y: Profile, ctx: Context): Path & { crossing: Block[] } {
  const out: Path = { px: [], py: [] };
  const crossing: Block[] = [];
  const stack: Task[] = [{ region: { x0: 0, x1: x.length, y0: 0, y1: y.length } }];
  while (stack.length > 0) {
    const task = stack.pop()!;
    if ('block' in task) {
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
      for (let i = r.x0; i < r.x1; i++) out.px.push(i), out.py.push(-1);
      for (let j = r.y0; j < r.y1; j++) out.px.push(-1), out.py.push(j);
      continue;
    }
    let blocks = dropMarkCrossings(uniqueBlocks(x.sym, y.sym, r, ctx.scratch), x.sym, ctx.isWord);
    const unique = blocks.length > 0;
    if (!unique) {
      if (n * m <= DP_LIMIT) {
        alignGap(x, y, r, ctx.symsOf, ctx.scorer, out);
        continue;
      }
      blocks = rareBlocks(x.sym, y.sym, r, REPEAT_K, REPEAT_CAPS);
      if (blocks.length === 0) {
        // Nothing in common worth anchoring on: cut the region into proportional pieces small
        // enough for the DP, so time and memory stay bounded.
        const pieces = Math.ceil(Math.sqrt((n * m) / DP_LIMIT));
        for (let p = pieces - 1; p >= 0; p--) {
          stack.push({
            region: {
              x0: r.x0 + Math.floor((p * n) / pieces),
              x1: r.x0 + Math.floor(((p + 1) * n) / pieces),
              y0: r.y0 + Math.floor((p * m) / pieces),
              y1: r.y0 + Math.floor(((p + 1) * m) / pieces),
            },
          });
        }
        continue;
      }
    }
    const chain = heaviestChain(blocks);
    if (unique) crossing.push(...crossingBlocks(blocks, chain));
    let nextX = r.x1;
    let nextY = r.y1;
    for (let c = chain.length - 1; c >= 0; c--) {
      const b = chain[c]!;
      stack.push({ region: { x0: b.x + b.len, x1: nextX, y0: b.y + b.len, y1: nextY } });
      stack.push({ block: b });
      nextX = b.x;
      nextY = b.y;
    }
    stack.push({ region: { x0: r.x0, x1: nextX, y0: r.y0, y1: nextY } });
  }
  return { ...out, crossing };
}

/** Tokens of profile `p` in columns [from, from+len). */
function tokensOf(p: Profile, from: number, len: number): TokenRef[] {
  const refs: TokenRef[] = [];
  for (let c = from; c < from + len; c++) {
    p.members.forEach((w, m) => {
      const t = p.cells[m]![c]!;
      if (t >= 0) refs.push({ w, t });
    });
  }
  return refs;
}

interface Cluster {
  readonly members: number[];
  /** Content ranks of the members, sorted: the cluster's place in the canonical order. */
  readonly key: number[];
  profile: Profile;
}

const compareKeys = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};

/**
 * Aligns all witnesses. `ranks` orders the witnesses by content (equal ranks only for
 * witnesses whose tokens are identical, which are interchangeable).
 */
export function alignWitnesses(
  symsOf: readonly Int32Array[],
  vocab: readonly string[],
  ranks: readonly number[],
  options: AlignOptions,
): AlignmentTable {
  const wordSymbols = new Uint8Array(vocab.length);
  vocab.forEach((form, i) => (wordSymbols[i] = /[\p{L}\p{N}]/u.test(form) ? 1 : 0));
  const isWord = (symbol: number): boolean => wordSymbols[symbol] === 1;
  const ctx: Context = { symsOf, scorer: new Scorer(vocab, options.nearMatch), scratch: new AnchorScratch(vocab.length), isWord };
  const n = symsOf.length;
  // Canonical key: content rank, then input position (which only separates identical witnesses).
  const order = [...symsOf.keys()].sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  const canon = new Int32Array(n);
  order.forEach((w, i) => (canon[w] = i));
  const clusters: Cluster[] = order.map((w) => ({ members: [w], key: [canon[w]!], profile: singleProfile(w, symsOf[w]!) }));
  const moved: MovedTokens[] = [];
  // How often each form occurs in the witness that has it most: a short move needs a rare word.
  const maxCount = new Int32Array(vocab.length);
  const count = new Int32Array(vocab.length);
  for (const syms of symsOf) {
    for (const s of syms) count[s]!++;
    for (const s of syms) {
      if (count[s]! > maxCount[s]!) maxCount[s] = count[s]!;
    }
    for (const s of syms) count[s] = 0;
  }
  const isRareWord = (symbol: number): boolean => wordSymbols[symbol] === 1 && maxCount[symbol]! <= options.transpositions.rareWord;

  // Pairwise similarity for the guide tree: the share of neighbouring token pairs two witnesses
  // have in common (as multisets). Counting instead of aligning every pair keeps five witnesses of
  // a book from costing ten extra alignments; the merges themselves still align.
  const sim = new Float64Array(n * n);
  if (n > 2) {
    // Pairs of neighbouring symbols, so that word order counts (a transposed phrase is less alike).
    const counts = symsOf.map((syms) => {
      const m = new Map<number, number>();
      for (let t = 0; t < syms.length; t++) {
        const x = t === 0 ? -1 - syms[t]! : syms[t - 1]! * vocab.length + syms[t]!;
        m.set(x, (m.get(x) ?? 0) + 1);
      }
      return m;
    });
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const [small, large] = counts[i]!.size < counts[j]!.size ? [counts[i]!, counts[j]!] : [counts[j]!, counts[i]!];
        let common = 0;
        for (const [x, k] of small) common += Math.min(k, large.get(x) ?? 0);
        const total = symsOf[i]!.length + symsOf[j]!.length;
        sim[i * n + j] = sim[j * n + i] = total === 0 ? 1 : (2 * common) / total;
      }
    }
  }
  const clusterSim = (p: Cluster, q: Cluster): number => {
    let s = 0;
    for (const a of p.members) for (const b of q.members) s += sim[a * n + b]!;
    return s / (p.members.length * q.members.length);
  };

  while (clusters.length > 1) {
    // Clusters stay sorted by key, so the first best pair found is the canonical one.
    let bi = 0;
    let bj = 1;
    let best = -Infinity;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const s = clusterSim(clusters[i]!, clusters[j]!);
        if (s > best) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    const cx = clusters[bi]!;
    const cy = clusters[bj]!;
    const x = cx.profile;
    const y = cy.profile;
    const path = alignProfiles(x, y, ctx);
    const found = findTranspositions(x, y, path.px, path.py, path.crossing, symsOf, ctx.scorer, options.transpositions, isWord, isRareWord);
    for (const b of found) moved.push({ a: tokensOf(x, b.x, b.xLen), b: tokensOf(y, b.y, b.yLen) });
    const merged: Cluster = {
      members: [...cx.members, ...cy.members],
      key: [...cx.key, ...cy.key].sort((a, b) => a - b),
      profile: mergeProfiles(x, y, path.px, path.py, symsOf),
    };
    clusters.splice(bj, 1);
    clusters.splice(bi, 1);
    clusters.push(merged);
    clusters.sort((a, b) => compareKeys(a.key, b.key));
  }

  const final = clusters[0]!.profile;
  const cells: Int32Array[] = new Array(n);
  final.members.forEach((w, m) => (cells[w] = final.cells[m]!));
  const movedFlags = symsOf.map((s) => new Uint8Array(s.length));
  for (const m of moved) for (const r of [...m.a, ...m.b]) movedFlags[r.w]![r.t] = 1;
  return { ...compactColumns(cells, final.length, symsOf, movedFlags), moved };
}

/**
 * Joins neighbouring columns that no witness has tokens in both of and whose tokens are all
 * the same word: progressive merging can leave "you" of one witness beside "you" of another,
 * which would read as a variant equal to its lemma.
 */
function compactColumns(
  cells: Int32Array[],
  length: number,
  symsOf: readonly Int32Array[],
  moved: readonly Uint8Array[],
): { cells: Int32Array[]; length: number } {
  const n = cells.length;
  const out = cells.map(() => new Int32Array(length));
  let len = 0;
  const symAt = (col: Int32Array[], k: number): number => {
    let s = -1;
    for (let w = 0; w < n; w++) {
      const t = col[w]![k]!;
      if (t < 0) continue;
      if (moved[w]![t]) return -2;
      const v = symsOf[w]![t]!;
      if (s >= 0 && v !== s) return -2;
      s = v;
    }
    return s;
  };
  for (let c = 0; c < length; c++) {
    if (len > 0) {
      const prev = len - 1;
      let disjoint = true;
      for (let w = 0; w < n && disjoint; w++) if (out[w]![prev]! >= 0 && cells[w]![c]! >= 0) disjoint = false;
      if (disjoint) {
        const a = symAt(out, prev);
        const b = symAt(cells, c);
        if (a >= 0 && a === b) {
          for (let w = 0; w < n; w++) if (cells[w]![c]! >= 0) out[w]![prev] = cells[w]![c]!;
          continue;
        }
      }
    }
    for (let w = 0; w < n; w++) out[w]![len] = cells[w]![c]!;
    len++;
  }
  return { cells: out.map((a) => a.subarray(0, len)), length: len };
}

