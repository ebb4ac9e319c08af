import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { YearLimits } from './parsers.js';

const MONTH_WORD = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi;

/** Lower and upper bounds of a component set, as ISO strings at its precision. */
export function bounds(c: ParsingComponents, year?: number): { lower: string; upper: string } | undefined {
  const tags = [...c.tags()];
  const nb = tags.find((t) => t.startsWith('nb:'))?.slice(3);
  const na = tags.find((t) => t.startsWith('na:'))?.slice(3);
  if (nb && na) return { lower: nb, upper: na };
  const y = c.isCertain('year') ? c.get('year') : year;
  if (y === null || y === undefined) return undefined;
  const parts = [String(y).padStart(4, '0')];
  if (c.isCertain('month')) {
    parts.push(String(c.get('month')).padStart(2, '0'));
    if (c.isCertain('day')) parts.push(String(c.get('day')).padStart(2, '0'));
  }
  const iso = parts.join('-');
  return { lower: iso, upper: iso };
}

/**
 * Drops what chrono reads that is not a date of this text: a month word in lower case ("may",
 * "march"), a two-digit or out-of-range year, anything without a day, month or year.
 */
export function plausibilityRefiner(limits: YearLimits): Refiner {
  return {
    refine: (_context: ParsingContext, results: ParsingResult[]) =>
      results.filter((r) => {
        if (r.start.isCertain('year') && !/\d{4}/.test(r.text)) return false;
        const comps = [r.start, ...(r.end ? [r.end] : [])];
        for (const c of comps) {
          if (!(['year', 'month', 'day'] as const).some((k) => c.isCertain(k))) return false;
          if (c.isCertain('year')) {
            const y = c.get('year')!;
            if (y < limits.minYear || y > limits.maxYear) return false;
          }
          if (!c.isValidDate()) return false;
        }
        // English only: a locale's abbreviations are written in lower case ("2 oct. 1872").
        const english = !r.start.tags().has('locale') && ![...r.start.tags()].some((t) => t === 'parser/day-month' || t === 'parser/month-year');
        if (english && /[a-z]/i.test(r.text)) for (const m of r.text.matchAll(MONTH_WORD)) if (m[0][0] === m[0][0]!.toLowerCase()) return false;
        return true;
      }),
  };
}

const PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|before|after|during|from|of)\s*$/i;

/**
 * A month named alone ("(in October)", "until July") is read as a date only after a
 * preposition, so that a month name used otherwise is not tagged.
 */
export const monthAloneRefiner: Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      const s = r.start;
      const alone = s.isCertain('month') && !s.isCertain('day') && !s.isCertain('year') && !r.end;
      return !alone || PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, r.index - 12), r.index));
    }),
};

/**
 * Date ranges, read only where the text makes them ranges: "from X to/until Y", "between X and
 * Y", or "X-Y" / "X–Y" with Y after X. "changes 1936 to 1934" stays two dates. A range whose
 * first part lacks a year takes it from the second ("from November 23 to December 2, 1932").
 * Replaces chrono's own range merger, which joins any "X to Y".
 */
export const rangeRefiner: Refiner = {
  refine: (context, results) => {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      if (!b || a.end || b.end) {
        out.push(a);
        continue;
      }
      const between = context.text.slice(a.index + a.text.length, b.index);
      const before = context.text.slice(Math.max(0, a.index - 10), a.index);
      let lead = '';
      let ok = false;
      if (/^\s+(?:to|until|till)\s+$/i.test(between)) {
        lead = /\bfrom\s+$/i.exec(before)?.[0] ?? '';
        ok = lead !== '';
      } else if (/^\s+and\s+$/i.test(between)) {
        lead = /\bbetween\s+$/i.exec(before)?.[0] ?? '';
        ok = lead !== '';
      } else if (/^\s*[-–]\s*$/.test(between)) {
        ok = true;
      }
      if (!ok) {
        out.push(a);
        continue;
      }
      // The components are used as they are: chrono's clone() drops their tags.
      const start = a.start;
      const end = b.start;
      const borrowYear = !start.isCertain('year') && end.isCertain('year') ? end.get('year')! : undefined;
      const lo = bounds(start, borrowYear);
      const hi = bounds(end);
      if (!lo || !hi || lo.lower > hi.upper) {
        out.push(a);
        continue;
      }
      if (borrowYear !== undefined) {
        start.assign('year', borrowYear);
        start.addTag('year-from-range');
      }
      const index = a.index - lead.length;
      const merged = context.createParsingResult(index, context.text.slice(index, b.index + b.text.length), start, end);
      merged.addTag('range');
      out.push(merged);
      i++;
    }
    return out;
  },
};
