import { diffArrays } from 'diff';
import type { BlockRole } from './data-files.js';
import type { Classified } from './classify.js';
import { blockText } from './raw-blocks.js';
import { readHeading } from './rules/headings.js';
import { cutRunOn, joinRunOn, runOn } from './run-on.js';
import { unspacedCharacter, unspacedLetters } from '../model/unspaced-scripts.js';
import { similarity } from '../collate/score.js';

/**
 * A block of the edition: the same block in every witness that has it (`parts`, the base
 * witness first when it has it). Its role is the base's, since the base carries the edition.
 */
export interface Unit {
  readonly parts: readonly Classified[];
  readonly role: BlockRole;
  readonly rule: string;
  readonly chapterStart: boolean;
  readonly noteN?: string;
  /** For a note of a book-end notes section: the division it belongs to. */
  readonly noteOf?: string;
  /** A division that opens here without a heading (a diary's entry). */
  readonly opens?: Classified['opens'];
}

export const unitOf = (c: Classified): Unit => ({
  parts: [c],
  role: c.role,
  rule: c.rule,
  chapterStart: c.chapterStart,
  ...(c.noteN !== undefined ? { noteN: c.noteN } : {}),
  ...(c.noteOf !== undefined ? { noteOf: c.noteOf } : {}),
  ...(c.opens !== undefined ? { opens: c.opens } : {}),
});

export const unitWitnesses = (u: Unit): string[] => u.parts.map((p) => p.block.wit);

const frame: ReadonlySet<BlockRole> = new Set(['paratext', 'running-head', 'footer', 'library-header', 'library-licence']);

/** What two blocks must share to be the same block: their text, line by line. */
const key = (u: Unit | Classified): string => {
  const c = 'parts' in u ? u.parts[0]! : u;
  return frame.has(c.role) ? `\u0000frame:${c.block.wit}:${c.block.lines[0]!.n}` : blockText(c.block);
};

/**
 * Text without accents, breathings or points: printings of one word differ in them ("Ἐν",
 * "ΕΝ"; Hebrew with and without its vowels and cantillation, whose marks would cut words apart).
 */
const unmarked = (w: string): string => w.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

const wordPattern = new RegExp(`${unspacedCharacter}|(?:(?![${unspacedLetters}])[\\p{L}\\p{N}])+`, 'gu');
/**
 * Words, lower-cased and without their marks (see `unmarked`); each Chinese or Japanese
 * character is one (those scripts set no spaces).
 */
export const words = (s: string): string[] => unmarked(s).toLowerCase().match(wordPattern) ?? [];

export const wordCounts = (ws: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};

/** Takes from `pool` the words it holds of `ws`; returns how many it held. */
export function take(pool: Map<string, number>, ws: readonly string[]): number {
  let held = 0;
  for (const w of ws) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      held++;
      pool.set(w, n - 1);
    }
  }
  return held;
}

/** Dice coefficient of two lists of words, counted with their repeats. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  return (2 * take(wordCounts(a), b)) / (a.length + b.length);
}

/**
 * A one-line block that reads as a numbered division heading, with its number taken out
 * ("CHAPTER IV." → "chapter#"): witnesses that number a chapter differently (1831's chapter V
 * is 1818's IV) still print the same heading.
 */
