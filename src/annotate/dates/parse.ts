import * as chrono from 'chrono-node';
import type { ParsingComponents, ParsedResult } from 'chrono-node';
import type { Cert } from '../../registers/types.js';
import { lastDay } from './parsers.js';
import { dayMonthParser, monthYearParser } from './locale-months.js';
import { MONTHS, MONTH_ALT, dayRangeParser, numericDateParser, partOfPeriodParser, seasonParser, yearParser, type YearLimits } from './parsers.js';
import { bounds, monthAloneRefiner, plausibilityRefiner, rangeRefiner } from './refiners.js';

/** Options of the date reader (from the annotation config). */
export interface DateOptions extends YearLimits {
  /** Order of numeric dates such as 13.2.2005. */
  readonly numericOrder: 'dmy' | 'mdy';
}

export const defaultDateOptions: DateOptions = { minYear: 1500, maxYear: 2099, numericOrder: 'dmy' };

// chrono's English parsers for written dates; the others (times, weekdays, "today", "two
// years later", slashed numbers read month first) would put wrong dates into a history.
const KEPT_PARSERS = ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthDayParser', 'ISOFormatParser'];
const KEPT_REFINERS = ['OverlapRemovalRefiner', 'ENUnlikelyFormatFilter', 'ENExtractYearSuffixRefiner'];

/**
 * The chrono-node instance of the annotation stage: chrono's written-date parsers, the parsers
 * it lacks (parts of a period, seasons, bare years, day-first numbers) and refiners for
 * plausibility, months named alone and ranges.
 */
export function createDateParser(options: DateOptions = defaultDateOptions, language?: string): chrono.Chrono {
  const base = chrono.en.casual.clone();
  const parsers = [...localeMonthParsers(language, options), ...base.parsers.filter((p) => KEPT_PARSERS.includes(p.constructor.name))];
  const refiners = base.refiners.filter((r) => KEPT_REFINERS.includes(r.constructor.name));
  const missing = KEPT_PARSERS.filter((n) => !parsers.some((p) => p.constructor.name === n));
  if (missing.length > 0) throw new Error(`chrono-node no longer has the parsers ${missing.join(', ')}; update src/annotate/dates/parse.ts`);
  return new chrono.Chrono({
    parsers: [
      partOfPeriodParser(options),
      seasonParser(options),
      dayRangeParser(options),
      numericDateParser(options, options.numericOrder),
      ...parsers,
      yearParser(options),
    ],
    refiners: [plausibilityRefiner(options), ...refiners, monthAloneRefiner, rangeRefiner],
  });
}

/**
 * chrono-node's written-date parsers for the text's language, beside the English ones (a
 * German or French book quotes English dates too): "13. Mai 1771", "le 3 mai 1789". Only
 * dates with a month name: chrono's other parsers of these locales read times and relative
 * dates, which a history does not hold. What they lack is read by parsers of our own, in any
 * language ICU names the months of: a day and its month in a language chrono has no parser
 * for, abbreviations and historical names ("16. Junius"), a month with its year and no day
 * ("décembre 1693").
 */
function localeMonthParsers(language: string | undefined, limits: YearLimits): chrono.Parser[] {
  const code = (language ?? '').toLowerCase().split('-')[0]!;
  if (code === 'en' || !/^[a-z]{2,3}$/.test(code)) return [];
  const locales = chrono as unknown as Record<string, { casual?: chrono.Chrono } | undefined>;
  const locale = locales[code]?.casual;
  const dayMonth = locale ? locale.parsers.filter((p) => /MonthName/.test(p.constructor.name)).map(localeTagged) : [];
  const ours = [dayMonthParser(limits, code), monthYearParser(limits, code)].filter((p): p is chrono.Parser => p !== undefined);
  return [...dayMonth, ...ours];
}

/** A locale's parser whose dates say so (tag `locale`), for trimmedDate. */
function localeTagged(parser: chrono.Parser): chrono.Parser {
  return {
    pattern: (context) => parser.pattern(context),
    extract: (context, match) => {
      const found = parser.extract(context, match);
      if (found && 'start' in found && typeof found.start.addTag === 'function') found.start.addTag('locale');
      else if (found && 'addTag' in found && typeof found.addTag === 'function') found.addTag('locale');
      return found;
    },
  };
}

/**
 * A date of a locale's parser as it is written, without the words before its day that
 * chrono-node takes into the match ("Am 13. Mai" is "13. Mai", "le 3 mai" is "3 mai"): words
 * with no figure before the first figure.
 */
function trimmedDate(text: string): { readonly text: string; readonly skipped: number } {
  const m = /^(?:[^\s\d]+\s+)+(?=\d)/u.exec(text);
  return m ? { text: text.slice(m[0].length), skipped: m[0].length } : { text, skipped: 0 };
}

