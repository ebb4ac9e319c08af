import type { Token } from './types.js';

/**
 * Normalised forms numbered in sorted order, so that a symbol id says nothing about which
 * witness came first (the alignment must not depend on the order of the witnesses).
 */
export interface Symbols {
  /** Normalised form of each symbol id. */
  readonly vocab: readonly string[];
  /** Symbol of every token, per witness. */
  readonly ofWitness: readonly Int32Array[];
}

/** Numbers the normalised forms of all witnesses' tokens. */
export function buildSymbols(witnesses: readonly (readonly Token[])[]): Symbols {
  const forms = new Set<string>();
  for (const tokens of witnesses) for (const t of tokens) forms.add(t.norm);
  const vocab = [...forms].sort();
  const id = new Map<string, number>();
  vocab.forEach((f, i) => id.set(f, i));
  const ofWitness = witnesses.map((tokens) => {
    const a = new Int32Array(tokens.length);
    tokens.forEach((t, i) => (a[i] = id.get(t.norm)!));
    return a;
  });
  return { vocab, ofWitness };
}
