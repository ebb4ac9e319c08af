import type { Witness } from '../model/witness.js';
import type { VerseNumber } from '../model/inline.js';
import { verseNumbers } from './rules/verse-numbers.js';
import type { Point, Span } from '../model/position.js';

/** One line of a witness with where it starts. */
export interface SourceLine {
  readonly wit: string;
  /** 1-based line number. */
  readonly n: number;
  readonly text: string;
  /** Offset of the line's first character in the decoded witness text. */
  readonly offset: number;
  /** For a piece of a line (sliceLine): the column its text starts at, 0-based (default 0). */
  readonly from?: number;
  /** The verse numbers the line prints, by column in `text`. */
  readonly verses?: readonly VerseNumber[];
}

export function sourceLines(w: Witness): SourceLine[] {
  const out: SourceLine[] = [];
  const { text, lineStarts } = w;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    const next = lineStarts[i + 1];
    out.push({ wit: w.id, n: i + 1, text: text.slice(start, next === undefined ? text.length : next - 1), offset: start });
  }
  const verses = verseNumbers(out.map((l) => l.text));
  return out.map((l, i) => (verses[i]!.length > 0 ? { ...l, verses: verses[i]! } : l));
}

export const isBlank = (line: SourceLine): boolean => line.text.trim() === '';

/** Point of character `index` of a line. */
export const pointIn = (line: SourceLine, index: number): Point => ({
  line: line.n,
  column: (line.from ?? 0) + index + 1,
  offset: line.offset + index,
});

/** Characters [from, to) of a line, as a line of its own that keeps their places in the witness. */
export const sliceLine = (line: SourceLine, from: number, to = line.text.length): SourceLine => {
  const { verses, ...rest } = line;
  const kept = verses?.filter((v) => v.at >= from && v.at + v.length <= to).map((v) => ({ ...v, at: v.at - from }));
  return {
    ...rest,
    text: line.text.slice(from, to),
    offset: line.offset + from,
    from: (line.from ?? 0) + from,
    ...(kept?.length ? { verses: kept } : {}),
  };
};

/** Span of characters [from, to) of a line. */
export const spanIn = (line: SourceLine, from: number, to: number): Span => ({
  wit: line.wit,
  start: pointIn(line, from),
  end: pointIn(line, to),
});

/**
 * An element's id: its kind, the witness and the line it starts on ("p-A12"). A witness id
 * that ends in a digit gets a "-" before the line number, else "wit-1818" line 1 and
 * "wit-181" line 81 would both give "head-wit-18181".
 */
export const lineId = (prefix: string, wit: string, line: number): string => `${prefix}-${wit}${/\d$/u.test(wit) ? '-' : ''}${line}`;
