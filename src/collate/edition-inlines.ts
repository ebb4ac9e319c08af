import { openingOf } from '../structure/inline-builder.js';
import { collate } from './collate.js';
import type { CollateOptions } from './types.js';
import type { App, Inline, LineStart, Reading, WitnessLine as SourceLine } from '../model/inline.js';
import type { Span } from '../model/position.js';
import { isUnspaced, spacedWordChar, unspacedCharacter, unspacedLetters } from '../model/unspaced-scripts.js';

/**
 * Spaces cut from the edges of lines whose witnesses indent them differently (see
 * `collatedInlines`), while one block is collated: each `lb` carries its line's.
 */
const cutEdges = new Map<SourceLine, { lead: number; trail: number }>();

/** The `lb` group that opens a line in every copy that has it. */
const lineStart = (lines: readonly SourceLine[]): LineStart => ({
  kind: 'lb',
  lines: lines.map((l) => {
    const cut = cutEdges.get(l);
    return { wit: l.wit, line: l.n, ...(cut?.lead ? { indent: cut.lead } : {}), ...(cut?.trail ? { trailing: cut.trail } : {}) };
  }),
});

/** One witness's copy of a block: its lines, as the collator's input. */
interface Copy {
  readonly wit: string;
  readonly lines: readonly SourceLine[];
  readonly text: string;
}

/** The verse numbers of a line, left to right (they are cut from the text the collator sees). */
const versesOf = (line: SourceLine) => [...(line.verses ?? [])].sort((a, b) => a.at - b.at);

/**
 * Characters of a line in its copy's text: all of it, or what is left inside the cut edges,
 * without its verse numbers.
 */
const kept = (line: SourceLine): string => {
  const cut = cutEdges.get(line);
  const lead = cut?.lead ?? 0;
  const end = line.text.length - (cut?.trail ?? 0);
  let out = '';
  let pos = lead;
  for (const v of versesOf(line)) {
    out += line.text.slice(pos, v.at);
    pos = v.at + v.length;
  }
  return out + line.text.slice(pos, end);
};

/**
 * Column in the line of character `k` of its kept text. Where a verse number was cut, a start
 * (`after`) lies after the number and an end before it.
 */
function columnOf(line: SourceLine, k: number, after: boolean): number {
  let col = k + (cutEdges.get(line)?.lead ?? 0);
  for (const v of versesOf(line)) if (after ? v.at <= col : v.at < col) col += v.length;
  return col;
}

/** The file position of character `i` of a copy (lines joined by LF). */
function locate(copy: Copy, i: number, after = true): { line: SourceLine; col: number } {
  let rest = i;
  for (const line of copy.lines) {
    const length = kept(line).length;
    if (rest <= length) return { line, col: columnOf(line, rest, after) };
    rest -= length + 1;
  }
  const last = copy.lines[copy.lines.length - 1]!;
  return { line: last, col: last.text.length - (cutEdges.get(last)?.trail ?? 0) };
}

/** A verse number of a copy, at character `at` of the copy's text. */
interface CopyVerse {
  readonly at: number;
  readonly n: string;
  readonly span: Span;
}

/** The verse numbers of a collated block, copy by copy; each is placed once, where its copy's text reaches it. */
const pendingVerses = new Map<Copy, CopyVerse[]>();

function versesInCopy(copy: Copy): CopyVerse[] {
  const out: CopyVerse[] = [];
  let lineStart = 0;
  for (const line of copy.lines) {
    let removed = 0;
    const lead = cutEdges.get(line)?.lead ?? 0;
    for (const v of versesOf(line)) {
      const at = lineStart + v.at - lead - removed;
      const start = { line: line.n, column: (line.from ?? 0) + v.at + 1, offset: line.offset + v.at };
      out.push({ at, n: v.n, span: { wit: copy.wit, start, end: { ...start, column: start.column + v.length, offset: start.offset + v.length } } });
      removed += v.length;
    }
    lineStart += kept(line).length + 1;
  }
  return out;
}

/** The verse starts of copies at character `at` of their ranges (not placed before), as one node. */
function takeVerses(copies: readonly Copy[], at: (k: number) => number, upTo?: (k: number) => number): { rel: number; node: Inline }[] {
  const found = new Map<number, { wit: string; n: string; span: Span }[]>();
  copies.forEach((c, k) => {
    const list = pendingVerses.get(c);
    if (!list) return;
    for (const v of [...list]) {
      if (v.at < at(k) || (upTo && v.at >= upTo(k))) continue;
      list.splice(list.indexOf(v), 1);
      const rel = v.at - at(k);
      found.set(rel, [...(found.get(rel) ?? []), { wit: c.wit, n: v.n, span: v.span }]);
    }
  });
  return [...found].sort((a, b) => a[0] - b[0]).map(([rel, ms]) => ({ rel, node: { kind: 'verse', marks: ms.map(({ wit, n }) => ({ wit, n })), src: ms.map((m) => m.span) } }));
}

