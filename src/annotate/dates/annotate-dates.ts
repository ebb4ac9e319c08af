import type { Block, Division } from '../../model/block.js';
import type { Edition } from '../../model/edition.js';
import type { DateNode, Inline, NoteNode, Text } from '../../model/inline.js';
import type { Span } from '../../model/position.js';
import type { ReviewItem } from '../../model/review.js';
import { recordedPath } from '../../model/witness.js';
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
const sentenceBreak = /[.!?][”’"')\]]*\s+(?=[“"‘(\[]*\p{Lu})/u;

/**
 * The year for a date of a paragraph: the nearest written in the same sentence (a year after
 * the date only when it is not inside a quotation that opens after the date: a speaker's
 * year is another matter), else the last before it in the paragraph, else the first after.
 */
function nearestIn(marks: readonly YearMark[], start: number, end: number, text: string): YearMark | undefined {
  const sameSentence = (m: YearMark) => !sentenceBreak.test(m.pos < start ? text.slice(m.pos, start) : text.slice(end, m.pos));
  const quotedAfter = (m: YearMark) => m.pos > end && /[“"]/u.test(text.slice(end, m.pos)) && !/[”"]/u.test(text.slice(text.slice(end, m.pos).search(/[“"]/u) + end + 1, m.pos));
  const inSentence = marks.filter((m) => sameSentence(m) && !quotedAfter(m));
  if (inSentence.length > 0) {
    return inSentence.reduce((best, m) => {
      const d = m.pos < start ? start - m.pos : m.pos - end;
      const db = best.pos < start ? start - best.pos : best.pos - end;
      return d < db || (d === db && m.pos < best.pos) ? m : best;
    });
  }
  return precedingIn(marks, start) ?? marks.find((m) => m.pos >= end && !quotedAfter(m)) ?? followingIn(marks, end);
}

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
  const runText = new Map<number, string>();

  rewriteRuns(edition, (run, ctx, ordinal) => {
    const first = run.find((n): n is Text => n.kind === 'text');
    if (!isAnnotatable(ctx) || !first) return run;
    firstText.set(ordinal, first);
    const flat = flattenRun(run, correctionsAsAtoms);
    runText.set(ordinal, flat.text);
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

  const chains = divisionChains([...edition.front, ...edition.body]);
  const marksByRun = new Map<number, YearMark[]>();
  for (const m of marks) marksByRun.set(m.ordinal, [...(marksByRun.get(m.ordinal) ?? []), m]);
  const noteOfRun = (ordinal: number) => {
    const t = firstText.get(ordinal);
    return t ? noteOfText.get(t) : undefined;
  };

  // The nearest year written in the paragraph (before or after, whichever is closer; before
  // on a tie), else around the note's marker, else before it in its chapter: the first two
  // give cert="medium", the chapter cert="low".
  const contextYear = (f: Found): { mark: YearMark; how: string; cert: Cert } | undefined => {
    const own = marksByRun.get(f.ordinal) ?? [];
    const inRun = nearestIn(own, f.hit.start, f.hit.end, runText.get(f.ordinal) ?? '');
    if (inRun) return { mark: inRun, how: 'the nearest year in its paragraph', cert: 'medium' };
    let at = f.span;
    const noteId = noteOfRun(f.ordinal);
    const marker = noteId ? markers.get(noteId) : undefined;
    if (marker) {
      const around = marksByRun.get(marker.ordinal) ?? [];
      const m = nearestIn(around, marker.pos, marker.pos, runText.get(marker.ordinal) ?? '');
      if (m) return { mark: m, how: 'the nearest year around the note’s marker', cert: 'medium' };
      at = marker.span ?? at;
    }
    if (!at) return undefined;
    // Its own division first, then the divisions around it: a diary's or a collection's
    // letter ("Am 10. Mai") takes the year an earlier letter of its chapter wrote.
    const around = chains.get(f.division) ?? [{ id: f.division, divType: 'chapter' }];
    for (const [k, level] of around.entries()) {
      const before = marks.filter((m) => (chains.get(m.division) ?? []).some((d) => d.id === level.id) && m.span?.wit === at!.wit && m.span.start.offset < at!.start.offset);
      const m = before.sort((a, b) => a.span!.start.offset - b.span!.start.offset).at(-1);
      if (m) return { mark: m, how: k === 0 ? 'the last year written before it in its chapter' : `the last year written before it in its ${level.divType}, in an earlier ${around[0]!.divType}`, cert: 'low' };
    }
    return undefined;
  };

  // For review items only: their places are written to review.md, relative to the config folder.
  const fileOf = (wit: string | undefined) => {
    const w = edition.witnesses.find((x) => x.id === wit);
    return w ? recordedPath(w) : undefined;
  };
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
      const found = contextYear(f);
      if (found) {
        const ctx = found.mark;
        attributes = hit.attributes(ctx.year);
        cert = found.cert;
        rule = 'date-year-from-context';
        message = `“${hit.text}” read as ${Object.values(attributes ?? {}).join('–')} with cert="${found.cert}": the year ${ctx.year} is taken from “${ctx.text}”${ctx.span ? ` (line ${ctx.span.start.line})` : ''}, ${found.how}`;
      } else {
        cert = 'low';
        rule = 'date-year-unknown';
        message = `“${hit.text}”: no year is written near it; the date is tagged without a value`;
      }
    } else {
      attributes = hit.attributes();
      if (cert) message = `“${hit.text}” read as ${Object.values(attributes ?? {}).join('–')} with cert="${cert}"${hit.why === 'winter' ? ': a winter may belong to either year' : ''}`;
      // An editor's query in square brackets ("[March 2, 1817?]"): the date is a conjecture.
      // (In parentheses, "(1940? 1945?)", the question is the author's.)
      if (/^\s?\?\s*\]/u.test(runText.get(f.ordinal)?.slice(hit.end) ?? '')) {
        cert = 'low';
        rule = 'date-queried';
        message = `“${hit.text}?” read as ${Object.values(attributes ?? {}).join('–')} with cert="low": the question mark in the brackets queries it`;
      }
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

/** Each division's id with the divisions around it, itself first. */
function divisionChains(blocks: readonly Block[], outer: readonly DivisionLevel[] = [], out = new Map<string, DivisionLevel[]>()): Map<string, DivisionLevel[]> {
  for (const b of blocks) {
    if (b.kind === 'div') {
      const chain = [{ id: b.id, divType: b.divType }, ...outer];
      out.set(b.id, chain);
      divisionChains(b.blocks, chain, out);
    } else if (b.kind === 'app') for (const r of b.readings) divisionChains(r.blocks, outer, out);
  }
  return out;
}

interface DivisionLevel {
  readonly id: string;
  readonly divType: string;
}
