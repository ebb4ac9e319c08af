/**
 * Cutting the alignment table into places: stretches of agreement and of variation. The
 * alignment pairs tokens; this decides what a reader sees as one entry of the apparatus.
 */
import { similarity } from './score.js';
import type { Column, ResolvedOptions, Token, Transposition } from './types.js';

export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly variant: boolean;
  /** The transposition sides ("t1:0 t2:1") the segment is; '' for most. */
  readonly sides: string;
}

/** The transposition sides covering each column; '' for most columns. */
function sideKeys(transpositions: readonly Transposition[]): (column: number) => string {
  const keys = new Map<number, string[]>();
  for (const tr of transpositions) {
    tr.sides.forEach((side, s) => {
      for (let c = side.from; c < side.to; c++) {
        if (!keys.has(c)) keys.set(c, []);
        keys.get(c)!.push(`${tr.id}:${s}`);
      }
    });
  }
  const joined = new Map([...keys].map(([c, k]) => [c, k.sort().join(' ')]));
  return (column) => joined.get(column) ?? '';
}

/**
 * The first cut. Invariant columns (every witness present, written alike) make agreement.
 * Variant columns are joined while the witnesses split into the same readings (so "white and"
 * against nothing is one place, but "industrious/lazy" and "brown/yellow" are two); a
 * transposition side is always a place of its own.
 */
function baseSegments(witnessCount: number, columns: readonly Column[], key: (c: number) => string, spacing: boolean): Segment[] {
  const partition = (c: Column): string =>
    c.cells
      .map((t, i) => {
        if (!t) return 'x';
        for (let j = 0; j < i; j++) if (c.cells[j]?.text === t.text) return String(j);
        return String(i);
      })
      .join(',');
  const invariant = (c: Column): boolean => {
    const first = c.cells[0];
    return witnessCount > 0 && !!first && c.cells.every((t) => t !== null && t.text === first.text && (!spacing || t.ws === first.ws));
  };
  const out: Segment[] = [];
  let c = 0;
  while (c < columns.length) {
    const col = columns[c]!;
    const variant = !invariant(col) || key(c) !== '';
    let e = c + 1;
    if (!variant) {
      while (e < columns.length && key(e) === '' && invariant(columns[e]!)) e++;
    } else {
      const p = partition(col);
      while (
        e < columns.length &&
        key(e) === key(c) &&
        (!invariant(columns[e]!) || key(e) !== '') &&
        (key(c) !== '' || partition(columns[e]!) === p)
      ) {
        e++;
      }
    }
    out.push({ from: c, to: e, variant, sides: key(c) });
    c = e;
  }
  return out;
}

/** Per witness, the tokens of columns [from, to). */
function tokensIn(witnessCount: number, columns: readonly Column[], from: number, to: number): Token[][] {
  const out: Token[][] = Array.from({ length: witnessCount }, () => []);
  for (let c = from; c < to; c++) {
    const cells = columns[c]!.cells;
    for (let i = 0; i < witnessCount; i++) if (cells[i]) out[i]!.push(cells[i]!);
  }
  return out;
}

const letters = (tokens: readonly Token[]): string =>
  tokens
    .map((t) => t.text)
    .join('')
    .replace(/[-\u00AD\u2010\u2011]/gu, '')
    .toLowerCase();

/**
 * Segments as a reader expects them:
 * - a word written as one, hyphenated or as two ("window-shutters" / "window shutters") is one
 *   place, not an addition beside a substitution;
 * - where every witness has the same words in staggered columns, they agree;
 * - agreement shorter than `minAnchor` tokens between two stretches of variation that outweigh
 *   it does not cut them (a rewritten passage is one variant, not threaded through a chance "the").
 */
