import { error, type Diagnostic } from '../diagnostics/index.js';
import type { BlockRole, Override } from './data-files.js';
import { type RawBlock } from './raw-blocks.js';
import { findAnchor, isHit, type AnchorWitness } from '../anchors/find.js';
import { contentRules } from './rules/content-rules.js';
import { notesWords } from './rules/heading-words.js';
import { noteLabelAt } from './rules/note-styles.js';
import { addressTitle, containerRank, divisionKey, endsWithListedFigure, isCapitalTitle, isTitleLine, readHeading, readNumberedTitle, type HeadingReading } from './rules/headings.js';
import { isHeadingLike } from './rules/text-patterns.js';
import { isDateline } from './rules/verse-and-letters.js';
import { readDiary } from './rules/diary.js';
import { castOf, isStageDirection, isVerseSpeech, speakerLabel, speechStart } from './rules/drama.js';
import { spanIn, type SourceLine } from './source-lines.js';
import type { PrintedHeading } from '../model/block.js';
import type { ReviewItem } from '../model/review.js';

/** A block with the role the rules (or an editor) gave it. */
export interface Classified {
  readonly block: RawBlock;
  readonly role: BlockRole;
  /** `override` when an editor decided, else the id of the rule. */
  readonly rule: string;
  readonly chapterStart: boolean;
  /** Number of a note block that begins with its label ("[45] …"); absent on continuations. */
  readonly noteN?: string;
  /** For a note of a book-end notes section: the division it belongs to ("chapter:4"). */
  readonly noteOf?: string;
  /** Who is responsible for a paratext block, from the overrides file. */
  readonly resp?: string;
  /** For a division's heading: what it prints (level, number, title). */
  readonly heading?: PrintedHeading;
  /** A division that opens here without a heading of its own: an entry of a diary, with its date as `n`. */
  readonly opens?: { readonly level: 'entry'; readonly n?: string };
}

/** "NOTES", "Notes.", "FOOTNOTES:" (as Project Gutenberg sets it), "ANMERKUNGEN", "ПРИМЕЧАНИЯ" alone on a line (heading-words.ts): notes printed at the end of the book. */
const notesHeading = new RegExp(String.raw`^\s*(?:${notesWords.join('|')})[.:]?\s*$`, 'iu');
const isNotesHeading = (b: RawBlock): boolean => b.lines.length === 1 && notesHeading.test(b.lines[0]!.text);

/** "CHAPTER IV.", "Notes to Chapter 4": the division a book-end notes section's notes are for. */
function notesKey(b: RawBlock): string | undefined {
  if (b.lines.length !== 1) return undefined;
  const h = readHeading(b.lines[0]!.text.replace(/^\s*notes?\s+(?:to|on)\s+/iu, ''));
  return h?.value !== undefined ? divisionKey(h.level, h.value) : undefined;
}

/** The printed heading of a block the rules (or an editor) made a division heading. */
function printedHeading(block: RawBlock, next: RawBlock | undefined, found: ReturnType<typeof divisionHeading>, wit: string): PrintedHeading {
  const line = block.lines[0]!;
  const h = found?.heading;
  const titleLine = found?.title ? (found.title.block === 'same' ? block.lines[found.title.line]! : next!.lines[0]!) : undefined;
  const trimmed = (l: SourceLine) => spanIn(l, l.text.length - l.text.trimStart().length, l.text.trimEnd().length);
  const title = titleLine ? titleLine.text.trim() : h?.title;
  // "ACT I. SCENE I.": the scene opens, inside the act the same line opens.
  const inner = h?.title !== undefined ? readHeading(h.title) : undefined;
  if (h && inner?.value !== undefined && containerRank[h.level] < containerRank[inner.level] && h.value !== undefined) {
    const start = line.text.indexOf(h.title!);
    return {
      wit,
      level: inner.level,
      label: line.text.trim(),
      number: inner.number!,
      value: inner.value,
      ...(titleLine ? { title: titleLine.text.trim(), titleSrc: trimmed(titleLine) } : inner.title !== undefined ? { title: inner.title } : {}),
      src: trimmed(line),
      numberSrc: spanIn(line, start + inner.numberAt![0], start + inner.numberAt![1]),
      within: { level: h.level, ...(h.number !== undefined ? { number: h.number } : {}), value: h.value },
    };
  }
  return {
    wit,
    level: h?.level ?? 'chapter',
    label: line.text.trim(),
    ...(h?.number !== undefined ? { number: h.number } : {}),
    ...(h?.value !== undefined ? { value: h.value } : {}),
    ...(title !== undefined ? { title } : {}),
    src: trimmed(line),
    ...(h?.numberAt ? { numberSrc: spanIn(line, h.numberAt[0], h.numberAt[1]) } : {}),
    ...(titleLine ? { titleSrc: trimmed(titleLine) } : h?.titleAt !== undefined ? { titleSrc: spanIn(line, h.titleAt, line.text.trimEnd().length) } : {}),
  };
}

/** "[45] This emerges…", "* Coleridge's…": a note's label at the start of a line (see note-styles.ts). */
const noteLabel = { test: (line: string): boolean => noteLabelAt(line) !== undefined, exec: noteLabelAt };

