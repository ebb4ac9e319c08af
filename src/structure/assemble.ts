import { error, info, warning } from '../diagnostics/index.js';
import type {
  Block,
  BlockApp,
  Dialogue,
  Division,
  Epigraph,
  FormeWork,
  Head,
  List,
  ListItem,
  Paragraph,
  Quote,
  SectionBreak,
  Speech,
  LetterLine,
  LetterPart,
  DivisionType,
  FrontSection,
  Figure,
} from '../model/block.js';
import type { Inline, Variation } from '../model/inline.js';
import type { Span } from '../model/position.js';
import { plainText } from '../model/walk.js';
import type { TableOfContents } from './data-files.js';
import { markerInsertions, splitRunAt, textOf } from './inline-builder.js';
import { collectNotes, inlineNote, inlineNoteNode, marginNoteNode, noteNode, orphanMarker, reportUncited, unnumberedFootnoteMarks, unnumberedFootnoteNode, type NoteContext, type NoteDef } from './notes.js';
import type { SourceLine } from './source-lines.js';
import type { Insertion } from './inline-builder.js';
import { isHeadingLike, isIndexPages, listNumber, speakerOf, trailingCitation } from './rules/text-patterns.js';
import { lineId, spanIn } from './source-lines.js';
import { leadingInlines, linesInlines, trailingInlines, unitInlines, unitLineCount, type InsertionsFor } from './unit-inlines.js';
import { unitDiffers, unitWitnesses, type Unit } from './units.js';
import { InterventionIndex, type PlacedInterventions } from './interventions.js';
import { dramaSpeech, lineGroup, placeFormulae, speechSpans, subUnit, type UnitContent } from './constructs.js';
import { containerRank, divisionKey, type DivisionLevel } from './rules/headings.js';
import { citesKey, idKey, markerTextOf, noteLabelAt } from './rules/note-styles.js';
import { placeInWitnesses } from './witness-places.js';
import { figureInsertions, figureMarks, sidenote } from './figures.js';
import { castParts } from './cast-list.js';
import { frontWords, wordAlternatives } from './rules/heading-words.js';

export interface AssembleContext extends NoteContext {
  readonly base: string;
  /** Sigla in config order (the order of `@wit` values). */
  readonly witnessOrder: readonly string[];
  readonly firstChapter: number;
  readonly toc?: TableOfContents;
  readonly interventions: PlacedInterventions;
  readonly editorResp: string;
  /** Ids of the witnesses that carry only part of the book (a `scope`). */
  readonly fragments?: readonly string[];
  /** The siglum a witness is printed with, for sentences about it (default: its id). */
  readonly siglumOf?: (wit: string) => string;
  /** Display name of the interventions file, for stale entries. */
  readonly interventionsFile?: string;
}

const idOf = (prefix: string, unit: Unit): string => {
  const first = unit.parts[0]!.block;
  const line = first.lines[0]!;
  // A piece of a line (a speech's first line after its speaker: constructs.ts speechRows) is
  // told from the line's start by its column.
  const id = lineId(prefix, first.wit, line.n);
  return line.from ? `${id}.${line.from}` : id;
};

/** For each witness of a run of units, the span from its first to its last line there. */
function rangeSpans(units: readonly Unit[]): Span[] {
  const first = new Map<string, Span>();
  const last = new Map<string, Span>();
  for (const u of units) {
    for (const s of spansOf(u)) {
      if (!first.has(s.wit)) first.set(s.wit, s);
      last.set(s.wit, s);
    }
  }
  return [...first].map(([wit, s]) => ({ wit, start: s.start, end: last.get(wit)!.end }));
}

const spansOf = (unit: Unit): Span[] =>
  unit.parts.map((p) => {
    const first = p.block.lines[0]!;
    const last = p.block.lines[p.block.lines.length - 1]!;
    return { wit: first.wit, start: spanIn(first, 0, 0).start, end: spanIn(last, last.text.length, last.text.length).end };
  });

/** Builds one chapter from its units. */
class ChapterBuilder {
  private readonly blocks: Block[] = [];
  private section: Block[] | undefined;
  private sectionHeadsOnly = false;
  private sections = 0;
  private contentStarted = false;
  private last: { role: string; block: Block } | undefined;
  private lastFrame: string | undefined;
  private readonly used = new Set<NoteDef>();
  /** Keys of the division's notes, whatever their marker style. */
  private get keys(): ReadonlySet<string> {
    return new Set(this.defs.keys());
  }
  /** Blocks of a letter quoted inside the division, while it is open. */
  private letter: Block[] | undefined;
  /** The letter's signature has been read: only a dateline may still close it. */
  private letterSigned = false;
  /** Brackets an illustration's caption left open: its next block goes on with it. */
  private figureDepth = 0;
  /** Notes printed in the margin before the next block, which they stand beside. */
  private margin: Inline[] = [];

  constructor(
    private readonly id: string,
    private readonly witnesses: readonly string[],
    private readonly defs: Map<string, NoteDef>,
    private readonly ctx: AssembleContext,
    private readonly interventions: InterventionIndex,
    /** Later notes with a number a note before them has (footnotes numbered again on each page). */
    private readonly repeated: readonly NoteDef[] = [],
  ) {}

  private readonly insertionsFor: InsertionsFor = (parts) => [
    ...markerInsertions(parts[0]!.text, (n, src) => this.resolveMarker(n, src), this.keys),
    ...this.inlineNotes(parts),
    ...this.sidenotesIn(parts),
    ...this.interventions.insertions(parts),
  ];

  /** "[Sidenote: The fleet sails.]" inside a line of text: a note in the margin where it stands. */
  private sidenotesIn(parts: readonly SourceLine[]): Insertion[] {
    const line = parts[0]!;
    return [...line.text.matchAll(/\[Side-?notes?:[^[\]]*\]/giu)].map((m) => ({
      at: m.index,
      length: m[0].length,
      node: (src) => {
        const at = (k: number, length: number): Inline => {
          const t = textOf(parts, m.index + k, m.index + k + length);
          return { kind: 'mark', value: t.value, function: 'sidenote', src: t.src };
        };
        const open = m[0].indexOf(':') + 1;
        const children: Inline[] = [at(0, open), textOf(parts, m.index + open, m.index + m[0].length - 1), at(m[0].length - 1, 1)];
        return marginNoteNode(lineId(`${this.id}-margin`, line.wit, line.n) + `-${m.index}`, children, line, m[0], this.ctx, src);
      },
    }));
  }

  /**
   * A block of its own that is a note printed in the margin ("[Sidenote: …]", over lines too):
   * it is kept for the block after it, beside which it stood.
   */
  private sidenote(unit: Unit): void {
    const lines = unit.parts[0]!.block.lines;
    const found = figureMarks(lines.map((l) => l.text), true, 0, sidenote);
    // (The convention's own marks come first where a "[Sidenote:" starts: its text is no second note.)
    const held = this.margin.splice(0);
    const children = this.content(unit, (parts, i) => [...this.insertionsFor(parts, i), ...figureInsertions(found.marks, parts, i, 'sidenote')]);
    this.margin = held;
    const text = lines.map((l) => l.text).join(' ');
    this.margin.push(marginNoteNode(idOf(`${this.id}-margin`, unit), children, lines[0]!, text, this.ctx, spansOf(unit)));
  }

