import type { Block, Division } from '../model/block.js';
import type { Edition } from '../model/edition.js';
import type { Inline } from '../model/inline.js';
import type { Span } from '../model/position.js';
import { mapBlocks, type InlineContext } from '../model/walk.js';
import type { FlatRun } from './flatten.js';

/** A run rewriter that also receives the run's ordinal in document traversal order. */
export type RunRewriter = (run: readonly Inline[], ctx: InlineContext, ordinal: number) => readonly Inline[];

/**
 * Rewrites every inline run of the edition's front and body. Ordinals are stable for a given
 * tree, so a first traversal can collect and a second one rewrite the same runs.
 */
export function rewriteRuns(edition: Pick<Edition, 'front' | 'body'>, fn: RunRewriter): { front: Division[]; body: Division[] } {
  let ordinal = 0;
  const wrapped = (run: readonly Inline[], ctx: InlineContext) => fn(run, ctx, ordinal++);
  const front = mapBlocks(edition.front as readonly Block[], wrapped) as Division[];
  const body = mapBlocks(edition.body as readonly Block[], wrapped) as Division[];
  return { front, body };
}

/** Runs inside a tagged name, date, title or a label are left alone. */
export const isAnnotatable = (ctx: InlineContext): boolean =>
  !ctx.path.some((k) => k === 'name' || k === 'date' || k === 'label' || k === 'title');

/** True when the run sits in a block quotation or an epigraph. */
export const inQuotation = (ctx: InlineContext): boolean => ctx.path.some((k) => k === 'quote' || k === 'epigraph');

/**
 * A test of whether a position of a flat text is inside quotation marks (“…”; ‘…’ is not
 * counted, since ’ is also the apostrophe). Positions must be asked in increasing order.
 */
export function quoteTracker(text: string): (pos: number) => boolean {
  let depth = 0;
  let i = 0;
  return (pos) => {
    for (; i < pos; i++) {
      const c = text[i];
      if (c === '“') depth++;
      else if (c === '”' && depth > 0) depth--;
    }
    return depth > 0;
  };
}

/**
 * Where [start, end) of a flat run comes from in each witness: from the text piece holding its
 * first character to the one holding its last.
 */
export function locate(flat: FlatRun, start: number, end: number): Span[] {
  const first = flat.pieces.find((p) => p.kind === 'text' && p.start <= start && start < p.end);
  const last = [...flat.pieces].reverse().find((p) => p.kind === 'text' && p.start < end && end <= p.end);
  if (!first || !last) return [];
  const a = flat.run[first.index];
  const b = flat.run[last.index];
  if (a?.kind !== 'text' || b?.kind !== 'text') return [];
  const spans: Span[] = [];
  for (const s of a.src) {
    const t = b.src.find((x) => x.wit === s.wit);
    if (!t) continue;
    const from = start - first.start;
    const to = end - last.start;
    spans.push({
      wit: s.wit,
      start: { line: s.start.line, column: s.start.column + from, offset: s.start.offset + from },
      end: { line: t.start.line, column: t.start.column + to, offset: t.start.offset + to },
    });
  }
  return spans;
}

/** The span of the base witness when it has one, else the first. */
export const primarySpan = (spans: readonly Span[], base: string): Span | undefined => spans.find((s) => s.wit === base) ?? spans[0];
