import { distance } from 'fastest-levenshtein';

/** Score of two equal tokens in the alignment. */
export const MATCH = 2;
/** Score of two different tokens aligned in one column (a substitution). */
export const MISMATCH = -2;
/**
 * Affine gaps: opening a gap costs more than making it longer, so that a run of words one
 * witness lacks stays one gap, and a lone word is not matched far away inside a long gap just
 * because it is equal (opening the extra gap costs more than the match gains over a
 * substitution).
 */
export const GAP_OPEN = -5;
export const GAP_EXTEND = -0.5;

/** 1 − edit distance / length of the longer string: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - distance(a, b) / n;
}

/**
 * Scores pairs of symbols for the aligner. Two different tokens whose similarity reaches
 * `nearMatch` score between MISMATCH and MATCH in proportion, so a misspelt word is drawn to
 * its correct form; below the threshold every difference scores alike (no accidental pull
 * between unrelated words).
 */
export class Scorer {
  private readonly cache = new Map<number, number>();

  constructor(
    readonly vocab: readonly string[],
    readonly nearMatch: number,
  ) {}

  pair(a: number, b: number): number {
    if (a === b) return MATCH;
    const key = a < b ? a * this.vocab.length + b : b * this.vocab.length + a;
    let s = this.cache.get(key);
    if (s === undefined) {
      const sim = similarity(this.vocab[a]!, this.vocab[b]!);
      s = sim >= this.nearMatch ? MISMATCH + 2 * sim : MISMATCH;
      this.cache.set(key, s);
    }
    return s;
  }
}
