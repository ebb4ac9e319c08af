/** State shared while one TEI document is written. */
export interface TeiContext {
  /** A new id with the given prefix, numbered in document order (stable across builds). */
  nextId(prefix: string): string;
  /** Reasons of corrections, written as stand-off notes pointing at each `corr`. */
  readonly corrections: { target: string; resp: string; reason: string }[];
}

export function createTeiContext(): TeiContext {
  const counters = new Map<string, number>();
  return {
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
    corrections: [],
  };
}
