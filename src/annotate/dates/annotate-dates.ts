import type { Division } from '../../model/block.js';
import type { Edition } from '../../model/edition.js';
import type { DateNode, Inline, NoteNode, Text } from '../../model/inline.js';
import type { Span } from '../../model/position.js';
import type { ReviewItem } from '../../model/review.js';
import { forEachInline } from '../../model/walk.js';
import type { Cert } from '../../registers/types.js';
import { canWrap, correctionsAsAtoms, flattenRun, wrapRanges, type WrapRange } from '../flatten.js';
import { isAnnotatable, locate, primarySpan, rewriteRuns } from '../runs.js';
import { parseDates, type DateAttributes, type DateHit } from './parse.js';
import type { Chrono } from 'chrono-node';

/** A date found in the first traversal. */
interface Found {
  readonly ordinal: number;
  readonly hit: DateHit;
  readonly division: string;
  readonly span?: Span;
}

/** A year written in the text, where it stands. */
interface YearMark {
  readonly ordinal: number;
  readonly pos: number;
  readonly year: number;
  readonly text: string;
  readonly division: string;
  readonly span?: Span;
}

/** Where a note's marker stands, for the context of the dates inside the note. */
interface Marker {
  readonly ordinal: number;
  readonly pos: number;
  readonly span?: Span;
}

export interface DatesResult {
  readonly front: Division[];
  readonly body: Division[];
  readonly review: ReviewItem[];
  readonly dates: ReadonlyArray<{ text: string; span?: Span; attributes?: DateAttributes; rule: string; cert?: Cert }>;
}

const precedingIn = (marks: readonly YearMark[], pos: number) => marks.filter((m) => m.pos <= pos).at(-1);
const followingIn = (marks: readonly YearMark[], pos: number) => marks.find((m) => m.pos >= pos);

/**
 * Tags dates with their ISO values. A date without a year ("August 22", "(in October)") takes
 * the nearest year written before it in its paragraph, else after it in the paragraph, else
 * (in a note) around the note's marker, else before it in its chapter or section; it is then
 * marked cert="medium" and listed for review, as is a date with no year to be found.
 */