const frameRoles: ReadonlySet<BlockRole> = new Set(['paratext', 'running-head', 'footer', 'library-header', 'library-licence']);

/** Roles the transcription's conventions gave before any rule ran (see transcription-conventions.ts). */
export interface PresetRoles {
  readonly roles: readonly (BlockRole | undefined)[];
  readonly rules: readonly (string | undefined)[];
}

/** Blocks the rules do not learn the witness's layout from: the library's frame, a table of contents. */
const unlike: ReadonlySet<BlockRole> = new Set(['library-header', 'library-licence', 'contents-heading', 'contents-entry', 'cast-heading', 'cast-entry', 'sidenote']);

interface Decision {
  role?: BlockRole;
  chapterStart?: boolean;
  resp?: string;
}

/** The block of a witness whose lines hold a character offset. */
function blockAt(blocks: readonly RawBlock[], offset: number): number {
  return blocks.findIndex((b) => {
    const last = b.lines[b.lines.length - 1]!;
    return b.lines[0]!.offset <= offset && offset <= last.offset + last.text.length;
  });
}

/**
 * Each override applies to the block that holds its text (or, with `until`, to the run of
 * blocks from there to the block that holds that text). Text found nowhere, in several places,
 * or outside any block is an error: the override is not applied anywhere else.
 */
function overridesByBlock(blocks: readonly RawBlock[], overrides: readonly Override[], witness: AnchorWitness, file: string): { decisions: Map<RawBlock, Decision>; diagnostics: Diagnostic[] } {
  const decisions = new Map<RawBlock, Decision>();
  const diagnostics: Diagnostic[] = [];
  const locate = (text: string, line: number | undefined, what: string): number | undefined => {
    const hit = findAnchor(witness, { text, ...(line !== undefined ? { line } : {}) }, { file, what, stage: 'structure' });
    if (!isHit(hit)) {
      diagnostics.push(hit);
      return undefined;
    }
    const i = blockAt(blocks, hit.start.offset);
    if (i === -1) {
      diagnostics.push(
        error({ message: `${what} in ${file}: its text stands on blank lines, in no block`, rule: 'override-stale', stage: 'structure', file: witness.file, line: hit.start.line, column: hit.start.column }),
      );
      return undefined;
    }
    return i;
  };
  overrides.forEach((o, k) => {
    const what = `override ${witness.siglum}[${k}] (${o.role !== undefined ? `role ${o.role}` : `chapterStart ${o.chapterStart}`})`;
    const from = locate(o.text, o.line, what);
    const to = o.until === undefined ? from : locate(o.until, o.untilLine, `${what}, its "until"`);
    if (from === undefined || to === undefined) return;
    if (to < from) {
      diagnostics.push(error({ message: `${what} in ${file}: its "until" text comes before its text`, rule: 'override-stale', stage: 'structure', file }));
      return;
    }
    for (const b of blocks.slice(from, to + 1)) {
      const d = decisions.get(b) ?? {};
      if (o.role !== undefined) d.role = o.role;
      if (o.chapterStart !== undefined) d.chapterStart = o.chapterStart;
      if (o.resp !== undefined) d.resp = o.resp;
      decisions.set(b, d);
    }
  });
  return { decisions, diagnostics };
}

/**
 * Blocks kept as paragraphs although they are laid out like something else (mostly short
 * lines, or lines indented unevenly): no rule knew the layout, so an editor should look.
 */
function unknownLayouts(classified: readonly Classified[], profile: WitnessProfile, file: string): ReviewItem[] {
  return classified.flatMap((c) => {
    if (c.rule !== 'paragraph') return [];
    const lines = c.block.lines.map((l) => l.text);
    const short = lines.filter((l) => l.trim().length < 40).length;
    const indents = new Set(lines.map((l) => l.length - l.trimStart().length));
    const shortLines = lines.length >= 3 && short * 3 >= lines.length * 2;
    const uneven = indents.size > 1 && lines.some((l) => l.length - l.trimStart().length >= profile.proseIndent + 2);
    if (!shortLines && !uneven) return [];
    const first = c.block.lines[0]!;
    return [
      {
        rule: 'structure-unknown-layout',
        message: `kept as a paragraph, but laid out ${shortLines ? 'in short lines' : 'with uneven indentation'} (verse, a table, a letter's formulae?): give it a role in the overrides file if it is one`,
        text: lines.join(' / ').slice(0, 80),
        at: spanIn(first, 0, 0),
        file,
      },
    ];
  });
}

/** What the rules know of a whole witness before they look at a block. */
export interface WitnessProfile {
  /** The witness prints numbered headings: divisions start there, not at blank lines. */
  readonly headed: boolean;
  /**
   * The witness has no numbered headings, but opens (nearly) every section after two blank lines
   * with a title in capitals ("THE LAMB"): its divisions start at those titles, and two blank
   * lines before text that is no title are a wider space inside a division, not a new one.
   */
  readonly titled?: boolean;
  /** Speaker labels of a play (empty for prose). */
  readonly cast: ReadonlySet<string>;
  /** Usual indentation of its prose lines. */
  readonly proseIndent: number;
  /** A play in verse: most speeches of several lines are verse (a one-line speech is then a line too). */
  readonly verseDrama: boolean;
  /**
   * The width its prose is wrapped at, when its paragraphs run over several lines cut near one
   * width (a Project Gutenberg text at 70 or so); undefined for a text of a line per paragraph.
   */
  readonly wrapWidth?: number;
  /** The letters of an index or a glossary ("C.", "D."), which read as roman numbers. */
  readonly letters?: ReadonlySet<RawBlock>;
}

