import type { Collation, Token } from './types.js';

const token = (t: Token) => ({
  text: t.text,
  norm: t.norm,
  kind: t.kind,
  offset: t.offset,
  end: t.end,
  line: t.line,
  column: t.column,
});

/** The collation as plain data, with tokens referred to by witness and index in the table. */
export function toJsonValue(c: Collation) {
  return {
    format: 'tei-edition-collation',
    version: 1,
    options: c.options,
    witnesses: c.witnesses.map((w) => ({
      siglum: w.siglum,
      ...(w.file !== undefined ? { file: w.file } : {}),
      tokens: w.tokens.map(token),
    })),
    /** Per column, per witness (in `witnesses` order): the token index, or null. */
    table: c.columns.map((col) => col.cells.map((t) => (t ? t.index : null))),
    places: c.places,
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
 * JSON text: one line per array element at the first two levels (a token, a column, a place),
 * so the file stays readable and greppable even for a book.
 */
export function toJson(c: Collation): string {
  const value = toJsonValue(c) as Record<string, unknown>;
  const lines: string[] = ['{'];
  const keys = Object.keys(value);
  keys.forEach((key, k) => {
    const v = value[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (key === 'witnesses' && Array.isArray(v)) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      v.forEach((w: { tokens: unknown[] }, i) => {
        const { tokens, ...rest } = w;
        const head = JSON.stringify(rest).slice(0, -1);
        lines.push(`    ${head}, "tokens": [`);
        tokens.forEach((t, j) => lines.push(`      ${JSON.stringify(t)}${j < tokens.length - 1 ? ',' : ''}`));
        lines.push(`    ]}${i < v.length - 1 ? ',' : ''}`);
      });
      lines.push(`  ]${comma}`);
    } else if (Array.isArray(v)) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      v.forEach((x, i) => lines.push(`    ${JSON.stringify(x)}${i < v.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(v)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
