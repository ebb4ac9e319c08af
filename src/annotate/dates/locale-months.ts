import type { Parser } from 'chrono-node';
import { inYears, lastDay, type YearLimits } from './parsers.js';

/**
 * Month names a language's books printed before its spelling settled, which the ICU data
 * (today's names) lacks, January first: Goethe's "Am 16. Junius", the "Hornung" of German
 * calendars, "October" and "Decbr." in German letters of the 18th and 19th centuries, the
 * "aoust" and "7bre" … "xbre" (septembre … décembre) of French registers and letters of the
 * ancien régime, Spanish "setiembre". Lower case, as written (with a final full stop where
 * the abbreviation has one).
 */
const HISTORICAL_MONTHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  de: [['jenner'], ['hornung', 'febr.'], [], [], [], ['junius'], ['julius'], [], [], ['october', 'octbr.'], ['novbr.'], ['december', 'decbr.']],
  fr: [[], [], [], [], [], [], [], ['aoust', 'aoûst'], ['7bre'], ['8bre'], ['9bre'], ['xbre', '10bre']],
  es: [[], [], [], [], [], [], [], [], ['setiembre'], [], [], []],
};

/**
 * The ways a language writes each month, January first, from the ICU data Node.js carries (the
 * same on every machine) and the historical names above: the name alone, the form it takes
 * beside a day (Slavic genitives), its abbreviation when that has a full stop ("sept.",
 * "Okt."). A language ICU does not know throws.
 */
export function monthNames(language: string): string[] {
  const names = (month: 'long' | 'short', day: boolean) =>
    Array.from({ length: 12 }, (_, m) => {
      const parts = new Intl.DateTimeFormat(language, { month, ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2001, m, 1)));
      return (parts.find((p) => p.type === 'month')?.value ?? '').toLowerCase();
    });
  const [alone, withDay, short] = [names('long', false), names('long', true), names('short', true)];
  const old = HISTORICAL_MONTHS[language.toLowerCase().split('-')[0]!] ?? [];
  return alone.map((a, i) =>
    [a, withDay[i]!, ...(short[i]!.endsWith('.') ? [short[i]!] : []), ...(old[i] ?? [])].filter((n, k, all) => n !== '' && !/^\d+$/.test(n) && all.indexOf(n) === k).join('|'),
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The month names of a language as one alternation (longest first) and their month numbers. */
function monthsOf(language: string): { alternation: string; month: (name: string) => number } | undefined {
  let months: string[];
  try {
    months = monthNames(language);
  } catch {
    return undefined; // a language ICU does not know
  }
  if (months.some((m) => m === '')) return undefined;
  const all = months.flatMap((m) => m.split('|')).sort((a, b) => b.length - a.length);
  // A name that ends in a letter must end its word; one that ends in a full stop has.
  const alternation = all.map((m) => escape(m) + (/\p{L}$/u.test(m) ? '(?![\\p{L}\\p{N}])' : '')).join('|');
  return { alternation, month: (name) => months.findIndex((m) => m.split('|').includes(name.toLowerCase())) + 1 };
}

/**
 * A month and its year in the edition's language ("en décembre 1693", "au mois d'août 1801"):
 * written by hand because chrono-node's French, German … parsers need a day. English months
 * are chrono's own parsers' business.
 */
export function monthYearParser(limits: YearLimits, language: string): Parser | undefined {
  const months = monthsOf(language);
  if (!months) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${months.alternation})\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'iu');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const year = Number(match[2]);
      const month = months.month(match[1]!);
      if (month < 1 || !inYears(limits, year)) return null;
      if (/[\p{L}\p{N}]/u.test(context.text[match.index! - 1] ?? '')) return null;
      const result = context.createParsingResult(match.index!, match[0], { month, year });
      result.start.addTag('parser/month-year');
      return result;
    },
  };
}

/**
 * A day, its month and perhaps its year in the edition's language, as its books print them:
 * "3. Mai 1771", "16. Junius", "12ten Junius 1771", "2 oct. 1872", "3 de mayo de 1808",
 * "3 maja 1791". chrono-node reads today's names of a dozen languages; this reads every
 * language ICU knows, the abbreviations and the historical names. The longer reading of a
 * place wins (chrono's overlap refiner).
 */
export function dayMonthParser(limits: YearLimits, language: string): Parser | undefined {
  const months = monthsOf(language);
  if (!months) return undefined;
  // The day: a number with the marks an ordinal takes ("3.", "3ten", "1er", "1º"), or a space.
  const day = String.raw`(\d{1,2})(?:(?:\.|er|ten|ter|sten|º|°)\s*|\s+)`;
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}.])${day}(?:del?\s+)?(${months.alternation})(?:,?\s+(?:del?\s+)?(\d{4})(?![\p{L}\p{N}]))?`, 'iu');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const d = Number(match[1]);
      const month = months.month(match[2]!);
      const year = match[3] !== undefined ? Number(match[3]) : undefined;
      if (/[\p{L}\p{N}.]/u.test(context.text[match.index! - 1] ?? '')) return null;
      if (year !== undefined && !inYears(limits, year)) return null;
      if (month < 1 || d < 1 || d > lastDay(year ?? 2000, month)) return null;
      const result = context.createParsingResult(match.index!, match[0], { day: d, month, ...(year !== undefined ? { year } : {}) });
      // Without a year the reference date would fill one in: keep only what the text says.
      if (year === undefined) result.start.imply('year', 2000);
      result.start.addTag('parser/day-month');
      return result;
    },
  };
}
