import type { Block, DramaSpeech, LetterPart, LineGroup, Paragraph, SpeechPart, VerseLine } from '../model/block.js';
import type { Inline } from '../model/inline.js';
import type { Span } from '../model/position.js';
import { splitRunAt } from './inline-builder.js';
import { isStageDirection, isVerseSpeech, speakerLabel } from './rules/drama.js';
import { lineId, sliceLine, spanIn, type SourceLine } from './source-lines.js';
import type { Unit } from './units.js';
import { plainText } from '../model/walk.js';

/** How the chapter builder makes the inline content of a unit (notes, interventions, variation). */
export type UnitContent = (unit: Unit) => Inline[];

/** Whether every witness of a unit has the same number of lines (then lines can be taken one by one). */
export const sameLineCount = (unit: Unit): boolean => unit.parts.every((p) => p.block.lines.length === unit.parts[0]!.block.lines.length);

/**
 * Lines [from, to) of a unit as a unit of their own, in every witness; the blank lines around
 * the block ride with its first and last line, so nothing of the witness is lost.
 */
export function subUnit(unit: Unit, from: number, to: number): Unit {
  return {
    ...unit,
    parts: unit.parts.map((p) => {
      const n = p.block.lines.length;
      return {
        ...p,
        block: {
          ...p.block,
          lines: p.block.lines.slice(from, to),
          leading: from === 0 ? p.block.leading : [],
          trailing: to >= n ? p.block.trailing : [],
        },
      };
    }),
  };
}

const lineSpans = (unit: Unit, i: number): Span[] =>
  unit.parts.map((p) => {
    const l = p.block.lines[Math.min(i, p.block.lines.length - 1)]!;
    return spanIn(l, 0, l.text.length);
  });

/** One `l` per source line of each unit (a unit is a stanza); copies with other line counts stay one line. */
export function verseLines(unit: Unit, content: UnitContent): VerseLine[] {
  const first = unit.parts[0]!.block.lines[0]!;
  if (!sameLineCount(unit)) return [{ id: lineId('l', first.wit, first.n), children: content(unit), src: lineSpans(unit, 0) }];
  return unit.parts[0]!.block.lines.map((line, i) => ({ id: lineId('l', line.wit, line.n), children: content(subUnit(unit, i, i + 1)), src: lineSpans(unit, i) }));
}

/** A stanza group: consecutive verse units of one passage. */
export function lineGroup(id: string, units: readonly Unit[], content: UnitContent, src: Span[], rule: string): LineGroup {
  return { kind: 'lg', id, src, rule, stanzas: units.map((u) => verseLines(u, content)) };
}

/**
 * A speech of a play: its speaker (the label on the first line, or the whole first line when
 * it stands alone), then lines of verse, prose, or stage directions, as printed.
 */
export function dramaSpeech(id: string, unit: Unit, content: UnitContent, src: Span[], rule: string): DramaSpeech {
  const lines = unit.parts[0]!.block.lines.map((l) => l.text);
  const label = speakerLabel(lines[0]!);
  const alone = label !== undefined && lines[0]!.slice(label.end).trim() === '';
  const byLine = sameLineCount(unit);
  let speaker: Inline[];
  let firstRest: Inline[] = [];
  const rows = speechRows(unit);
  if (rows) return speechByRows(id, unit, rows, content, src, rule);
  if (!byLine) return { kind: 'sp', id, src, rule, speaker: [], parts: [{ kind: 'p', children: content(unit) }] };
  const head = content(subUnit(unit, 0, 1));
  if (label === undefined) speaker = [];
  else if (alone) speaker = head;
  else {
    const [who, said] = splitRunAt(head, label.end);
    speaker = who;
    firstRest = said;
  }
  const first = label === undefined ? [{ text: lines[0]!, children: () => head }] : alone ? [] : [{ text: lines[0]!.slice(label.end), children: () => firstRest }];
  const rest = lines.slice(1).map((text, k) => ({ text, children: () => content(subUnit(unit, k + 1, k + 2)) }));
  return { kind: 'sp', id, src, rule, speaker, parts: speechParts([...first, ...rest], rule) };
}

/**
 * The parts of a speech from its spoken lines, as printed: a stage direction as one, verse line
 * by line, prose run on into one paragraph. One line is verse when the play is (the rule says
 * so), and short. A speaker with nothing after it still gets a part: TEI `sp` holds more than
 * its speaker.
 */
