/**
 * Paragraphs that printings divide otherwise, with lines wrapped otherwise: the other witness's
 * pieces joined, or its run-on paragraph cut, beside the base's paragraphs (`reconcileDivisions`
 * in units.ts tries the line-for-line ways first).
 */
import type { BlockRole } from './data-files.js';
import type { Classified } from './classify.js';
import { blockText } from './raw-blocks.js';
import { dice, joinBlocks, sameBlock, sliceBlock, take, wordCounts, words, type Unit } from './units.js';

/** Joins the other witness's paragraphs the base runs on into the unit `out[i]`, else cuts its paragraph at the base's. */
export function runOn(out: Unit[], i: number, wit: string): number {
  const u = out[i];
  const j = joinRunOn(out, i, wit);
  return out[j] !== u ? j : cutRunOn(out, i, wit);
}

/** Blocks of running text, which printings divide into paragraphs as they please. */
const prose: ReadonlySet<BlockRole> = new Set(['p', 'quote', 'speech']);

/**
 * Where the other witness divides into paragraphs what the base prints as one (a speech given
 * a paragraph of its own in a later printing) and wraps its lines otherwise, no line-for-line
 * cut shows it, and the apparatus gave the same words twice: an omission inside the base's
 * paragraph and a paragraph only the other witness has. Here the other witness's blocks
 * beside the one paired with (or left beside) the base's block `out[i]` are joined into it
 * when nearly all the words of each are words of the base's block that no other piece has
 * taken: an added paragraph, whose words the base's block lacks, stays apart. The join keeps
 * every line, so the witness comes back whole; returns the index of the unit that holds the
 * base's block.
 */
export function joinRunOn(out: Unit[], i: number, wit: string): number {
  const u = out[i]!;
  const base = u.parts[0]!;
  if (base.block.wit === wit || !prose.has(base.role) || base.noteN !== undefined) return i;
  const paired = u.parts.find((p) => p.block.wit === wit);
  const pool = wordCounts(words(blockText(base.block)));
  if (paired) take(pool, words(blockText(paired.block)));
  const role = paired?.role ?? base.role;
  // A block of the other witness alone, of the same kind, inside the same chapter, most of whose words the base's block has left.
  const piece = (k: number, after: boolean): Classified | undefined => {
    const v = out[k];
    if (!v || v.parts.length !== 1 || v.parts[0]!.block.wit !== wit) return undefined;
    const c = v.parts[0]!;
    if (c.role !== role || c.noteN !== undefined || (after ? c.chapterStart : paired?.chapterStart)) return undefined;
    const ws = words(blockText(c.block));
    const trial = new Map(pool);
    if (ws.length < 3 || take(trial, ws) < 0.8 * ws.length) return undefined;
    take(pool, ws);
    return c;
  };
  // An illustration of the other witness may stand between the pieces (a transcription sets it
  // where the page fell, inside a paragraph): it stands after the joined paragraph.
  const figure = (k: number) => out[k]?.parts.length === 1 && out[k]!.parts[0]!.block.wit === wit && out[k]!.parts[0]!.role === 'figure';
  const before: Classified[] = [];
  const after: Classified[] = [];
  let hi = i;
  for (let k = i + 1; ; ) {
    while (figure(k)) k++;
    const c = piece(k, true);
    if (!c) break;
    after.push(c);
    hi = k++;
  }
  let lo = i;
  for (let k = i - 1; ; ) {
    while (figure(k)) k--;
    const c = piece(k, false);
    if (!c) break;
    before.unshift(c);
    lo = k--;
  }
  const pieces = [...before, ...(paired ? [paired] : []), ...after];
  // Left unpaired, the base's block takes the other's blocks only when together they read as it.
  if (before.length + after.length === 0 || (!paired && (pieces.length < 2 || !sameBlock(blockText(base.block), pieces.map((c) => blockText(c.block)).join('\n'))))) return i;
  const joined = joinBlocks(pieces);
  if (!joined) return i;
  const parts = paired ? u.parts.map((p) => (p === paired ? joined : p)) : [...u.parts, joined];
  const figures = out.slice(lo, hi + 1).filter((_, k) => figure(lo + k));
  out.splice(lo, hi - lo + 1, { ...u, parts }, ...figures);
  return lo;
}

