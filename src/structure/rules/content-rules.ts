import type { BlockRole } from '../data-files.js';
import type { RawBlock } from '../raw-blocks.js';
import type { WitnessProfile } from '../classify.js';
import { isStageBlock, speechStart } from './drama.js';
import { citesKey, noteLabelAt } from './note-styles.js';
import { isCapitalTitle } from './headings.js';
import { isAddress, isCapitalsSignature, isDateline, isIndentedLine, isIndentedProse, isSalute, isShortLinedStanza, isSignatureLine, isValediction, isVerseBlock } from './verse-and-letters.js';
import {
  bulletOf,
  closingQuotes,
  endsWithColon,
  hasYear,
  isHeadingLike,
  isParenthesised,
  isSectionBreak,
  isByline,
  isIndexEntry,
  isUnpointedIndexEntry,
  isSignatureName,
  listNumber,
  opensAsSpeech,
  opensUnclosedSpeech,
  speakerOf,
} from './text-patterns.js';

/** What a rule sees: the chapter's blocks and the roles decided so far (earlier blocks). */
export interface RuleContext {
  readonly blocks: readonly RawBlock[];
  readonly index: number;
  /** Roles of blocks[0..index-1], and of later blocks an editor fixed. */
  readonly roles: readonly (BlockRole | undefined)[];
  /** What is known of the whole witness (a play's cast, its prose indentation). */
  readonly profile?: WitnessProfile;
  /** The blocks are a letter's (its heading opens a `letter` division). */
  readonly inLetter?: boolean;
}

export interface RuleResult {
  readonly role: BlockRole;
  readonly rule: string;
}

/** Rules return the role of `blocks[index]`, or nothing to let the next rule decide. */
export type ContentRule = (ctx: RuleContext) => RuleResult | undefined;

const lines = (b: RawBlock | undefined): string[] => (b ? b.lines.map((l) => l.text) : []);
const single = (b: RawBlock | undefined): string | undefined => (b && b.lines.length === 1 ? b.lines[0]!.text : undefined);
const allHeadingLike = (b: RawBlock | undefined): boolean => !!b && lines(b).every(isHeadingLike);

const sectionBreak: ContentRule = ({ blocks, index }) => {
  const t = single(blocks[index]);
  return t !== undefined && isSectionBreak(t) ? { role: 'break', rule: 'section-break' } : undefined;
};

/** The chapter's first block, one line in parentheses: "(The Harbour)". */
const subtitle: ContentRule = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  const first = roles.slice(0, index).every((r) => r === 'running-head' || r === 'paratext');
  return first && t !== undefined && isParenthesised(t) && isHeadingLike(t) ? { role: 'subtitle', rule: 'subtitle-parenthesised' } : undefined;
};

/**
 * Who wrote the piece, on a line of its own under its title ("By Jane Smith"): a byline (TEI
 * `byline`, in the division's opener), not a paragraph or a heading in capitals. Where no
 * text of the division follows it (the piece goes on in a division of its own), the opener
 * cannot stand and stays a paragraph (constructs.ts, placeFormulae).
 */
const byline: ContentRule = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  // (an illustration may stand between the title and the byline)
  let k = index - 1;
  while (k >= 0 && roles[k] === 'figure') k--;
  const prev = roles[k];
  const underTitle = prev === 'division-heading' || prev === 'division-title' || prev === 'heading' || prev === 'subtitle' || prev === 'front-heading';
  return t !== undefined && underTitle && isByline(t) ? { role: 'byline', rule: 'byline-under-title' } : undefined;
};

/**
 * A chapter that opens with a paragraph followed by a short attribution holding a year
 * ("J. Smith, The Courier / April 16,1917") opens with an epigraph.
 */
const epigraph: ContentRule = (ctx) => {
  const { blocks, index, roles } = ctx;
  const prev = roles[index - 1];
  if (prev === 'epigraph') return { role: 'epigraph-bibl', rule: 'epigraph-attribution' };
  const opening = roles.slice(0, index).every((r) => r === 'subtitle' || r === 'heading' || r === 'running-head');
  const next = blocks[index + 1];
  if (opening && !allHeadingLike(blocks[index]) && allHeadingLike(next) && hasYear(lines(next).join(' ')) && blocks[index + 2]) {
    return { role: 'epigraph', rule: 'epigraph-opening' };
  }
  return undefined;
};