function speechParts(spoken: readonly { text: string; children: () => Inline[] }[], rule: string): SpeechPart[] {
  const texts = spoken.map((s) => s.text);
  const verse = texts.length === 1 ? rule.endsWith('+verse') && texts[0]!.trim().length <= 62 : isVerseSpeech(texts);
  const parts: SpeechPart[] = [];
  for (const { text, children: made } of spoken) {
    const children = made();
    const last = parts[parts.length - 1];
    if (isStageDirection(text)) parts.push({ kind: 'stage', children });
    else if (verse) parts.push({ kind: 'l', children });
    else if (last?.kind === 'p') parts[parts.length - 1] = { kind: 'p', children: [...last.children, ...children] };
    else parts.push({ kind: 'p', children });
  }
  if (parts.length === 0) parts.push({ kind: verse ? 'l' : 'p', children: [] });
  return parts;
}

/** Where a copy of a speech puts its speaker: the label's end on the first line, and whether the label stands alone there. */
const speakerShape = (lines: readonly SourceLine[]): { end: number; alone: boolean } | undefined => {
  const label = speakerLabel(lines[0]!.text);
  return label && { end: label.end, alone: lines[0]!.text.slice(label.end).trim() === '' };
};

/**
 * The rows of a speech whose copies set the speaker differently ("  Ham. To be, or not to be…"
 * in one, "HAMLET." on a line of its own above the speech in another): per copy, the speaker,
 * then each spoken line, so that the speakers are compared with each other and each line with
 * its line. Taken line by line as printed, the label of one copy stood against the first
 * spoken line of the other, and every line after it against its neighbour. Undefined when the
 * copies set their speakers alike (the lines then pair as printed), or a copy has no label or
 * nothing after it.
 */
function speechRows(unit: Unit): SourceLine[][][] | undefined {
  if (unit.parts.length < 2) return undefined;
  const shapes = unit.parts.map((p) => speakerShape(p.block.lines));
  if (shapes.some((s) => s === undefined) || shapes.every((s) => s!.alone === shapes[0]!.alone)) return undefined;
  const rows = unit.parts.map((p, k) => {
    const [first, ...rest] = p.block.lines;
    const { end, alone } = shapes[k]!;
    return alone ? [[first!], ...rest.map((l) => [l])] : [[sliceLine(first!, 0, end)], [sliceLine(first!, end)], ...rest.map((l) => [l])];
  });
  // a copy that is its speaker alone has no spoken line to set beside the others'
  return rows.every((r) => r.length > 1) ? rows : undefined;
}

/**
 * Rows [from, to) of every copy as a unit (rows past a copy's last are none); the blank lines
 * around the block ride with its first and last row.
 */
function rowUnit(unit: Unit, rows: readonly SourceLine[][][], from: number, to = from + 1): Unit {
  return {
    ...unit,
    parts: unit.parts.map((p, k) => ({
      ...p,
      block: { ...p.block, lines: rows[k]!.slice(from, to).flat(), leading: from === 0 ? p.block.leading : [], trailing: to >= rows[k]!.length ? p.block.trailing : [] },
    })),
  };
}

/**
 * dramaSpeech for copies that set their speakers differently (speechRows): the speaker, then
 * each spoken line; where the copies have not as many spoken lines, what they say as one
 * passage (their lines cannot be paired one by one).
 */
function speechByRows(id: string, unit: Unit, rows: readonly SourceLine[][][], content: UnitContent, src: Span[], rule: string): DramaSpeech {
  const speaker = content(rowUnit(unit, rows, 0));
  const count = rows[0]!.length;
  if (rows.some((r) => r.length !== count)) {
    return { kind: 'sp', id, src, rule, speaker, parts: [{ kind: 'p', children: content(rowUnit(unit, rows, 1, Math.max(...rows.map((r) => r.length)))) }] };
  }
  const spoken = rows[0]!.slice(1).map((r, k) => ({ text: r[0]!.text, children: () => content(rowUnit(unit, rows, k + 1)) }));
  return { kind: 'sp', id, src, rule, speaker, parts: speechParts(spoken, rule) };
}

/** An opener or closer that cannot stand where it is, as the paragraphs it is made of. */
const asParagraphs = (b: LetterPart): Paragraph[] => b.parts.map((p, k) => ({ kind: 'p', id: `${b.id}-${k + 1}`, src: k === 0 ? b.src : [], rule: `${b.rule ?? ''}+out-of-place`, children: p.children }));

/** (A figure may stand anywhere, before a division's opener too: TEI counts it among model.global. A postscript stands after the closer.) */
const isContent = (b: Block): boolean => !['head', 'fw', 'opener', 'closer', 'figure', 'postscript'].includes(b.kind);

