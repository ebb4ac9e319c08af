import { collate, type CollateOptions, type Collation } from '../../src/collate/index.js';

/** Collates plain strings under sigla A, B, C… */
export function collateStrings(texts: readonly string[], options: CollateOptions = {}): Collation {
  return collate(
    texts.map((text, i) => ({ siglum: String.fromCharCode(65 + i), text })),
    options,
  );
}

/** The table as the issue writes it: per column, per witness, the normalised token or '–'. */
export function columnsOf(c: Collation): string[][] {
  return c.columns.map((col) => col.cells.map((t) => (t ? t.norm : '–')));
}

/** The table keyed by siglum, independent of the order of the witnesses. */
export function columnsBySiglum(c: Collation): Record<string, string | null>[] {
  return c.columns.map((col) => {
    const row: Record<string, string | null> = {};
    c.witnesses
      .map((w, i) => [w.siglum, col.cells[i]] as const)
      .sort(([a], [b]) => a.localeCompare(b))
      .forEach(([s, t]) => (row[s] = t ? `${t.index}:${t.text}` : null));
    return row;
  });
}

/** Transpositions as sorted strings of their sides, independent of witness order. */
export function transpositionsOf(c: Collation): string[] {
  return c.transpositions
    .map((t) =>
      t.sides
        .map((s) => `${[...s.witnesses].sort().join('')}[${s.from},${s.to})=${s.tokens.map((x) => `${x.witness}${x.index}`).sort().join(' ')}`)
        .join(' <-> '),
    )
    .sort();
}

/** Each witness's tokens, read back from the table column by column. */
export function tokensFromTable(c: Collation, siglum: string): number[] {
  const w = c.witnesses.findIndex((x) => x.siglum === siglum);
  return c.columns.flatMap((col) => (col.cells[w] ? [col.cells[w]!.index] : []));
}
