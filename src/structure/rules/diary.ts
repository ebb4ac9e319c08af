/**
 * Diaries and journals: entries that open with their date ("_April 2, 1829._" alone on its line,
 * or run in: "Jan. 1st (Lord’s day). This morning …", "2nd. In the morning …"), under month
 * headings ("JANUARY 1659-1660", "May 1802"). Each entry is a division (`div[@type='entry']`),
 * each month one that holds them (`div[@type='month']`); the date of every entry is worked out
 * from what the diary prints before it (a day alone takes the month and year of the entry or
 * heading before it; a month earlier than the last one turns the year).
 */

/** English month names and the abbreviations diaries print ("Jan.", "Sept."). */
const monthForms: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase().replace(/\.$/u, '');
  const i = monthForms.findIndex((forms) => forms.includes(w));
  return i === -1 ? undefined : i + 1;
};
const monthWord = String.raw`(?:${monthForms.flat().map((f) => (f.length > 3 || f === 'may' ? f : `${f}\\.?`)).join('|')})`;
const weekday = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** "1st", "2nd", "2d", "23rd", "3", "14th". */
const dayWord = String.raw`(\d{1,2})(?:st|nd|rd|th|d)?`;
/** What may follow a date before the entry's text: a weekday or a feast in brackets, after a comma or not ("(Lord’s day)", ", Saturday"). */
const dateTail = String.raw`(?<tail>,?\s*\([^)]{1,30}\)|,\s*${weekday})?`;