/** A name in the shape of a signature right after a quotation signs it (a letter read out is signed in capitals). */
const signature: ContentRule = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  return t !== undefined && roles[index - 1] === 'quote' && (isSignatureName(t) || isCapitalsSignature(t)) ? { role: 'signed', rule: 'signature-after-quote' } : undefined;
};

/**
 * Short lines that end like no sentence; lines with columns aligned by spaces are a table, not a
 * heading, and a line that opens a speech is none either. In hard-wrapped prose a line cut at the wrap width ends mid-sentence like a heading
 * does: a block whose lines but the last reach near that width is a paragraph.
 */
/** Closing quotes, brackets and italics' marks at the end of a line. */
const closingRun = new RegExp(`[${closingQuotes})\\]_]+$`, 'u');

const heading: ContentRule = ({ blocks, index, profile }) => {
  const block = blocks[index];
  if (!allHeadingLike(block) || lines(block).some((l) => /\S {3,}\S/u.test(l)) || opensUnclosedSpeech(lines(block)[0]!)) return undefined;
  // A small letter first after a clause's end: the sentence goes on after a quotation ("'The
  // line quoted,'" then "and that he who gives"). (A title page's "by A. Smith" is a heading.)
  const before = blocks[index - 1] && lines(blocks[index - 1]).at(-1)!.trim().replace(closingRun, '');
  if (/^\P{L}*\p{Ll}/u.test(lines(block)[0]!) && before !== undefined && /[,;:—–-]$/u.test(before)) return undefined;
  const wrap = profile?.wrapWidth;
  if (wrap !== undefined && lines(block).slice(0, -1).some((l) => l.trim().length >= wrap * 0.75)) return undefined;
  return { role: 'heading', rule: 'heading-short-line' };
};

/**
 * A title in capitals that ends with the full stop many books set after every title ("THE
 * HARBOUR.", "RULES OF THE ROAD."), over text that goes on in the chapter: a subheading. A
 * name in capitals that signs what it ends ("A. SMITH.") stands closer to the text before it
 * than to what follows it (a wider space, or the chapter's end); a title stands at least as
 * far from the text before it as from its own. A line that opens with a dash credits a quotation
 * ("--A. SMITH."): no title.
 */