/**
 * Lines of one capital letter each ("A.", "B.", … "W."), alone in their blocks, in alphabetical
 * order (letters may be skipped): four or more, two of them no roman digit. They head the
 * letters of an index or a glossary; read as numbers, "C." and "D." would open chapters 100
 * and 500.
 */
function alphabetLetters(blocks: readonly RawBlock[]): Set<RawBlock> {
  const letters = new Set<RawBlock>();
  let run: { block: RawBlock; letter: string }[] = [];
  const close = () => {
    if (run.length >= 4 && run.filter((r) => !/[IVXLCDM]/u.test(r.letter)).length >= 2) run.forEach((r) => letters.add(r.block));
  };
  for (const b of blocks) {
    const m = b.lines.length === 1 ? /^\s*(\p{Lu})\.?\s*$/u.exec(b.lines[0]!.text) : null;
    if (!m) continue;
    if (run.length > 0 && m[1]! <= run.at(-1)!.letter) {
      close();
      run = [];
    }
    run.push({ block: b, letter: m[1]! });
  }
  close();
  return letters;
}

function profileOf(blocks: readonly RawBlock[], roles: readonly (BlockRole | undefined)[]): WitnessProfile {
  const indents = blocks.flatMap((b) => (b.lines.length > 2 ? b.lines.slice(1).map((l) => l.text.length - l.text.trimStart().length) : [])).sort((a, b) => a - b);
  const cast = castOf(blocks.map((b) => b.lines.map((l) => l.text)));
  const letters = alphabetLetters(blocks);
  // Headed: some block reads as a numbered heading by the same test that starts a division.
  const probe: WitnessProfile = { headed: true, cast, proseIndent: 0, verseDrama: false, ...(letters.size > 0 ? { letters } : {}) };
  const headed = blocks.some(
    (b, i) => roles[i] === undefined && !noteLabel.test(b.lines[0]!.text) && divisionHeading(b, blocks[i + 1], probe, false)?.heading.number !== undefined,
  );
  const speeches = cast.size === 0 ? [] : blocks.filter((b) => speechStart(b.lines[0]!.text, cast) && b.lines.length > 2).map((b) => isVerseSpeech(b.lines.slice(1).map((l) => l.text)));
  const verseDrama = speeches.length > 0 && speeches.filter(Boolean).length * 5 >= speeches.length * 3;
  const wrapWidth = wrapWidthOf(blocks);
  // Sections after two blank lines (not the first, not notes, not the editors'): how many open
  // with a title in capitals. Three or more, and at most one in five without one: titled.
  let titles = 0;
  let untitled = 0;
  // A witness with numbered headings whose numbering starts again ("I." … "VII.", later "I."
  // … "XXIII.") numbers the parts of some of its pieces; it may title the pieces in capitals.
  const numbers = headed
    ? blocks.flatMap((b, i) => (roles[i] === undefined ? [divisionHeading(b, blocks[i + 1], probe, false)?.heading] : [])).filter((h) => h?.level === 'chapter' && h.value !== undefined)
    : [];
  const restarts = numbers.some((h, k) => k > 0 && h!.value === 1 && numbers[k - 1]!.value! > 1);
  if (!headed || restarts) {
    /** The last title counted: text after a wider space under a title and a line or two is the title's. */
    let lastTitle = -10;
    blocks.forEach((b, i) => {
      if (i === 0 || b.blankBefore < 2 || roles[i] !== undefined || noteLabel.test(b.lines[0]!.text)) return;
      if (headed && divisionHeading(b, blocks[i + 1], probe, false)?.heading.number !== undefined) return;
      if (divisionHeading(b, blocks[i + 1], { ...probe, headed: false }, true)) {
        titles++;
        lastTitle = i;
      } else if (i - lastTitle <= 3 && blocks.slice(lastTitle + 1, i).every((t) => t.lines.length === 1)) return;
      else untitled++;
    });
  }
  const titled = titles >= 3 && untitled * 5 <= titles;
  return { headed, cast, proseIndent: indents[Math.floor(indents.length / 2)] ?? 0, verseDrama, ...(letters.size > 0 ? { letters } : {}), ...(wrapWidth ? { wrapWidth } : {}), ...(titled ? { titled } : {}) };
}

/**
 * The wrap width of hard-wrapped prose: the lines of paragraphs of three lines or more, but
 * their last, are nearly all of one length (within 15 characters of the longest usual one). At
 * least 20 such lines, so a few long verse paragraphs make no width.
 */
function wrapWidthOf(blocks: readonly RawBlock[]): number | undefined {
  const inner = blocks.flatMap((b) => (b.lines.length >= 3 ? b.lines.slice(0, -1).map((l) => l.text.trim().length) : [])).sort((a, b) => a - b);
  if (inner.length < 20) return undefined;
  const usual = inner[Math.floor(inner.length * 0.9)]!;
  const near = inner.filter((n) => n >= usual - 15 && n <= usual).length;
  return near >= inner.length * 0.75 ? usual : undefined;
}