  /** The notes printed in the margin that wait for this block. */
  private takeMargin(): Inline[] {
    return this.margin.splice(0);
  }

  /** Notes printed inline, "(1. See …)", each a note of its own text where it stands. */
  private inlineNotes(parts: readonly SourceLine[]): Insertion[] {
    return [...parts[0]!.text.matchAll(inlineNote)].map((m) => ({
      at: m.index,
      length: m[0].length,
      node: (src) => inlineNoteNode(lineId(`${this.id}-inline-n${m[1]}`, parts[0]!.wit, parts[0]!.n), m[1]!, [textOf(parts, m.index, m.index + m[0].length)], parts[0]!, m[0], this.ctx, src),
    }));
  }

  /**
   * The note a marker cites: the note of its number; where several share the number, the first
   * printed after the marker (each stands under the paragraph that cites it).
   */
  private citedNote(n: string, src: readonly Span[]): NoteDef | undefined {
    const first = this.defs.get(n);
    const again = this.repeated.filter((d) => d.n === n);
    if (!first || again.length === 0) return first;
    const s = src[0]!;
    const lineOf = (d: NoteDef) => d.units[0]!.parts.find((p) => p.block.wit === s.wit)?.block.lines[0]!.n;
    const all = [first, ...again];
    return all.find((d) => (lineOf(d) ?? 0) > s.start.line) ?? all.find((d) => !this.used.has(d)) ?? first;
  }

  private noteId = (d: NoteDef): string => `${this.id}-n${idKey(d.n)}${d.seq ? `-${d.seq}` : ''}`;

  private resolveMarker(n: string, src: readonly Span[]): Inline {
    const def = this.citedNote(n, src);
    if (!def) return orphanMarker(n, src, this.ctx);
    if (this.used.has(def)) {
      const s = src[0]!;
      this.ctx.diagnostics.push(
        warning({
          message: `note [${n}] is cited a second time; the second marker is kept as text`,
          rule: 'note-cited-twice',
          stage: 'structure',
          file: this.ctx.fileOf(s.wit),
          line: s.start.line,
          column: s.start.column,
        }),
      );
      return { kind: 'text', value: markerTextOf(n), src };
    }
    this.used.add(def);
    return noteNode(def, this.noteId(def), this.ctx, src, this.noteContent);
  }

  /** Note paragraphs whose copies differ are collated like any other block. */
  private readonly noteContent = (unit: Unit, labelled: InsertionsFor): Inline[] => this.content(unit, labelled, true);

  private target(): Block[] {
    return this.letter ?? this.section ?? this.blocks;
  }

  private push(role: string, block: Block, unit: Unit): void {
    const partial = unitWitnesses(unit).length !== this.witnesses.length;
    const t = this.target();
    const prev = t[t.length - 1];
    // Consecutive lines of one witness's running head or footer make one `fw`.
    if (partial && block.kind === 'fw' && prev?.kind === 'app' && this.lastFrame === role) {
      const [a, b] = prev.readings;
      const present = a!.blocks.length ? a! : b!;
      const fw = present.blocks[0];
      if (fw?.kind === 'fw' && present.wit.join() === unitWitnesses(unit).join()) {
        const merged = { ...present, blocks: [{ ...fw, children: [...fw.children, ...block.children] }] };
        t[t.length - 1] = { ...prev, readings: prev.readings.map((r) => (r === present ? merged : r)) };
        return;
      }
    }
    const placed = partial ? this.variation(block, unit, role) : block;
    t.push(placed);
    this.lastFrame = partial && block.kind === 'fw' ? role : undefined;
    this.last = partial ? undefined : { role, block };
    if (role !== 'heading' && role !== 'subtitle' && role !== 'running-head') this.sectionHeadsOnly = false;
    if (!['heading', 'subtitle', 'running-head', 'footer', 'division-heading', 'division-title', 'address', 'dateline', 'salute'].includes(role)) this.contentStarted = true;
  }

  /** Verse, drama, letters and printed headings (see constructs.ts); false for the other roles. */
  private addConstruct(unit: Unit, partial: boolean): boolean {
    const role = unit.role;
    const content: UnitContent = (u) => this.content(u);
    if (this.letterSigned && role !== 'dateline') this.closeLetter();
    switch (role) {
      case 'division-heading':
      case 'division-title':
        this.push(role, this.head(unit, role === 'division-title' ? 'title' : 'division'), unit);
        return true;
      case 'verse': {
        const prev = this.last;
        if (!partial && prev?.role === 'verse' && prev.block.kind === 'lg') {
          this.replaceLast({ ...prev.block, stanzas: [...prev.block.stanzas, ...lineGroup('', [unit], content, [], '').stanzas] }, 'verse');
          return true;
        }
        this.push('verse', lineGroup(idOf('lg', unit), [unit], content, spansOf(unit), unit.rule), unit);
        return true;
      }
      case 'drama-speech':
        for (const [from, to] of speechSpans(unit)) {
          const part = from === 0 && to === unitLineCount(unit) ? unit : subUnit(unit, from, to);
          this.push(role, dramaSpeech(idOf('sp', part), part, content, spansOf(part), unit.rule), part);
        }
        return true;
      case 'stage':
        this.push(role, { kind: 'stage', id: idOf('stage', unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) }, unit);
        return true;
      case 'byline':
        if (partial) this.push('p', this.paragraph(unit), unit);
        else this.letterPart('opener', 'byline', unit);
        return true;
      case 'address':
      case 'salute':
      case 'dateline':
      case 'valediction':
        if (partial) {
          this.push('p', this.paragraph(unit), unit);
          return true;
        }
        if (role === 'dateline' && this.letterSigned) this.letterPart('closer', 'dateline', unit);
        else if (role === 'valediction') this.letterPart('closer', 'salute', unit);
        else {
          // Formulae after the division's text has begun open a letter quoted in it.
          if (this.contentStarted && !this.letter && this.last?.block.kind !== 'opener') {
            const blocks: Block[] = [];
            this.target().push({ kind: 'letter', id: idOf('letter', unit), src: spansOf(unit), rule: unit.rule, blocks });
            this.letter = blocks;
            this.last = undefined;
          }
          this.letterPart('opener', role === 'address' ? 'address' : role, unit);
        }
        return true;
    }
    return false;
  }

  /** Adds a formula to the opener or closer the last block is, or starts one. */
  private letterPart(kind: 'opener' | 'closer', part: LetterLine['kind'], unit: Unit): void {
    const line: LetterLine = { kind: part, children: this.content(unit) };
    const prev = this.last;
    if (prev?.block.kind === kind) {
      this.replaceLast({ ...prev.block, parts: [...prev.block.parts, line], src: [...prev.block.src] }, kind);
      return;
    }
    const block: LetterPart = { kind, id: idOf(kind, unit), src: spansOf(unit), rule: unit.rule, parts: [line] };
    this.target().push(block);
    this.last = { role: kind, block };
    if (kind === 'opener') this.contentStarted = true;
  }

  private closeLetter(): void {
    this.letter = undefined;
    this.letterSigned = false;
    this.last = undefined;
  }

