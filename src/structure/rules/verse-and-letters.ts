/**
 * Verse and letters in prose books. Verse is set apart by indentation or by short lines
 * that each start with a capital; a letter opens with an address, a dateline and a salute and
 * closes with a valediction and a signature, each on a line of its own.
 */

import { bareValedictionWords, nameParticles, salutePossessives, saluteWords, valedictionWords } from './letter-words.js';
import { wordAlternatives } from './heading-words.js';

const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * Whether a block is verse: two lines or more, all indented (by at least two spaces, more
 * than the prose around it), or all short with capitals at the start, as poems are printed
 * (four lines or more of up to 64 characters each, or any number of up to 48). Spanish,
 * Italian and French poems often open only a sentence with a capital ("Tú, que imitaste la
 * llorosa vida / que tuve, ausente y desdeñado sobre"): in a text wrapped at a width, four
 * lines or more that open with a capital and all stop well short of that width are verse too.
 */
export function isVerseBlock(lines: readonly string[], proseIndent = 0, wrapWidth?: number): boolean {
  if (lines.length < 2) return false;
  // Columns aligned with runs of spaces are a table, not verse.
  if (lines.some((l) => /\S {3,}\S/u.test(l))) return false;
  if (lines.every((l) => indentOf(l) >= Math.max(2, proseIndent + 2))) return !isWrappedProse(lines);
  // (after a dash, a parenthesis or a mark of italics: "--Stay, friend!", "(So the tale goes)", "_Her_ hands")
  const capitals = lines.filter((l) => /^[-—–_(]*[\p{Lu}'‘"“]/u.test(l.trim())).length;
  if (capitals !== lines.length) return wrapWidth !== undefined && isShortLinedStanza(lines, wrapWidth);
  if (lines.every((l) => l.trim().length <= 48)) return true;
  // Longer lines (a pentameter runs to 55 characters or so) are verse when there are four or
  // more, each opens with a capital and none is as long as a line of prose set in a book:
  // hard-wrapped prose has most of its lines open with a small letter.
  return lines.length >= 4 && lines.every((l) => l.trim().length <= 64);
}

/**
 * Four lines or more, the first opening with a capital (after a dash or a quotation mark) unless
 * the stanza goes on from one before it, none longer than 64 characters nor within 15 of the
 * width the text's prose is wrapped at: prose wrapped there runs nearer to it on every line but
 * its last.
 */
export function isShortLinedStanza(lines: readonly string[], wrapWidth: number, goesOn = false): boolean {
  const limit = Math.min(64, wrapWidth - 15);
  return lines.length >= 4 && (goesOn || /^[^\p{L}\p{N}]{0,3}\p{Lu}/u.test(lines[0]!.trim())) && lines.every((l) => l.trim().length > 0 && l.trim().length <= limit);
}

/**
 * Whether lines are prose wrapped at a width, as a transcription sets a letter or an extract
 * indented in a novel: three lines or more, most of them running to within a few characters of
 * the longest (the last may stop short), which is as long as a line of prose, and many going on
 * with a small letter, as sentences wrapped mid-way do. Verse opens its lines with capitals or
 * varies their length.
 */
export function isWrappedProse(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const lengths = lines.map((l) => l.trim().length);
  const width = Math.max(...lengths);
  if (width < 50) return false;
  const full = lengths.slice(0, -1).filter((n) => n >= width - 12).length;
  const goingOn = lines.slice(1).filter((l) => /^[^\p{L}\p{N}]*\p{Ll}/u.test(l.trim())).length;
  return full * 10 >= (lines.length - 1) * 7 && goingOn * 10 >= (lines.length - 1) * 3;
}

/** Lines all indented beyond the prose and wrapped as prose: a block quotation (an extract, a letter read out). */
export const isIndentedProse = (lines: readonly string[], proseIndent = 0): boolean =>
  lines.length >= 3 && lines.every((l) => indentOf(l) >= Math.max(2, proseIndent + 2)) && isWrappedProse(lines);

/** One indented line: a single line of verse quoted in prose, or a motto. */
export const isIndentedLine = (line: string, proseIndent = 0): boolean => indentOf(line) >= Math.max(4, proseIndent + 4) && line.trim().length <= 70;

const open = String.raw`^\s*[_*]?[“"‘]?[_*]?`;
const short = (line: string, max = 70): boolean => line.trim().length > 0 && line.trim().length <= max;

/** "To Mrs. Saville, England.", "_To J. WALKER._": the letter's superscription. */
export const isAddress = (line: string): boolean => short(line, 60) && new RegExp(`${open}To\\s+\\p{Lu}`, 'u').test(line);

/** Words of a list as alternatives, whole words. */
const anyOf = (words: readonly string[]): string => `(?:${wordAlternatives(words)})(?![\\p{L}\\p{N}])`;

const salute = new RegExp(`${open}(?:${anyOf(salutePossessives)}\\s+)?${anyOf(saluteWords)}[^.!?]*(?:[,:!]|,\\s*(?:-{2}|—|–))\\s*$`, 'iu');

/** "My dear Sister,", "“MY DEAR COUSIN,", "Sir,", "Dear Madam:", "Mon cher ami,", "Lieber Freund!", "Muy señor mío:", "“My dearest Anne,--" (letter-words.ts). */
export const isSalute = (line: string): boolean => short(line, 60) && salute.test(line);

const month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const words = (text: string): number => text.match(/\p{L}+/gu)?.length ?? 0;

/**
 * "St. Petersburgh, Dec. 11th, 17—.", "Geneva, March 18th, 17—.”", "London, 1818.", "“_9 May._". A place
 * and a date and no more: a sentence that holds a date ("Au mois de mai de l'année 1850, nous
 * partîmes pour Lyon.") goes on after it, or runs longer than a dateline. What an edition's
 * editors supply stands in brackets, in part or whole ("[London,] November 20, 1816.",
 * "[London, October 31, 1816.]").
 */
export const isDateline = (line: string): boolean =>
  short(line, 80) &&
  new RegExp(`${open}\\[?(?=[\\p{Lu}\\d])[^\\n]*?(?:${month}\\s+\\d|(?<!\\d)\\d{1,2}\\s+${month}|\\d{1,2}(?:st|nd|rd|th)\\b|\\b1\\d(?:\\d\\d|—|–|-{1,2})|\\b(?:17|18|19|20)\\d\\d\\b)`, 'u').test(line) &&
  !/[?!]\s*$/u.test(line) &&
  words(line.slice(line.search(/\d\D*$/u) + 1)) <= 2 &&
  words(line) <= 8;

const valediction = new RegExp(`${open}${anyOf(valedictionWords)}[^.]*,\\s*$`, 'iu');
const bareValediction = new RegExp(`${open}${anyOf(bareValedictionWords)}[^.,]*$`, 'iu');
/** A valediction's words with no sentence's end and no comma after them ("Your devoted", "I am, sir, your servant"). */
const openValediction = new RegExp(`${open}${anyOf(valedictionWords)}(?:[^.!?;:]*[^.!?;:,])?$`, 'iu');
/** A valediction opens with a capital ("Yours ever," not a line of prose going on with "your …,"). */
const capitalFirst = new RegExp(`${open}\\p{Lu}`, 'u');

/**
 * "Your affectionate brother,", "Yours ever,", "Believe me, dear Sir,", "Votre dévoué,", "Tuyo
 * hasta la muerte," (letter-words.ts). Without its comma: "Yours truly", the words that can
 * sign off nothing but a letter; over a signature (`signed`), any valediction's words of a few
 * words ("Your devoted" over "A. SMITH.").
 */
export const isValediction = (line: string, comma: boolean | 'signed' = true): boolean =>
  short(line, 60) &&
  capitalFirst.test(line) &&
  (valediction.test(line) || (comma !== true && bareValediction.test(line)) || (comma === 'signed' && words(line) <= 6 && openValediction.test(line.trim())));

const particles = `(?:(?:${nameParticles.join('|')})\\s+)*`;
const signature = new RegExp(`${open}(?:\\p{Lu}\\.\\s?){0,3}\\p{Lu}[\\p{L}'’-]*(?:\\s${particles}(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’-]*){0,3}\\.?[_*]?[”"’]?\\s*$`, 'u');

/** "R. Walton", "R. WALTON.", "“ELIZABETH LAVENZA.", "El Caballero de la Triste Figura.": a name alone on its line. */
export const isSignatureLine = (line: string): boolean => short(line, 50) && signature.test(line);

/** A signature in capitals ("VERITAS.", "“J. SMITH.”"): a name, not a word that ends a speech. */
export const isCapitalsSignature = (line: string): boolean => isSignatureLine(line) && new RegExp(`${open}(?:\\p{Lu}\\.\\s?)*\\p{Lu}{2}`, 'u').test(line);
