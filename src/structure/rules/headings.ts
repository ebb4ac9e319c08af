/**
 * Headings of divisions as books print them: "CHAPTER IV.", "Chapter 4", "IV.", "BOOK II",
 * "LETTER I", "PART THE FIRST", "Act III", "Scene 2. A room in the castle.", "CHAPTER IV. THE
 * TITLE", a title in capitals. Each reading gives the level of the division, the number as
 * printed and its value, so witnesses that number differently can still be matched.
 */

import { headingLinks, headingWords, higherNumberWords, numberWords } from './heading-words.js';

/** Kinds of division a heading can open; the first four (and a diary's months) hold the others. */
export const divisionLevels = ['volume', 'part', 'book', 'act', 'chapter', 'letter', 'scene', 'month', 'entry'] as const;
export type DivisionLevel = (typeof divisionLevels)[number];

/** Divisions that contain others (a book holds chapters, an act scenes). */
export const containerRank: Readonly<Record<DivisionLevel, number>> = { volume: 1, part: 2, book: 2, act: 2, chapter: 3, letter: 3, scene: 3, month: 2, entry: 3 };

export interface HeadingReading {
  readonly level: DivisionLevel;
  /** The number as printed ("IV", "4", "FIRST"); absent for a title in capitals. */
  readonly number?: string;
  /** Its value (4). */
  readonly value?: number;
  /** Characters [start, end) of the number in the line. */
  readonly numberAt?: readonly [number, number];
  /** A title printed on the same line after the number ("CHAPTER IV. THE TITLE"). */
  readonly title?: string;
  /** Where the title starts in the line. */
  readonly titleAt?: number;
  /** Which convention recognised it, for the rule id. */
  readonly rule: string;
}

const romanValues: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Key of a division by its printed number ("chapter:4"), by which book-end notes find their chapter. */
export const divisionKey = (level: string, value: number): string => `${level}:${value}`;

