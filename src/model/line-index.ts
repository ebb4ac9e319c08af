import type { Point } from './position.js';

/** Offsets where each line of a text starts: line 1 at 0, every LF starts a new line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The one offset → line:column conversion of the toolkit (witnesses, JSON data, XML): parsers,
 * rules and stages keep plain offsets (cheap), and only the few that end up in a message or a
 * span are converted. Lines and columns are 1-based, columns in UTF-16 units as jing and most
 * editors count.
 */
export class LineIndex {
  private starts: readonly number[] | undefined;

  constructor(
    private readonly text: string,
    starts?: readonly number[],
  ) {
    this.starts = starts;
  }

  /** Line and column of an offset (an offset past the end counts on the last line). */
  at(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }

  /** The model point of an offset. */
  point(offset: number): Point {
    return { ...this.at(offset), offset };
  }
}

/** Line and column of one offset of a text (for a single message; keep a LineIndex for many). */
export const lineColumnAt = (text: string, offset: number): { line: number; column: number } => new LineIndex(text).at(offset);