export function annotateDates(edition: Pick<Edition, 'front' | 'body' | 'base' | 'witnesses'>, parser: Chrono): DatesResult {
  const base = edition.base;
  const found: Found[] = [];
  const marks: YearMark[] = [];
  const markers = new Map<string, Marker>();
  const noteOfText = new WeakMap<Text, string>();
  const firstText = new Map<number, Text>();

  rewriteRuns(edition, (run, ctx, ordinal) => {
    const first = run.find((n): n is Text => n.kind === 'text');
    if (!isAnnotatable(ctx) || !first) return run;
    firstText.set(ordinal, first);
    const flat = flattenRun(run, correctionsAsAtoms);
    for (const p of flat.pieces) {
      const node = run[p.index];
      if (node?.kind !== 'note') continue;
      const note = node as NoteNode;
      const span = note.marker ? primarySpan(note.marker, base) : undefined;
      markers.set(note.id, { ordinal, pos: p.start, ...(span ? { span } : {}) });
      forEachInline(note.blocks, (n) => {
        if (n.kind === 'text') noteOfText.set(n, note.id);
      });
    }
    const division = ctx.division?.id ?? '';
    for (const hit of parseDates(flat.text, parser)) {
      if (!canWrap(flat, hit.start, hit.end)) continue;
      const span = primarySpan(locate(flat, hit.start, hit.end), base);
      found.push({ ordinal, hit, division, ...(span ? { span } : {}) });
      const first = hit.years[0];
      const last = hit.years.at(-1);
      const mark = (pos: number, year: number) => marks.push({ ordinal, pos, year, text: hit.text, division, ...(span ? { span } : {}) });
      if (first !== undefined) mark(hit.start, first);
      if (last !== undefined && hit.years.length > 1) mark(hit.end, last);
    }
    return run;
  });

  const marksByRun = new Map<number, YearMark[]>();
  for (const m of marks) marksByRun.set(m.ordinal, [...(marksByRun.get(m.ordinal) ?? []), m]);
  const noteOfRun = (ordinal: number) => {
    const t = firstText.get(ordinal);
    return t ? noteOfText.get(t) : undefined;
  };

  const contextYear = (f: Found): YearMark | undefined => {
    const own = marksByRun.get(f.ordinal) ?? [];
    const inRun = precedingIn(own, f.hit.start) ?? followingIn(own, f.hit.end);
    if (inRun) return inRun;
    let at = f.span;
    const noteId = noteOfRun(f.ordinal);
    const marker = noteId ? markers.get(noteId) : undefined;
    if (marker) {
      const around = marksByRun.get(marker.ordinal) ?? [];
      const m = precedingIn(around, marker.pos) ?? followingIn(around, marker.pos);
      if (m) return m;
      at = marker.span ?? at;
    }
    if (!at) return undefined;
    const before = marks.filter((m) => m.division === f.division && m.span?.wit === at!.wit && m.span.start.offset < at!.start.offset);
    return before.sort((a, b) => a.span!.start.offset - b.span!.start.offset).at(-1);
  };

  const fileOf = (wit: string | undefined) => edition.witnesses.find((w) => w.id === wit)?.file;
  const review: ReviewItem[] = [];
  const dates: Array<{ text: string; span?: Span; attributes?: DateAttributes; rule: string; cert?: Cert }> = [];
  const byRun = new Map<number, WrapRange[]>();
  for (const f of found) {
    const { hit } = f;
    let attributes: DateAttributes | undefined;
    let cert: Cert | undefined = hit.cert;
    let rule = hit.rule;
    let message: string | undefined;
    if (hit.year === undefined && !hit.attributes()) {
      const ctx = contextYear(f);
      if (ctx) {
        attributes = hit.attributes(ctx.year);
        cert = 'medium';
        rule = 'date-year-from-context';
        message = `“${hit.text}” read as ${Object.values(attributes ?? {}).join('–')}: the year ${ctx.year} is taken from “${ctx.text}”${ctx.span ? ` (line ${ctx.span.start.line})` : ''}`;
      } else {
        cert = 'low';
        rule = 'date-year-unknown';
        message = `“${hit.text}”: no year is written near it; the date is tagged without a value`;
      }
    } else {
      attributes = hit.attributes();
      if (cert) message = `“${hit.text}” read as ${Object.values(attributes ?? {}).join('–')} with cert="${cert}"${hit.why === 'winter' ? ': a winter may belong to either year' : ''}`;
    }
    const reviewIt = cert !== undefined && cert !== 'high';
    const node = (children: Inline[], src: DateNode['src']): DateNode => ({
      kind: 'date',
      ...(attributes ?? {}),
      ...(cert ? { cert } : {}),
      ...(reviewIt ? { review: true } : {}),
      rule,
      children,
      src,
    });
    byRun.set(f.ordinal, [...(byRun.get(f.ordinal) ?? []), { start: hit.start, end: hit.end, build: node }]);
    dates.push({ text: hit.text, ...(f.span ? { span: f.span } : {}), ...(attributes ? { attributes } : {}), rule, ...(cert ? { cert } : {}) });
    if (reviewIt) {
      const file = fileOf(f.span?.wit);
      review.push({
        rule,
        message: message ?? `“${hit.text}”`,
        text: hit.text,
        ...(f.span ? { at: f.span } : {}),
        ...(file ? { file } : {}),
        ...(attributes ? { proposal: Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ') } : {}),
      });
    }
  }

  const { front, body } = rewriteRuns(edition, (run, _ctx, ordinal) => {
    const ranges = byRun.get(ordinal);
    return ranges ? wrapRanges(flattenRun(run, correctionsAsAtoms), ranges) : run;
  });
  return { front, body, review, dates };
}
