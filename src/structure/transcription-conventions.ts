import { castHeading, isCastLine } from './cast-list.js';
import type { BlockRole } from './data-files.js';
import type { RawBlock } from './raw-blocks.js';
import type { SourceLine } from './source-lines.js';
import { contentsWords, wordAlternatives } from './rules/heading-words.js';
import { containerRank, readHeading } from './rules/headings.js';
import { markedLayout, type MarkedRange } from './rewrap-markers.js';

/**
 * The conventions of e-texts made by volunteers (Project Gutenberg, Distributed Proofreaders):
 * the library's frame around the book (a header down to "*** START OF THE PROJECT GUTENBERG
 * EBOOK … ***", a licence from "*** END OF …"), and blocks in square brackets that stand for
 * what plain text cannot hold ("[Illustration: Fig. 1. A map.]", "[Footnote 1: See above.]",
 * "[Transcriber's Note: …]"), with a table of contents the book printed. These blocks are
 * found before any other rule reads the witness: none of them is a heading, a paragraph or
 * verse, and the frame does not count when the rules learn how the witness is laid out.
 */

/** "*** START OF THE PROJECT GUTENBERG EBOOK A TITLE ***" (also "THIS", the older form). */
export const frameStart = /^\s*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG\b/iu;
/** "*** END OF THE PROJECT GUTENBERG EBOOK A TITLE ***". */
const frameEnd = /^\s*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG\b/iu;
/** "End of the Project Gutenberg EBook of A Title, by An Author", printed above the end line. */
const endOfBook = /^\s*End of (?:the )?Project Gutenberg(?:['’]s)?\b/iu;
/** "Produced by A. Volunteer and the Online Distributed Proofreading Team": the e-text's makers. */
const credits = /^\s*(?:Produced|Prepared|Transcribed|Scanned|E-?text prepared|Etext prepared)\b.{0,60}\bby\b/iu;

/** Where the library's frame ends and begins again: blocks [0, headerEnd) and [footerStart, end). */
export interface LibraryFrame {
  readonly headerEnd: number;
  readonly footerStart: number;
}

const hasLine = (b: RawBlock, re: RegExp): boolean => b.lines.some((l) => re.test(l.text));

/** The Project Gutenberg frame of a witness, if it has one. */
export function libraryFrame(blocks: readonly RawBlock[]): LibraryFrame | undefined {
  const start = blocks.findIndex((b) => hasLine(b, frameStart));
  const endAt = blocks.findIndex((b, i) => i > start && hasLine(b, frameEnd));
  if (start === -1 && endAt === -1) return undefined;
  let headerEnd = start + 1;
  const next = blocks[headerEnd];
  if (start !== -1 && next && next.lines.length <= 8 && credits.test(next.lines[0]!.text)) headerEnd++;
  let footerStart = endAt === -1 ? blocks.length : endAt;
  for (let k = footerStart - 1; k >= Math.max(headerEnd, footerStart - 2); k--) if (endOfBook.test(blocks[k]!.lines[0]!.text)) footerStart = k;
  return { headerEnd, footerStart };
}

/** What a bracketed block stands for. */
type Bracketed = 'figure' | 'note' | 'transcriber-note' | 'sidenote';

/** "[Sidenote: The king dies.]": a note printed in the margin, as Distributed Proofreaders mark it. */
export const sidenoteOpening = /^\[Side-?notes?:/iu;

/** "[Illustration]", "[Illustration: Fig. 1.", "[Footnote 1:", "[Footnote A:", "[Transcriber's Note:", "[Sidenote:". */
function bracketedKind(line: string): Bracketed | undefined {
  const t = line.trimStart();
  if (/^\[Illustrations?\b/u.test(t)) return 'figure';
  if (sidenoteOpening.test(t)) return 'sidenote';
  if (/^\[Footnote\s+(?:\d{1,4}|[A-Za-z]{1,3}):/u.test(t)) return 'note';
  if (/^\[Transcriber['’]?s?\s+Notes?\b/iu.test(t)) return 'transcriber-note';
  return undefined;
}

/** How many more "[" than "]" the lines hold, from the first "[" on, line by line; where it falls to 0 (line and column). */
function closingLine(lines: readonly SourceLine[], depth: number): { depth: number; at?: number; column?: number } {
  let d = depth;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    for (let k = i === 0 && depth === 0 ? text.indexOf('[') : 0; k < text.length; k++) {
      if (text[k] === '[') d++;
      else if (text[k] === ']') {
        d--;
        if (d === 0) return { depth: 0, at: i, column: k };
      }
    }
  }
  return { depth: d };
}

/**
 * "CONTENTS", "Contents.", "TABLE OF CONTENTS", "CONTENTS AND ILLUSTRATIONS", "LIST OF
 * ILLUSTRATIONS", a play's "THE SCENES OF THE PLAY", and the words of other languages
 * (heading-words.ts: "TABLE DES MATIÈRES").
 */
const contentsHeading = new RegExp(
  String.raw`^\s*(?:${wordAlternatives(contentsWords)})\.?(?:\s+and\s+illustrations\.?)?\s*$|^\s*(?:list of )?illustrations\.?\s*$|^\s*(?:the\s+)?scenes\s+(?:of|in)\s+the\s+play\.?\s*$`,
  'iu',
);

/** "GENERAL CONTENTS", "Analytical Contents", "DETAILED TABLE OF CONTENTS": a word with a capital that says what kind of table it is. */
const qualifiedContents = /^\s*\p{Lu}\p{L}+\s+(?:table\s+of\s+)?contents\.?\s*$/iu;
const isContentsHeading = (line: string): boolean => contentsHeading.test(line) || (qualifiedContents.test(line) && /^\s*\p{Lu}/u.test(line));

/** A rule drawn across the page ("-----", "=====", "_____"): it stands apart from what is listed. */
const isRuleLine = (line: string): boolean => /^\s*(?:[-=_]\s*){5,}$/u.test(line);

/**
 * The line of a block that heads a table of contents: the block's only line, or its only line
 * with letters among rules drawn above or below it.
 */
function contentsHeadingLine(b: RawBlock): string | undefined {
  const worded = b.lines.filter((l) => !isRuleLine(l.text));
  return worded.length === 1 && isContentsHeading(worded[0]!.text) ? worded[0]!.text : undefined;
}

/** A line that ends with a page number: "Introduction      13", "The Harbour ........ xii". */
const pageReference = /(?:\s{2,}|\.{2,}\s*)(?:_?Page_?\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})\.?\s*$/iu;

/**
 * A line of a table of contents: it ends with a page number, or it is short and ends like no
 * sentence ("Chapter 12", "  II.  THE HARBOUR", "PAGE"). A line without letters or digits
 * ("*   *   *") is none.
 */
function isContentsLine(line: string, long = false): boolean {
  const t = line.trim();
  if (!/[\p{L}\p{N}]/u.test(t) || t.length > (long ? 240 : 80)) return false;
  if (pageReference.test(line)) return true;
  if (/^(?:chap(?:ter)?\.?\s*)?page\.?$/iu.test(t)) return true;
  return t.length <= (long ? 240 : 64) && !/\p{Ll}{3,}[.!?]["”’)]*$/u.test(t);
}

/**
 * A block of entries of a table of contents. A numbered heading standing alone with no page
 * number ("CHAPTER I.") is the book's first heading, and a bracketed block is none.
 */
function isContentsBlock(b: RawBlock): boolean {
  const first = b.lines[0]!.text;
  if (bracketedKind(first)) return false;
  if (isLoneHeading(b)) return false;
  // A rule drawn across the page ends the table: what follows is the book.
  if (b.lines.some((l) => isRuleLine(l.text))) return false;
  // An entry whose title runs long ("Chapter VI. In Which the Whole Party Sets Out … and Comes Home Again")
  // among the others does not end the list.
  const entries = b.lines.filter((l) => isContentsLine(l.text)).length;
  return b.lines.every((l) => isContentsLine(l.text, true)) && (b.lines.length >= 4 ? entries * 4 >= b.lines.length * 3 : entries === b.lines.length);
}

/** A block of numbered headings, one a line, with a short line or two among them ("CHORUS."). */
const isHeadingsBlock = (b: RawBlock): boolean =>
  b.lines.length >= 2 && numberedLines(b).length * 4 >= b.lines.length * 3 && b.lines.every((l) => l.text.trim().length <= 90);
const numberedLines = (b: RawBlock): string[] => b.lines.map((l) => l.text).filter((t) => readHeading(t)?.number !== undefined);

/** A heading's level and number ("chapter 4"), by which an entry and the heading it lists meet. */
const headingKey = (line: string): string => {
  const h = readHeading(line);
  return `${h?.level ?? ''} ${h?.value ?? h?.number ?? ''}`;
};

/**
 * A numbered heading alone in its block, with no page number ("CHAPTER I.", "CHAPTER 1.
 * The Harbour."); its title may run on to a line or two.
 */
const isLoneHeading = (b: RawBlock): boolean => b.lines.length <= 3 && !pageReference.test(b.lines[0]!.text) && readHeading(b.lines[0]!.text)?.number !== undefined;

/**
 * A table of contents printed with no heading over it: three numbered headings or more of one
 * level in a row, each alone with nothing under it ("PART ONE", "PART TWO", "PART THREE"), and
 * the first of them printed again further on, where the book's text starts under it. The
 * indexes of the list's blocks.
 */
function unheadedContents(blocks: readonly RawBlock[], roles: readonly (BlockRole | undefined)[], from: number, to: number): number[] {
  const lone = (k: number) => k < to && roles[k] === undefined && isLoneHeading(blocks[k]!);
  for (let i = from; i < to; i++) {
    if (!lone(i)) continue;
    const level = readHeading(blocks[i]!.lines[0]!.text)!.level;
    let j = i;
    while (lone(j + 1) && readHeading(blocks[j + 1]!.lines[0]!.text)!.level === level) j++;
    const key = headingKey(blocks[i]!.lines[0]!.text);
    const again = blocks.slice(j + 1, to).some((b, k) => lone(j + 1 + k) && headingKey(b.lines[0]!.text) === key);
    if (j - i >= 2 && again) return Array.from({ length: j - i + 1 }, (_, k) => i + k);
    i = j;
  }
  return [];
}

/** Blocks under an entry of an analytical table of contents: its title and its synopsis. */
const synopsisBlocks = 2;
const synopsisLines = 20;

/**
 * An analytical table of contents, with or without a heading over it: three numbered headings or
 * more of one level in a row, each with no more than its title and a short synopsis under it
 * ("CHAPTER I. VARIATION UNDER DOMESTICATION." over "Causes of Variability. Effects of
 * Habit. …"), and the first two printed again further on, where the book's text starts under
 * them. The indexes of the list's blocks, and of the contents heading just before them.
 */
function analyticalContents(blocks: readonly RawBlock[], roles: readonly (BlockRole | undefined)[], from: number, to: number): { heading?: number; entries: number[] } {
  const lone = (k: number) => k < to && roles[k] === undefined && isLoneHeading(blocks[k]!);
  const short = (k: number) => k < to && roles[k] === undefined && !isLoneHeading(blocks[k]!) && blocks[k]!.lines.length <= synopsisLines;
  for (let i = from; i < to; i++) {
    if (!lone(i)) continue;
    const level = readHeading(blocks[i]!.lines[0]!.text)!.level;
    const heads = [i];
    const listed = new Set([headingKey(blocks[i]!.lines[0]!.text)]);
    let end = i;
    for (;;) {
      let k = end + 1;
      while (k - end - 1 < synopsisBlocks && short(k)) k++;
      // A heading whose number the list already gave is the book's own: the list ends before it.
      if (!(lone(k) && readHeading(blocks[k]!.lines[0]!.text)!.level === level && !listed.has(headingKey(blocks[k]!.lines[0]!.text)))) {
        end = k - 1;
        break;
      }
      heads.push(k);
      listed.add(headingKey(blocks[k]!.lines[0]!.text));
      end = k;
    }
    const keys = heads.slice(0, 2).map((k) => headingKey(blocks[k]!.lines[0]!.text));
    const printedAgain = (key: string) => blocks.slice(end + 1, to).some((b, k) => lone(end + 1 + k) && headingKey(b.lines[0]!.text) === key);
    if (heads.length >= 3 && keys.every(printedAgain)) {
      const before = [i - 1, i - 2].find((k) => k >= from && roles[k] === undefined && contentsHeadingLine(blocks[k]!) !== undefined);
      const first = before ?? i;
      return { ...(before !== undefined ? { heading: before } : {}), entries: Array.from({ length: end - first }, (_, k) => first + 1 + k).concat(before === undefined ? [i] : []).sort((a, b) => a - b) };
    }
    i = end;
  }
  return { entries: [] };
}

/**
 * A part's or a book's heading before the first chapter that is printed again further on,
 * where the text of that part starts (a contents listing two books names the second in its
 * words: "Second Part of the …"): an entry of the front, not the start of the part. The
 * indexes of such blocks.
 */
function headingsPrintedAgain(blocks: readonly RawBlock[], roles: readonly (BlockRole | undefined)[], from: number, to: number): number[] {
  const lone = (k: number) => roles[k] === undefined && isLoneHeading(blocks[k]!);
  const level = (k: number) => readHeading(blocks[k]!.lines[0]!.text)?.level;
  const key = (k: number) => blocks[k]!.lines[0]!.text.trim().replace(/\s+/gu, ' ').toLowerCase();
  let first = from;
  while (first < to && !(lone(first) && level(first) === 'chapter')) first++;
  const later = new Set<string>();
  for (let k = first; k < to; k++) if (lone(k)) later.add(key(k));
  const found: number[] = [];
  for (let k = from; k < first; k++) if (lone(k) && level(k) !== 'chapter' && later.has(key(k))) found.push(k);
  return found;
}

/** The roles these conventions give, block by block, with the id of the rule that gave each. */
export interface ConventionRoles {
  readonly blocks: RawBlock[];
  readonly roles: (BlockRole | undefined)[];
  readonly rules: (string | undefined)[];
  /** How many blocks of the library's frame were found (header, licence), for the build's message. */
  readonly frame?: { readonly header: number; readonly licence: number };
}

/** Cuts a block after line `at` (the rest is a block of its own, with no blank line before it). */
function cutAfter(b: RawBlock, at: number): [RawBlock, RawBlock] {
  return [
    { ...b, lines: b.lines.slice(0, at + 1), trailing: [] },
    { wit: b.wit, lines: b.lines.slice(at + 1), blankBefore: 0, leading: [], trailing: b.trailing },
  ];
}

/** A bracketed block may run over a few blank lines ("[Illustration: A MAP" … "London.]"), not over a chapter. */
const maxBracketBlocks = 12;

/**
 * Gives the blocks these conventions decide their roles. A bracket that closes before its
 * block's last line ends its own block there: the text under "[Illustration]" is text.
 */
export function conventionRoles(
  input: readonly RawBlock[],
  frameOf: (blocks: readonly RawBlock[]) => LibraryFrame | undefined = libraryFrame,
  marked: readonly MarkedRange[] = [],
): ConventionRoles {
  const blocks = [...input];
  const roles: (BlockRole | undefined)[] = blocks.map(() => undefined);
  const rules: (string | undefined)[] = blocks.map(() => undefined);
  const frame = frameOf(blocks);
  const set = (i: number, role: BlockRole, rule: string) => {
    roles[i] = role;
    rules[i] = rule;
  };
  const split = (i: number, at: number) => {
    const [head, rest] = cutAfter(blocks[i]!, at);
    blocks.splice(i, 1, head, rest);
    roles.splice(i + 1, 0, undefined);
    rules.splice(i + 1, 0, undefined);
  };
  let footerStart = frame?.footerStart ?? blocks.length;
  const headerEnd = frame?.headerEnd ?? 0;
  for (let i = 0; i < headerEnd; i++) set(i, 'library-header', 'library-frame-header');
  for (let i = headerEnd; i < footerStart; i++) {
    const b = blocks[i]!;
    const kind = bracketedKind(b.lines[0]!.text);
    if (kind) {
      const rule = { figure: 'illustration', note: 'footnote-bracketed', 'transcriber-note': 'transcriber-note-bracketed', sidenote: 'sidenote' }[kind];
      let found = closingLine(b.lines, 0);
      let j = i;
      while (found.at === undefined && j + 1 < footerStart && j + 1 - i < maxBracketBlocks && roles[j + 1] === undefined) {
        j++;
        found = closingLine(blocks[j]!.lines, found.depth);
      }
      if (found.at === undefined) j = i; // never closed: only the block that opens it
      // A sidenote with text after its bracket on the same line ("[Sidenote: The fleet sails.] The ships…")
      // stands at the start of that text: the paragraph's rules read the block.
      if (kind === 'sidenote' && (found.at === undefined || blocks[j]!.lines[found.at]!.text.slice(found.column! + 1).trim() !== '')) continue;
      if (found.at === undefined) j = i;
      else if (found.at < blocks[j]!.lines.length - 1) {
        split(j, found.at);
        footerStart++;
      }
      for (let k = i; k <= j; k++) set(k, kind, k === i ? rule : `${rule}-continued`);
      i = j;
      continue;
    }
    const first = b.lines[0]!.text;
    // "Transcriber's Notes:" or "Errors noted by the transcriber" over the blocks of the note,
    // down to a wider space (two blank lines or more).
    const noteHeading = b.lines.length === 1 && /\btranscriber\b/iu.test(first) && first.trim().length <= 80 && !/\p{Ll}[.!?]["”’]*$/u.test(first.trim());
    if (/^\s*Transcriber['’]?s?\s+Notes?\b/iu.test(first) || noteHeading) {
      let j = i;
      while (j + 1 < footerStart && roles[j + 1] === undefined && (j === i && b.lines.length === 1 ? true : blocks[j + 1]!.blankBefore < 2)) j++;
      for (let k = i; k <= j; k++) set(k, 'transcriber-note', k === i ? 'transcriber-note' : 'transcriber-note-continued');
      i = j;
      continue;
    }
    if (contentsHeadingLine(b) !== undefined) {
      let j = i;
      // Numbered headings alone ("CHAPTER 1. The Harbour.", "Part Two.") are entries too where the
      // list gives no page numbers, between other entries, unless one repeats a number of the
      // list: that one is the book's own first heading.
      const lone = (k: number) => k < footerStart && isLoneHeading(blocks[k]!);
      const near = (k: number) => k < footerStart && roles[k] === undefined && blocks[k]!.blankBefore <= 2;
      const listed = new Set<string>();
      let paged = false;
      const entry = (k: number): boolean => {
        const b = blocks[k]!;
        if (isContentsBlock(b)) return true;
        // An act with its scenes ("ACT II" over "Scene I. A street." …), unless the act is one
        // the list already gave: then it is the book's own; the scenes of a listed act.
        if (isHeadingsBlock(b)) {
          const first = numberedLines(b)[0]!;
          return !listed.has(headingKey(first)) || containerRank[readHeading(first)!.level] >= containerRank.chapter;
        }
        if (!lone(k) || paged || listed.has(headingKey(b.lines[0]!.text))) return false;
        if (near(k + 1) && (lone(k + 1) || isContentsBlock(blocks[k + 1]!) || isHeadingsBlock(blocks[k + 1]!))) return true;
        // the list's last entry: the next numbered heading starts the numbering again
        for (let m = k + 1; m < footerStart; m++) if (lone(m)) return listed.has(headingKey(blocks[m]!.lines[0]!.text));
        return false;
      };
      while (j + 1 < footerStart && roles[j + 1] === undefined && (j === i || blocks[j + 1]!.blankBefore <= 2) && entry(j + 1)) {
        j++;
        for (const l of blocks[j]!.lines) {
          paged ||= pageReference.test(l.text);
          if (readHeading(l.text)?.number !== undefined) listed.add(headingKey(l.text));
        }
      }
      if (j === i) continue; // a heading with no entries under it is a heading
      set(i, 'contents-heading', 'contents-heading');
      for (let k = i + 1; k <= j; k++) set(k, 'contents-entry', 'contents-entry');
      i = j;
      continue;
    }
    if (b.lines.length === 1 && castHeading.test(first)) {
      // The persons' lines down to the first that is none (the play's setting, a heading),
      // which starts a block of its own.
      let j = i;
      while (j + 1 < footerStart && roles[j + 1] === undefined && blocks[j + 1]!.blankBefore <= 2) {
        const lines = blocks[j + 1]!.lines;
        const found = lines.findIndex((l) => !isCastLine(l.text));
        // A line that runs on into the next in small letters is wrapped prose (the setting
        // described in a sentence), not a person: the prose starts there.
        const other = found > 0 && /^\s*\p{Ll}/u.test(lines[found]!.text) ? found - 1 : found;
        if (other === 0) break;
        j++;
        if (other > 0) {
          split(j, other - 1);
          footerStart++;
          break;
        }
      }
      if (j === i) continue;
      set(i, 'cast-heading', 'cast-heading');
      for (let k = i + 1; k <= j; k++) set(k, 'cast-entry', 'cast-entry');
      i = j;
    }
  }
  // Between rewrap markers the lines are laid out as printed, or are a block quotation.
  for (let i = headerEnd; i < footerStart; i++) {
    // (A numbered heading set between markers is still the heading the rules read.)
    const layout = roles[i] === undefined && !isLoneHeading(blocks[i]!) ? markedLayout(marked, blocks[i]!.lines[0]!.n) : undefined;
    if (layout) set(i, layout === 'block-quote' ? 'quote' : 'verse', layout === 'block-quote' ? 'rewrap-block-quote' : 'rewrap-as-printed');
  }
  unheadedContents(blocks, roles, headerEnd, footerStart).forEach((i) => set(i, 'contents-entry', 'contents-unheaded'));
  const analytical = analyticalContents(blocks, roles, headerEnd, footerStart);
  if (analytical.heading !== undefined) set(analytical.heading, 'contents-heading', 'contents-heading');
  analytical.entries.forEach((i) => set(i, 'contents-entry', 'contents-analytical'));
  headingsPrintedAgain(blocks, roles, headerEnd, footerStart).forEach((i) => set(i, 'paratext', 'front-heading-printed-again'));
  for (let i = footerStart; i < blocks.length; i++) set(i, 'library-licence', 'library-frame-licence');
  return {
    blocks,
    roles,
    rules,
    ...(frame ? { frame: { header: headerEnd, licence: blocks.length - footerStart } } : {}),
  };
}