/** Value of a roman numeral written in the usual subtractive form (upper or lower case); else undefined. */
export function romanValue(s: string): number | undefined {
  const t = s.toUpperCase();
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(t) || t === '') return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = romanValues[t[i]!]!;
    const next = romanValues[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const units = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'];
const ordinals = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH', 'TENTH', 'ELEVENTH', 'TWELFTH', 'THIRTEENTH', 'FOURTEENTH', 'FIFTEENTH', 'SIXTEENTH', 'SEVENTEENTH', 'EIGHTEENTH', 'NINETEENTH'];
const tens = ['TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];
const tenOrdinals = ['TWENTIETH', 'THIRTIETH', 'FORTIETH', 'FIFTIETH', 'SIXTIETH', 'SEVENTIETH', 'EIGHTIETH', 'NINETIETH'];

/** Numbers in words of the other languages (heading-words.ts), by their lower-case form. */
const otherNumberWords: ReadonlyMap<string, number> = new Map([...numberWords.flatMap((words, i) => words.map((w) => [w, i + 1] as const)), ...higherNumberWords]);

/**
 * Value of a number in words, cardinal or ordinal, up to 99 in English ("FIRST",
 * "Twenty-second", "ONE") and German ordinals ("Einundzwanzigstes"), up to 20 in the other
 * languages of heading-words.ts ("primero", "Zweites", "tertium").
 */
export function wordValue(s: string): number | undefined {
  const other = otherNumberWords.get(s.toLowerCase());
  if (other !== undefined) return other;
  const parts = s.toUpperCase().split(/[-\s]+/u);
  if (parts.length === 1) {
    const w = parts[0]!;
    const u = units.indexOf(w);
    if (u !== -1) return u + 1;
    const o = ordinals.indexOf(w);
    if (o !== -1) return o + 1;
    const t = tens.indexOf(w);
    if (t !== -1) return (t + 2) * 10;
    const to = tenOrdinals.indexOf(w);
    return to !== -1 ? (to + 2) * 10 : undefined;
  }
  if (parts.length !== 2) return undefined;
  const t = tens.indexOf(parts[0]!);
  const rest = Math.max(units.indexOf(parts[1]!), ordinals.indexOf(parts[1]!));
  return t !== -1 && rest !== -1 && rest < 9 ? (t + 2) * 10 + rest + 1 : undefined;
}

/**
 * An ordinal abbreviated as French prints it: "Ier", "1er", "1re", "Iᵉʳ" (premier, première),
 * "IIe", "2e", "2ème", "IIᵉ". Roman numerals take it up to XXXIX only: "Le" and "De" are words.
 */
const abbreviatedOrdinal = /^(?:([I1])(?:er|re|ᵉʳ|ʳᵉ)|([IVX]+|\d{1,3})(?:e|ème|ᵉ))$/u;

function abbreviatedOrdinalValue(s: string): number | undefined {
  const m = abbreviatedOrdinal.exec(s);
  if (!m) return undefined;
  if (m[1]) return 1;
  const v = /^\d/u.test(m[2]!) ? Number(m[2]) : romanValue(m[2]!);
  return v !== undefined && v > 1 ? v : undefined;
}

/** Value of a printed number: arabic, roman, words or an abbreviated ordinal ("Ier", "2e"). */
export function numberValue(s: string): number | undefined {
  if (/^\d{1,4}$/u.test(s)) return Number(s);
  return romanValue(s) ?? wordValue(s) ?? abbreviatedOrdinalValue(s);
}

/** The level a keyword opens ("Capítulo" → chapter), by its lower-case form. */
const keywordLevels: ReadonlyMap<string, DivisionLevel> = new Map(
  (Object.entries(headingWords) as [DivisionLevel, readonly string[]][]).flatMap(([level, words]) => words.map((w) => [w, level] as const)),
);

const numberWord = String.raw`(?:\d{1,3}(?:er|re|e|ème|ᵉʳ|ʳᵉ|ᵉ)|\d{1,4}|[IVXLCDM]+(?:ᵉʳ|ʳᵉ|ᵉ)|[IVXLCDM]+|[ivxlcdm]+|(?:THE\s+|the\s+|The\s+)?\p{L}+(?:-\p{L}+)?)`;
/** "CHAPTER IV.", "Chapter 4:", "PART THE FIRST", "Scene II. Elsinore.", "Book the First--The Harbour". */
const keywordHeading = new RegExp(String.raw`^(\s*)(\p{L}+\.?)\s+(${numberWord})(?=$|[\s.:,;—–-])([.:]?)(?:\s*(?:(?:[.:—–]|-{1,2})\s*)?(\S.*))?$`, 'u');
/** "Erstes Kapitel", "Zweiter Teil. Die Reise". */
const ordinalFirstHeading = /^(\s*)(\p{L}+|\d{1,3}\p{L}+)\s+(\p{L}+\.?)(?:\s*[.:—–-]\s*(\S.*))?\s*$/u;
/** "Segunda parte de la historia del viajero …": a capital ordinal, a keyword, a linking word and the work's title, no stop at its end (and no gap, as a price or page number in a list has: "First Book of Sums   30"). */
const linkedHeading = new RegExp(String.raw`^(\s*)(\p{Lu}\p{L}*)\s+(\p{L}+)\s+((?:${headingLinks.join('|')})\s(?:\S|\s(?!\s))*?[^\s.!?])\s*$`, 'u');
/** "I.--TO A. SMITH.", "4.—THE HARBOUR": a number, its stop and a dash before the title. */
const numberDashTitle = /^(\s*)([IVXLCDM]+|\d{1,3})(\.?)\s*(?:-{2}|—|–)\s*(\S.*?)\s*$/u;
/** "TO A. SMITH.", "To Mrs. Saville": whom a letter is to, as its heading names it. */
export const addressTitle = /^\s*[_*]?(?:To|TO)\s+\p{Lu}/u;
/** "IV." or "4." alone on its line. */
const bareNumber = /^(\s*)([IVXLCDM]+|\d{1,3})\.?\s*$/u;


/** Longest line a heading may have. */
const maxHeading = 90;

/**
 * Reads a line as a division heading, or returns undefined. A keyword heading needs its number
 * (a roman or arabic numeral, or a number in words); the title after it, if any, must be short.
 */
export function readHeading(line: string): HeadingReading | undefined {
  // A heading may cite a note ("12.[1]", "CHAPTER IV.*"): the marker is no title, and the note
  // is placed at it in the head like anywhere else.
  const marker = trailingMarker.exec(line);
  return (marker ? readUnmarked(line.slice(0, marker.index)) : undefined) ?? readUnmarked(line);
}

/** A note's marker right after the last word of a line: "[1]", "*", "†", "¹". */
const trailingMarker = /(?<=\S)(?:\[\d{1,3}\]|[*†‡§]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*$/u;

function readUnmarked(line: string): HeadingReading | undefined {
  if (line.trim().length > maxHeading) return undefined;
  const k = keywordHeading.exec(line);
  if (k) {
    const [, indent, word, num, , rest] = k;
    const level = keywordLevels.get(word!.toLowerCase());
    if (level) {
      const bare = num!.replace(/^the\s+/iu, '');
      const value = numberValue(bare);
      // "Book I read twice" is prose: what follows the number must start like a title, or stand
      // after a dash ("Book the Second--the Golden Thread").
      const dashed = rest !== undefined && /^[.:]?\s*(?:-{2}|—|–)\s*$/u.test(line.slice(line.indexOf(num!, indent!.length + word!.length) + num!.length, line.lastIndexOf(rest)));
      if (value !== undefined && (rest === undefined || dashed || /^[\p{Lu}\p{N}"'“‘(\[_]/u.test(rest))) {
        const numStart = line.indexOf(num!, indent!.length + word!.length);
        const titleAt = rest !== undefined ? line.lastIndexOf(rest) : undefined;
        return {
          level,
          number: bare,
          value,
          numberAt: [numStart + (num!.length - bare.length), numStart + num!.length],
          ...(rest !== undefined ? { title: rest.trim(), titleAt: titleAt! } : {}),
          rule: `heading-${level}`,
        };
      }
    }
  }
  // "Erstes Kapitel", "Zweiter Teil. Die Reise": the number in words before the keyword.
  const o = ordinalFirstHeading.exec(line);
  if (o) {
    const [, indent, num, word, rest] = o;
    const level = keywordLevels.get(word!.toLowerCase());
    const value = level ? (wordValue(num!) ?? abbreviatedOrdinalValue(num!)) : undefined;
    if (level && value !== undefined && (rest === undefined || /^[\p{Lu}\p{N}"'“‘„«(\[_]/u.test(rest))) {
      const numStart = indent!.length;
      return {
        level,
        number: num!,
        value,
        numberAt: [numStart, numStart + num!.length],
        ...(rest !== undefined ? { title: rest.trim(), titleAt: line.lastIndexOf(rest) } : {}),
        rule: `heading-${level}`,
      };
    }
  }
  // "Segunda parte de la historia del viajero …": a part or a book headed with the work's title.
  const l = linkedHeading.exec(line);
  if (l) {
    const [, indent, num, word, rest] = l;
    const level = keywordLevels.get(word!.toLowerCase());
    const value = level === 'part' || level === 'book' || level === 'volume' ? wordValue(num!) : undefined;
    if (value !== undefined) {
      const numStart = indent!.length;
      return { level: level!, number: num!, value, numberAt: [numStart, numStart + num!.length], title: rest!, titleAt: line.lastIndexOf(rest!), rule: `heading-${level}` };
    }
  }
  // "I.--TO CHARLES COWDEN CLARKE.", "XII.—THE HARBOUR": a number and, after a dash, a title in
  // capitals or whom a letter is to, as collections of letters and essays head their pieces.
  // (Without its stop, "XIV--TO FANNY KEATS." as a printer may drop it, only whom a letter is to:
  // "I--I WON'T!" is a cry.)
  const d = numberDashTitle.exec(line);
  if (d && ((d[3] === '.' && isCapitalTitle(d[4]!)) || addressTitle.test(d[4]!))) {
    const value = numberValue(d[2]!);
    if (value !== undefined && value > 0) {
      const at = d[1]!.length;
      return { level: 'chapter', number: d[2]!, value, numberAt: [at, at + d[2]!.length], title: d[4]!.trim(), titleAt: line.lastIndexOf(d[4]!), rule: 'heading-number-dash-title' };
    }
  }
  const b = bareNumber.exec(line);
  if (b) {
    const value = numberValue(b[2]!);
    if (value !== undefined && value > 0) {
      const at = b[1]!.length;
      return { level: 'chapter', number: b[2]!, value, numberAt: [at, at + b[2]!.length], rule: 'heading-bare-number' };
    }
  }

  return undefined;
}

/** "IV. THE HARBOUR": a number and a title in capitals, without a keyword. */
const numberAndTitle = /^(\s*)([IVXLCDM]+|\d{1,3})\.\s+(\S.*)$/u;

/**
 * A number and a title in capitals with no keyword ("II. POEMS OF NIGHT"). Not a heading by
 * itself: "L. SMITH." signs a letter with an initial that reads as a roman fifty. The caller
 * says where it is one.
 */
export function readNumberedTitle(line: string): HeadingReading | undefined {
  const t = numberAndTitle.exec(line);
  const value = t && isCapitalTitle(t[3]!) ? numberValue(t[2]!) : undefined;
  if (value === undefined || value < 1) return undefined;
  const at = t![1]!.length;
  return { level: 'chapter', number: t![2]!, value, numberAt: [at, at + t![2]!.length], title: t![3]!.trim(), titleAt: line.lastIndexOf(t![3]!), rule: 'heading-number-title' };
}

/**
 * A line that is a numbered heading and nothing else ("  XVIII", "4.", "CHAPTER IV.", "Sonnet
 * 18" is not: no keyword): no title on it, so the lines under it can be text.
 */
export function isBareHeadingLine(line: string): boolean {
  const h = readHeading(line);
  return h !== undefined && h.value !== undefined && h.title === undefined;
}

/**
 * A division heading whose keyword is printed in capitals, with its number ("ACT II", "SCENE
 * III. A street.", "CHAPTER 4"): set as a heading even where no blank line parts it from the
 * text before it. A keyword in lower case ("Act I of it…") is more often prose.
 */
export function isCapitalKeywordHeading(line: string): boolean {
  const h = readHeading(line);
  if (h === undefined || h.value === undefined || h.numberAt === undefined || h.rule === 'heading-bare-number') return false;
  const keyword = line.trim().split(/\s+/u)[0]!;
  const letters = keyword.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * A title printed in capitals on its own line ("THE HARBOUR", "IN CHANCERY."): letters mostly
 * upper case, at least one word of three letters, short.
 */
export function isCapitalTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 70) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || !/\p{L}{3}/u.test(t)) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.9 && !/[,;:]$/u.test(t);
}

/**
 * A line that ends, after a gap of spaces or leader dots, with a page number or a price, as an
 * entry of a contents or a publisher's catalogue does ("Part I. Birds and Beasts.      50 cents",
 * "CHAPTER IV. The Harbour ..... 12", "Book of Sums   $1.20"): an entry, never a heading, even
 * printed outside any table. A word before the gap is needed ("      XVIII" is a heading).
 */
export function endsWithListedFigure(line: string): boolean {
  return /\S(?: {3,}|\s*\.{3,}\s*)(?:_?Page_?\s*)?\$?\s?(?:\d{1,4}(?:[., ]\d{2})?|[ivxlcdm]{1,7})\.?(?:\s+\p{L}{1,6}\.?)?\s*$/iu.test(line);
}

/**
 * A line of a table of figures: text, then after a gap of spaces or leader dots an amount
 * ("L1,000 on each Judge..... 9,000", "Surplus of last year      1,700,000", "Present for   149").
 */
export const endsWithFigure = (line: string): boolean => /\S(?: {3,}|\s*\.{3,}\s*)[£$L]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*$/u.test(line);

/** A short line that can be a chapter's title under its number ("The Hall of Justice."). */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > 70 || readHeading(t) !== undefined) return false;
  if (isCapitalTitle(t)) return true;
  // Title case or a short phrase without a sentence inside it.
  // (The full stop of a title of address, "At Mrs. Grey's House", ends no sentence.)
  return /^\p{Lu}/u.test(t) && !/[,;:]$/u.test(t) && !/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mt|Messrs|Mme|Mlle|Rev|Capt|Col|Gen|Lt|Jr|Sr))[.!?]\s+\p{Lu}/u.test(t) && t.split(/\s+/u).length <= 10;
}
