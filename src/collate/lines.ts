import type { Collation } from './types.js';

/** A line of one witness that starts with the same token as a line of another. */
export interface LinePair {
  readonly [siglum: string]: number;
}

/**
 * Lines that correspond in two witnesses: both start with tokens the collation aligned as
 * equal (same normalised form, same column). The edition records them as `lb` groups
 * (`<lb edRef="#A" n="138"/><lb edRef="#B" n="7"/>`) where a shared line starts.
 */
export function correspondingLines(c: Collation, a: string, b: string): LinePair[] {
  const ia = c.witnesses.findIndex((w) => w.siglum === a);
  const ib = c.witnesses.findIndex((w) => w.siglum === b);
  if (ia < 0 || ib < 0) throw new Error(`correspondingLines: no witness ${ia < 0 ? a : b} in the collation`);
  const startsLine = (w: number, index: number): boolean => {
    const tokens = c.witnesses[w]!.tokens;
    return index === 0 || tokens[index - 1]!.line !== tokens[index]!.line;
  };
  const pairs: LinePair[] = [];
  for (const col of c.columns) {
    const x = col.cells[ia];
    const y = col.cells[ib];
    if (!x || !y || x.norm !== y.norm) continue;
    if (startsLine(ia, x.index) && startsLine(ib, y.index)) pairs.push({ [a]: x.line, [b]: y.line });
  }
  return pairs;
}