/**
 * TEI puts a division's opener before its text and its closer after it, and a letter needs
 * text between them. Formulae the rules found elsewhere (a valediction with text after it,
 * a salute alone) become paragraphs; a letter with no text is its paragraphs. Nothing is lost.
 * In a letter (`letter`: a division that is one, or a letter quoted in a chapter), what
 * follows its signed closer is the letter's postscript.
 */
export function placeFormulae(blocks: readonly Block[], letter = false): Block[] {
  const inner = blocks.flatMap((b): Block[] => {
    // (A letter's last section ends the letter: its closer, then its postscript.)
    if (b.kind === 'div' && b.divType === 'section') return [{ ...b, blocks: placeFormulae(b.blocks, letter) }];
    if (b.kind !== 'letter') return [b];
    const body = placeFormulae(b.blocks, true);
    // A letter's body needs text of its own: readings of some witnesses (app) are not enough.
    return body.some((x) => isContent(x) && x.kind !== 'app') ? [{ ...b, blocks: body }] : body.flatMap((x) => (x.kind === 'opener' || x.kind === 'closer' ? asParagraphs(x) : [x]));
  });
  const ps = letter ? postscriptAt(inner) : -1;
  const placed = ps === -1 ? inner : [...inner.slice(0, ps), { kind: 'postscript' as const, id: `${inner[ps - 1]!.id}-ps`, src: [], rule: 'postscript-after-closer', blocks: inner.slice(ps) }];
  const firstContent = placed.findIndex(isContent);
  const lastContent = placed.length - 1 - [...placed].reverse().findIndex(isContent);
  return placed.flatMap((b, i): Block[] => {
    if (b.kind === 'opener' && firstContent !== -1 && i > firstContent) return asParagraphs(b);
    if (b.kind === 'closer' && firstContent !== -1 && i < lastContent) return asParagraphs(b);
    // (a byline stays one over a division whose text is in its subdivisions, or has none)
    if ((b.kind === 'opener' || b.kind === 'closer') && firstContent === -1) return b.kind === 'opener' && b.parts.every((p) => p.kind === 'byline') ? [b] : asParagraphs(b);
    return [b];
  });
}

/** What a postscript may hold: text, verse, a quotation, a list, readings of some witnesses. */
const postscriptKinds = new Set<Block['kind']>(['p', 'lg', 'quote', 'list', 'app', 'figure']);

/**
 * Where a letter's postscript starts: after its last closer, when the closer is signed (or what
 * follows opens "P.S."), text comes before it, and only text that a postscript holds after it
 * ("Reynolds shall hear from me soon.", a poem sent with the letter). -1: none.
 */
function postscriptAt(blocks: readonly Block[]): number {
  const c = blocks.findLastIndex((b) => b.kind === 'closer');
  if (c === -1 || c === blocks.length - 1 || !blocks.slice(0, c).some((b) => isContent(b) && b.kind !== 'app')) return -1;
  const after = blocks.slice(c + 1);
  if (!after.every((b) => postscriptKinds.has(b.kind))) return -1;
  const closer = blocks[c] as LetterPart;
  const first = after[0]!;
  const opensPs = first.kind === 'p' && /^\s*[_*]?(?:P\.\s?S\.|PS\b|N\.\s?B\.)/u.test(plainText(first.children));
  return closer.parts.some((p) => p.kind === 'signed') || opensPs ? c + 1 : -1;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * A block may hold several speeches, one after the other without blank lines between them
 * ("  FIRST WITCH. When shall we three meet again? / In thunder… / SECOND WITCH. When…"): a
 * new speech starts at each line that opens with a speaker's label at the first line's
 * indentation, give or take a space (an e-text may set a label three spaces in after a blank
 * line and two without); the lines of a speech are indented deeper, or stand at the
 * label's own indent without a label.
 */
export function speechSpans(unit: Unit): [number, number][] {
  const lines = unit.parts[0]!.block.lines.map((l) => l.text);
  if (!sameLineCount(unit)) return [[0, lines.length]];
  const indent = indentOf(lines[0]!);
  // A new speech follows the end of one: a line set deeper (the speech before), or a sentence's
  // end. A prose speech wrapped at the label's margin may put a capitalised word and a full
  // stop at a line's start ("…and so we walked down to the / Harbour. There…"): no label.
  const ended = (k: number): boolean => indentOf(lines[k - 1]!) > indent || /[.!?:;][\])'"’”_]*\s*$/u.test(lines[k - 1]!);
  const starts = [0, ...lines.flatMap((l, k) => (k > 0 && Math.abs(indentOf(l) - indent) <= 1 && ended(k) && speakerLabel(l) !== undefined && l.slice(speakerLabel(l)!.end).trim() !== '' ? [k] : []))];
  return starts.map((from, i) => [from, starts[i + 1] ?? lines.length]);
}