  /** A block only some witnesses of the chapter have: a block-level `app` with explicit empty readings. */
  private variation(block: Block, unit: Unit, role: string): BlockApp {
    const has = unitWitnesses(unit);
    const lacks = this.witnesses.filter((w) => !has.includes(w));
    const order = (ws: readonly string[]) => this.ctx.witnessOrder.filter((w) => ws.includes(w));
    const baseHas = has.includes(this.ctx.base);
    const present = { lemma: baseHas, wit: order(has), blocks: [block] };
    const absent = { lemma: !baseHas, wit: order(lacks), blocks: [] };
    const frame = role === 'running-head' || role === 'footer' || role === 'paratext';
    return {
      kind: 'app',
      id: `app-${block.id}`,
      src: block.src,
      rule: 'block-in-some-witnesses',
      variantType: frame ? 'frame' : baseHas ? 'omission' : 'addition',
      readings: baseHas ? [present, absent] : [absent, present],
    };
  }

  /**
   * Inline content of a unit: its text with notes at their markers; where the copies of the
   * witnesses differ, a `variation` holding each copy's lines, which the collate stage turns
   * into shared text and apps. Notes cited in the first copy are resolved here, in reading
   * order, and placed by the collate stage where their markers fall.
   */
  private content(unit: Unit, insertionsFor: InsertionsFor = this.insertionsFor, note = false): Inline[] {
    const margin = this.takeMargin();
    if (margin.length > 0) return [...margin, ...this.content(unit, insertionsFor, note)];
    if (!unitDiffers(unit)) {
      const marks = note ? [] : unnumberedFootnoteMarks(unit.parts[0]!.block.lines.map((l) => l.text));
      if (marks.length === 0) return unitInlines(unit, insertionsFor);
      return this.footnotesSetIn(unitInlines(unit, (parts, i) => [...insertionsFor(parts, i), ...figureInsertions(marks, parts, i, 'footnote')]), unit);
    }
    const copies = unit.parts.map((p) => ({ wit: p.block.wit, lines: p.block.lines }));
    // A note's paragraph cites no note: its label ("[7]") is its own, as where the copies agree.
    const markers = copies[0]!.lines.flatMap((line, i) =>
      (note ? insertionsFor([line], i) : markerInsertions(line.text, (n, src) => this.resolveMarker(n, src), this.keys)).map((ins) => ({
        offset: line.offset + ins.at,
        length: ins.length,
        node: ins.node([spanIn(line, ins.at, ins.at + ins.length)]),
      })),
    );
    const variation: Variation = { kind: 'variation', idPrefix: `${idOf('app', unit)}-`, copies, markers };
    return [...leadingInlines(unit), variation, ...trailingInlines(unit)];
  }

  /** "[Footnote: …]" set in the text (its marks found by `content`): a footnote where it stands, over lines too. */
  private footnotesSetIn(inlines: readonly Inline[], unit: Unit): Inline[] {
    const out: Inline[] = [];
    const isMark = (n: Inline | undefined): n is Extract<Inline, { kind: 'mark' }> => n?.kind === 'mark' && n.function === 'footnote';
    for (let k = 0; k < inlines.length; k++) {
      const open = inlines[k]!;
      const end = isMark(open) ? inlines.findIndex((n, j) => j > k && isMark(n)) : -1;
      if (end === -1) {
        out.push(open);
        continue;
      }
      const close = inlines[end] as Extract<Inline, { kind: 'mark' }>;
      const children = inlines.slice(k, end + 1);
      const s = (open as Extract<Inline, { kind: 'mark' }>).src[0]!;
      const line = unit.parts[0]!.block.lines.find((l) => l.n === s.start.line)!;
      const src = (open as Extract<Inline, { kind: 'mark' }>).src.map((span, w) => ({ ...span, end: close.src[w]!.end }));
      // (its text as printed, marks and all, for the notes rules: a pattern "^\\[Footnote:" finds them all)
      const printed = children.map((c) => (c.kind === 'mark' ? c.value : c.kind === 'lb' ? ' ' : plainText([c]))).join('');
      out.push(unnumberedFootnoteNode(`${lineId(`${this.id}-fn`, line.wit, line.n)}-${s.start.column}`, children, line, printed, this.ctx, src));
      k = end;
    }
    return out;
  }

  private paragraph(unit: Unit, prefix = 'p'): Paragraph {
    return { kind: 'p', id: idOf(prefix, unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) };
  }

  private head(unit: Unit, headType: Head['headType']): Head {
    return { kind: 'head', headType, id: idOf('head', unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) };
  }