/** "April 1, 1829", "Jan. 1st", "November 14, Saturday" (month first); "14th May 1800", "Monday, 3rd May" (day first). */
const monthFirst = new RegExp(String.raw`^(?:${weekday},?\s+)?(${monthWord})\s+${dayWord}(?:,?\s+(\d{4}))?${dateTail}`, 'iu');
const dayFirst = new RegExp(String.raw`^(?:${weekday},?\s+)?${dayWord}\s+(${monthWord})(?:,?\s+(\d{4}))?${dateTail}`, 'iu');
/** "2nd", "8th (Sunday)", "5th,(Lord’s day)": a day alone, as entries after the first of a month print it. */
const dayAlone = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th|d)${dateTail}`, 'iu');
/** How the date ends: with its stop, a comma, a dash or the end of the line (then the entry's text). */
const dateEnd = /^(?:[.,:]|\s*--|\s*—|\s*$)/u;
/** A transcription's marks of italics around a dateline ("_April 2._"). */
const italics = /^(_?)(.*?)(_?)\s*$/u;

export interface EntryDate {
  /** The date as printed, without the marks of italics and the stop: characters [start, end) of the line. */
  readonly start: number;
  readonly end: number;
  /** Where its day, month and year end, before a weekday or a feast printed after them ("(Lord’s day)"). */
  readonly dateEnd: number;
  readonly day: number;
  readonly month?: number;
  readonly year?: number;
  /** The date is all the line holds (a dateline), not the opening of the entry's text. */
  readonly alone: boolean;
}

/** The date an entry of a diary opens with, if the line opens with one. */
export function entryDateAt(line: string): EntryDate | undefined {
  const indent = line.length - line.trimStart().length;
  const [, open = '', inner = '', close = ''] = italics.exec(line.slice(indent)) ?? [];
  // The marks of italics pair up, or there are none.
  if ((open === '') !== (close === '') && !(open === '_' && /_/u.test(inner))) return undefined;
  const text = open && close ? inner : line.slice(indent);
  const start = indent + open.length;
  const read = (m: RegExpExecArray | null, day: number, month: number, year: number): EntryDate | undefined => {
    if (!m) return undefined;
    const after = text.slice(m[0].length);
    if (!dateEnd.test(after)) return undefined;
    const d = Number(m[day]);
    const mo = month > 0 ? monthOf(m[month]!) : undefined;
    if (d < 1 || d > 31) return undefined;
    const y = year > 0 && m[year] ? Number(m[year]) : undefined;
    const rest = after.replace(/^\s*[.,:]?\s*/u, '');
    // Alone: nothing after it but its stop (and, for italics, the closing mark).
    const alone = rest === '' || (open === '' && /^_?\s*$/u.test(rest));
    return { start, end: start + m[0].length, dateEnd: start + m[0].length - (m.groups?.['tail']?.length ?? 0), day: d, ...(mo ? { month: mo } : {}), ...(y ? { year: y } : {}), alone };
  };
  return read(monthFirst.exec(text), 2, 1, 3) ?? read(dayFirst.exec(text), 1, 2, 3) ?? read(dayAlone.exec(text), 1, 0, 0);
}

/** "JANUARY 1659-1660", "May 1802", "JUNE, 1663.": a month and its year alone on a line. */
const monthHeadingPattern = new RegExp(String.raw`^\s*(${monthWord}),?\s+(\d{4})(?:\s*[-/–]\s*(\d{2,4}))?\.?\s*$`, 'iu');

export interface MonthHeading {
  readonly month: number;
  /** The year of the calendar we count in: of a year printed double (Old and New Style, "1659-1660", "1659/60"), the later. */
  readonly year: number;
}

export function monthHeadingOf(line: string): MonthHeading | undefined {
  const m = monthHeadingPattern.exec(line);
  if (!m) return undefined;
  const month = monthOf(m[1]!)!;
  const first = Number(m[2]);
  const second = m[3] ? Number(m[3].length === 4 ? m[3] : m[2]!.slice(0, 4 - m[3].length) + m[3]) : undefined;
  // "1659-1660" is one year written in two styles; "1659-1667" is no month's year.
  if (second !== undefined && second !== first + 1) return undefined;
  return { month, year: second ?? first };
}

/** What a block of a diary is: a month's heading, or the start of an entry (its ISO date, when it can be told). */
export type DiaryMark = { readonly kind: 'month'; readonly heading: MonthHeading } | { readonly kind: 'entry'; readonly date: EntryDate; readonly when?: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a witness as a diary, given the first line of each block (undefined for a block the
 * rules have already given a role). A diary has three entries or more, in order of date, and
 * prints its months: in three of its entries or more, or as headings (a day alone opens an
 * entry only after a month is known, and only a later day than the entry before it); else the
 * witness is no diary and nothing is marked.
 */
export function readDiary(firstLines: readonly (string | undefined)[]): Map<number, DiaryMark> | undefined {
  const marks = new Map<number, DiaryMark>();
  let month: number | undefined;
  let year: number | undefined;
  let lastDay = 0;
  let named = 0;
  let backwards = 0;
  firstLines.forEach((line, i) => {
    if (line === undefined) return;
    const heading = monthHeadingOf(line);
    if (heading) {
      marks.set(i, { kind: 'month', heading });
      [month, year, lastDay] = [heading.month, heading.year, 0];
      return;
    }
    const date = entryDateAt(line);
    if (!date) return;
    if (date.month === undefined) {
      if (month === undefined || date.day <= lastDay) return;
    } else {
      named++;
      if (month !== undefined && date.year === undefined && (date.month < month || (date.month === month && date.day < lastDay))) {
        // A month earlier than the last: the next year ("_December 30._" … "_January 2._"), unless it is out of order.
        if (date.month < month && year !== undefined) year++;
        else backwards++;
      }
      month = date.month;
    }
    if (date.year !== undefined) year = date.year;
    lastDay = date.day;
    const when = year !== undefined ? `${year}-${pad(month!)}-${pad(date.day)}` : undefined;
    marks.set(i, { kind: 'entry', date, ...(when ? { when } : {}) });
  });
  const entries = [...marks.values()].filter((m) => m.kind === 'entry').length;
  const months = marks.size - entries;
  return (named >= 3 || months >= 1) && entries >= 3 && backwards * 4 < entries ? marks : undefined;
}