const capitalTitle: ContentRule = ({ blocks, index }) => {
  const t = single(blocks[index]);
  const next = blocks[index + 1];
  if (t === undefined || next === undefined || !isCapitalTitle(t) || !/\.["'”’_*]*$/u.test(t.trim()) || /^\s*(?:--|[—–])/u.test(t)) return undefined;
  return index === 0 || blocks[index]!.blankBefore >= next.blankBefore ? { role: 'heading', rule: 'heading-capital-title-stop' } : undefined;
};

/**
 * Numbered lines: a block whose every line is numbered, or a numbered paragraph whose
 * neighbours continue the numbering.
 */
const list: ContentRule = ({ blocks, index }) => {
  const here = lines(blocks[index]);
  const nums = here.map(listNumber);
  if (nums.some((n) => n === undefined)) return undefined;
  if (here.length > 1) return { role: 'list-item', rule: 'list-numbered-lines' };
  const n = nums[0]!;
  const before = single(blocks[index - 1]);
  const after = single(blocks[index + 1]);
  const continues = (before !== undefined && listNumber(before) === n - 1) || (after !== undefined && listNumber(after) === n + 1);
  return continues ? { role: 'list-item', rule: 'list-numbered-paragraphs' } : undefined;
};

/**
 * The entries of an index, one to a line, each a term and its pages ("  Accents, 92."): a
 * list, not verse (they are set in like verse). Three lines or more, two of them with a term.
 */
const indexEntries: ContentRule = ({ blocks, index }) => {
  const here = lines(blocks[index]);
  return here.length >= 3 && here.every(isIndexEntry) && here.filter((l) => /\p{L}.*,/u.test(l)).length >= 2 ? { role: 'list-item', rule: 'list-index-entries' } : undefined;
};

/**
 * An index whose sub-entries are set in under their term, with no comma before the pages
 * ("Apple, the 111" / "  Charlotte 1420" / "    boiled 1227"): five lines or more, nearly all
 * (nine in ten) a term and its pages, some set in, the terms not set in in alphabetical order.
 */
const indexSubEntries: ContentRule = ({ blocks, index }) => {
  const here = lines(blocks[index]);
  if (here.length < 5 || here.filter(isUnpointedIndexEntry).length * 10 < here.length * 9) return undefined;
  const terms = here.filter((l) => !/^\s/u.test(l)).map((l) => l.trim().charAt(0).toLowerCase());
  const setIn = here.some((l) => /^\s+\S/u.test(l));
  return setIn && terms.length >= 2 && terms.every((c, k) => k === 0 || c.localeCompare(terms[k - 1]!) >= 0) ? { role: 'list-item', rule: 'list-index-sub-entries' } : undefined;
};

/**
 * Bulleted lines: a block whose every line opens with one bullet ("* …", "• …"), or a paragraph
 * that opens with one beside another that opens with the same (a list of one item a block).
 * A note marked "*" is the notes rule's, which comes first.
 */
const bulleted: ContentRule = ({ blocks, index }) => {
  const here = lines(blocks[index]);
  const bullet = bulletOf(here[0]!);
  if (bullet === undefined) return undefined;
  if (here.length > 1 && here.every((l) => bulletOf(l) === bullet)) return { role: 'list-item', rule: 'list-bulleted-lines' };
  const beside = [blocks[index - 1], blocks[index + 1]].some((b) => b !== undefined && bulletOf(lines(b)[0]!) === bullet);
  return beside && here.slice(1).every((l) => bulletOf(l) === undefined) ? { role: 'list-item', rule: 'list-bulleted-paragraphs' } : undefined;
};

/** Two or more consecutive one-line paragraphs that start with "Name:" form a dialogue. */
const dialogue: ContentRule = ({ blocks, index }) => {
  const t = single(blocks[index]);
  if (t === undefined || speakerOf(t) === undefined) return undefined;
  const neighbour = [single(blocks[index - 1]), single(blocks[index + 1])].some((x) => x !== undefined && speakerOf(x) !== undefined);
  return neighbour ? { role: 'speech', rule: 'dialogue-speaker-colon' } : undefined;
};

/**
 * A paragraph announced by a colon ("…which interests us:") is a block quotation, unless it
 * opens as speech ("Elle sourit et dit :" over "– Vous partez déjà ?").
 */
const quoteAfterColon: ContentRule = ({ blocks, index, roles }) => {
  const prev = blocks[index - 1];
  return prev && roles[index - 1] === 'p' && endsWithColon(lines(prev).join(' ')) && !opensAsSpeech(lines(blocks[index]).join(' '))
    ? { role: 'quote', rule: 'quote-after-colon' }
    : undefined;
};

/**
 * A note printed after the text that cites it, at the foot of the page or the end of the
 * chapter: a block that opens with a label ("* Coleridge's…", "¹ See…", "(2) Cf.…") whose
 * marker stands in an earlier block of the chapter.
 */
const footnote: ContentRule = ({ blocks, index }) => {
  const label = noteLabelAt(blocks[index]!.lines[0]!.text);
  if (!label) return undefined;
  const before = blocks.slice(0, index).flatMap(lines);
  return citesKey(before, label.key) ? { role: 'note', rule: 'note-after-text' } : undefined;
};

/** A play: a block that opens with a speaker of the cast is a speech; a bracketed line a stage direction. */
const drama: ContentRule = ({ blocks, index, roles, profile }) => {
  const cast = profile?.cast;
  if (!cast || cast.size === 0) return undefined;
  const here = lines(blocks[index]);
  if (isStageBlock(here)) return { role: 'stage', rule: 'drama-stage-direction' };
  const form = profile!.verseDrama ? '+verse' : '';
  if (speechStart(here[0]!, cast)) return { role: 'drama-speech', rule: `drama-speaker${form}` };
  // After a stage direction, the speaker before it goes on (TEI: an sp without its speaker).
  const before = roles.slice(0, index).filter((r) => r !== 'stage');
  if (before[before.length - 1] === 'drama-speech') return { role: 'drama-speech', rule: `drama-speech-continued${form}` };
  return undefined;
};

/** Indented lines, or short lines each with a capital, are verse; blank lines divide its stanzas. */
const verse: ContentRule = ({ blocks, index, roles, profile }) => {
  const here = lines(blocks[index]);
  const indent = profile?.proseIndent ?? 0;
  if (isVerseBlock(here, indent, profile?.wrapWidth)) return { role: 'verse', rule: 'verse-lines' };
  // A stanza that goes on from the one before, opening with a small letter ("que tuve, ausente…").
  if (roles[index - 1] === 'verse' && profile?.wrapWidth !== undefined && isShortLinedStanza(here, profile.wrapWidth, true)) return { role: 'verse', rule: 'verse-lines' };
  // A one-line stanza continues the verse before it.
  if (here.length === 1 && roles[index - 1] === 'verse' && isIndentedLine(here[0]!, indent)) return { role: 'verse', rule: 'verse-lines' };
  return undefined;
};

/** Prose set in from the margin, its lines wrapped at a width: a block quotation, not verse. */
const indentedProse: ContentRule = ({ blocks, index, profile }) =>
  isIndentedProse(lines(blocks[index]), profile?.proseIndent ?? 0) ? { role: 'quote', rule: 'quote-indented-prose' } : undefined;

/** "To the Citizens of this Town:", "To the Editor:": an address that ends in a colon. */
const greetsAddressees = (t: string): boolean => t.trim().length <= 60 && /^\s*[_*]?[“"‘]?To\s+(?:the\s+)?\p{Lu}[^.!?]*:\s*$/u.test(t);

const opened = (roles: readonly (BlockRole | undefined)[], index: number): boolean => {
  for (let k = index - 1; k >= 0; k--) {
    const r = roles[k];
    if (r === 'signed' || r === 'division-heading') return false;
    if (r === 'salute' || r === 'address') return true;
  }
  return false;
};

/**
 * Letters: an address, a dateline and a salute open one; a valediction and a signature close
 * it (a dateline may follow the signature). Each stands alone on its line.
 */
const letter: ContentRule = ({ blocks, index, roles, inLetter }) => {
  const t = single(blocks[index]);
  if (t === undefined) return undefined;
  const next = single(blocks[index + 1]);
  const prev = roles[index - 1];
  const opening = prev === undefined || prev === 'division-heading' || prev === 'division-title' || prev === 'address' || prev === 'dateline' || prev === 'p';
  if (isAddress(t) && next !== undefined && (isSalute(next) || isDateline(next))) return { role: 'address', rule: 'letter-address' };
  // What a salute opens is the letter, not a speech: "Madame sourit et dit :" over "– Oui." is
  // narrative. (A letter quoted whole opens the salute and every paragraph with the same mark.)
  const speechNext = blocks[index + 1] !== undefined && opensAsSpeech(lines(blocks[index + 1])[0]!) && !opensAsSpeech(t);
  if (isSalute(t) && (opening || prev === 'salute') && !speechNext) return { role: 'salute', rule: 'letter-salute' };
  // An open letter greets those it is addressed to ("To the Citizens of …:", "To the Editor:"):
  // the address with a colon, over the letter's first paragraph, is its salute.
  if (greetsAddressees(t) && (opening || prev === 'heading') && next === undefined && blocks[index + 1] !== undefined) return { role: 'salute', rule: 'letter-salute-address' };
  if (isDateline(t) && ((prev !== undefined && ['address', 'salute', 'division-heading', 'division-title', 'signed'].includes(prev)) || (next !== undefined && isSalute(next)))) {
    return { role: 'dateline', rule: 'letter-dateline' };
  }
  // ("Yours truly", "Your devoted" over the name may go without its comma.)
  if (next !== undefined && isSignatureLine(next) && isValediction(t, 'signed')) return { role: 'valediction', rule: 'letter-valediction' };
  if (isSignatureLine(t) && (prev === 'valediction' || (opened(roles, index) && (next === undefined || isDateline(next) || /^\s*\p{Lu}{2}/u.test(t.replace(/^\W+/u, '')))))) {
    return { role: 'signed', rule: 'letter-signature' };
  }
  // A letter whose salute runs on into its text ("MY DEAR DAVIE--I will be…") ends with its
  // writer's initials or name in capitals alone on the last line ("J. K.").
  if (inLetter && next === undefined && blocks[index + 1] === undefined && index > 0 && (isCapitalsSignature(t) || initialsSignature.test(t))) return { role: 'signed', rule: 'letter-signature-last' };
  return undefined;
};

/** "J. K.", "C. L.": a signature of initials alone. */
const initialsSignature = /^\s*[_*]?(?:\p{Lu}\.\s?){1,3}[_*]?\s*$/u;

const paragraph: ContentRule = () => ({ role: 'p', rule: 'paragraph' });

/** The rules in the order they are tried; the first that answers decides. */
export const contentRules: readonly ContentRule[] = [
  footnote,
  sectionBreak,
  subtitle,
  byline,
  epigraph,
  signature,
  drama,
  dialogue,
  letter,
  bulleted,
  indexEntries,
  indexSubEntries,
  verse,
  indentedProse,
  capitalTitle,
  heading,
  list,
  quoteAfterColon,
  paragraph,
];
