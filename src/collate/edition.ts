import { atSpan, warning, type Diagnostic } from '../diagnostics/index.js';
import type { Division } from '../model/block.js';
import type { Inline, PendingMarker, Text, Variation } from '../model/inline.js';
import { sliceSpan, type Span } from '../model/position.js';
import { mapBlocks, mapRun, type InlineContext, type InlineRewriter } from '../model/walk.js';
import { collatedInlines } from './edition-inlines.js';
import { stateRelations } from './relation.js';
import type { CollateOptions } from './types.js';

/** What the collate stage needs: the base witness and the collator's options. */
export interface CollateStageOptions {
  readonly base: string;
  /** Options of the collator (the `collation` section of the config). */
  readonly collation?: CollateOptions;
  /** The file of each witness, for messages. */
  readonly fileOf?: (wit: string) => string;
  /** The siglum a witness is printed with, for the statements of the apparatus (default: its id). */
  readonly siglumOf?: (wit: string) => string;
}

/** The parts of an edition the collate stage reads and rewrites. */
export interface Collatable {
  readonly front: readonly Division[];
  readonly body: readonly Division[];
  readonly back?: readonly Division[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A text node cut where markers fall inside it; each marker's node gets the marker's place in every witness. */
function placeMarkers(node: Text, wit: string, pending: PendingMarker[]): Inline[] {
  const span = node.src.find((s) => s.wit === wit);
  if (!span) return [node];
  const here = pending.filter((m) => m.offset >= span.start.offset && m.offset + m.length <= span.end.offset);
  if (here.length === 0) return [node];
  const out: Inline[] = [];
  const slice = (a: number, b: number): Text => ({ kind: 'text', value: node.value.slice(a, b), src: node.src.map((s) => sliceSpan(s, a, b)) });
  let pos = 0;
  for (const m of here.sort((a, b) => a.offset - b.offset)) {
    pending.splice(pending.indexOf(m), 1);
    const at = m.offset - span.start.offset;
    if (at > pos) out.push(slice(pos, at));
    const src: Span[] = node.src.map((s) => sliceSpan(s, at, at + m.length));
    // (A note's label holds the label's text, which every witness has.)
    const text: Text = { kind: 'text', value: node.value.slice(at, at + m.length), src };
    out.push(m.node.kind === 'note' ? { ...m.node, marker: src } : m.node.kind === 'text' ? { ...m.node, src } : m.node.kind === 'label' ? { ...m.node, children: [text] } : m.node);
    pos = at + m.length;
  }
  if (pos < node.value.length) out.push(slice(pos, node.value.length));
  return out;
}

/** Puts the pending markers into the text nodes of the first copy, readings included. */
function withMarkers(run: readonly Inline[], wit: string, pending: PendingMarker[]): Inline[] {
  if (pending.length === 0) return [...run];
  return run.flatMap((n): Inline[] => {
    if (n.kind === 'text') return placeMarkers(n, wit, pending);
    if (n.kind === 'app') return [{ ...n, readings: n.readings.map((r) => ({ ...r, children: withMarkers(r.children, wit, pending) })) }];
    return [n];
  });
}

/**
 * The collate stage: every passage the structure stage left with differing copies
 * (`variation`) becomes shared text and an `app` per place of variation, each witness
 * with its reading (parallel segmentation, explicit empty readings); notes stand at their
 * markers. Returns a new edition; nothing else changes.
 */
export function collateEdition<E extends Collatable>(edition: E, options: CollateStageOptions): E {
  const diagnostics: Diagnostic[] = [];
  const expand = (v: Variation, ctx: InlineContext): Inline[] => {
    const first = v.copies[0]!.wit;
    const collated = collatedInlines(v.copies, options.base, v.idPrefix, options.collation);
    const pending = v.markers.map((m) => ({ ...m, node: mapRun([m.node], rewrite, ctx)[0]! }));
    const placed = withMarkers(collated, first, pending);
    // A marker the collator cut apart (a variant inside "[12]") cannot stand in the text:
    // its note follows the passage, so nothing is lost.
    for (const m of pending) {
      const line = v.copies[0]!.lines.find((l) => m.offset >= l.offset && m.offset <= l.offset + l.text.length);
      const file = options.fileOf?.(first) ?? first;
      const start = line && { line: line.n, column: (line.from ?? 0) + m.offset - line.offset + 1, offset: m.offset };
      diagnostics.push(
        warning({
          message: 'a note marker falls inside a place of variation; its note is placed after the passage',
          rule: 'note-marker-in-variant',
          stage: 'collate',
          ...(start ? atSpan({ wit: first, start, end: { ...start, column: start.column + m.length, offset: start.offset + m.length } }, file) : { file }),
        }),
      );
      placed.push(m.node);
    }
    return placed;
  };
  const rewrite: InlineRewriter = (run, ctx) => (run.some((n) => n.kind === 'variation') ? run.flatMap((n) => (n.kind === 'variation' ? expand(n, ctx) : [n])) : run);
  const collateDivisions = (divs: readonly Division[]) => mapBlocks(divs, rewrite) as Division[];
  const front = collateDivisions(edition.front);
  const relations = { base: options.base, ...(options.collation?.relations ? { relations: options.collation.relations } : {}), ...(options.siglumOf ? { siglumOf: options.siglumOf } : {}) };
  const body = stateRelations(collateDivisions(edition.body), relations);
  // Back matter (a transcriber's note after the book) is collated as the front is.
  const back = edition.back ? { back: collateDivisions(edition.back) } : {};
  return { ...edition, front, body, ...back, diagnostics: [...edition.diagnostics, ...diagnostics] };
}
