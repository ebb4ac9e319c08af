import type { Inline, LineStart, Text } from '../model/inline.js';
import { sliceSpan, type Span } from '../model/position.js';
import { spanIn, type SourceLine } from './source-lines.js';
import { markersIn } from './rules/note-styles.js';


/** Something to put at a character offset of a line: a note for a marker, a gap, an editorial note. */
export interface Insertion {
  /** Offset in the line where the insertion starts. */
  readonly at: number;
  /** Characters of the line it replaces (a marker's length), 0 for a pure insertion. */
  readonly length: number;
  readonly node: (src: readonly Span[]) => Inline;
}

/** The `lb` group that opens a line in every witness that has it. */
export const lineStart = (parts: readonly SourceLine[]): LineStart => ({
  kind: 'lb',
  lines: parts.map((l) => ({ wit: l.wit, line: l.n })),
});

/**
 * The lb group that opens lines of several copies, `make` giving the group of the lines handed
 * to it: a piece of a line (sliceLine) goes on the line its witness already opened, and the
 * others start a line inside it (lb[@type='wrap']); none when every copy is such a piece.
 */
export function openingOf<L extends { readonly from?: number }>(lines: readonly L[], make: (ls: readonly L[]) => LineStart): Inline[] {
  const starting = lines.filter((l) => !l.from);
  if (starting.length === lines.length) return [make(lines)];
  return starting.length > 0 ? [{ ...make(starting), wrap: true }] : [];
}

/** Witness text [from, to) of a line shared by several witnesses. */
export function textOf(parts: readonly SourceLine[], from: number, to: number): Text {
  return { kind: 'text', value: parts[0]!.text.slice(from, to), src: parts.map((l) => spanIn(l, from, to)) };
}

/**
 * Inline content of one source line (the same text in each witness of `parts`): the `lb`
 * group, then the text cut around the insertions (sorted, non-overlapping).
 */
export function lineInlines(parts: readonly SourceLine[], insertions: readonly Insertion[], from = 0): Inline[] {
  const out: Inline[] = openingOf(parts, lineStart);
  const text = parts[0]!.text;
  let pos = from;
  for (const ins of [...insertions, ...verseInsertions(parts)].sort((a, b) => a.at - b.at || a.length - b.length)) {
    if (ins.at < pos) continue;
    if (ins.at > pos) out.push(textOf(parts, pos, ins.at));
    out.push(ins.node(parts.map((l) => spanIn(l, ins.at, ins.at + ins.length))));
    pos = ins.at + ins.length;
  }
  if (pos < text.length) out.push(textOf(parts, pos, text.length));
  return out;
}

/** The verse numbers every copy of a line prints at the same place, as verse starts. */
function verseInsertions(parts: readonly SourceLine[]): Insertion[] {
  const first = parts[0]!.verses ?? [];
  return first
    .filter((v) => parts.every((l) => l.verses?.some((w) => w.at === v.at && w.length === v.length)))
    .map((v) => ({ at: v.at, length: v.length, node: (src) => ({ kind: 'verse', marks: parts.map((l) => ({ wit: l.wit, n: v.n })), src }) }));
}

/**
 * Marker insertions of a line: each "[n]" resolved to a note (or kept as text), and the
 * markers of the chapter's other notes ("*", "¹", "(2)": `keys`).
 */
export function markerInsertions(line: string, resolve: (n: string, src: readonly Span[]) => Inline, keys: ReadonlySet<string> = new Set()): Insertion[] {
  return markersIn(line, keys).map((m) => ({
    at: m.at,
    length: m.length,
    node: (src) => resolve(m.key, src),
  }));
}

/**
 * Lines around a block that are not its text, given back as they are (one `lb` + text each):
 * lines that hold only spaces or tabs, and a transcription's rewrap markers (`/*`, `#/`, see
 * rewrap-markers.ts), which are kept as transcription marks.
 */
export function whitespaceLines(lines: readonly SourceLine[]): Inline[] {
  return lines.flatMap((l): Inline[] => {
    if (l.text === '') return [lineStart([l])];
    const text = textOf([l], 0, l.text.length);
    return [lineStart([l]), l.text.trim() === '' ? text : { kind: 'mark', value: text.value, function: 'rewrap', src: text.src }];
  });
}

/**
 * Splits a run at a character offset of its witness text (counted over Text nodes only), so
 * that a trailing citation or a name can be cut off. Returns [before, after].
 */
export function splitRunAt(run: readonly Inline[], offset: number): [Inline[], Inline[]] {
  const before: Inline[] = [];
  const after: Inline[] = [];
  let seen = 0;
  for (const node of run) {
    if (seen >= offset) {
      after.push(node);
      continue;
    }
    if (node.kind !== 'text') {
      before.push(node);
      continue;
    }
    const len = node.value.length;
    if (seen + len <= offset) {
      before.push(node);
      seen += len;
      continue;
    }
    const cut = offset - seen;
    const slice = (a: number, b: number): Text => ({
      kind: 'text',
      value: node.value.slice(a, b),
      src: node.src.map((s) => sliceSpan(s, a, b)),
    });
    if (cut > 0) before.push(slice(0, cut));
    after.push(slice(cut, len));
    seen += len;
  }
  return [before, after];
}