  add(unit: Unit): void {
    const partial = unitWitnesses(unit).length !== this.witnesses.length;
    const role = unit.role;
    if (this.addConstruct(unit, partial)) return;
    switch (role) {
      case 'subtitle':
      case 'heading': {
        if (this.letter) {
          // A letter's text has no sections (a head inside it is not TEI): a line printed
          // like a heading inside a letter is one of its paragraphs.
          this.push('p', this.paragraph(unit), unit);
        } else if (partial) {
          // A heading only some witnesses have is a reading, not the start of a section.
          this.push(role, this.head(unit, role === 'subtitle' ? 'subtitle' : 'subheading'), unit);
        } else if (role === 'subtitle' && !this.contentStarted && !this.section) {
          this.push(role, this.head(unit, 'subtitle'), unit);
        } else if (this.section && this.sectionHeadsOnly) {
          this.push('subtitle', this.head(unit, 'subtitle'), unit);
        } else {
          const blocks: Block[] = [];
          const div: Division = {
            kind: 'div',
            divType: 'section',
            id: `${this.id}-s${++this.sections}`,
            witnesses: this.witnesses,
            src: spansOf(unit),
            rule: unit.rule,
            blocks,
          };
          this.blocks.push(div);
          this.section = blocks;
          this.sectionHeadsOnly = true;
          this.push('heading', this.head(unit, 'subheading'), unit);
        }
        return;
      }
      case 'quote': {
        if (!partial && this.joinAcrossFigure(unit, 'quote')) return;
        const p = this.paragraph(unit);
        const prev = this.last;
        if (!partial && prev?.role === 'quote' && prev.block.kind === 'quote') {
          const merged: Quote = { ...prev.block, blocks: [...prev.block.blocks, p] };
          this.replaceLast(merged, 'quote');
          return;
        }
        this.push('quote', { kind: 'quote', quoteType: 'quotation', id: idOf('quote', unit), src: spansOf(unit), rule: unit.rule, blocks: [p] }, unit);
        return;
      }
      case 'signed': {
        const prev = this.last;
        const signed = this.content(unit);
        if (!partial && prev?.block.kind === 'quote') {
          this.replaceLast({ ...prev.block, quoteType: 'document', signed }, 'signed');
          return;
        }
        if (!partial) {
          // A letter's signature closes it (a dateline may still follow).
          this.letterPart('closer', 'signed', unit);
          this.letterSigned = this.letter !== undefined;
          return;
        }
        this.unexpected(unit, 'a signature that follows no quotation');
        this.push('p', this.paragraph(unit), unit);
        return;
      }
      case 'epigraph': {
        const e: Epigraph = { kind: 'epigraph', id: idOf('epigraph', unit), src: spansOf(unit), rule: unit.rule, blocks: [this.paragraph(unit)], bibl: [] };
        this.push('epigraph', e, unit);
        return;
      }
      case 'epigraph-bibl': {
        const prev = this.last;
        const bibl = this.content(unit);
        if (!partial && prev?.block.kind === 'epigraph' && prev.block.bibl.length === 0) {
          this.replaceLast({ ...prev.block, bibl }, 'epigraph-bibl');
          return;
        }
        this.unexpected(unit, 'an attribution that follows no epigraph');
        this.push('p', this.paragraph(unit), unit);
        return;
      }
      case 'list-item': {
        const bullets = unit.rule.startsWith('list-bulleted');
        // (an index's entries are neither numbered nor bulleted; the pages an entry wraps onto
        // go on the entry)
        const index = unit.rule === 'list-index-entries' || unit.rule === 'list-index-sub-entries';
        const numbered = !bullets && !index;
        const items = this.listItems(unit, numbered, false, index ? isIndexPages : undefined);
        const prev = this.last;
        if (!partial && prev?.role === 'list-item' && prev.block.kind === 'list') {
          this.replaceLast({ ...prev.block, items: [...prev.block.items, ...items] }, 'list-item');
          return;
        }
        const list: List = { kind: 'list', ordered: numbered, id: idOf('list', unit), src: spansOf(unit), rule: unit.rule, items };
        this.push('list-item', list, unit);
        return;
      }
      case 'speech': {
        const speech = this.speech(unit);
        const prev = this.last;
        if (!partial && prev?.role === 'speech' && prev.block.kind === 'dialogue') {
          this.replaceLast({ ...prev.block, speeches: [...prev.block.speeches, speech] }, 'speech');
          return;
        }
        const d: Dialogue = { kind: 'dialogue', id: idOf('dialogue', unit), src: spansOf(unit), rule: unit.rule, speeches: [speech] };
        this.push('speech', d, unit);
        return;
      }
      case 'break': {
        const b: SectionBreak = { kind: 'break', id: idOf('break', unit), src: spansOf(unit), rule: unit.rule, children: this.content(unit) };
        this.push('break', b, unit);
        return;
      }
      case 'running-head':
      case 'footer':
      case 'paratext': {
        const fw: FormeWork = {
          kind: 'fw',
          fwType: role === 'footer' ? 'footer' : 'header',
          id: idOf('fw', unit),
          src: spansOf(unit),
          rule: unit.rule,
          children: this.content(unit),
        };
        const prev = this.last;
        if (!partial && prev?.role === role && prev.block.kind === 'fw') {
          this.replaceLast({ ...prev.block, children: [...prev.block.children, ...fw.children] }, role);
          return;
        }
        this.push(role, fw, unit);
        return;
      }
      case 'figure':
        this.figure(unit, partial);
        return;
      case 'sidenote':
        this.sidenote(unit);
        return;
      case 'contents-heading':
      case 'cast-heading':
      case 'front-heading':
      case 'transcriber-note':
        // A transcriber's note in brackets inside the text ends with its bracket: it stands where
        // it is, as a paragraph (a division there would take in the text after it).
        if (role === 'transcriber-note' && (!this.opensNote(unit) || (unit.rule.startsWith('transcriber-note-bracketed') && (this.blocks.length > 0 || this.section !== undefined)))) {
          this.push('p', this.paragraph(unit), unit);
          return;
        }
        // Inside a chapter, a table of contents or a transcriber's note is a division of its own
        // type that the blocks after it join, as a section's do.
        if (this.blocks.length > 0 || this.section) {
          const blocks: Block[] = [];
          const type: DivisionType = role === 'contents-heading' ? 'contents' : role === 'cast-heading' ? 'castList' : role === 'front-heading' ? frontSectionOf(unit) : 'transcriber';
          this.blocks.push({ kind: 'div', divType: type, id: `${this.id}-${type}${++this.sections}`, witnesses: this.witnesses, src: spansOf(unit), rule: unit.rule, blocks });
          this.section = blocks;
          this.sectionHeadsOnly = false;
        }
        if (role !== 'transcriber-note' || unitLineCount(unit) === 1) this.push(role, this.head(unit, 'division'), unit);
        else this.push('p', this.paragraph(unit), unit);
        return;
      case 'contents-entry':
      case 'cast-entry': {
        const cast = role === 'cast-entry';
        const items = this.listItems(unit, false, cast);
        const prev = this.last;
        if (!partial && prev?.role === role && prev.block.kind === 'list') {
          this.replaceLast({ ...prev.block, items: [...prev.block.items, ...items] }, role);
          return;
        }
        this.push(role, { kind: 'list', ordered: false, ...(cast ? { listType: 'cast' as const } : {}), id: idOf(cast ? 'castList' : 'list', unit), src: spansOf(unit), rule: unit.rule, items }, unit);
        return;
      }
      case 'library-header':
      case 'library-licence':
        this.push('p', this.paragraph(unit), unit);
        return;
      case 'note':
        this.unexpected(unit, 'a note paragraph outside a note block');
        this.push('p', this.paragraph(unit), unit);
        return;
      case 'p':
        if (!partial && this.joinAcrossFigure(unit)) return;
        this.push('p', this.paragraph(unit), unit);
        return;
    }
  }

  /**
   * A paragraph the transcription cut in two with an illustration between its lines ("…when the
   * ship came" / "[Illustration: …]" / "into the harbour…"): the half after the figure
   * goes on with the half before it, the figure stands after the paragraph. Only where the
   * first half ends like no sentence and the second opens with a small letter.
   */
  private joinAcrossFigure(unit: Unit, kind: 'p' | 'quote' = 'p'): boolean {
    const t = this.target();
    let k = t.length - 1;
    while (k >= 0 && t[k]!.kind === 'figure') k--;
    const held = t[k];
    // A quotation cut so goes on in its last paragraph.
    const before = held?.kind === 'quote' && kind === 'quote' ? held.blocks[held.blocks.length - 1] : held;
    if (k === t.length - 1 || this.figureDepth > 0 || held?.kind !== kind || before?.kind !== 'p' || before.src.length !== 1) return false;
    if (!/[\p{L}\p{N},;-]$/u.test(plainText(before.children).trimEnd())) return false;
    if (!/^\p{Ll}/u.test(unit.parts[0]!.block.lines[0]!.text.trimStart())) return false;
    const end = spansOf(unit)[0]!.end;
    const joined: Paragraph = { ...before, src: [{ ...before.src[0]!, end }], rule: `${before.rule ?? 'p'}+joined-across-figure`, children: [...before.children, ...this.content(unit)] };
    t[k] = held.kind === 'quote' ? { ...held, blocks: [...held.blocks.slice(0, -1), joined] } : joined;
    this.last = undefined;
    return true;
  }

  private unexpected(unit: Unit, what: string): void {
    const b = unit.parts[0]!.block;
    this.ctx.diagnostics.push(
      warning({
        message: `${what}; kept as a paragraph`,
        rule: 'structure-unexpected-role',
        stage: 'structure',
        file: this.ctx.fileOf(b.wit),
        line: b.lines[0]!.n,
        column: 1,
        hint: 'check the role given to this line in the overrides file',
      }),
    );
  }

  private replaceLast(block: Block, role: string): void {
    const t = this.target();
    t[t.length - 1] = block;
    this.last = { role, block };
  }

  /** Whether a transcriber's note opens here (its first block), rather than going on. */
  private opensNote(unit: Unit): boolean {
    return !unit.rule.endsWith('-continued');
  }