/**
 * The other way round: the other witness runs on in one paragraph, wrapped otherwise, what the
 * base divides (a letter read out and the talk around it). Its block in `out[i]` (paired with one
 * of the base's blocks, or alone) is cut between its lines, one piece for each of the base's
 * blocks beside it whose words are nearly all words of that block left by the others, at the
 * lines where the pieces read most like those blocks. A line holding the end of one of the
 * base's blocks and the start of the next goes with one of them: those few words are the only
 * ones the apparatus gives twice. Returns the index of the last unit it made (`i` when none).
 */
export function cutRunOn(out: Unit[], i: number, wit: string): number {
  const u = out[i]!;
  const x = u.parts.find((p) => p.block.wit === wit);
  const paired = u.parts.length > 1;
  if (!x || !prose.has(x.role) || x.noteN !== undefined || (paired && !prose.has(u.parts[0]!.role))) return i;
  const pool = wordCounts(words(blockText(x.block)));
  if (paired) take(pool, words(blockText(u.parts[0]!.block)));
  const opensChapter = x.chapterStart || u.parts[0]!.chapterStart;
  // A block of the base without the other witness, of running text, most of whose words the other's block has left.
  const block = (k: number, after: boolean): Unit | undefined => {
    const v = out[k];
    if (!v || v.parts.some((p) => p.block.wit === wit)) return undefined;
    const c = v.parts[0]!;
    if (!prose.has(c.role) || c.noteN !== undefined || (after ? c.chapterStart : opensChapter)) return undefined;
    const ws = words(blockText(c.block));
    if (ws.length < 3 || take(new Map(pool), ws) < 0.8 * ws.length) return undefined;
    take(pool, ws);
    return v;
  };
  const before: Unit[] = [];
  const after: Unit[] = [];
  for (let k = i + 1, v = block(k, true); v; v = block(++k, true)) after.push(v);
  for (let k = i - 1, v = block(k, false); v; v = block(--k, false)) before.unshift(v);
  const window = [...before, ...(paired ? [u] : []), ...after];
  const n = x.block.lines.length;
  const m = window.length;
  if (m < 2 || n < m) return i;
  // best[j][b]: the best sum of likenesses cutting lines [0, b) into the first j blocks.
  const lineWords = x.block.lines.map((l) => words(l.text));
  const baseWords = window.map((v) => words(blockText(v.parts[0]!.block)));
  const like = (j: number, a: number, b: number) => dice(baseWords[j]!, lineWords.slice(a, b).flat());
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= m; j++) {
    for (let b = j; b <= n - (m - j); b++) {
      for (let a = j - 1; a < b; a++) {
        const v = best[j - 1]![a]! + like(j - 1, a, b);
        if (v > best[j]![b]!) {
          best[j]![b] = v;
          from[j]![b] = a;
        }
      }
    }
  }
  const cuts: number[] = [n];
  for (let j = m; j > 0; j--) cuts.unshift(from[j]![cuts[0]!]!);
  if (window.some((_, j) => like(j, cuts[j]!, cuts[j + 1]!) < 0.5)) return i;
  const made = window.map((v, j) => {
    const piece = sliceBlock(x, cuts[j]!, cuts[j + 1]!);
    return v === u ? { ...v, parts: v.parts.map((p) => (p === x ? piece : p)) } : { ...v, parts: [...v.parts, piece] };
  });
  out.splice(i - before.length, before.length + 1 + after.length, ...made);
  return i - before.length + made.length - 1;
}