/** The TEI attributes of a date (`att.datable.w3c`). */
export interface DateAttributes {
  readonly when?: string;
  readonly notBefore?: string;
  readonly notAfter?: string;
  readonly from?: string;
  readonly to?: string;
}

/** A date found in a text, [start, end), with what is known of its value. */
export interface DateHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The year as written (absent when the text gives none, "August 22"). */
  readonly year?: number;
  /** Every year the text writes out (both ends of a range), for the context of other dates. */
  readonly years: readonly number[];
  /** Rule that read it: `date-exact`, `date-part`, `date-season`, `date-range`, `date-year`, `date-month`. */
  readonly rule: string;
  /** Certainty the reading itself allows (a winter is ambiguous). */
  readonly cert?: Cert;
  readonly why?: string;
  /** The attributes, given the year to assume when the text has none. */
  readonly attributes: (contextYear?: number) => DateAttributes | undefined;
}

const tagged = (c: ParsingComponents, prefix: string) => [...c.tags()].find((t) => t.startsWith(prefix))?.slice(prefix.length);

function ruleOf(r: ParsedResult): string {
  if (r.end) return 'date-range';
  const c = r.start as ParsingComponents;
  if (tagged(c, 'part:') !== undefined) return 'date-part';
  if (tagged(c, 'season:') !== undefined) return 'date-season';
  if (c.isCertain('day')) return 'date-exact';
  if (c.isCertain('month')) return 'date-month';
  return 'date-year';
}

const listPattern = new RegExp(
  `\\b((?:\\d{1,2}(?:st|nd|rd|th)(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+))+)(\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(${MONTH_ALT})(?:,?\\s+(\\d{4}))?`,
  'gu',
);

/**
 * The first days of a list of ordinals that share a month ("the 6th, 12th, and 18th of
 * December"): chrono reads the last with its month; the others are dates of the same month
 * (and year), each tagged on its own.
 */
function ordinalLists(text: string, minYear: number, maxYear: number): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(listPattern)) {
    const month = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
    const year = m[4] !== undefined && Number(m[4]) >= minYear && Number(m[4]) <= maxYear ? Number(m[4]) : undefined;
    for (const d of m[1]!.matchAll(/\d{1,2}(?:st|nd|rd|th)/gu)) {
      const day = Number.parseInt(d[0], 10);
      const start = m.index + d.index;
      const attributes = (contextYear?: number): DateAttributes | undefined => {
        const y = year ?? contextYear;
        if (y === undefined || day < 1 || day > lastDay(y, month)) return undefined;
        return { when: `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
      };
      out.push({ start, end: start + d[0].length, text: d[0], ...(year !== undefined ? { year } : {}), years: year !== undefined ? [year] : [], rule: 'date-list', attributes });
    }
  }
  return out;
}

/** Reads the dates of a text. */
export function parseDates(text: string, parser: chrono.Chrono, limits: { minYear: number; maxYear: number } = defaultDateOptions): DateHit[] {
  const listed = ordinalLists(text, limits.minYear, limits.maxYear);
  // A fixed reference date keeps the output the same whatever day the build runs.
  const results = parser.parse(text, new Date(Date.UTC(2000, 0, 1)));
  const hits = results.map((r): DateHit => {
    const start = r.start as ParsingComponents;
    const end = r.end as ParsingComponents | undefined;
    const comps = end ? [start, end] : [start];
    const years = comps.filter((c) => c.isCertain('year') && !c.tags().has('year-from-range')).map((c) => c.get('year')!);
    const cert = comps.map((c) => tagged(c, 'cert:')).find((x) => x !== undefined) as Cert | undefined;
    const why = comps.map((c) => tagged(c, 'why:')).find((x) => x !== undefined);
    const year = start.isCertain('year') ? start.get('year')! : undefined;
    const attributes = (contextYear?: number): DateAttributes | undefined => {
      const lo = bounds(start, contextYear);
      if (!lo) return undefined;
      if (end) {
        const hi = bounds(end, contextYear);
        return hi ? { from: lo.lower, to: hi.upper } : undefined;
      }
      return lo.lower === lo.upper ? { when: lo.lower } : { notBefore: lo.lower, notAfter: lo.upper };
    };
    // chrono's month parser takes the space or comma after a month named alone.
    const written = r.text.replace(/[\s,]+$/u, '');
    const { text, skipped } = start.tags().has('locale') ? trimmedDate(written) : { text: written, skipped: 0 };
    return {
      start: r.index + skipped,
      end: r.index + skipped + text.length,
      text,
      ...(year !== undefined ? { year } : {}),
      years,
      rule: ruleOf(r),
      ...(cert ? { cert } : {}),
      ...(why ? { why } : {}),
      attributes,
    };
  });
  const free = listed.filter((l) => !hits.some((h) => h.start < l.end && l.start < h.end));
  return [...hits, ...free].sort((a, b) => a.start - b.start);
}