/** Spaces that open and close a line. */
function edgesOf(text: string): { lead: number; trail: number } {
  const lead = /^ */u.exec(text)![0].length;
  const trail = lead === text.length ? 0 : / *$/u.exec(text)![0].length;
  return { lead, trail };
}

/**
 * Where copies lay the same lines out with different spacing at their edges (one indents its
 * verse by two spaces, another not at all; one leaves spaces at a line's end), that spacing is
 * each witness's layout, not a variant: it is cut from the text the collator sees and kept on
 * the line's `lb` (`@rend` "indent-N", "trailing-N"). Copies that agree keep it as text, as
 * before, unless a variant opens an indented line. Only spaces are cut: a tab stays text.
 */
function cutDifferingEdges(parts: readonly { wit: string; lines: readonly SourceLine[] }[]): boolean {
  // the spaces that open a piece of a line are text between words, not an indentation
  const edges = parts.map((p) => p.lines.map((l) => (l.from ? { ...edgesOf(l.text), lead: 0 } : edgesOf(l.text))));
  const n = parts[0]!.lines.length;
  const agree = parts.every((p, k) => p.lines.length === n && edges[k]!.every((e, i) => e.lead === edges[0]![i]!.lead && e.trail === edges[0]![i]!.trail));
  // A variant at the very start of an indented line would take the indentation into its
  // readings (the space before a place of variation goes with it): cut the edges there too.
  const startsDiffer = agree && parts[0]!.lines.some((l, i) => edges[0]![i]!.lead > 0 && parts.some((p) => p.lines[i]!.text[edges[0]![i]!.lead] !== l.text[edges[0]![i]!.lead]));
  if (agree && !startsDiffer) return false;
  if (parts.some((p) => p.lines.some((l) => /^[ ]*\t|\t[ ]*$/u.test(l.text)))) return false;
  parts.forEach((p, k) => p.lines.forEach((l, i) => cutEdges.set(l, edges[k]![i]!)));
  return true;
}

const spanOf = (copy: Copy, from: number, to: number): Span => {
  const a = locate(copy, from);
  const b = locate(copy, to, false);
  return {
    wit: copy.wit,
    start: { line: a.line.n, column: (a.line.from ?? 0) + a.col + 1, offset: a.line.offset + a.col },
    end: { line: b.line.n, column: (b.line.from ?? 0) + b.col + 1, offset: b.line.offset + b.col },
  };
};

/**
 * The same characters in several copies, as inlines: text cut at line breaks, each break an
 * `lb` group naming the line in every copy.
 */
function shared(copies: readonly Copy[], ranges: readonly { start: number; end: number }[]): Inline[] {
  const first = copies[0]!;
  const r0 = ranges[0]!;
  const text = first.text.slice(r0.start, r0.end);
  const out: Inline[] = [];
  let from = 0;
  const piece = (a: number, b: number) => {
    if (b > a) out.push({ kind: 'text', value: text.slice(a, b), src: copies.map((c, k) => spanOf(c, ranges[k]!.start + a, ranges[k]!.start + b)) });
  };
  // Each copy's verse numbers where its text reaches them (before a line break at the same place).
  const verses = takeVerses(copies, (k) => ranges[k]!.start, (k) => ranges[k]!.end);
  const breaks = [...text.matchAll(/\n/gu)].map((m) => m.index);
  const cuts = [...new Set([...verses.map((v) => v.rel), ...breaks])].sort((a, b) => a - b);
  for (const i of cuts) {
    piece(from, i);
    from = i;
    for (const v of verses) if (v.rel === i) out.push(v.node);
    if (text[i] === '\n') {
      out.push(lineStart(copies.map((c, k) => locate(c, ranges[k]!.start + i + 1).line)));
      from = i + 1;
    }
  }
  piece(from, text.length);
  return out;
}

/**
 * A copy's range as parts: the space before the first piece, then each piece and the space after
 * it; `unspaced` marks a space between two characters of a script written without spaces.
 */
type Part = { start: number; end: number; space: boolean; unspaced?: boolean };

// In both kinds of pieces a character of a script without spaces (model/unspaced-scripts.ts) is
// a piece alone.
/** Pieces are runs of non-space characters: "John?" is one piece. */
const wordPieces = new RegExp(`(${unspacedCharacter}|(?:(?![${unspacedLetters}])\\S)+)(\\s*)`, 'gu');
/**
 * Pieces are words and single marks: "John?" is two, so a copy that sets a space before high
 * punctuation or inside guillemets, as French printing does ("John ?", "« Le nouveau »"), still
 * pairs up with one that does not ("John?", "«Le nouveau»").
 */
