import type { RawBlock } from './raw-blocks.js';
import type { SourceLine } from './source-lines.js';
import { closingQuotes } from './rules/text-patterns.js';
import { isCapitalsSignature } from './rules/verse-and-letters.js';

/**
 * How a witness marks its paragraphs when it has no blank line between them (older e-texts,
 * OCR output, exports of typeset books):
 * - `hanging`: a paragraph's first line starts at the margin and its other lines are indented;
 * - `first-line`: a paragraph's first line is indented and its other lines start at the margin;
 * - `line`: a paragraph is one long line, never wrapped (a plain transcription, an export of a
 *   word processor), the next paragraph on the next line.
 */
export type IndentConvention = 'hanging' | 'first-line' | 'line';

export interface IndentSplit {
  readonly blocks: RawBlock[];
  /** The convention found, when the witness's blocks were cut by it. */
  readonly convention?: IndentConvention;
  /** Lines a block was cut before. */
  readonly cuts: number;
}

const indentOf = (line: SourceLine): number => line.text.length - line.text.trimStart().length;

/** The end of a sentence, perhaps inside closing quotes or brackets. */
const sentenceEnd = new RegExp(`[.!?:;…][${closingQuotes})\\]]*\\s*$`, 'u');
const endsSentence = (line: SourceLine): boolean => sentenceEnd.test(line.text);

/** A paragraph's first character: a capital, a digit, an opening quote, bracket or dash. */
const opensParagraph = (line: SourceLine): boolean => /^\s*[\p{Lu}\p{N}"'“‘«„(\[—–]|^\s*-\s/u.test(line.text);

/** Longer than any line a book's prose is wrapped at (70 or so, 100 at most): a paragraph left unwrapped. */
const unwrapped = (line: SourceLine): boolean => line.text.trim().length > 150;

/**
 * A name in capitals on the last line, after the end of a sentence: the signature under a
 * letter or an essay, which such a layout prints without a line of its own before it.
 */
const signsOff = (line: SourceLine, prev: SourceLine): boolean => isCapitalsSignature(line.text) && endsSentence(prev);

/** Fewer cut points than this and a layout is taken for chance, not a convention. */
const minimumCuts = 3;

/**
 * Cuts blocks at the paragraph starts a witness marks by indentation alone. Only a witness
 * whose lines inside blocks mostly follow one convention is cut, and only at lines that look
 * like a paragraph's start; a witness with blank lines between its paragraphs has no such
 * lines and is left as it is. Nothing is lost: a cut block is two blocks with no blank line
 * between them, as `splitHeadingLines` makes.
 */
export function splitIndentedParagraphs(blocks: readonly RawBlock[]): IndentSplit {
  // the lines inside blocks: where a layout without blank lines shows its paragraphs
  const inner = blocks.flatMap((b) => b.lines.slice(1));
  // A convention needs enough prose to show itself: a few lines prove nothing.
  if (inner.length < 20) return { blocks: [...blocks], cuts: 0 };
  const indents = new Map<number, number>();
  for (const line of inner) if (indentOf(line) > 0) indents.set(indentOf(line), (indents.get(indentOf(line)) ?? 0) + 1);
  const usual = [...indents].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const [k, atK] = usual ?? [0, 0];
  const atMargin = inner.filter((line) => indentOf(line) === 0).length;
  const wrap = wrapLength(inner);
  const long = (line: SourceLine): boolean => line.text.trim().length >= wrap * 0.6;
  // Whether a block is cut before its line i, given its cuts before the lines above.
  let cutBefore: (lines: readonly SourceLine[], i: number, cut: readonly boolean[]) => boolean;
  let convention: IndentConvention;
  // A paragraph a line: many lines longer than any wrap width. Each such line is a paragraph,
  // and so is a short line after the end of a sentence that opens like one (a line of
  // dialogue); short lines that go on from each other (verse, a letter's formulae) stay together.
  if (inner.filter(unwrapped).length >= inner.length * 0.3) {
    convention = 'line';
    cutBefore = (lines, i) => unwrapped(lines[i - 1]!) || unwrapped(lines[i]!) || (endsSentence(lines[i - 1]!) && opensParagraph(lines[i]!));
  } else if (
    usual !== undefined && atK >= inner.length * 0.6 && atMargin <= inner.length * 0.35 && inner.filter((line) => indentOf(line) === k && long(line)).length >= atK * 0.6 &&
    inner.filter((line) => indentOf(line) === k && /^\s*\p{Ll}/u.test(line.text)).length >= atK * 0.2
  ) {
    // Hanging: most inner lines at one indent, long (prose, not a poem whose every other line
    // is indented), going on from the line above in small letters as wrapped prose does (a
    // collection of poems set in by four spaces opens its lines with capitals), and the margin
    // lines few: each of those starts a paragraph.
    convention = 'hanging';
    cutBefore = (lines, i) => indentOf(lines[i]!) === 0;
  } else if (usual !== undefined && atMargin >= inner.length * 0.6 && atK <= inner.length * 0.4) {
    // First line indented: a line at the usual indent after the end of a sentence, opening
    // like a paragraph, under a line at the margin or under another such paragraph (a line
    // of dialogue). A poem or a letter quoted at that indent, in a block of its own, is not
    // cut: its lines follow lines of the same indent that start no paragraph.
    convention = 'first-line';
    cutBefore = (lines, i, cut) => {
      const line = lines[i]!;
      const prev = lines[i - 1]!;
      return indentOf(line) === k && endsSentence(prev) && opensParagraph(line) && (indentOf(prev) < k || cut[i - 1] === true);
    };
  } else {
    return { blocks: [...blocks], cuts: 0 };
  }
  const cutsIn = (lines: readonly SourceLine[]): boolean[] => {
    const cut = [false];
    for (let i = 1; i < lines.length; i++) cut.push(cutBefore(lines, i, cut));
    return cut;
  };
  const cutLines = blocks.map((b) => cutsIn(b.lines));
  if (cutLines.flat().filter(Boolean).length < minimumCuts) return { blocks: [...blocks], cuts: 0 };
  let cuts = 0;
  const out: RawBlock[] = [];
  blocks.forEach((b, at) => {
    const cut = cutLines[at]!;
    let from = 0;
    for (let i = 1; i < b.lines.length; i++) {
      const last = i === b.lines.length - 1 || cut[i + 1];
      if (!cut[i] && !(last && signsOff(b.lines[i]!, b.lines[i - 1]!))) continue;
      out.push(piece(b, from, i));
      from = i;
      cuts++;
    }
    out.push(from === 0 ? b : piece(b, from, b.lines.length));
  });
  return { blocks: out, convention, cuts };
}

/** Lines [from, to) of a block: the first piece keeps what came before the block, the last what follows it. */
function piece(b: RawBlock, from: number, to: number): RawBlock {
  return {
    wit: b.wit,
    lines: b.lines.slice(from, to),
    blankBefore: from === 0 ? b.blankBefore : 0,
    leading: from === 0 ? b.leading : [],
    trailing: to === b.lines.length ? b.trailing : [],
  };
}

/** The length most full lines reach: the 90th percentile of the lines' lengths. */
function wrapLength(lines: readonly SourceLine[]): number {
  const lengths = lines.map((l) => l.text.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}
