/** A place in a witness: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Where a node comes from in one witness. */
export interface Span {
  /** Siglum of the witness. */
  readonly wit: string;
  readonly start: Point;
  readonly end: Point;
}

/**
 * A node that exists in several witnesses (the duplicated chapter) has one span per witness,
 * the base witness first.
 */
export type Sources = readonly Span[];

/** One line of one witness, the unit the TEI records with `<lb edRef="#wit" n="line"/>`. */
export interface LineRef {
  readonly wit: string;
  readonly line: number;
  /**
   * Spaces that open and close this line in its witness, where the witnesses lay the same
   * words out with different indentation (TEI: `lb/@rend` "indent-N", "trailing-N"): the
   * witness's layout, kept for extraction, not a variant.
   */
  readonly indent?: number;
  readonly trailing?: number;
}

export const pointAt = (line: number, column: number, offset: number): Point => ({ line, column, offset });

/** The span of `length` characters that starts at `start` on a single line. */
export function spanOnLine(wit: string, start: Point, length: number): Span {
  return {
    wit,
    start,
    end: { line: start.line, column: start.column + length, offset: start.offset + length },
  };
}

/** Sub-span [from, to) of a single-line span, counted in characters from its start. */
export function sliceSpan(span: Span, from: number, to: number): Span {
  const { start } = span;
  return {
    wit: span.wit,
    start: { line: start.line, column: start.column + from, offset: start.offset + from },
    end: { line: start.line, column: start.column + to, offset: start.offset + to },
  };
}

export const spanOf = (sources: Sources, wit: string): Span | undefined => sources.find((s) => s.wit === wit);
