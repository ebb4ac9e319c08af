import { diffArrays } from 'diff';
import type { BlockRole } from './data-files.js';
import type { Classified } from './classify.js';
import { blockText } from './raw-blocks.js';

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
}

export const unitOf = (c: Classified): Unit => ({
  parts: [c],
  role: c.role,
  rule: c.rule,
  chapterStart: c.chapterStart,
  ...(c.noteN !== undefined ? { noteN: c.noteN } : {}),
});

export const unitWitnesses = (u: Unit): string[] => u.parts.map((p) => p.block.wit);

const frame: ReadonlySet<BlockRole> = new Set(['paratext', 'running-head', 'footer']);

/** What two blocks must share to be the same block: their text, line by line. */
const key = (u: Unit | Classified): string => {
  const c = 'parts' in u ? u.parts[0]! : u;
  return frame.has(c.role) ? `\u0000frame:${c.block.wit}:${c.block.lines[0]!.n}` : blockText(c.block);
};

/**
 * Lays another witness's blocks beside the base's. Blocks with the same text become one unit
 * carrying both witnesses' lines; blocks only one side has stay apart, in reading order.
 * Uses a Myers diff (jsdiff) over whole blocks: the text inside paired blocks is identical,
 * and the collator refines blocks that differ.
 */
export function mergeUnits(base: readonly Unit[], other: readonly Classified[]): Unit[] {
  const changes = diffArrays(base.map(key), other.map(key));
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
