import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

/**
 * Parsers chrono-node lacks: parts of a year or month ("the end of 1932", "the beginning of
 * October 1932"), seasons ("the autumn of 1932", "the summer or autumn of 1933"), bare years
 * ("in 1911") and day-first numeric dates ("13.2.2005"). A result that stands for an interval
 * rather than a point carries its bounds as tags `nb:ISO` and `na:ISO` on its components, read
 * back by the normaliser.
 */

export interface YearLimits {
  readonly minYear: number;
  readonly maxYear: number;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_ALT = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');

const pad = (n: number) => String(n).padStart(2, '0');
export const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Month ranges of the parts of a year; the first third of a month for the parts of a month. */
const YEAR_PARTS: Record<string, [number, number]> = {
  beginning: [1, 3],
  start: [1, 3],
  'early part': [1, 3],
  middle: [5, 8],
  end: [10, 12],
  'latter part': [10, 12],
  'first half': [1, 6],
  'second half': [7, 12],
};
const MONTH_PARTS: Record<string, [number, number | 'last']> = {
  beginning: [1, 10],
  start: [1, 10],
  'early part': [1, 10],
  middle: [11, 20],
  end: [21, 'last'],
  'latter part': [21, 'last'],
  'first half': [1, 15],
  'second half': [16, 'last'],
};

/**
 * Meteorological seasons of the northern hemisphere. Winter is December of the year before to
 * February: "the winter of 1933" may also mean 1933–34, so it is read with lower certainty.
 */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

function interval(context: ParsingContext, index: number, text: string, year: number, nb: string, na: string, tags: string[]): ParsingResult {
  const result = context.createParsingResult(index, text, { year });
  result.start.addTags(['nb:' + nb, 'na:' + na, ...tags]);
  return result;
}

export const inYears = (limits: YearLimits, y: number) => y >= limits.minYear && y <= limits.maxYear;

/** "the end of 1932", "the beginning of October 1932", "the early part of 1932", "the middle of 1934". */
export function partOfPeriodParser(limits: YearLimits): Parser {
  const parts = Object.keys(YEAR_PARTS).join('|').replace(/ /g, '\\s+');
  // An exclamation in brackets may stand before the year: "the end of March (!) 1933".
  const pattern = new RegExp(`\\b(?:(the)\\s+)?(${parts})\\s+of\\s+(?:(${MONTH_ALT})\\s+(?:\\([!?]+\\)\\s+)?)?(\\d{4})\\b`, 'i');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const part = match[2]!.toLowerCase().replace(/\s+/g, ' ');
      const year = Number(match[4]);
      if (!inYears(limits, year)) return null;
      if (match[3]) {
        const month = MONTHS.indexOf(match[3].toLowerCase()) + 1;
        const [d1, d2] = MONTH_PARTS[part]!;
        const end = d2 === 'last' ? lastDay(year, month) : d2;
        const result = interval(context, match.index!, match[0], year, iso(year, month, d1), iso(year, month, end), ['part:' + part]);
        result.start.assign('month', month);
        return result;
      }
      const [m1, m2] = YEAR_PARTS[part]!;
      return interval(context, match.index!, match[0], year, iso(year, m1, 1), iso(year, m2, lastDay(year, m2)), ['part:' + part]);
    },
  };
}

/** "the autumn of 1932", "the fall of 1932", "the summer or autumn of 1933". */
export function seasonParser(limits: YearLimits): Parser {
  const names = Object.keys(SEASONS).join('|');
  const pattern = new RegExp(`\\b(?:(the)\\s+)?(${names})(?:\\s+or\\s+(?:the\\s+)?(${names}))?\\s+of\\s+(\\d{4})\\b`, 'i');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const year = Number(match[4]);
      if (!inYears(limits, year)) return null;
      const first = match[2]!.toLowerCase();
      const second = (match[3] ?? match[2]!).toLowerCase();
      const [m1] = SEASONS[first]!;
      const [, m2] = SEASONS[second]!;
      const startYear = m1 === 12 ? year - 1 : year;
      const tags = ['season:' + first];
      if (first === 'winter' || second === 'winter') tags.push('cert:medium', 'why:winter');
      return interval(context, match.index!, match[0], year, iso(startYear, m1, 1), iso(year, m2, lastDay(year, m2)), tags);
    },
  };
}

