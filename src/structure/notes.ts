import { error, info, warning, type Diagnostic } from '../diagnostics/index.js';
import type { NoteRule, NotesConfig } from '../config/sections/notes.js';
import type { ReviewItem } from '../model/review.js';
import type { Paragraph } from '../model/block.js';
import type { Inline, NoteNode, NoteType } from '../model/inline.js';
import type { Span } from '../model/position.js';
import { markerTextOf, noteLabelAt } from './rules/note-styles.js';
import { textOf } from './inline-builder.js';
import { figureMarks, type FigureMarks } from './figures.js';
import { spanIn, type SourceLine } from './source-lines.js';
import { unitInlines, type InsertionsFor } from './unit-inlines.js';
import type { Unit } from './units.js';

/** A note as found in a chapter's note block: its number and its paragraphs. */
export interface NoteDef {
  readonly n: string;
  readonly units: Unit[];
  /** 2, 3 … for a later note with the same number (footnotes numbered again on each page). */
  readonly seq?: number;
}

export interface NoteContext {
  readonly notes: NoteAttribution;
  /** Items for the review report (notes attributed by the default). */
  readonly review: ReviewItem[];
  readonly fileOf: (wit: string) => string;
  /** A witness's path for review items, relative to the config folder (review.md is the same from any working directory). */
  readonly reviewFileOf: (wit: string) => string;
  readonly diagnostics: Diagnostic[];
}

const at = (ctx: NoteContext, unit: Unit) => {
  const first = unit.parts[0]!.block;
  return { file: ctx.fileOf(first.wit), line: first.lines[0]!.n, column: 1 };
};

/**
 * Groups a chapter's note blocks into notes: a labelled block starts a note, the blocks
 * after it without a label continue it. Two notes with one number are an error, unless the
 * text between them cites that number again (`citedBetween`): footnotes that stand under the
 * paragraph citing them, numbered again on each page or section, as e-texts keep them
 * (`repeated`: the later ones, in order).
 */
export function collectNotes(
  noteUnits: readonly Unit[],
  ctx: NoteContext,
  citedBetween: (before: Unit, after: Unit, n: string) => boolean = () => false,
): { defs: Map<string, NoteDef>; repeated: NoteDef[]; loose: Unit[] } {
  const defs = new Map<string, NoteDef>();
  const repeated: NoteDef[] = [];
  const loose: Unit[] = [];
  let current: NoteDef | undefined;
  for (const u of noteUnits) {
    if (u.noteN !== undefined) {
      const existing = defs.get(u.noteN);
      const latest = [existing, ...repeated.filter((d) => d.n === u.noteN)].pop();
      if (latest && citedBetween(latest.units[latest.units.length - 1]!, u, u.noteN)) {
        current = { n: u.noteN, units: [u], seq: 2 + repeated.filter((d) => d.n === u.noteN).length };
        repeated.push(current);
        continue;
      }
      if (existing) {
        ctx.diagnostics.push(
          error({
            message: `two notes numbered [${u.noteN}] in one chapter (the first at line ${existing.units[0]!.parts[0]!.block.lines[0]!.n})`,
            rule: 'note-duplicate-number',
            stage: 'structure',
            ...at(ctx, u),
            hint: 'renumber one of them, or mark one as a continuation in the overrides file',
          }),
        );
        current = undefined;
        loose.push(u);
        continue;
      }
      current = { n: u.noteN, units: [u] };
      defs.set(u.noteN, current);
    } else if (current) current.units.push(u);
    else loose.push(u);
  }
  return { defs, repeated, loose };
}

/** The note attribution rules of the config, with the default's `@resp` resolved. */
export interface NoteAttribution {
  readonly rules: readonly NoteRule[];
  readonly default: { readonly type: string; readonly resp: string; readonly cert: NonNullable<NoteNode['cert']> };
}

/** The config's notes section with its default `@resp` (the header's author when it names none). */
export const noteAttribution = (notes: NotesConfig, authorRef: string): NoteAttribution => ({
  rules: notes.rules,
  default: { type: notes.default.type, resp: notes.default.resp ?? authorRef, cert: notes.default.cert },
});

interface Attributed {
  readonly type: NoteType;
  readonly resp: string;
  readonly cert?: NoteNode['cert'];
  readonly rule: string;
}

/**
 * Who wrote a note, by the edition's rules, tried in order: a signature, a pattern, a list of
 * numbers. A note no rule decides takes the default, with its `@cert`, and is listed for review.
 */