  /**
   * An illustration: the caption with the convention's marks as labels (when the witnesses'
   * copies agree; else the whole text is the caption), a block that goes on with the caption
   * of the one before it added to that figure.
   */
  private figure(unit: Unit, partial: boolean): void {
    const lines = unit.parts[0]!.block.lines.map((l) => l.text);
    const goesOn = this.figureDepth > 0 && unit.rule.endsWith('-continued');
    const found = figureMarks(lines, !goesOn, goesOn ? this.figureDepth : 0);
    this.figureDepth = found.depth;
    const run = this.content(unit, (parts, i) => [...this.insertionsFor(parts, i), ...figureInsertions(found.marks, parts, i)]);
    const prev = this.last;
    if (goesOn && !partial && prev?.block.kind === 'figure') {
      this.replaceLast({ ...prev.block, parts: [...prev.block.parts, run] }, 'figure');
      return;
    }
    const fig: Figure = { kind: 'figure', id: idOf('fig', unit), src: spansOf(unit), rule: unit.rule, parts: [run] };
    this.push('figure', fig, unit);
  }

  /**
   * One item per line (numbered lines keep their printed number as a label; the lines of a
   * list of persons have their roles and descriptions marked). A line that `goesOn` (the pages
   * an index entry wraps onto) goes on the item before it.
   */
  private listItems(unit: Unit, numbered = true, cast = false, goesOn?: (line: string) => boolean): ListItem[] {
    if (unitDiffers(unit)) {
      // Copies that differ are aligned as a whole; the item keeps the base's first number.
      const line = unit.parts[0]!.block.lines[0]!;
      const n = numbered ? listNumber(line.text) : undefined;
      return [{ id: lineId('item', line.wit, line.n), ...(n !== undefined ? { n: String(n) } : {}), children: this.content(unit), src: spansOf(unit) }];
    }
    const count = unitLineCount(unit);
    const items: ListItem[] = [];
    const starts = [...Array(count).keys()].filter((i) => i === 0 || !goesOn?.(unit.parts[0]!.block.lines[i]!.text));
    starts.forEach((i, g) => {
      const end = starts[g + 1] ?? count;
      const first = i === 0;
      const lastLine = end === count;
      const labelled: InsertionsFor = (parts, k) => {
        const base = this.insertionsFor(parts, k);
        if (cast) return base.length === 0 ? castInsertions(parts) : base;
        // The printed number, or the bullet after the line's indentation, is the item's label.
        const m = numbered ? /^()(\d{1,3}[.)])/u.exec(parts[0]!.text) : /^(\s*)([*•·])/u.exec(parts[0]!.text);
        if (!m || k !== i) return base;
        const at = m[1]!.length;
        return [{ at, length: m[2]!.length, node: () => ({ kind: 'label', children: [textOf(parts, at, at + m[2]!.length)] }) }, ...base];
      };
      const children = [
        ...(first ? [...this.takeMargin(), ...leadingInlines(unit)] : []),
        ...linesInlines(unit, labelled, i, end),
        ...(lastLine ? trailingInlines(unit) : []),
      ];
      const line = unit.parts[0]!.block.lines[i]!;
      const n = numbered ? listNumber(line.text) : undefined;
      items.push({
        id: lineId('item', line.wit, line.n),
        ...(n !== undefined ? { n: String(n) } : {}),
        children,
        src: unit.parts.map((p) => {
          const last = p.block.lines[end - 1]!;
          return { ...spanIn(p.block.lines[i]!, 0, 0), end: spanIn(last, 0, last.text.length).end };
        }),
      });
    });
    return items;
  }

  /** "Prosecutor: When…": the speaker and what is said. */
  private speech(unit: Unit): Speech {
    const all = this.content(unit);
    const firstLine = unit.parts[0]!.block.lines[0]!.text;
    const speaker = speakerOf(firstLine) ?? '';
    const lead = plainText(leadingInlines(unit)).length;
    const [who, said] = splitRunAt(all, lead + speaker.length + 1);
    return { id: idOf('sp', unit), speaker: who, children: said, src: spansOf(unit) };
  }

  /** The finished chapter (or letter: its postscript found): orphan notes placed, trailing citations of quotations split off. */
  finish(letter = false): Block[] {
    if (this.margin.length > 0) {
      // Notes in the margin with no text after them in the division: they stand at its end.
      this.target().push({ kind: 'p', id: `${this.id}-margin-notes`, src: [], rule: 'sidenote-at-end', children: this.takeMargin() });
    }
    const uncited = [...this.defs.values(), ...this.repeated].filter((d) => !this.used.has(d));
    if (uncited.length > 0) {
      const notes = uncited.map((d) => {
        reportUncited(d, this.ctx);
        return noteNode(d, this.noteId(d), this.ctx, undefined, this.noteContent);
      });
      const carrier: Paragraph = { kind: 'p', id: `${this.id}-uncited-notes`, src: [], rule: 'note-without-marker', children: notes };
      // Before a closing formula: TEI puts nothing after a division's closer.
      const t = this.letter ?? this.section ?? this.blocks;
      const closer = t[t.length - 1]?.kind === 'closer' ? t.pop() : undefined;
      t.push(carrier, ...(closer ? [closer] : []));
    }
    return placeFormulae(this.blocks, letter).map(splitCitations);
  }
}

/** "…as he wrote. (The Daily Courier, No.29, March 1932)": the source becomes a `bibl`. */
function splitCitations(block: Block): Block {
  if (block.kind === 'div') return { ...block, blocks: block.blocks.map(splitCitations) };
  if (block.kind !== 'quote' || block.bibl || block.signed) return block;
  const lastP = block.blocks[block.blocks.length - 1];
  if (!lastP || lastP.kind !== 'p') return block;
  const at = trailingCitation(plainText(lastP.children));
  if (at === undefined) return block;
  const [before, after] = splitRunAt(lastP.children, at);
  return {
    ...block,
    rule: `${block.rule ?? ''}+quote-trailing-citation`.replace(/^\+/, ''),
    blocks: [...block.blocks.slice(0, -1), { ...lastP, children: before }],
    bibl: after,
  };
}

/** What a run of units before the first chapter (or the frame after the last) becomes. */
type FrontKind = 'paratext' | 'library-header' | 'library-licence' | 'contents' | 'castList' | 'transcriber' | 'front';

const frontKind = (u: Unit): FrontKind =>
  u.role === 'library-header' || u.role === 'library-licence'
    ? u.role
    : u.role === 'contents-heading' || u.role === 'contents-entry'
      ? 'contents'
      : u.role === 'cast-heading' || u.role === 'cast-entry'
        ? 'castList'
        : u.role === 'transcriber-note'
        ? 'transcriber'
        : 'paratext';

/**
 * A block of paratext the witnesses share but write otherwise (a title in capitals in one,
 * in small letters in the other): each copy's lines, for the collate stage to give its apps,
 * since the first copy's text alone would lose the others'.
 */
function differingCopies(u: Unit): Inline[] {
  const copies = u.parts.map((p) => ({ wit: p.block.wit, lines: p.block.lines }));
  const variation: Variation = { kind: 'variation', idPrefix: `${idOf('app', u)}-`, copies, markers: [] };
  return [...leadingInlines(u), variation, ...trailingInlines(u)];
}

