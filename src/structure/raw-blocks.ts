import { endsWithFigure } from './rules/headings.js';
import { isBlank, type SourceLine } from './source-lines.js';

/**
 * A run of non-blank lines: the unit the structure rules classify. Blank lines are not lost:
 * `blankBefore` counts them, and whitespace-only lines are kept in `leading` so their
 * characters can be given back.
 */
export interface RawBlock {
  readonly wit: string;
  readonly lines: readonly SourceLine[];
  /** Blank lines between the previous block and this one. */
  readonly blankBefore: number;
  /** Blank lines before this block that hold spaces or tabs (kept for lossless extraction). */
  readonly leading: readonly SourceLine[];
  /** Lines after the last block of the witness (only on the last block). */
  readonly trailing: readonly SourceLine[];
}

export const firstLine = (b: RawBlock): number => b.lines[0]!.n;
export const blockText = (b: RawBlock): string => b.lines.map((l) => l.text).join('\n');

export function splitBlocks(lines: readonly SourceLine[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: SourceLine[] = [];
  let blank = 0;
  let pendingBlank = 0;
  let leading: SourceLine[] = [];
  let pendingLeading: SourceLine[] = [];
  const flush = () => {
    if (current.length) blocks.push({ wit: current[0]!.wit, lines: current, blankBefore: pendingBlank, leading: pendingLeading, trailing: [] });
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) {
        flush();
        blank = 0;
        leading = [];
      }
      blank++;
      if (line.text !== '') leading.push(line);
      continue;
    }
    if (!current.length) {
      pendingBlank = blank;
      pendingLeading = leading;
      blank = 0;
      leading = [];
    }
    current.push(line);
  }
  flush();
  // Blank lines after the last block still count as lines of the witness (a final newline
  // makes one); they ride on the last block so extraction can give them back.
  const last = blocks[blocks.length - 1];
  if (last) {
    const lastLine = last.lines[last.lines.length - 1]!.n;
    blocks[blocks.length - 1] = { ...last, trailing: lines.filter((l) => l.n > lastLine) };
  }
  return blocks;
}

/**
 * Heading lines printed right above their text, with no blank line between ("  XVIII" or
 * "CHAPTER IV." over the first line of a poem or a paragraph): the heading becomes a block of
 * its own, so the rules see it as a heading and the text under it as text. Only a witness that
 * prints such a heading at least twice is read this way (a lone "4." over a line is more likely
 * a list), and only where two lines or more follow (a heading over one line is a heading with
 * its title, which the heading rules read themselves). A number over lines of figures ("L",
 * pounds, over "Fees at Calcutta........ 30,000") heads a column of a table, not a division.
 */
export function splitHeadingLines(blocks: readonly RawBlock[], isHeadingLine: (line: string) => boolean): RawBlock[] {
  const figures = (b: RawBlock) => b.lines.slice(1).filter((l) => endsWithFigure(l.text)).length * 2 >= b.lines.length - 1;
  const splittable = (b: RawBlock): boolean => b.lines.length >= 3 && isHeadingLine(b.lines[0]!.text) && !isHeadingLine(b.lines[1]!.text) && !figures(b);
  if (blocks.filter(splittable).length < 2) return [...blocks];
  return blocks.flatMap((b) => {
    if (!splittable(b)) return [b];
    const head: RawBlock = { ...b, lines: [b.lines[0]!], trailing: [] };
    const body: RawBlock = { wit: b.wit, lines: b.lines.slice(1), blankBefore: 0, leading: [], trailing: b.trailing };
    return [head, body];
  });
}

/** A line that ends what it says: a sentence, a bracketed stage direction, a heading's title. */
const closesLine = (text: string): boolean => /[.!?:;\])”’"']\s*$/u.test(text);

/**
 * Headings printed inside a run of lines, with no blank line before them ("[Exit.]" over "SCENE
 * II. A street." over the first speech): each such heading line becomes a block of its own, and
 * the lines before and after it blocks of theirs. Only a line `isHeadingLine` accepts, after a
 * line that ends what it says, in a block that is not mostly headings (a table of contents),
 * and only in a witness that does this at least twice (one such line in prose is more likely a
 * sentence that happens to begin like a heading).
 */
export function splitInnerHeadingLines(blocks: readonly RawBlock[], isHeadingLine: (line: string) => boolean): RawBlock[] {
  const cutsOf = (b: RawBlock): number[] => {
    const cuts: number[] = [];
    // a block of headings alone is a list of them (a table of contents), not headings to cut
    if (b.lines.filter((l) => isHeadingLine(l.text)).length * 4 >= b.lines.length * 3) return cuts;
    for (let i = 1; i < b.lines.length; i++) {
      const before = b.lines[i - 1]!.text;
      if (isHeadingLine(b.lines[i]!.text) && (closesLine(before) || isHeadingLine(before))) cuts.push(i);
    }
    return cuts;
  };
  const cuts = blocks.map(cutsOf);
  if (cuts.reduce((n, c) => n + c.length, 0) < 2) return [...blocks];
  return blocks.flatMap((b, k) => {
    const at = cuts[k]!;
    if (at.length === 0) return [b];
    // every heading line alone, and the lines between headings as one block each
    const bounds = [...new Set([0, ...at.flatMap((i) => [i, i + 1]), b.lines.length])].filter((i) => i <= b.lines.length).sort((x, y) => x - y);
    const parts: RawBlock[] = [];
    for (let j = 0; j + 1 < bounds.length; j++) {
      const lines = b.lines.slice(bounds[j], bounds[j + 1]);
      if (lines.length === 0) continue;
      const first = parts.length === 0;
      const last = bounds[j + 1] === b.lines.length;
      parts.push({ wit: b.wit, lines, blankBefore: first ? b.blankBefore : 0, leading: first ? b.leading : [], trailing: last ? b.trailing : [] });
    }
    return parts;
  });
}