const markPieces = new RegExp(`(${unspacedCharacter}|${spacedWordChar}+|[^\\s\\p{L}\\p{M}\\p{N}])(\\s*)`, 'gu');

function partsOf(text: string, r: { start: number; end: number }, pieces: RegExp): Part[] {
  const slice = text.slice(r.start, r.end);
  const lead = /^\s*/u.exec(slice)![0].length;
  const parts: Part[] = [{ start: r.start, end: r.start + lead, space: true }];
  for (const m of slice.slice(lead).matchAll(pieces)) {
    const at = r.start + lead + m.index;
    const end = at + m[1]!.length;
    parts.push({ start: at, end, space: false });
    parts.push({ start: end, end: at + m[0].length, space: true, unspaced: isUnspaced(text[end - 1]) && isUnspaced(text[at + m[0].length]) });
  }
  return parts;
}

/**
 * Copies with the same words that differ only in the spacing between them (a double space, a
 * line broken elsewhere, a space one copy has before the next place, a space one copy sets
 * before a mark): the words are shared and only each differing space becomes a small `app` of
 * type `whitespace` (each copy must come back exactly). Undefined when the words do not pair up.
 */
function spacingOnly(copies: readonly Copy[], ranges: readonly { start: number; end: number }[], idPrefix: string, base: string): Inline[] | undefined {
  return spacedBy(copies, ranges, idPrefix, base, wordPieces) ?? spacedBy(copies, ranges, idPrefix, base, markPieces);
}

function spacedBy(copies: readonly Copy[], ranges: readonly { start: number; end: number }[], idPrefix: string, base: string, pieces: RegExp): Inline[] | undefined {
  const runs = copies.map((c, k) => partsOf(c.text, ranges[k]!, pieces));
  const n = runs[0]!.length;
  if (runs.some((rs) => rs.length !== n)) return undefined;
  const out: Inline[] = [];
  // Parts alike in every copy are given as one shared stretch, not part by part.
  let alike: number | undefined;
  const flush = (to: number) => {
    if (alike === undefined) return;
    const from = alike;
    out.push(...shared(copies, runs.map((rs) => ({ start: rs[from]!.start, end: rs[to - 1]!.end }))));
    alike = undefined;
  };
  for (let i = 0; i < n; i++) {
    const at = runs.map((rs) => rs[i]!);
    const texts = at.map((a, k) => copies[k]!.text.slice(a.start, a.end));
    if (texts.every((t) => t === texts[0])) {
      alike ??= i;
      continue;
    }
    if (!at.every((a) => a.space)) return undefined;
    flush(i);
    // A line wrapped elsewhere: a space in some copies, a line break in the others. The space is
    // shared text and the others start a line there (lb[@type='wrap']): no variant.
    const breaks = texts.map((t) => t === '\n');
    // Between two characters of a script without spaces, a line break is no space either.
    const unspaced = at.every((a) => a.unspaced) && texts.every((t) => t === '' || t === '\n');
    if (breaks.some(Boolean) && (unspaced || texts.every((t) => t === ' ' || t === '\n'))) {
      const spaced = at.flatMap((a, k) => (breaks[k] ? [] : [{ k, a }]));
      if (!unspaced) out.push({ kind: 'text', value: ' ', src: spaced.map(({ k, a }) => spanOf(copies[k]!, a.start, a.end)) });
      const wrapped = copies.flatMap((c, k) => (breaks[k] ? [locate(c, at[k]!.end).line] : []));
      out.push({ ...lineStart(wrapped), wrap: true });
      continue;
    }
    const forms = new Map<string, number[]>();
    texts.forEach((t, k) => forms.set(t, [...(forms.get(t) ?? []), k]));
    const readings: Reading[] = [...forms].map(([, ks]) => ({
      lemma: ks.some((k) => copies[k]!.wit === base),
      wit: ks.map((k) => copies[k]!.wit),
      children: shared(ks.map((k) => copies[k]!), ks.map((k) => at[k]!)),
    }));
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    out.push({ kind: 'app', id: `${idPrefix}${i}`, variantType: 'whitespace', readings });
  }
  flush(n);
  return out;
}

/** Whitespace at the end of a range (tokens never end with it). */
const trailingSpace = (text: string, r: { start: number; end: number }): number => /\s*$/u.exec(text.slice(r.start, r.end))![0].length;