export function headingWithoutNumber(text: string): string | undefined {
  if (text.includes('\n')) return undefined;
  const h = readHeading(text);
  if (!h?.numberAt) return undefined;
  return `${h.level}:${text.slice(0, h.numberAt[0])}#${text.slice(h.numberAt[1])}`.toLowerCase().replace(/[^\p{L}\p{N}#:]+/gu, '');
}

/**
 * Whether two blocks are the same block, written alike or nearly so: the same text, the same
 * heading but for its number, or words shared at a Dice coefficient of 0.6 or more (a
 * paragraph with a few variants). Frames never pair with text, nor headings with anything
 * else; headings pair when only their numbers differ (the order of the blocks around them,
 * which the diff keeps, matches the chapters by content).
 */
export function sameBlock(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('\u0000frame') || b.startsWith('\u0000frame')) return false;
  const ha = headingWithoutNumber(a);
  const hb = headingWithoutNumber(b);
  if (ha !== undefined || hb !== undefined) return ha === hb;
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (dice(wa, wb) >= 0.6) return true;
  return wa.length <= maxShortBlock && wb.length <= maxShortBlock && nearDice(wa, wb) >= 0.6;
}


/** Words a title may have: its words pair with words spelt a letter otherwise ("ΙΩΑΝΗΝ", "ΙΩΑΝΝΗΝ"). */
const maxShortBlock = 6;

/** Dice coefficient where a word of four letters or more also pairs with one nearly alike. */
function nearDice(a: readonly string[], b: readonly string[]): number {
  const pool = [...b];
  let held = 0;
  for (const w of a) {
    const i = pool.findIndex((x) => x === w || (w.length >= 4 && x.length >= 4 && similarity(w, x) >= 0.8));
    if (i === -1) continue;
    held++;
    pool.splice(i, 1);
  }
  return (2 * held) / (a.length + b.length);
}

/** Whether the copies of a unit differ (then the collator gives its inline apparatus). */
export const unitDiffers = (u: Unit): boolean => {
  const text = blockText(u.parts[0]!.block);
  return u.parts.some((p) => blockText(p.block) !== text);
};

/** Lines [from, to) of a witness's block as a block of its own (blank lines around it ride with its ends). */
export function sliceBlock(c: Classified, from: number, to: number): Classified {
  const n = c.block.lines.length;
  return {
    ...c,
    chapterStart: from === 0 && c.chapterStart,
    ...(from === 0 || c.opens === undefined ? {} : { opens: undefined }),
    block: {
      ...c.block,
      lines: c.block.lines.slice(from, to),
      blankBefore: from === 0 ? c.block.blankBefore : 0,
      leading: from === 0 ? c.block.leading : [],
      trailing: to >= n ? c.block.trailing : [],
    },
  };
}

/**
 * Consecutive blocks of one witness as one block, or undefined when a blank line between them
 * holds spaces (it could not be given back from a block without it).
 */
export function joinBlocks(cs: readonly Classified[]): Classified | undefined {
  if (cs.slice(1).some((c) => c.block.leading.length > 0)) return undefined;
  const first = cs[0]!;
  return { ...first, block: { ...first.block, lines: cs.flatMap((c) => c.block.lines), trailing: cs[cs.length - 1]!.block.trailing } };
}

/** Whether consecutive pieces, cut at their line counts, read as the lines of one block. */
function cutsMatch(whole: Classified, pieces: readonly (Unit | Classified)[]): boolean {
  let at = 0;
  for (const piece of pieces) {
    const n = ('parts' in piece ? piece.parts[0]! : piece).block.lines.length;
    if (!sameBlock(blockText(sliceBlock(whole, at, at + n).block), key(piece))) return false;
    at += n;
  }
  return at === whole.block.lines.length;
}

/**
 * The longest window [s, e] round `i` whose other units satisfy `alone` and whose line counts
 * (`count`) add up to `total`, or undefined. Tried from the widest window down.
 */
function windowAround(out: readonly Unit[], i: number, alone: (u: Unit) => boolean, count: (u: Unit) => number, total: number, fits: (s: number, e: number) => boolean): [number, number] | undefined {
  let lo = i;
  let hi = i;
  while (lo > 0 && alone(out[lo - 1]!)) lo--;
  while (hi < out.length - 1 && alone(out[hi + 1]!)) hi++;
  for (let s = i; s >= lo; s--) {
    let sum = 0;
    for (let k = s; k < i; k++) sum += count(out[k]!);
    for (let e = i; e <= hi; e++) {
      sum += count(out[e]!);
      if (sum > total) break;
      if (sum === total && e > s && fits(s, e)) return [s, e];
    }
  }
  return undefined;
}

/**
 * Where two witnesses divide the same lines into blocks differently (a stanza break one of them
 * leaves out, two paragraphs printed as one, line for line), the block diff pairs the longer
 * block with one of the shorter and leaves the others unpaired: the apparatus then gives the
 * same lines twice, as an addition and an omission, and the lines of the longer block cannot be
 * taken one by one. Here the block of one side is cut, or the blocks of the other joined, at the
 * line boundaries of the base's blocks, when each piece reads as the lines it stands beside.
 * The base's division wins, since the base carries the edition.
 */
function reconcileDivisions(out: Unit[], wit: string): Unit[] {
  const partOf = (u: Unit) => u.parts.find((p) => p.block.wit === wit);
  const lead = (u: Unit) => u.parts[0]!;
  const baseOnly = (u: Unit) => partOf(u) === undefined;
  const otherOnly = (u: Unit) => u.parts.length === 1 && partOf(u) !== undefined;
  for (let i = 0; i < out.length; i++) {
    const u = out[i]!;
    const x = partOf(u);
    if (!x) i = joinRunOn(out, i, wit);
    else if (u.parts.length < 2) i = cutRunOn(out, i, wit);
    if (!x || u.parts.length < 2) continue;
    const lines = x.block.lines.length;
    const baseLines = lead(u).block.lines.length;
    if (lines > baseLines) {
      // The other witness runs on what the base divides: cut its block at the base's blocks.
      const w = windowAround(out, i, baseOnly, (v) => lead(v).block.lines.length, lines, (s, e) => cutsMatch(x, out.slice(s, e + 1)));
      if (!w) {
        i = runOn(out, i, wit);
        continue;
      }
      const [s, e] = w;
      let at = 0;
      const cut = out.slice(s, e + 1).map((v) => {
        const n = lead(v).block.lines.length;
        const piece = sliceBlock(x, at, at + n);
        at += n;
        return v === u ? { ...v, parts: v.parts.map((p) => (p === x ? piece : p)) } : { ...v, parts: [...v.parts, piece] };
      });
      out.splice(s, e - s + 1, ...cut);
      i = e;
    } else if (lines < baseLines) {
      // The other witness divides what the base runs on: join its blocks into one.
      const w = windowAround(out, i, otherOnly, (v) => partOf(v)!.block.lines.length, baseLines, (s, e) =>
        cutsMatch(lead(u), out.slice(s, e + 1).map((v) => partOf(v)!)),
      );
      const joined = w && joinBlocks(out.slice(w[0], w[1] + 1).map((v) => partOf(v)!));
      if (!w || !joined) {
        i = runOn(out, i, wit);
        continue;
      }
      const [s, e] = w;
      out.splice(s, e - s + 1, { ...u, parts: u.parts.map((p) => (p === x ? joined : p)) });
      // Lines cut alike may still leave a speech set apart beside them.
      i = joinRunOn(out, s, wit);
    } else i = runOn(out, i, wit);
  }
  return out;
}

/**
 * Lays another witness's blocks beside the base's. The same block in both (written alike or
 * nearly so) becomes one unit carrying both witnesses' lines; blocks only one side has stay
 * apart, in reading order. A Myers diff (jsdiff) over whole blocks does the block alignment;
 * the collator then aligns the words inside blocks whose copies differ.
 */
export function mergeUnits(base: readonly Unit[], other: readonly Classified[]): Unit[] {
  const baseKeys = base.map(key);
  const otherKeys = other.map(key);
  const out: Unit[] = [];
  let i = 0;
  let j = 0;
  // Blocks written alike anchor first; the blocks between two anchors are then paired when
  // they read nearly alike. So a block is not paired with a near twin ("POEMS OF DAY AND OF
  // NIGHT", a title page) when its exact copy stands next to it ("POEMS OF DAY").
  let gapBase = 0;
  let gapOther = 0;
  const fillGap = () => {
    const changes = diffArrays(baseKeys.slice(gapBase, i), otherKeys.slice(gapOther, j), { comparator: sameBlock });
    let bi = gapBase;
    let oj = gapOther;
    for (const change of changes) {
      const count = change.count ?? change.value.length;
      for (let k = 0; k < count; k++) {
        if (change.added) out.push(unitOf(other[oj++]!));
        else if (change.removed) out.push(base[bi++]!);
        else {
          const u = base[bi++]!;
          out.push({ ...u, parts: [...u.parts, other[oj++]!] });
        }
      }
    }
  };
  // Alike but for spacing: indentation and runs of spaces are layout. A numbered heading anchors
  // nothing: "CHAPTER V." of one witness may be "CHAPTER IV." of the other, which the content
  // around them decides in the second pass.
  const anchor = (side: string) => (k: string, n: number) =>
    headingWithoutNumber(k) !== undefined ? `\u0000${side}${n}` : k.replace(/[^\S\n]+/gu, ' ').replace(/^ | $/gmu, '');
  for (const change of diffArrays(baseKeys.map(anchor('base')), otherKeys.map(anchor('other')))) {
    const count = change.count ?? change.value.length;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else {
      fillGap();
      for (let k = 0; k < count; k++) {
        const u = base[i++]!;
        out.push({ ...u, parts: [...u.parts, other[j++]!] });
      }
      gapBase = i;
      gapOther = j;
    }
  }
  fillGap();
  const wit = other[0]?.block.wit;
  return wit === undefined ? out : reconcileDivisions(out, wit);
}