function attribute(def: NoteDef, ctx: NoteContext): Attributed {
  const text = def.units.map((u) => u.parts[0]!.block.lines.map((l) => l.text).join(' ')).join(' ');
  return attributeText(def.n, text, def.units[0]!.parts[0]!.block.lines[0]!, ctx);
}

function attributeText(n: string, text: string, first: SourceLine, ctx: NoteContext, unnumbered = 'in the margin'): Attributed {
  // A note printed in the margin, or an unnumbered footnote, has no number.
  const named = n === '' ? unnumbered : `[${n}]`;
  for (const [k, rule] of ctx.notes.rules.entries()) {
    const id = `note-rule-${k + 1}`;
    if (rule.notes?.includes(n)) return { type: rule.type, resp: rule.resp, rule: id };
    if (rule.pattern !== undefined && new RegExp(rule.pattern, 'u').test(text)) return { type: rule.type, resp: rule.resp, rule: id };
    if (rule.signature === undefined) continue;
    const i = text.lastIndexOf(rule.signature);
    if (i === -1) continue;
    const after = text.slice(i + rule.signature.length).trim();
    if (after !== '') {
      ctx.diagnostics.push(
        info({
          message: `note ${named} has text after the signature ${rule.signature}: "${after}"; attributed by the signature`,
          rule: 'note-text-after-signature',
          stage: 'structure',
          file: ctx.fileOf(first.wit),
          line: first.n,
          column: 1,
        }),
      );
    }
    return { type: rule.type, resp: rule.resp, rule: id };
  }
  const d = ctx.notes.default;
  ctx.review.push({
    rule: 'note-attribution-default',
    message: `no attribution rule decides who wrote note ${named}; given to ${d.resp} (type ${d.type}, cert ${d.cert}). Add a rule to the notes section of the config (a signature, a pattern, or the note's number)`,
    text: text.length > 80 ? `${text.slice(0, 79)}…` : text,
    at: spanIn(first, 0, 0),
    file: ctx.reviewFileOf(first.wit),
  });
  return { type: d.type, resp: d.resp, cert: d.cert, rule: 'note-default' };
}

/** The span a unit covers in each of its witnesses. */
function unitSpans(unit: Unit): Span[] {
  return unit.parts.map((p) => {
    const first = p.block.lines[0]!;
    const last = p.block.lines[p.block.lines.length - 1]!;
    return { wit: first.wit, start: spanIn(first, 0, 0).start, end: spanIn(last, last.text.length, last.text.length).end };
  });
}

/** How a note paragraph's inline content is made (the chapter builder collates differing copies). */
export type NoteContent = (unit: Unit, insertionsFor: InsertionsFor) => Inline[];

/** Builds the note that stands at a marker (or, without `marker`, at the end of its chapter). */
export function noteNode(def: NoteDef, id: string, ctx: NoteContext, marker?: readonly Span[], content: NoteContent = unitInlines): NoteNode {
  const { type, resp, cert, rule } = attribute(def, ctx);
  const blocks: Paragraph[] = def.units.map((u, k) => {
    const labelled = k === 0;
    const children: Inline[] = content(u, (parts, i) => {
      if (!labelled || i !== 0) return [];
      const label = noteLabelAt(parts[0]!.text);
      if (!label) return [];
      return [{ at: label.at, length: label.length, node: () => ({ kind: 'label', children: [textOf(parts, label.at, label.at + label.length)] }) }];
    });
    return { kind: 'p', id: `${id}-p${k + 1}`, src: unitSpans(u), rule: u.rule, children };
  });
  const lastSpans = unitSpans(def.units[def.units.length - 1]!);
  const src = unitSpans(def.units[0]!).map((s, w) => ({ ...s, end: lastSpans[w]?.end ?? s.end }));
  return {
    kind: 'note',
    id,
    n: def.n,
    noteType: type,
    resp,
    ...(cert ? { cert } : {}),
    attribution: rule,
    ...(marker ? { marker, markerText: markerTextOf(def.n) } : {}),
    blocks,
    src,
  };
}

/** Reports a marker whose note is missing; the marker stays in the text. */
export function orphanMarker(n: string, src: readonly Span[], ctx: NoteContext): Inline {
  const s = src[0]!;
  ctx.diagnostics.push(
    warning({
      message: `note marker [${n}] has no note [${n}] in its chapter; kept as text`,
      rule: 'note-orphan-marker',
      stage: 'structure',
      file: ctx.fileOf(s.wit),
      line: s.start.line,
      column: s.start.column,
      hint: 'add the note to the chapter\'s note block, or ignore if the brackets are not a note marker',
    }),
  );
  return { kind: 'text', value: `[${n}]`, src };
}

