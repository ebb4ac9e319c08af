import { diffArrays } from 'diff';
import type { BlockRole } from './data-files.js';
import type { Classified } from './classify.js';
import { blockText } from './raw-blocks.js';
import { readHeading } from './rules/headings.js';

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
}

export const unitOf = (c: Classified): Unit => ({
  parts: [c],
  role: c.role,
  rule: c.rule,
  chapterStart: c.chapterStart,
  ...(c.noteN !== undefined ? { noteN: c.noteN } : {}),
  ...(c.noteOf !== undefined ? { noteOf: c.noteOf } : {}),
});

export const unitWitnesses = (u: Unit): string[] => u.parts.map((p) => p.block.wit);

const frame: ReadonlySet<BlockRole> = new Set(['paratext', 'running-head', 'footer']);

/** What two blocks must share to be the same block: their text, line by line. */
const key = (u: Unit | Classified): string => {
  const c = 'parts' in u ? u.parts[0]! : u;
  return frame.has(c.role) ? `\u0000frame:${c.block.wit}:${c.block.lines[0]!.n}` : blockText(c.block);
};

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A one-line block that reads as a numbered division heading, with its number taken out
 * ("CHAPTER IV." → "chapter#"): witnesses that number a chapter differently (1831's chapter V
 * is 1818's IV) still print the same heading.
 */
function headingWithoutNumber(text: string): string | undefined {
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
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length) >= 0.6;
}

/** Whether the copies of a unit differ (then the collator gives its inline apparatus). */
export const unitDiffers = (u: Unit): boolean => {
  const text = blockText(u.parts[0]!.block);
  return u.parts.some((p) => blockText(p.block) !== text);
};

/**
 * Lays another witness's blocks beside the base's. The same block in both (written alike or
 * nearly so) becomes one unit carrying both witnesses' lines; blocks only one side has stay
 * apart, in reading order. A Myers diff (jsdiff) over whole blocks does the block alignment;
 * the collator then aligns the words inside blocks whose copies differ.
 */
export function mergeUnits(base: readonly Unit[], other: readonly Classified[]): Unit[] {
  const changes = diffArrays(base.map(key), other.map(key), { comparator: sameBlock });
  const out: Unit[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k++) {
      if (change.added) out.push(unitOf(other[j++]!));
      else if (change.removed) out.push(base[i++]!);
      else {
        const u = base[i++]!;
        out.push({ ...u, parts: [...u.parts, other[j++]!] });
      }
    }
  }
  return out;
}
