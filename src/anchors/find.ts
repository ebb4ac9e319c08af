import search from 'approx-string-match';
import { error, type Diagnostic, type Stage } from '../diagnostics/index.js';
import type { Point } from '../model/position.js';
import { LineIndex } from '../model/line-index.js';

/**
 * How editorial data (structure overrides, interventions, corrections) names the text it
 * applies to: a quoted snippet of the witness, and optionally the line where the editor saw
 * it. The snippet decides; the line only chooses between several occurrences, so the data
 * survives lines added or removed above it.
 */
export interface AnchorText {
  readonly text: string;
  readonly line?: number;
}

/** The witness text an anchor is looked for in (a `Witness` has these fields). */
export interface AnchorWitness {
  readonly siglum: string;
  /** The witness's xml:id, the key of its spans (default: the siglum). */
  readonly id?: string;
  readonly file: string;
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];
}

/** Where an anchor's snippet stands: [start, end) in the witness text. */
export interface AnchorHit {
  readonly wit: string;
  readonly start: Point;
  readonly end: Point;
}

/** What the anchor belongs to, for messages: the data file and the entry. */
export interface AnchorOwner {
  readonly file: string;
  /** E.g. `override A[2] (role quote)`. */
  readonly what: string;
  readonly stage: Stage;
}

/** Line and column of an offset, through the toolkit's one line index. */
export const pointAt = (w: Pick<AnchorWitness, 'lineStarts' | 'text'>, offset: number): Point => new LineIndex(w.text, w.lineStarts).point(offset);

const hitAt = (w: AnchorWitness, start: number, end: number): AnchorHit => ({ wit: w.id ?? w.siglum, start: pointAt(w, start), end: pointAt(w, end) });

const quote = (s: string): string => `“${s.length > 60 ? `${s.slice(0, 59)}…` : s}”`;

/** Every exact occurrence of `text` in the witness. */
function occurrences(w: AnchorWitness, text: string): number[] {
  const out: number[] = [];
  for (let i = w.text.indexOf(text); i !== -1; i = w.text.indexOf(text, i + 1)) out.push(i);
  return out;
}

/**
 * The nearest candidate for a snippet that is not in the witness: the passage with the fewest
 * edits (Myers' bit-vector approximate search, as the `approx-string-match` package gives it),
 * nearest the hinted line on a tie. Undefined when nothing is within a third of the snippet.
 */
export function nearestCandidate(w: AnchorWitness, anchor: AnchorText): { hit: AnchorHit; text: string; errors: number } | undefined {
  const maxErrors = Math.max(1, Math.floor(anchor.text.length / 3));
  const matches = search(w.text, anchor.text, maxErrors);
  if (matches.length === 0) return undefined;
  const line = (m: { start: number }) => pointAt(w, m.start).line;
  const len = (m: { start: number; end: number }) => Math.abs(m.end - m.start - anchor.text.length);
  const best = [...matches].sort(
    (a, b) => a.errors - b.errors || len(a) - len(b) || (anchor.line !== undefined ? Math.abs(line(a) - anchor.line) - Math.abs(line(b) - anchor.line) : 0) || a.start - b.start,
  )[0]!;
  return { hit: hitAt(w, best.start, best.end), text: w.text.slice(best.start, best.end), errors: best.errors };
}

/** The diagnostic for an anchor whose snippet is in none of the witnesses searched. */
export function notFound(witnesses: readonly AnchorWitness[], anchor: AnchorText, owner: AnchorOwner): Diagnostic {
  const candidates = witnesses.flatMap((w) => {
    const c = nearestCandidate(w, anchor);
    return c ? [{ w, ...c }] : [];
  });
  candidates.sort((a, b) => a.errors - b.errors);
  const best = candidates[0];
  const where = witnesses.map((w) => w.siglum).join(', ');
  if (!best) {
    return error({
      message: `${owner.what} in ${owner.file}: the text ${quote(anchor.text)} is not in witness ${where}, and nothing near it is`,
      rule: 'anchor-not-found',
      stage: owner.stage,
      file: owner.file,
      hint: 'quote the witness text the entry applies to, or delete the entry',
    });
  }
  return error({
    message: `${owner.what} in ${owner.file}: the text ${quote(anchor.text)} is not in witness ${where}; nearest candidate here (${best.errors} edit${best.errors === 1 ? '' : 's'}): ${quote(best.text)}`,
    rule: 'anchor-not-found',
    stage: owner.stage,
    file: best.w.file,
    line: best.hit.start.line,
    column: best.hit.start.column,
    hint: `if this is the place, copy the text as it stands into ${owner.file}`,
  });
}

/**
 * Finds the one place an anchor names in a witness. Several occurrences are told apart by
 * the line hint (the nearest wins); without a hint, or at equal distance, the entry is
 * ambiguous and reported, since applying it to the wrong passage would be silent damage.
 */
export function findAnchor(w: AnchorWitness, anchor: AnchorText, owner: AnchorOwner): AnchorHit | Diagnostic {
  const found = occurrences(w, anchor.text);
  if (found.length === 0) return notFound([w], anchor, owner);
  if (found.length === 1) return hitAt(w, found[0]!, found[0]! + anchor.text.length);
  const lines = found.map((o) => pointAt(w, o).line);
  if (anchor.line !== undefined) {
    const distance = lines.map((l) => Math.abs(l - anchor.line!));
    const min = Math.min(...distance);
    const nearest = found.filter((_, k) => distance[k] === min);
    if (nearest.length === 1) return hitAt(w, nearest[0]!, nearest[0]! + anchor.text.length);
  }
  return error({
    message: `${owner.what} in ${owner.file}: the text ${quote(anchor.text)} occurs ${found.length} times in witness ${w.siglum} (lines ${[...new Set(lines)].join(', ')})`,
    rule: 'anchor-ambiguous',
    stage: owner.stage,
    file: w.file,
    line: lines[0]!,
    column: pointAt(w, found[0]!).column,
    hint: `quote a longer text, or give "line" to say which occurrence`,
  });
}

export const isHit = (r: AnchorHit | Diagnostic): r is AnchorHit => 'wit' in r;