/** Reports a note nobody cites; it is kept at the end of its chapter. */
export function reportUncited(def: NoteDef, ctx: NoteContext): void {
  ctx.diagnostics.push(
    warning({
      message: `note [${def.n}] is not cited by any marker in its chapter; placed at the end of the chapter`,
      rule: 'note-without-marker',
      stage: 'structure',
      ...at(ctx, def.units[0]!),
      hint: `add the marker [${def.n}] where the note belongs`,
    }),
  );
}

/** "(1. See the Appendix.)": a note printed inline, in parentheses, where it applies. */
export const inlineNote = /\((\d{1,3})\.\s[^()]*\)/gu;

/** The note an inline "(n. …)" stands for: it keeps its own text, parentheses included. */
export function inlineNoteNode(id: string, n: string, children: readonly Inline[], line: SourceLine, text: string, ctx: NoteContext, src: readonly Span[]): NoteNode {
  return ownTextNote({ id, n, place: 'inline', rule: 'note-inline' }, children, line, text, ctx, src);
}

/**
 * A note printed in the margin ("[Sidenote: The king dies.]"), holding its own text, the
 * convention's marks included; it stands where the transcription prints it, or beside the
 * text after it. Attributed by the notes rules (a pattern or a signature) like any note.
 */
export function marginNoteNode(id: string, children: readonly Inline[], line: SourceLine, text: string, ctx: NoteContext, src: readonly Span[]): NoteNode {
  return ownTextNote({ id, place: 'margin', rule: 'sidenote' }, children, line, text, ctx, src);
}

/**
 * "[Footnote: Afterwards Lord Abinger.]": an unnumbered footnote that the transcription sets in
 * the text where its marker stood, over lines too. Its text and the convention's marks stay
 * where they are; the note is a footnote (`place` foot) with no number.
 */
export const unnumberedFootnote = /\[Foot-?note:/giu;
const footnoteOpening = /^()(\[Foot-?note:)/iu;

/** Where the unnumbered footnotes of a block's lines open and close: line and column of "[Footnote:" and of its "]". */
export function unnumberedFootnoteMarks(lines: readonly string[]): FigureMarks['marks'] {
  const marks: FigureMarks['marks'][number][] = [];
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i]!.matchAll(unnumberedFootnote)) {
      // (one inside the footnote before it is its text)
      const last = marks[marks.length - 1];
      if (last && (last.line > i || (last.line === i && last.at > m.index))) continue;
      // its closing bracket, brackets inside it counted ("[Greek: …]"); none in the block: no note
      const found = figureMarks([lines[i]!.slice(m.index), ...lines.slice(i + 1)], true, 0, footnoteOpening);
      if (found.marks.length < 2) continue;
      marks.push(...found.marks.map((k) => ({ line: i + k.line, at: k.line === 0 ? k.at + m.index : k.at, length: k.length })));
    }
  }
  return marks;
}

/** An unnumbered footnote set in the text, its marks and text as children. */
export function unnumberedFootnoteNode(id: string, children: readonly Inline[], line: SourceLine, text: string, ctx: NoteContext, src: readonly Span[]): NoteNode {
  return ownTextNote({ id, rule: 'footnote-unnumbered' }, children, line, text, ctx, src, 'without a number');
}

/** A note whose text stands where the witness prints it (inline, in the margin, a footnote set in the text): one paragraph, attributed by the notes rules. */
function ownTextNote(
  note: { readonly id: string; readonly n?: string; readonly place?: 'inline' | 'margin'; readonly rule: string },
  children: readonly Inline[],
  line: SourceLine,
  text: string,
  ctx: NoteContext,
  src: readonly Span[],
  unnumbered?: string,
): NoteNode {
  const { type, resp, cert, rule } = attributeText(note.n ?? '', text, line, ctx, unnumbered);
  return {
    kind: 'note',
    id: note.id,
    ...(note.n !== undefined ? { n: note.n } : {}),
    noteType: type,
    resp,
    ...(cert ? { cert } : {}),
    attribution: rule,
    ...(note.place ? { place: note.place } : {}),
    blocks: [{ kind: 'p', id: `${note.id}-p1`, src: [...src], rule: note.rule, children: [...children] }],
    src,
  };
}