/** The heading a block prints for a division: its first line, with a title under it if there is one. */
function divisionHeading(block: RawBlock, next: RawBlock | undefined, profile: WitnessProfile, chapterFirst: boolean): { heading: HeadingReading; title?: { line: number; block: 'same' | 'next' } } | undefined {
  const first = block.lines[0]!.text;
  if (endsWithListedFigure(first) || profile.letters?.has(block)) return undefined;
  const reading = readHeading(first);
  const cast = profile.cast.size > 0 && speechStart(first, profile.cast) !== undefined;
  if (reading && !cast && (profile.headed || reading.number === undefined)) {
    if (reading.level === 'chapter' && reading.rule === 'heading-bare-number' && block.lines.length > 1 && !isTitleLine(block.lines[1]!.text)) return undefined;
    // Under an act or scene heading, the line below is its setting ("A garden. Night."),
    // short, or a stage direction of any length, wrapped over a few lines ("Enter the King,
    // his lords and attendants, meeting a messenger …") as long as no speech starts.
    const below = block.lines.slice(1).map((l) => l.text);
    const setting = (reading.level === 'act' || reading.level === 'scene') && below.length > 0 &&
      ((below.length === 1 && below[0]!.trim().length <= 90) ||
        (below.length <= 4 && isStageDirection(below[0]!) && below.every((l) => (profile.cast.size > 0 ? speechStart(l, profile.cast) : speakerLabel(l)) === undefined)));
    // A title that reads as the heading again in words ("Chapter V" over "The Fifth Chapter") is a title too.
    const again = block.lines.length === 2 ? readHeading(block.lines[1]!.text) : undefined;
    const restates = again !== undefined && again.level === reading.level && again.value !== undefined && again.value === reading.value;
    if (setting || (block.lines.length === 2 && (isTitleLine(block.lines[1]!.text) || restates))) return { heading: reading, title: { line: 1, block: 'same' } };
    // A title after the number that runs on over a line or two, as a wrapped text prints it
    // ("Capítulo II. De cómo el viajero salió de su casa una mañana de / invierno"): the
    // block is the heading, ending as a heading does.
    // A heading word before the number ("CHAPTER 12. The Voyage Out, and What We / Found There.") lets
    // the title end with the full stop such books set after every title.
    const lastLine = block.lines[block.lines.length - 1]!.text;
    const endsAsTitle = isHeadingLike(lastLine) || (reading.rule !== 'heading-bare-number' && lastLine.trim().length <= 40 && /^[^.!?]*\.[”’"']?$/u.test(lastLine.trim()));
    if (reading.title !== undefined && block.lines.length <= 3 && endsAsTitle) return { heading: reading };
    // The number alone on its line and under it, in the same block, a title in capitals wrapped
    // over two lines ("CHAPTER XIII." / "MUTUAL AFFINITIES …: EMBRYOLOGY:" / "RUDIMENTARY ORGANS.").
    if (reading.title === undefined && reading.rule !== 'heading-bare-number' && block.lines.length === 3 && wrappedCapitals({ ...block, lines: block.lines.slice(1) })) return { heading: reading };
    if (block.lines.length > 1) return undefined;
    // ("Enter the King and his train." under a scene's heading is its stage direction, however capitalised.)
    // A long title under the number may be wrapped over two or three lines, in capitals ("DANS
    // LEQUEL … L'UN / COMME MAÎTRE, L'AUTRE COMME DOMESTIQUE"), as a plain-text book prints it.
    const titled =
      next &&
      (next.lines.length === 1 ? isCapitalOrTitleCase(next.lines[0]!.text) : wrappedCapitals(next)) &&
      !readHeading(next.lines[0]!.text) && !noteLabel.test(next.lines[0]!.text) && !/^\s*\[/u.test(next.lines[0]!.text) && !isStageDirection(next.lines[0]!.text);
    return titled ? { heading: reading, title: { line: 0, block: 'next' } } : { heading: reading };
  }
  // A chapter that opens with its title in capitals ("THE HARBOUR").
  if (chapterFirst && !cast && block.lines.length === 1 && isCapitalTitle(first) && next !== undefined) {
    return { heading: { level: 'chapter', title: first.trim(), titleAt: first.length - first.trimStart().length, rule: 'heading-capital-title' } };
  }
  // A title in capitals that runs on, after its comma or semicolon, into a second title on a
  // line of its own ("THE NIGHTINGALE;" over "A CONVERSATIONAL POEM, WRITTEN IN APRIL, 1798."),
  // as poems of the eighteenth and nineteenth centuries are titled: the second is its title line.
  const runsOn = /^(.*\S)\s*[,;]\s*$/u.exec(first);
  if (chapterFirst && !cast && block.lines.length === 1 && runsOn && isCapitalTitle(runsOn[1]!) && next?.lines.length === 1 && isCapitalTitle(next.lines[0]!.text) && readHeading(next.lines[0]!.text) === undefined) {
    return { heading: { level: 'chapter', title: first.trim(), titleAt: first.length - first.trimStart().length, rule: 'heading-capital-title' }, title: { line: 0, block: 'next' } };
  }
  if (chapterFirst && !cast && wrappedCapitals(block) && next !== undefined) {
    return { heading: { level: 'chapter', title: block.lines.map((l) => l.text.trim()).join(' '), titleAt: first.length - first.trimStart().length, rule: 'heading-capital-title' } };
  }
  return undefined;
}

/**
 * A long title in capitals, wrapped over two or three lines as a book prints it ("THE TALE / OF
 * THE OLD MILL,", "IN THREE PARTS."), ending as a title does.
 */
function wrappedCapitals(block: RawBlock): boolean {
  const letters = block.lines.map((l) => l.text).join(' ').replace(/[^\p{L}]/gu, '');
  const capitals = letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.9;
  return block.lines.length <= 3 && capitals && block.lines.every((l) => l.text.trim().length <= 90) && !/[,;:]$/u.test(block.lines.at(-1)!.text.trim());
}

/** Capitals, or most long words capitalised ("The Hall of Justice"): a title, not a sentence. */
function isCapitalOrTitleCase(line: string): boolean {
  if (isCapitalTitle(line)) return true;
  if (!isTitleLine(line)) return false;
  const words = line.trim().split(/\s+/u).filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  return words.length > 0 && words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/**
 * Gives every block of a witness its role. Blocks separated by two or more blank lines form
 * sections; a section that opens with a note label holds notes, any other opens a chapter.
 * Inside a chapter the content rules decide, in order; an editor's overrides win.
 */
export function classifyBlocks(
  blocks: readonly RawBlock[],
  overrides: readonly Override[],
  witness: AnchorWitness,
  overridesFile: string,
  preset: PresetRoles = { roles: [], rules: [] },
): { classified: Classified[]; diagnostics: Diagnostic[]; review: ReviewItem[] } {
  const { decisions, diagnostics } = overridesByBlock(blocks, overrides, witness, overridesFile);
  // An editor's role wins over the conventions'.
  const roles: (BlockRole | undefined)[] = blocks.map((b, i) => decisions.get(b)?.role ?? preset.roles[i]);
  const rules: string[] = blocks.map((b, i) => (decisions.get(b)?.role ? 'override' : (preset.rules[i] ?? '')));
  /** A bracketed footnote ends with its bracket: it opens no notes section for the blocks after it. */
  const delimited = (i: number) => roles[i] === 'note' && rules[i]!.startsWith('footnote-bracketed');
  const starts: boolean[] = blocks.map(() => false);
  const noteNs: (string | undefined)[] = blocks.map(() => undefined);
  const noteOf: (string | undefined)[] = blocks.map(() => undefined);
  /** Inside a "NOTES" section at the end of the book: the key of the division its notes are for. */
  let bookNotes: { key: string | undefined } | undefined;

  // Sections, notes and division starts. A witness that prints numbered headings starts its
  // divisions there; one that does not, after two blank lines.
  const kept = blocks.flatMap((_b, i) => (unlike.has(roles[i]!) ? [] : [i]));
  const profile = profileOf(kept.map((i) => blocks[i]!), kept.map((i) => roles[i]));
  const headings: (PrintedHeading | undefined)[] = blocks.map(() => undefined);
  const opens: (Classified['opens'] | undefined)[] = blocks.map(() => undefined);
  const diary = readDiary(blocks.map((b, i) => (roles[i] === undefined && decisions.get(b)?.chapterStart !== false ? b.lines[0]!.text : undefined)));
  blocks.forEach((b, i) => {
    if (roles[i] === undefined && profile.letters?.has(b)) {
      roles[i] = 'heading';
      rules[i] = 'heading-alphabet-letter';
    }
  });
  let inNotes = false;
  let awaitingStart = false;
  /** The block before was part of a table of contents or a transcriber's note. */
  let afterSpecial = false;
  let chapterSeen = false;
  /** The block of a title under an illustration that stands past a wider space (see below). */
  let titleAfterFigure = -1;
  /** The last transcriber's note in brackets opened inside the book's text (see below). */
  let noteInText = false;
  /** The value of the last chapter heading since the last part (or book, or volume) heading. */
  let lastChapter: number | undefined;
  /**
   * A number alone that opens no chapter: the first in its part, above 1, and the next heading
   * numbers lower with no part between ("XIX", a volume's number on a collected works' title
   * page, before the book's "I").
   */
  const outOfSequence = (h: HeadingReading, i: number): boolean => {
    if (h.rule !== 'heading-bare-number' || lastChapter !== undefined || (h.value ?? 0) <= 1) return false;
    for (let k = i + 1; k < blocks.length; k++) {
      if (roles[k] !== undefined) continue;
      const next = divisionHeading(blocks[k]!, blocks[k + 1], profile, false)?.heading;
      if (next) return next.level === h.level && next.value !== undefined && next.value < h.value!;
    }
    return false;
  };
  /**
   * A number and a title in capitals on a line of their own, with no text of its own, over a
   * first numbered heading ("II. POEMS OF NIGHT", then "I." and its poem): a part whose
   * numbering starts again.
   */
  const partOver = (i: number): { heading: HeadingReading; title?: { line: number; block: 'same' | 'next' } } | undefined => {
    const [b, next] = [blocks[i]!, blocks[i + 1]];
    const title = b.lines.length === 1 && profile.headed ? readNumberedTitle(b.lines[0]!.text) : undefined;
    if (!title || next === undefined || roles[i + 1] !== undefined) return undefined;
    const first = divisionHeading(next, blocks[i + 2], profile, false)?.heading;
    return first?.level === 'chapter' && first.value === 1 ? { heading: { ...title, level: 'part', rule: 'heading-number-title-part' } } : undefined;
  };
  /**
   * Before block i, past a wider space, a division that is only a title and a line or two under
   * it ("THE EVENING SONG.", "The Evening Song." or the poem's first words, then "Words by A.
   * Smith."): the title of
   * the text after the space, which goes on in the same division, as a songbook or an anthology
   * sets a title over its poem. The title becomes the division's heading.
   */
  const headsNext = (i: number): boolean => {
    const from = starts.lastIndexOf(true, i - 1);
    if (from < 0) return false;
    const section = blocks.slice(from, i);
    // (A footnote on the title may stand under it, "[Footnote 1: …]".)
    const lines = section.filter((_s, k) => roles[from + k] !== 'note');
    const titleRoles = new Set<BlockRole | undefined>([undefined, 'division-heading', 'division-title']);
    if (lines.length > 4 || !lines.every((s) => s.lines.length === 1 && s.lines[0]!.text.trim().length <= 70 && titleRoles.has(roles[blocks.indexOf(s)]))) return false;
    const first = section[0]!.lines[0]!.text;
    // A poem may be titled by its first words ("Be kind to each other." over "Be kind to each other!").
    const words = (l: string) => l.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    const opening = (title: string[], text: string[]) => title.length >= 2 && title.every((w, k) => text[k] === w);
    const titled =
      rules[from] === 'heading-capital-title' ||
      (roles[from] === undefined &&
        // (a word alone, "Opening.", is as likely a sentence: a title of one word needs a line under it)
        ((isCapitalOrTitleCase(first) && (lines.length > 1 || words(first).length >= 2)) || opening(words(first), words(blocks[i]!.lines[0]!.text))));
    if (!titled) return false;
    if (roles[from] === undefined) {
      const heading: HeadingReading = { level: 'chapter', title: first.trim(), titleAt: first.length - first.trimStart().length, rule: 'heading-title-over-text' };
      roles[from] = 'division-heading';
      rules[from] = heading.rule;
      headings[from] = printedHeading(section[0]!, blocks[from + 1], { heading }, witness.id ?? witness.siglum);
    }
    return true;
  };
  /**
   * A witness with numbered headings that titles its pieces in capitals (a collection of poems,
   * some in numbered parts): the book starts at the title of the piece its first numbered
   * heading belongs to (over a title right under it: "THE TALE OF THE MILL," over "ARGUMENT.");
   * the titles before it are its front. Once a titled piece is open, numbered headings are its
   * sections.
   */
  const pieces = { bodyStart: 0, open: false };
  /**
   * A witness that heads its chapters with a keyword ("CHAPTER IV.", twice or more) numbers
   * bare ("II.") only what lies inside them: the parts of a chapter, the stanzas of a ballad.
   * Once such a chapter is open (and until a part or a book), a bare number opens a section of
   * it, not a chapter that would repeat the chapters' numbers.
   */
  const keywordChapters = profile.headed
    ? blocks.filter((b, k) => roles[k] === undefined && divisionHeading(b, blocks[k + 1], profile, false)?.heading.rule === 'heading-chapter').length >= 2
    : false;
  let keywordChapterOpen = false;
  /**
   * A collection of letters numbered bare, each headed with whom it is to ("216." over "TO A.
   * SMITH.", or on its line after a dash: "I.--TO A. SMITH."): those divisions are letters. Half the numbered headings or more, three at least.
   */
  const addressed = (i: number, h: { heading: HeadingReading; title?: { line: number; block: 'same' | 'next' } } | undefined): boolean => {
    if (h?.heading.rule === 'heading-number-dash-title') return addressTitle.test(h.heading.title!);
    const title = h?.title ? (h.title.block === 'same' ? blocks[i]!.lines[h.title.line] : blocks[i + 1]?.lines[0]) : undefined;
    return h?.heading.rule === 'heading-bare-number' && title !== undefined && addressTitle.test(title.text);
  };
  const bare = profile.headed ? blocks.flatMap((b, i) => (roles[i] === undefined ? [[i, divisionHeading(b, blocks[i + 1], profile, false)] as const] : [])).filter(([, h]) => h?.heading.number !== undefined) : [];
  const letters = bare.filter(([i, h]) => addressed(i, h)).length;
  const letterCollection = letters >= 3 && letters * 2 >= bare.length;
  if (profile.headed && profile.titled) {
    const isTitle = (k: number) => k >= 0 && roles[k] === undefined && (k === 0 || blocks[k]!.blankBefore >= 2) && divisionHeading(blocks[k]!, blocks[k + 1], profile, true)?.heading.rule === 'heading-capital-title';
    const first = blocks.findIndex((b, k) => roles[k] === undefined && divisionHeading(b, blocks[k + 1], profile, false)?.heading.number !== undefined);
    let title = first;
    for (let k = first - 1; k >= 0; k--) {
      if (blocks[k + 1]!.blankBefore >= 2 && k + 1 < first && isTitle(k + 1)) break;
      if (isTitle(k)) {
        title = k;
        break;
      }
    }
    pieces.bodyStart = title > 0 && isTitle(title - 1) ? title - 1 : title;
  }
  blocks.forEach((b, i) => {
    const forced = decisions.get(b)?.chapterStart;
    // An illustration past a wider space, over a title ("[Illustration]" then "THE HARBOUR."):
    // the title opens the division, as a numbered heading under an illustration does; the space
    // before the illustration is the title's.
    const next0 = blocks[i + 1];
    const overTitle =
      roles[i] === 'figure' && !rules[i]!.endsWith('-continued') && i > 0 && b.blankBefore >= 2 && forced === undefined && next0 !== undefined && next0.blankBefore < 2 && roles[i + 1] === undefined &&
      divisionHeading(next0, blocks[i + 2], profile, true)?.heading.rule === 'heading-capital-title';
    if (overTitle) titleAfterFigure = i + 1;
    const blankStart = i === 0 || (b.blankBefore >= 2 && forced !== false && !overTitle) || titleAfterFigure === i;
    const label = noteLabel.exec(b.lines[0]!.text);
    if (bookNotes || (roles[i] === undefined && chapterSeen && isNotesHeading(b))) {
      if (!bookNotes) {
        bookNotes = { key: undefined };
        roles[i] = 'notes-heading';
        rules[i] = 'notes-book-end';
        return;
      }
      const key = notesKey(b);
      if (roles[i] === undefined && key !== undefined) {
        roles[i] = 'notes-key';
        rules[i] = 'notes-book-end-key';
        bookNotes.key = key;
        return;
      }
      if (roles[i] === undefined || roles[i] === 'note') {
        roles[i] = 'note';
        rules[i] = label ? 'note-book-end' : 'note-continuation';
        if (label) noteNs[i] = label.key;
        noteOf[i] = bookNotes.key;
      }
      return;
    }
    // A diary: its month headings hold its entries, each entry a division from its date on.
    const dated = diary?.get(i);
    if (dated) {
      inNotes = false;
      awaitingStart = false;
      afterSpecial = false;
      if (dated.kind === 'month') {
        roles[i] = 'division-heading';
        rules[i] = 'diary-month-heading';
        headings[i] = printedHeading(b, blocks[i + 1], { heading: { level: 'month', title: b.lines[0]!.text.trim(), titleAt: b.lines[0]!.text.length - b.lines[0]!.text.trimStart().length, rule: 'diary-month-heading' } }, witness.id ?? witness.siglum);
      } else {
        if (dated.date.alone && b.lines.length === 1) {
          roles[i] = 'dateline';
          rules[i] = 'diary-entry-dateline';
        }
        opens[i] = { level: 'entry', ...(dated.when ? { n: dated.when } : {}) };
      }
      starts[i] = forced ?? true;
      chapterSeen = true;
      return;
    }
    const editorHeading = roles[i] === 'division-heading';
    const looked = (roles[i] === undefined || editorHeading) && !label && forced !== false;
    const next = blocks[i + 1];
    const titleFirst = blankStart && (!profile.headed || (profile.titled === true && i >= pieces.bodyStart)) && !(roles[i] === undefined && label);
    const read = looked ? (divisionHeading(b, next, profile, awaitingStart || titleFirst) ?? partOver(i)) : undefined;
    // In a titled witness, a title with no text of its own, another title right after it
    // ("POEMS OF DAY", then "MORNING" and its poem), heads a part that holds them.
    const holds =
      profile.titled === true && !profile.headed && read?.heading.rule === 'heading-capital-title' && next !== undefined && next.blankBefore >= 2 && roles[i + 1] === undefined &&
      divisionHeading(next, blocks[i + 2], profile, true)?.heading.rule === 'heading-capital-title';
    const held = holds ? { ...read, heading: { ...read.heading, level: 'part' as const, rule: 'heading-capital-title-part' } } : read;
    let found = held && !editorHeading && outOfSequence(held.heading, i) ? undefined : held;
    // Pieces titled in capitals, some in numbered parts: a numbered heading inside a piece, or a
    // title right under the piece's ("ARGUMENT." under the poem's), opens a section of it.
    if (found && !editorHeading && pieces.open && (found.heading.number !== undefined || rules[i - 1] === 'heading-capital-title')) {
      roles[i] = 'heading';
      rules[i] = 'heading-in-titled-piece';
      inNotes = false;
      lastChapter = found.heading.value;
      return;
    }
    if (found && !editorHeading && keywordChapterOpen && (found.heading.rule === 'heading-bare-number' || found.heading.rule === 'heading-number-dash-title')) {
      roles[i] = 'heading';
      rules[i] = 'heading-bare-number-in-chapter';
      return;
    }
    if (found && keywordChapters) keywordChapterOpen = found.heading.rule === 'heading-chapter' || (keywordChapterOpen && containerRank[found.heading.level] >= containerRank.chapter);
    if (found?.heading.rule === 'heading-capital-title' && profile.headed) pieces.open = true;
    if (found && letterCollection && addressed(i, found)) found = { ...found, heading: { ...found.heading, level: 'letter' } };
    // Under a letter's heading, a place and a date ("Carisbrooke, April 17th [1817].") are its dateline, not its title.
    if (found?.heading.level === 'letter' && found.title?.block === 'next' && isDateline(blocks[i + 1]!.lines[0]!.text)) found = { heading: found.heading };
    if (found) lastChapter = containerRank[found.heading.level] < containerRank.chapter ? undefined : found.heading.value;
    if (found || editorHeading) {
      inNotes = false;
      awaitingStart = false;
      // A heading opens the division after a table of contents: the text under it, past a wider
      // space, goes on in it.
      afterSpecial = false;
      roles[i] = 'division-heading';
      rules[i] = editorHeading ? 'override' : found!.heading.rule;
      headings[i] = printedHeading(b, blocks[i + 1], found, witness.id ?? witness.siglum);
      if (found?.title?.block === 'next' && roles[i + 1] === undefined) {
        roles[i + 1] = 'division-title';
        rules[i + 1] = 'heading-title-line';
      }
      starts[i] = forced ?? true;
      chapterSeen = true;
      return;
    }
    if (blankStart) {
      // The first section is always text: notes follow the chapter they belong to.
      inNotes = roles[i] === undefined ? label !== undefined && chapterSeen : roles[i] === 'note' && !delimited(i);
      awaitingStart = !inNotes && !profile.headed && !profile.titled;
      if (awaitingStart && forced === undefined && roles[i] === undefined && headsNext(i)) awaitingStart = false;
    }
    if (inNotes && roles[i] === undefined) {
      roles[i] = 'note';
      rules[i] = label ? 'note-label' : 'note-continuation';
    }
    if (roles[i] === 'note' && label) noteNs[i] = label.key;
    // A witness without numbered headings: a table of contents or a transcriber's note is a
    // division of its own, and the text after it (past a wider space) another.
    // (A transcriber's note in brackets inside the book's text, "[Transcriber's Note: The gap is
    // not explained.]" with no wider space before it, ends with its bracket: it stands where it
    // is, in its chapter.)
    if (rules[i] === 'transcriber-note-bracketed') noteInText = chapterSeen && b.blankBefore < 2;
    const note = roles[i] === 'transcriber-note' && !(noteInText && rules[i]!.startsWith('transcriber-note-bracketed'));
    const opensSpecial = roles[i] === 'contents-heading' || roles[i] === 'cast-heading' || (note && !rules[i]!.endsWith('-continued'));
    const special = opensSpecial || roles[i] === 'contents-entry' || roles[i] === 'cast-entry' || note;
    if (!profile.headed && forced !== false && (opensSpecial || (afterSpecial && !special && b.blankBefore >= 2 && !frameRoles.has(roles[i]!)))) {
      starts[i] = true;
      awaitingStart = false;
    } else if (awaitingStart && !inNotes && !frameRoles.has(roles[i]!)) {
      starts[i] = forced ?? true;
      awaitingStart = false;
    } else if (forced === true) starts[i] = true;
    afterSpecial = special || (afterSpecial && frameRoles.has(roles[i]!));
    chapterSeen ||= starts[i]!;
  });

  // Content roles, chapter by chapter, so rules see where a chapter opens.
  const chapterBounds: number[] = [0, ...starts.flatMap((s, i) => (s && i > 0 ? [i] : [])), blocks.length];
  for (let c = 0; c + 1 < chapterBounds.length; c++) {
    const from = chapterBounds[c]!;
    const to = chapterBounds[c + 1]!;
    const chapterBlocks = blocks.slice(from, to);
    const chapterRoles = roles.slice(from, to);
    for (let k = 0; k < chapterBlocks.length; k++) {
      if (chapterRoles[k] !== undefined) continue;
      const ctx = { blocks: chapterBlocks, index: k, roles: chapterRoles, profile, inLetter: headings[from]?.level === 'letter' };
      for (const rule of contentRules) {
        const r = rule(ctx);
        if (r) {
          chapterRoles[k] = r.role;
          roles[from + k] = r.role;
          rules[from + k] = r.rule;
          if (r.role === 'note') noteNs[from + k] = noteLabelAt(chapterBlocks[k]!.lines[0]!.text)?.key;
          break;
        }
      }
    }
  }

  const classified = blocks.map((block, i) => ({
    block,
    role: roles[i]!,
    rule: rules[i]!,
    chapterStart: starts[i]!,
    ...(noteNs[i] !== undefined ? { noteN: noteNs[i] } : {}),
    ...(noteOf[i] !== undefined ? { noteOf: noteOf[i] } : {}),
    ...(decisions.get(block)?.resp !== undefined ? { resp: decisions.get(block)!.resp } : {}),
    ...(headings[i] !== undefined ? { heading: headings[i] } : {}),
    ...(opens[i] !== undefined ? { opens: opens[i] } : {}),
  }));
  return { classified, diagnostics, review: unknownLayouts(classified, profile, witness.file) };
}
