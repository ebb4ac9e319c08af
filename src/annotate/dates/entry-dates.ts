import type { Division } from '../../model/block.js';
import type { Edition } from '../../model/edition.js';
import type { DateNode, Inline } from '../../model/inline.js';
import { entryDateAt, monthHeadingOf } from '../../structure/rules/diary.js';
import { canWrap, correctionsAsAtoms, flattenRun, wrapRanges } from '../flatten.js';
import { isAnnotatable, rewriteRuns } from '../runs.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A diary's dates as the structure read them (structure/rules/diary.ts): the date an entry
 * opens with, in its dateline or at the start of its first paragraph, is a `date` whose @when
 * is the entry's date (a day alone, "2nd.", takes its month and year from the diary); a
 * month's heading ("JANUARY 1659-1660") is a `date` of that month, in the later year of a year
 * printed in two styles. Done before the other dates, which then leave them alone.
 */
export function annotateEntryDates(edition: Pick<Edition, 'front' | 'body'>): { front: Division[]; body: Division[] } {
  /** Divisions whose date has been looked for (in their first run of text). */
  const done = new Set<string>();
  const date = (when: string) => (children: Inline[], src: DateNode['src']): DateNode => ({ kind: 'date', when, rule: 'diary-entry-date', children, src });
  return rewriteRuns(edition, (run, ctx) => {
    const div = ctx.division;
    if (!div || (div.divType !== 'entry' && div.divType !== 'month') || done.has(div.id) || !isAnnotatable(ctx) || ctx.path.includes('note')) return run;
    const flat = flattenRun(run, correctionsAsAtoms);
    const start = flat.text.length - flat.text.trimStart().length;
    const text = flat.text.slice(start);
    // A run that is only the frame of another (italics around the dateline) is looked through.
    if (!/[\p{L}\p{N}]/u.test(text.replace(/\uFFFC/gu, ''))) return run;
    done.add(div.id);
    if (div.divType === 'month') {
      const heading = ctx.path.includes('head') ? monthHeadingOf(text) : undefined;
      const end = start + text.trimEnd().length;
      return heading && canWrap(flat, start, end) ? wrapRanges(flat, [{ start, end, build: date(`${heading.year}-${pad(heading.month)}`) }]) : run;
    }
    const found = entryDateAt(text);
    if (!found || div.n === undefined || !/^\d{4}-\d\d-\d\d$/u.test(div.n)) return run;
    // Up to the date's own words: a weekday or a feast after it ("(Lord’s day)") is text of the dateline.
    const end = start + found.dateEnd;
    return canWrap(flat, start + found.start, end) ? wrapRanges(flat, [{ start: start + found.start, end, build: date(div.n) }]) : run;
  });
}