export function phraseSegments(
  witnessCount: number,
  columns: readonly Column[],
  transpositions: readonly Transposition[],
  options: Pick<ResolvedOptions, 'minAnchor' | 'whitespaceVariants' | 'orthographic'>,
): Segment[] {
  const key = sideKeys(transpositions);
  let segs = baseSegments(witnessCount, columns, key, options.whitespaceVariants);
  const tokensOf = (s: { from: number; to: number }) => tokensIn(witnessCount, columns, s.from, s.to);
  const sameWords = (s: { from: number; to: number }): boolean => {
    const t = tokensOf(s);
    const k = (ts: readonly Token[]) => ts.map((x) => (options.whitespaceVariants ? `${x.text}\u0002${x.ws}` : x.text)).join('\u0001');
    return t.every((ts) => k(ts) === k(t[0]!));
  };
  const free = (s: Segment): boolean => s.variant && s.sides === '';

  // Words divided differently: join up to three neighbouring variant places whose letters,
  // taken together, are the same in every witness.
  const joined: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    let merged = false;
    if (free(s)) {
      for (let len = 3; len >= 2 && !merged; len--) {
        const run = segs.slice(i, i + len);
        if (run.length < len || !run.every(free)) continue;
        const span = { from: run[0]!.from, to: run[len - 1]!.to };
        const forms = tokensOf(span).map(letters);
        if (forms[0] !== '' && forms.every((f) => f === forms[0])) {
          joined.push({ ...span, variant: true, sides: '' });
          i += len - 1;
          merged = true;
        }
      }
    }
    if (!merged) joined.push(s);
  }
  segs = joined.map((s) => (free(s) && sameWords(s) ? { ...s, variant: false } : s));

  if (options.minAnchor > 0) {
    // The weight of variation: columns where a word is added, left out or replaced by another
    // word; spelling, case and punctuation weigh nothing (they make no rewritten passage).
    const weight = new Int32Array(columns.length + 1);
    columns.forEach((col, c) => {
      const present = col.cells.filter((t): t is Token => t !== null);
      const words = present.filter((t) => t.kind === 'word');
      const heavy = words.length > 0 && (present.length < col.cells.length || words.some((t) => similarity(t.norm, words[0]!.norm) < options.orthographic));
      weight[c + 1] = weight[c]! + (heavy ? 1 : 0);
    });
    segs = absorbShortAgreement(segs, (s) => weight[s.to]! - weight[s.from]!, options.minAnchor);
  }

  // Neighbouring agreement (left by the steps above) is one place.
  const out: Segment[] = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    if (prev && !prev.variant && !s.variant) out[out.length - 1] = { ...prev, to: s.to };
    else out.push(s);
  }
  return out;
}

/**
 * Joins variation across agreement shorter than `minAnchor` tokens when the variation on each
 * side weighs at least as much (see `weight`) and both together more than twice the
 * agreement: such agreement is a chance match inside a rewritten passage ("was not" in "it was
 * not absolutely necessary" against "all necessary knowledge was not comprised"). Repeated until nothing changes, so a passage rewritten
 * throughout becomes one place; variation that is not joined keeps its places.
 */
function absorbShortAgreement(segs: Segment[], size: (s: { from: number; to: number }) => number, minAnchor: number): Segment[] {
  const free = (s: Segment | undefined): s is Segment => !!s && s.variant && s.sides === '';
  let out = segs;
  for (let i = 1; i < out.length - 1; i++) {
    const island = out[i]!;
    if (island.variant || island.to - island.from >= minAnchor) continue;
    let a = i;
    while (free(out[a - 1])) a--;
    let b = i;
    while (free(out[b + 1])) b++;
    if (a === i || b === i) continue;
    const length = island.to - island.from;
    const left = size({ from: out[a]!.from, to: island.from });
    const right = size({ from: island.to, to: out[b]!.to });
    if (left >= length && right >= length && left + right > 2 * length) {
      out = [...out.slice(0, a), { from: out[a]!.from, to: out[b]!.to, variant: true, sides: '' }, ...out.slice(b + 1)];
      // The joined place may now outweigh the agreement just before it: look there again.
      i = Math.max(0, a - 2);
    }
  }
  return out;
}
