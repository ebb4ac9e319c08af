import { readHeading } from './headings.js';

/**
 * Plays as plain text prints them: a speaker's name before the speech ("Ham. To be…",
 * "HAMLET. To be…", "FIRST WITCH. When…", "1. Gent. Sir…"), or on a line of its own above it;
 * stage directions in brackets or parentheses ("[Exit.]", "(Aside.)", "[_Exeunt._]") or
 * opening with Enter, Exit, Exeunt, Re-enter, Manet, Flourish.
 */

/** A speaker's label at the start of a line: abbreviated or in capitals, ending with a period. */
const speakerWord = String.raw`(?:\p{Lu}[\p{Ll}'’]*|\p{Lu}[\p{Lu}'’-]+)\.?`;
const speakerName = String.raw`(?:\d\.\s?|(?:First|Second|Third|FIRST|SECOND|THIRD|1st|2nd|3rd)\s)?${speakerWord}(?:\s(?:and|AND|&|${speakerWord})){0,3}`;
/**
 * Also a label set in italics with a transcription's marks ("_Smith._", "_Mrs. Jones_."), as
 * e-texts of older plays print every speaker: group 3 is the name inside the marks.
 */
const speakerPrefix = new RegExp(String.raw`^(\s*)((${speakerName})\.|_(${speakerName})(?:\._|_\.))(?=\s|$)`, 'u');

/**
 * "[Exit.]", "(Aside.)", "[_Exeunt._]": a whole line in brackets or parentheses. A bracket may
 * stay open (a direction running on to the next line); a parenthesis must close on the line,
 * since verse opens parentheses that close lines later ("(Worthie to be a Rebell, for to that").
 */
const bracketed = /^\s*(?:\[[^\]]*\]?|\([^)]*\))\s*$/u;
/** A direction that opens with its verb. */
const directionVerb = /^\s*[[(_]*(?:Enter|Re-enter|Reenter|Exit|Exeunt|Manet|Manent|Flourish|Alarum|Sennet|Thunder)\b/u;

/** Whether a line is a stage direction. */
export const isStageDirection = (line: string): boolean => bracketed.test(line) || directionVerb.test(line);

/** The speaker label a line opens with (and where the speech after it starts), if any. */
export function speakerLabel(line: string): { label: string; at: number; end: number } | undefined {
  const m = speakerPrefix.exec(line);
  // "CHAPTER I." and "Scene II." are headings, not speakers.
  if (!m || readHeading(line) !== undefined) return undefined;
  const label = (m[3] ?? m[4]!).replace(/\.$/u, '');
  // Words that open sentences as often as they name a speaker.
  if (/^(?:I|A|O|Oh|Ah|Mr|Mrs|Dr|St|No|Yes|Ay|Nay)$/u.test(label)) return undefined;
  if (directionVerb.test(label)) return undefined;
  // A word and a roman number ("SONG IV.", "AIR XII.") heads a numbered piece; it names no one.
  if (/\s[IVXLC]+(?:\.|$)/u.test(label)) return undefined;
  return { label, at: m[1]!.length, end: m[1]!.length + m[2]!.length };
}

/**
 * The cast of a witness: speaker labels used at least twice before a speech (a label used once
 * is more likely an abbreviation that starts a sentence), or standing alone above a speech. A witness with
 * three speeches or more by such labels, opening a quarter of its blocks or more, is read as a
 * play.
 */
export function castOf(blocks: readonly (readonly string[])[]): Set<string> {
  const counts = new Map<string, number>();
  // Labels alone on their line with the speech under them: the way many editions print plays.
  const alone = new Set<string>();
  let aloneSpeeches = 0;
  for (const lines of blocks) {
    const indent = lines[0]!.length - lines[0]!.trimStart().length;
    lines.forEach((line, k) => {
      // Speeches may follow each other inside a block, each label at the block's indentation.
      if (k > 0 && line.length - line.trimStart().length !== indent) return;
      const s = speakerLabel(line);
      // A name alone in a block of one line speaks nothing: a letter's signature ("SMITH."), an address.
      if (!s || (lines.length === 1 && line.slice(s.end).trim() === '')) return;
      counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
      // (Over words: a title in capitals over its dates, "1801-1810.", is no speaker.)
      if (k === 0 && line.slice(s.end).trim() === '' && lines.length > 1 && /^\s*[\p{L}"'“‘([_]/u.test(lines[1]!)) {
        alone.add(s.label);
        aloneSpeeches++;
      }
    });
  }
  const cast = new Set([...counts].filter(([l, n]) => n >= 2 || alone.has(l)).map(([label]) => label));
  const speeches = [...counts].filter(([l]) => cast.has(l)).reduce((a, [, n]) => a + n, 0);
  // A play opens most of its blocks with speakers; a novel's names at the start of a wrapped line do not.
  // (A dialogue of a few speeches in a book of poems or prose does not make the book a play:
  // its speeches are a part of its blocks.)
  return (speeches >= 3 && cast.size >= 2 && speeches * 4 >= blocks.length) || (alone.size >= 2 && aloneSpeeches * 10 >= blocks.length) ? cast : new Set();
}

/**
 * The speech a block opens in a play: its first line starts with a label of the cast, or is
 * a speaker's label alone (a speaker who speaks once is still a speaker).
 */
export function speechStart(line: string, cast: ReadonlySet<string>): { label: string; at: number; end: number } | undefined {
  const s = speakerLabel(line);
  return s && (cast.has(s.label) || line.slice(s.end).trim() === '') ? s : undefined;
}

/** A stage direction over several lines: "[Enter the King, …\n… and Attendant.]". */
export const isStageBlock = (lines: readonly string[]): boolean =>
  lines.every(isStageDirection) ||
  (lines.length <= 3 && directionVerb.test(lines[0]!) && speakerLabel(lines[0]!) === undefined) || (/^\s*[[(]/u.test(lines[0]!) && /[\])][._]*\s*$/u.test(lines[lines.length - 1]!) && !lines.slice(1, -1).some((l) => /[\])]\s*$/u.test(l)));

/**
 * Whether the lines of a speech are verse: several lines, each short and starting with a
 * capital (or a quotation mark), as verse drama is printed; prose wraps into long lines.
 */
export function isVerseSpeech(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '' && !isStageDirection(l));
  if (text.length < 2) return false;
  const capitals = text.filter((l) => /^\s*[[(]?[\p{Lu}'‘"“]/u.test(l.trim())).length;
  return text.every((l) => l.trim().length <= 62) && capitals / text.length >= 0.6;
}