/**
 * Inline content of a block whose copies differ (the same paragraph, not quite the same text
 * in two witnesses): the collator aligns them, agreement becomes shared text and every place
 * of variation an `app` with one reading per distinct sequence of words (an explicit empty
 * reading where a copy has nothing), so that no reading equals its lemma. Spacing is no
 * variant: the space before a place of variation goes with its readings ("hills" + ", or"
 * against "hills" + " or"), and where copies of one reading are spaced differently only the
 * differing space is a small `app` typed `whitespace`, so each witness still comes back exactly.
 */
export function collatedInlines(
  parts: readonly { wit: string; lines: readonly SourceLine[] }[],
  baseWitness: string,
  idPrefix: string,
  options: CollateOptions = {},
): Inline[] {
  cutEdges.clear();
  pendingVerses.clear();
  cutDifferingEdges(parts);
  try {
    return collatedCopies(parts, baseWitness, idPrefix, options);
  } finally {
    cutEdges.clear();
    pendingVerses.clear();
  }
}

function collatedCopies(
  parts: readonly { wit: string; lines: readonly SourceLine[] }[],
  baseWitness: string,
  idPrefix: string,
  options: CollateOptions,
): Inline[] {
  const copies: Copy[] = parts.map((p) => ({ wit: p.wit, lines: p.lines, text: p.lines.map(kept).join('\n') }));
  for (const c of copies) pendingVerses.set(c, versesInCopy(c));
  // A passage the base lacks (nested in the reading of the witnesses that have it) is typed
  // against its first witness; none of its readings is the lemma.
  const base = baseWitness;
  const typedAgainst = copies.some((c) => c.wit === base) ? base : copies[0]!.wit;
  const collation = collate(
    copies.map((c) => ({ siglum: c.wit, text: c.text })),
    { ...options, base: typedAgainst },
  );
  // (a copy's first line may be a piece of a line: after a speaker, structure/constructs.ts)
  const out: Inline[] = openingOf(copies.map((c) => c.lines[0]!), lineStart);
  // Place ranges, with the space after agreement handed to the place of variation that follows.
  const ranges = collation.places.map((p) => copies.map((c) => ({ ...p.ranges[c.wit]! })));
  collation.places.forEach((p, i) => {
    const next = collation.places[i + 1];
    if (p.kind !== 'agreement' || next?.kind !== 'variant') return;
    copies.forEach((c, k) => {
      const r = ranges[i]![k]!;
      const moved = trailingSpace(c.text, r);
      r.end -= moved;
      ranges[i + 1]![k]!.start -= moved;
    });
  });
  collation.places.forEach((place, i) => {
    const at = ranges[i]!;
    const slices = copies.map((c, k) => c.text.slice(at[k]!.start, at[k]!.end));
    if (slices.every((t) => t === slices[0])) {
      out.push(...shared(copies, at));
      return;
    }
    if (place.kind === 'agreement') {
      const spaced = spacingOnly(copies, at, `${idPrefix}ws${out.length}-`, base);
      if (spaced) {
        out.push(...spaced);
        return;
      }
    }
    // One reading per sequence of words (the collator's readings); a reading whose copies are
    // spaced differently shares its words and records only the spacing.
    const groups = place.kind === 'variant' ? place.readings.map((r) => ({ wits: r.witnesses, type: r.type })) : [];
    const byWords = groups.length > 0 ? groups : [...new Set(slices)].map((t) => ({ wits: copies.filter((_, k) => slices[k] === t).map((c) => c.wit), type: undefined }));
    const readings: Reading[] = byWords.map((g, gi) => {
      const ks = copies.flatMap((c, k) => (g.wits.includes(c.wit) ? [k] : []));
      const cs = ks.map((k) => copies[k]!);
      const rs = ks.map((k) => at[k]!);
      const same = ks.every((k) => slices[k] === slices[ks[0]!]);
      const children = slices[ks[0]!] === '' && same ? [] : same ? shared(cs, rs) : (spacingOnly(cs, rs, `${idPrefix}${place.id ?? `ws${out.length}`}-${gi}-`, base) ?? shared(cs, rs));
      return {
        lemma: cs.some((c) => c.wit === base),
        wit: cs.map((c) => c.wit),
        ...(g.type ? { variantType: g.type } : {}),
        children,
      };
    });
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    const app: App = {
      kind: 'app',
      id: `${idPrefix}${place.id ?? `ws${out.length}`}`,
      variantType: place.kind === 'variant' && place.type ? place.type : 'whitespace',
      ...(place.corresp?.length ? { corresp: place.corresp.map((c) => `${idPrefix}${c}`) } : {}),
      readings,
    };
    out.push(app);
  });
  // A verse number at the very end of a copy (nothing of its text after it) closes the block.
  out.push(...takeVerses(copies, () => 0).map((v) => v.node));
  return out;
}
