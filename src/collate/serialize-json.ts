import type { Collation, Place } from './types.js';

/**
 * The collation as plain data, compact: each witness's text once, its tokens as offset and
 * length into that text (with their normalised form only where it differs from the text), the
 * table by token index, and places and transpositions by reference to columns and tokens. A
 * reading's text is that of its first witness's tokens in the place's columns; nothing is
 * repeated per reading.
 */
export function toJsonValue(c: Collation) {
  const place = (p: Place) => ({
    kind: p.kind,
    ...(p.id !== undefined ? { id: p.id } : {}),
    from: p.from,
    to: p.to,
    ...(p.type ? { type: p.type } : {}),
    ...(p.corresp?.length ? { corresp: p.corresp, transpositions: p.transpositions } : {}),
    ...(p.kind === 'variant' ? { readings: p.readings.map((r) => ({ witnesses: r.witnesses, ...(r.type ? { type: r.type } : {}) })) } : {}),
    /** Per witness (in `witnesses` order): the characters `[start, end)` the place covers. */
    ranges: c.witnesses.map((w) => [p.ranges[w.siglum]!.start, p.ranges[w.siglum]!.end]),
  });
  return {
    format: 'tei-edition-collation',
    version: 2,
    options: c.options,
    witnesses: c.witnesses.map((w) => {
      const norms: Record<number, string> = {};
      w.tokens.forEach((t, i) => {
        if (t.norm !== t.text) norms[i] = t.norm;
      });
      return {
        siglum: w.siglum,
        ...(w.file !== undefined ? { file: w.file } : {}),
        text: w.text,
        /** Token i starts at `tokens[2i]` in `text` and is `tokens[2i+1]` characters long. */
        tokens: w.tokens.flatMap((t) => [t.offset, t.end - t.offset]),
        /** The normalised form of the tokens whose form differs from their text, by index. */
        norm: norms,
      };
    }),
    /** Per column, per witness (in `witnesses` order): the token index, or null. */
    table: c.columns.map((col) => col.cells.map((t) => (t ? t.index : null))),
    /** Variant places only: agreement is whatever lies between them. */
    places: c.places.filter((p) => p.kind === 'variant').map(place),
    transpositions: c.transpositions.map((tr) => ({
      id: tr.id,
      sides: tr.sides.map((s) => ({
        witnesses: s.witnesses,
        from: s.from,
        to: s.to,
        tokens: s.tokens.map((t) => [t.witness, t.index]),
      })),
    })),
  };
}

/**
 * JSON text: one line per element of the top-level arrays (a witness, a place; sixteen columns
 * of the table), so the file stays small, readable and greppable even for a book.
 */
export function toJson(c: Collation): string {
  const value = toJsonValue(c) as Record<string, unknown>;
  const keys = Object.keys(value);
  const lines = keys.map((key, k) => {
    const v = value[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (!Array.isArray(v)) return `  ${JSON.stringify(key)}: ${JSON.stringify(v)}${comma}`;
    if (v.length === 0) return `  ${JSON.stringify(key)}: []${comma}`;
    // The table's columns are short: sixteen to a line.
    const perLine = key === 'table' ? 16 : 1;
    const rows: string[] = [];
    for (let i = 0; i < v.length; i += perLine) rows.push(`    ${v.slice(i, i + perLine).map((x) => JSON.stringify(x)).join(',')}`);
    return `  ${JSON.stringify(key)}: [\n${rows.join(',\n')}\n  ]${comma}`;
  });
  return `{\n${lines.join('\n')}\n}\n`;
}