/** The witness's text that is not the author's, kept as its paratext (its blocks as written). */
function paratextDivision(wit: string, us: readonly Unit[], ctx: AssembleContext, subtype?: 'library-header' | 'library-licence', figures?: (run: readonly Unit[]) => Block[]): Division {
  const resp = us.find((u) => u.parts[0]!.resp)?.parts[0]!.resp;
  if (!resp && !subtype) {
    const b = us[0]!.parts[0]!.block;
    ctx.diagnostics.push(
      info({
        message: `text before the first chapter of witness ${wit} is kept as paratext with no one named responsible`,
        rule: 'paratext-without-resp',
        stage: 'structure',
        file: ctx.fileOf(wit),
        line: b.lines[0]!.n,
        column: 1,
        hint: 'give its override a "resp" pointer',
      }),
    );
  }
  let text = false;
  // An illustration before the book (a frontispiece) is a figure there too.
  const isFigure = (u: Unit) => figures !== undefined && u.role === 'figure';
  const blocks: Block[] = us.flatMap((u, i): Block[] => {
    if (isFigure(u)) {
      if (i > 0 && isFigure(us[i - 1]!)) return [];
      let j = i;
      while (j < us.length && isFigure(us[j]!)) j++;
      text = true;
      return figures!(us.slice(i, j));
    }
    const children = unitDiffers(u) ? differingCopies(u) : unitInlines(u, () => []);
    // Headings only open the paratext: TEI has no head after a paragraph.
    const heading = !text && u.parts[0]!.block.lines.every((l) => isHeadingLike(l.text));
    text ||= !heading;
    return [
      heading
        ? { kind: 'head', headType: 'subheading', id: idOf('head', u), src: spansOf(u), rule: u.rule, children }
        : { kind: 'p', id: idOf('p', u), src: spansOf(u), rule: u.rule, children },
    ];
  });
  return {
    kind: 'div',
    divType: 'paratext',
    ...(subtype ? { subtype } : {}),
    id: `${subtype ?? 'paratext'}-${wit}`,
    witnesses: [wit],
    ...(resp ? { resp } : {}),
    src: spansOf(us[0]!),
    rule: us[0]!.rule,
    blocks,
  };
}

/**
 * Front matter from the units before the first chapter, witness by witness: a library's header,
 * a table of contents and a transcriber's note each a division of its own type, the rest the
 * witness's paratext.
 */
function frontDivisions(units: readonly Unit[], ctx: AssembleContext, interventions: InterventionIndex, usedIds: Set<string>): Division[] {
  const byWit = new Map<string, Unit[]>();
  for (const u of units) {
    const wit = u.parts[0]!.block.wit;
    byWit.set(wit, [...(byWit.get(wit) ?? []), u]);
  }
  return [...byWit].flatMap(([wit, us]) => {
    const runs: { kind: FrontKind; units: Unit[] }[] = [];
    for (const unit of us) {
      // A preface or a prologue under its heading keeps its text's structure (verse, speeches,
      // letters) down to the next section of the front; text an editor marked as paratext stays so.
      const heading = frontKind(unit) === 'paratext' && unit.role !== 'paratext' && isFrontHeading(unit);
      const u: Unit = heading ? { ...unit, role: 'front-heading' } : unit;
      const kind = heading ? 'front' : frontKind(u);
      const last = runs[runs.length - 1];
      const opens = heading || u.role === 'contents-heading' || u.role === 'cast-heading' || (u.role === 'transcriber-note' && !u.rule.endsWith('-continued'));
      // The play's setting right under its list of persons ("SCENE: Rome.") is that list's, in
      // its place, not a piece of the witness's paratext gathered before it.
      const setting = last?.kind === 'castList' && kind === 'paratext' && u.role !== 'paratext' && unitLineCount(u) <= 3 && last.units.every((x) => x.role === 'cast-heading' || x.role === 'cast-entry');
      if (last && (last.kind === kind || setting || (last.kind === 'front' && kind === 'paratext' && u.role !== 'paratext')) && !opens) last.units.push(u);
      else runs.push({ kind, units: [u] });
    }
    // Paratext of one witness stays one division, wherever its pieces stand among the others.
    const plain = runs.filter((r) => r.kind === 'paratext').flatMap((r) => r.units);
    return runs.flatMap((r): Division[] => {
      const figures = (run: readonly Unit[]): Block[] => {
        const builder = new ChapterBuilder(`paratext-${wit}`, [wit], new Map(), ctx, interventions);
        run.forEach((u) => builder.add(u));
        return builder.finish();
      };
      if (r.kind === 'paratext') return r === runs.find((x) => x.kind === 'paratext') ? [paratextDivision(wit, plain, ctx, undefined, figures)] : [];
      if (r.kind === 'library-header' || r.kind === 'library-licence') return [paratextDivision(wit, r.units, ctx, r.kind)];
      return [specialDivision(r.kind === 'front' ? frontSectionOf(r.units[0]!) : r.kind, r.units, ctx, interventions, usedIds)];
    });
  });
}

/** Divisions of the witness that are no chapter: front matter before the first chapter, back matter after the last. */
const specialTypes: ReadonlySet<DivisionType> = new Set(['contents', 'castList', 'transcriber', 'preface', 'prologue', 'dedication']);

const frontHeading = new RegExp(
  String.raw`^\s*(?:the\s+)?(${wordAlternatives(Object.values(frontWords).flat())})(?:\s+(?:to|of|for)\s+[^.!?]{1,60})?\s*[.:]?\s*$`,
  'iu',
);

/** A heading of front matter, alone on its line: "PREFACE", "PREFACE TO THE SECOND EDITION.", "THE PROLOGUE". */
const isFrontHeading = (u: Unit): boolean => unitLineCount(u) === 1 && frontHeading.test(u.parts[0]!.block.lines[0]!.text);

/** The section a front heading opens ("Vorwort": preface). */
function frontSectionOf(u: Unit): FrontSection {
  const word = frontHeading.exec(u.parts[0]!.block.lines[0]!.text)?.[1]?.toLowerCase().replace(/\s+/gu, ' ');
  return (Object.keys(frontWords) as FrontSection[]).find((k) => word !== undefined && frontWords[k].includes(word)) ?? 'preface';
}

/** A table of contents or a transcriber's note as a division of its own type, built as a chapter is. */
function specialDivision(type: 'contents' | 'castList' | 'transcriber' | FrontSection, units: readonly Unit[], ctx: AssembleContext, interventions: InterventionIndex, usedIds: Set<string>): Division {
  const wanted = type === 'transcriber' ? 'transcriber-note' : type;
  let id = wanted;
  for (let k = 2; usedIds.has(id); k++) id = `${wanted}-${k}`;
  usedIds.add(id);
  const witnesses = ctx.witnessOrder.filter((w) => units.some((u) => unitWitnesses(u).includes(w)));
  const builder = new ChapterBuilder(id, witnesses, new Map(), ctx, interventions);
  for (const u of units) builder.add(u);
  return { kind: 'div', divType: type, id, witnesses, src: rangeSpans(units), rule: units[0]!.rule, blocks: builder.finish() };
}

/**
 * Turns classified, merged units into the edition's divisions: front matter, then one
 * chapter per chapter start, each with its notes placed at their markers.
 */
