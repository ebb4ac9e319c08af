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
 * its title, which the heading rules read themselves).
 */
export function splitHeadingLines(blocks: readonly RawBlock[], isHeadingLine: (line: string) => boolean): RawBlock[] {
  const splittable = (b: RawBlock): boolean => b.lines.length >= 3 && isHeadingLine(b.lines[0]!.text) && !isHeadingLine(b.lines[1]!.text);
  if (blocks.filter(splittable).length < 2) return [...blocks];
  return blocks.flatMap((b) => {
    if (!splittable(b)) return [b];
    const head: RawBlock = { ...b, lines: [b.lines[0]!], trailing: [] };
    const body: RawBlock = { wit: b.wit, lines: b.lines.slice(1), blankBefore: 0, leading: [], trailing: b.trailing };
    return [head, body];
  });
}