/** Words before a four-digit number that make it something other than a year. */
const NOT_YEAR_BEFORE = /(?:\bNos?\.|\bp\.|\bpp\.|\bpages?|\bVol\.|\bvol\.|\bnumber|№)\s*$/;
/** Words after it that make it a quantity. */
const NOT_YEAR_AFTER = /^\s*(?:km|kilomet|miles?\b|people|persons|men\b|pages|copies|roubles|rubles|francs|marks|dollars|pounds|%)/i;

/** A bare year ("in 1911", "(1940? 1945?)"), within the configured range. */
export function yearParser(limits: YearLimits): Parser {
  const pattern = /(?<![\p{L}\p{N}.,])(\d{4})(?![\p{L}\p{N}]|[.,]\d)/u;
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const year = Number(match[1]);
      const at = match.index!;
      if (!inYears(limits, year)) return null;
      // The pattern's look-behind sees only the rest of the text chrono hands it; look again.
      const prev = context.text[at - 1] ?? '';
      if (/[\p{L}\p{N}]/u.test(prev) || (/[.,/]/.test(prev) && /\d/.test(context.text[at - 2] ?? ''))) return null;
      if (NOT_YEAR_BEFORE.test(context.text.slice(Math.max(0, at - 12), at))) return null;
      if (NOT_YEAR_AFTER.test(context.text.slice(at + 4, at + 20))) return null;
      const result = context.createParsingResult(at, match[1]!, { year });
      result.start.addTag('parser/year');
      return result;
    },
  };
}

/** Numeric dates read day first, as in Europe: "13.2.2005", "13/2/2005". */
export function numericDateParser(limits: YearLimits, order: 'dmy' | 'mdy'): Parser {
  const pattern = /(?<![\p{L}\p{N}.\/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}]|[./]\d)/u;
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const a = Number(match[1]);
      const b = Number(match[3]);
      const year = Number(match[4]);
      const [day, month] = order === 'dmy' ? [a, b] : [b, a];
      if (/[\p{L}\p{N}./]/u.test(context.text[match.index! - 1] ?? '')) return null;
      if (!inYears(limits, year) || month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
      const result = context.createParsingResult(match.index!, match[0], { day, month, year });
      result.start.addTag('parser/numeric-' + order);
      return result;
    },
  };
}

const ORD = '(?:st|nd|rd|th)?';

/**
 * Days of one month written as a range: "January 15–16, 1935", "between December 28 and 29,
 * 1934", "15–16 January 1935". The two days share the month and the year.
 */
export function dayRangeParser(limits: YearLimits): Parser {
  const sep = `\\s*(?:[-–—]|to|until|and)\\s*`;
  const pattern = new RegExp(
    `\\b(?:(between|from)\\s+)?(?:(${MONTH_ALT})\\s+(\\d{1,2})${ORD}${sep}(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?|(\\d{1,2})${ORD}${sep}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_ALT})(?:,?\\s+(\\d{4}))?)(?![\\p{L}\\p{N}])`,
    'u',
  );
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const lead = match[1];
      const monthName = match[2] ?? match[8]!;
      const d1 = Number(match[3] ?? match[6]);
      const d2 = Number(match[4] ?? match[7]);
      const yearText = match[5] ?? match[9];
      const text = match[0];
      // "and" joins a range only after "between"; "15 and 16 January" may be two dates.
      if (/\band\b/.test(text) && lead?.toLowerCase() !== 'between') return null;
      if (/\bto\b|\buntil\b/.test(text) && lead?.toLowerCase() !== 'from') return null;
      const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
      if (!(d1 < d2) || d1 < 1 || d2 > 31) return null;
      const year = yearText ? Number(yearText) : undefined;
      if (year !== undefined && !inYears(limits, year)) return null;
      if (year !== undefined && d2 > lastDay(year, month)) return null;
      const start = { month, day: d1, ...(year !== undefined ? { year } : {}) };
      const end = { month, day: d2, ...(year !== undefined ? { year } : {}) };
      const result = context.createParsingResult(match.index!, text, start, end);
      if (year === undefined) {
        // Without a year the reference date would fill one in: keep only what the text says.
        result.start.imply('year', 2000);
        result.end!.imply('year', 2000);
      }
      result.start.addTag('parser/day-range');
      return result;
    },
  };
}