export function assemble(allUnits: readonly Unit[], ctx: AssembleContext): { front: Division[]; body: Division[]; back: Division[] } {
  // A library's frame is not the book: its header goes to the front, its licence to the back,
  // each witness's apart (they are never aligned with each other).
  const frame = (u: Unit) => u.role === 'library-header' || u.role === 'library-licence';
  const header = allUnits.filter((u) => u.role === 'library-header');
  const licences = new Map<string, Unit[]>();
  for (const u of allUnits.filter((x) => x.role === 'library-licence')) {
    const wit = u.parts[0]!.block.wit;
    licences.set(wit, [...(licences.get(wit) ?? []), u]);
  }
  const back: Division[] = ctx.witnessOrder.flatMap((w) => (licences.has(w) ? [paratextDivision(w, licences.get(w)!, ctx, 'library-licence')] : []));
  let units = allUnits.filter((u) => !frame(u));
  const usedIds = new Set<string>();
  const interventions = new InterventionIndex(ctx);
  const isStart = (u: Unit) => u.chapterStart;
  const firstStart = units.findIndex(isStart);
  if (firstStart === -1) {
    ctx.diagnostics.push(
      error({
        message: 'the base witness has no text after its paratext: no chapter found',
        rule: 'structure-no-chapter',
        stage: 'structure',
        file: ctx.fileOf(ctx.base),
        hint: 'check the overrides: a "paratext" range may cover the whole witness',
      }),
    );
    return { front: frontDivisions([...header, ...units], ctx, interventions, usedIds), body: [], back };
  }
  const front = frontDivisions([...header, ...units.slice(0, firstStart)], ctx, interventions, usedIds);
  // Notes printed at the end of the book, keyed by chapter, go to the chapters they are for.
  const notesAt = units.findIndex((u, k) => k > firstStart && u.role === 'notes-heading');
  const bookEnd = notesAt === -1 ? [] : units.slice(notesAt);
  const bookNotes = bookEnd.filter((u) => u.role === 'note');
  const claimed = new Set<Unit>();
  if (notesAt !== -1) units = units.slice(0, notesAt);
  const citedIn = notesByMarker(bookNotes, units, firstStart, isStart);
  const flat: { division: Division; level: DivisionLevel }[] = [];
  let counted = 0;
  /** Containers (books, acts) open at this point, for the ids of the divisions inside them. */
  const open: { level: DivisionLevel; id: string; value?: number }[] = [];
  let i = firstStart;
  while (i < units.length) {
    let j = i + 1;
    while (j < units.length && !isStart(units[j]!)) j++;
    const chapterUnits = units.slice(i, j);
    const printed = chapterUnits.filter((u) => u.role === 'division-heading').flatMap((u) => u.parts.flatMap((p) => (p.heading ? [p.heading] : [])));
    const own = printed.find((h) => h.wit === chapterUnits[0]!.parts[0]!.block.wit && chapterUnits[0]!.role === 'division-heading');
    // A table of contents or a transcriber's note that opens a division is that division: not a
    // chapter, not counted among them.
    const first = chapterUnits[0]!;
    const special =
      first.role === 'contents-heading' ? 'contents' : first.role === 'cast-heading' ? 'castList' : first.role === 'transcriber-note' && !first.rule.endsWith('-continued') ? 'transcriber' : undefined;
    if (!own && special) {
      flat.push({ level: 'chapter', division: specialDivision(special, chapterUnits, ctx, interventions, usedIds) });
      i = j;
      continue;
    }
    const level = (own?.level ?? first.opens?.level ?? 'chapter') as DivisionLevel;
    const container = containerRank[level] < containerRank.chapter;
    // A division the base does not have (a chapter a later edition adds) keeps the number its
    // witness prints, and is not counted among the base's.
    const added = !chapterUnits.some((u) => unitWitnesses(u).includes(ctx.base)) && !chapterUnits.every((u) => u.parts.every((p) => ctx.fragments?.includes(p.block.wit)));
    // The division's number: the one its base witness prints (a diary's entry: its date), else its place among the chapters.
    const n = own?.value !== undefined ? String(own.value) : first.opens?.n !== undefined ? first.opens.n : container || added ? undefined : String(ctx.firstChapter + counted);
    if (!container && !added) counted++;
    // "ACT I. SCENE I.": the act opens here too, as a division that holds the scene.
    const w = own?.within;
    if (w && !open.some((o) => o.level === w.level && o.value === w.value)) {
      const wl = w.level as DivisionLevel;
      while (open.length && containerRank[open[open.length - 1]!.level] >= containerRank[wl]) open.pop();
      const act: Division = { kind: 'div', divType: wl, n: String(w.value), id: `${idPrefix[wl]}${w.value}`, witnesses: ctx.witnessOrder.filter((x) => chapterUnits.some((u) => unitWitnesses(u).includes(x))), src: [], rule: 'heading-within', blocks: [] };
      usedIds.add(act.id);
      flat.push({ level: wl, division: act });
      open.push({ level: wl, id: act.id, value: w.value });
    }
    while (open.length && containerRank[open[open.length - 1]!.level] >= containerRank[level]) open.pop();
    const within = open[open.length - 1];
    const wanted = `${within ? `${within.id}-` : ''}${idPrefix[level]}${n ?? flat.filter((f) => f.level === level).length + 1}${added ? `-${first.parts[0]!.block.wit}` : ''}`;
    // A number printed twice (a misprint, or numbering that starts again without a container) keeps ids unique.
    let id = wanted;
    for (let k = 2; usedIds.has(id); k++) id = `${wanted}-${k}`;
    usedIds.add(id);
    if (id !== wanted && own) {
      ctx.diagnostics.push(
        warning({
          message: `"${own.label}" repeats the number of an earlier ${level}; this one is ${id}`,
          rule: 'heading-number-repeated',
          stage: 'structure',
          file: ctx.fileOf(own.wit),
          line: own.src.start.line,
          column: own.src.start.column,
        }),
      );
    }
    if (container) open.push({ level, id, ...(own?.value !== undefined ? { value: own.value } : {}) });
    const witnesses = ctx.witnessOrder.filter((w) => chapterUnits.some((u) => unitWitnesses(u).includes(w)));
    const key = own?.value !== undefined ? divisionKey(level, own.value) : undefined;
    const fromBookEnd = bookNotes.filter((u) => !claimed.has(u) && ((u.noteOf !== undefined && u.noteOf === key) || citedIn.get(u) === chapterUnits[0]));
    fromBookEnd.forEach((u) => claimed.add(u));
    // A number cited again in the text between two notes of that number: the second is that citation's.
    const citedBetween = (before: Unit, after: Unit, key: string): boolean => {
      const from = chapterUnits.indexOf(before);
      const to = chapterUnits.indexOf(after);
      return from !== -1 && to > from && chapterUnits.slice(from + 1, to).some((u) => u.role !== 'note' && u.parts.length > 0 && citesKey(u.parts[0]!.block.lines.map((l) => l.text), key));
    };
    const { defs, repeated, loose } = collectNotes([...chapterUnits.filter((u) => u.role === 'note' && u.parts.length > 0), ...fromBookEnd], ctx, citedBetween);
    const builder = new ChapterBuilder(id, witnesses, defs, ctx, interventions, repeated);
    for (const u of chapterUnits) if (u.role !== 'note' || loose.includes(u)) builder.add(u);
    // A title from the table of contents only where the witness prints none.
    const title = own?.title === undefined && n !== undefined ? ctx.toc?.chapters[n] : undefined;
    const titleHead: Head[] = title
      ? [
          {
            kind: 'head',
            headType: 'title',
            id: `${id}-title`,
            src: [],
            rule: 'toc-supplied-title',
            children: [{ kind: 'supplied', value: title, resp: ctx.editorResp, source: `#${ctx.toc!.source}`, reason: ctx.toc!.reason }],
          },
        ]
      : [];
    const built = builder.finish(level === 'letter');
    // The supplied title follows the printed number ("CHAPTER 8." then its title), else opens the division.
    const at = built[0]?.kind === 'head' && built[0].headType === 'division' ? 1 : 0;
    flat.push({
      level,
      division: {
        kind: 'div',
        divType: level,
        ...(n !== undefined ? { n } : {}),
        id,
        witnesses,
        src: rangeSpans(chapterUnits).sort((a, b) => witnesses.indexOf(a.wit) - witnesses.indexOf(b.wit)),
        rule: chapterUnits[0]!.rule,
        ...(printed.length > 0 ? { printed } : {}),
        blocks: [...built.slice(0, at), ...titleHead, ...built.slice(at)],
      },
    });
    i = j;
  }
  const body = nestDivisions(flat);
  if (bookEnd.length > 0) body.push(notesDivision(bookEnd, claimed, ctx));
  interventions.reportUnused();
  const placed = body.map((d, i) => placeInWitnesses(d, body[i - 1], body[i + 1], ctx));
  // A table of contents, a list of persons or a transcriber's note before the first chapter is front matter; one
  // after the last, back matter (the body keeps at least one division).
  const isSpecial = (d: Division | undefined) => d !== undefined && specialTypes.has(d.divType);
  const leading: Division[] = [];
  const trailing: Division[] = [];
  while (placed.length > 1 && isSpecial(placed[0])) leading.push(placed.shift()!);
  while (placed.length > 1 && isSpecial(placed[placed.length - 1])) trailing.unshift(placed.pop()!);
  return { front: [...front, ...leading], body: placed, back: [...trailing, ...back] };
}

/**
 * What stays of a book-end notes section once its notes stand at their markers: its heading
 * and the chapter headings that keyed the notes (witness text, kept), and any note no
 * chapter claimed (kept as a paragraph, with a warning).
 */
function notesDivision(units: readonly Unit[], claimed: ReadonlySet<Unit>, ctx: AssembleContext): Division {
  const blocks: Block[] = units.flatMap((u): Block[] => {
    if (claimed.has(u)) return [];
    // (Where the witnesses' copies differ, the collate stage gives their readings.)
    const children: Inline[] = unitDiffers(u)
      ? [...leadingInlines(u), { kind: 'variation', idPrefix: `${idOf('app', u)}-`, copies: u.parts.map((p) => ({ wit: p.block.wit, lines: p.block.lines })), markers: [] }, ...trailingInlines(u)]
      : unitInlines(u, () => []);
    if (u.role === 'notes-heading') return [{ kind: 'head', headType: 'division', id: idOf('head', u), src: spansOf(u), rule: u.rule, children }];
    // (A paragraph that goes on from a note, or one with no label, is no note of its own to place.)
    if (u.role === 'note' && u.rule === 'note-book-end') {
      const b = u.parts[0]!.block;
      ctx.diagnostics.push(
        warning({
          message: `a note of the notes at the end of the book is for no chapter of the text (${u.noteOf ?? 'no chapter heading before it'}); kept where it is printed`,
          rule: 'note-book-end-unplaced',
          stage: 'structure',
          file: ctx.fileOf(b.wit),
          line: b.lines[0]!.n,
          column: 1,
          hint: 'check the chapter heading above the note in the notes section',
        }),
      );
    }
    return [{ kind: 'p', id: idOf('p', u), src: spansOf(u), rule: u.rule, children }];
  });
  return { kind: 'div', divType: 'notes', id: 'notes', witnesses: [ctx.base], src: rangeSpans(units), rule: 'notes-book-end', blocks };
}

/** Prefixes of division ids by level ("ch8", "book2", "letter1"). */
const idPrefix: Readonly<Record<DivisionLevel, string>> = { volume: 'vol', part: 'part', book: 'book', act: 'act', chapter: 'ch', letter: 'letter', scene: 'sc', month: 'month', entry: 'entry' };

/**
 * Puts chapters into the books, parts or volumes that precede them (and scenes into acts): a
 * container holds the divisions after it down to the next container of its rank or higher.
 * (Ids of nested divisions already begin with their container's: "book2-ch1".)
 */
function nestDivisions(flat: readonly { division: Division; level: DivisionLevel }[]): Division[] {
  const top: Division[] = [];
  const stack: { division: Division; level: DivisionLevel; children: Division[] }[] = [];
  const close = () => {
    const done = stack.pop()!;
    const div: Division = { ...done.division, blocks: [...done.division.blocks, ...done.children] };
    (stack.length ? stack[stack.length - 1]!.children : top).push(div);
  };
  for (const { division, level } of flat) {
    while (stack.length && containerRank[stack[stack.length - 1]!.level] >= containerRank[level]) close();
    const parent = stack[stack.length - 1];
    if (containerRank[level] < containerRank.chapter) stack.push({ division, level, children: [] });
    else (parent ? parent.children : top).push(division);
  }
  while (stack.length) close();
  return top;
}

/** A cast line's roles and description as `castPart`s (src/structure/cast-list.ts). */
function castInsertions(parts: readonly SourceLine[]): Insertion[] {
  const { roles, desc } = castParts(parts[0]!.text);
  const part = (kind: 'role' | 'roleDesc', [from, to]: readonly [number, number]): Insertion => ({
    at: from,
    length: to - from,
    node: () => ({ kind: 'castPart', part: kind, children: [textOf(parts, from, to)] }),
  });
  return [...roles.map((r) => part('role', r)), ...(desc ? [part('roleDesc', desc)] : [])];
}

/**
 * Notes at the end of the book numbered through the whole book, under no chapter's heading
 * ("FOOTNOTES", then [1] … [9]): each goes to the one chapter whose text cites its number, by
 * the first unit of that chapter. A number cited in several chapters, or by several notes, is
 * left where it is printed.
 */
function notesByMarker(notes: readonly Unit[], units: readonly Unit[], firstStart: number, isStart: (u: Unit) => boolean): Map<Unit, Unit> {
  const loose = notes.filter((u) => u.noteOf === undefined);
  const out = new Map<Unit, Unit>();
  if (loose.length === 0) return out;
  const chapters: { first: Unit; lines: string[] }[] = [];
  for (let k = firstStart; k < units.length; k++) {
    const lines = units[k]!.parts[0]!.block.lines.map((l) => l.text);
    if (isStart(units[k]!) || chapters.length === 0) chapters.push({ first: units[k]!, lines });
    else chapters[chapters.length - 1]!.lines.push(...lines);
  }
  const keys = loose.map((u) => noteLabelAt(u.parts[0]!.block.lines[0]!.text)?.key);
  loose.forEach((u, n) => {
    const key = keys[n];
    if (key === undefined || keys.filter((k) => k === key).length > 1) return;
    const citing = chapters.filter((c) => citesKey(c.lines, key));
    if (citing.length === 1) out.set(u, citing[0]!.first);
  });
  return out;
}
