import type { Inline } from '../model/inline.js';
import type { SourceLine } from './source-lines.js';
import { lineInlines, whitespaceLines, type Insertion } from './inline-builder.js';
import type { Unit } from './units.js';

/** Decides what to insert on a line (markers, gaps, editorial notes). */
export type InsertionsFor = (parts: readonly SourceLine[], lineIndex: number) => Insertion[];

export const noInsertions: InsertionsFor = () => [];

/** Line `i` of a unit in every witness that has the unit. */
export const unitLine = (unit: Unit, i: number): SourceLine[] => unit.parts.map((p) => p.block.lines[i]!);

export const unitLineCount = (unit: Unit): number => unit.parts[0]!.block.lines.length;

/** Whitespace-only lines before the unit, witness by witness. */
export const leadingInlines = (unit: Unit): Inline[] => unit.parts.flatMap((p) => whitespaceLines(p.block.leading));

/** Lines after the last block of a witness, kept on that block. */
export const trailingInlines = (unit: Unit): Inline[] => unit.parts.flatMap((p) => whitespaceLines(p.block.trailing));

/** Inline content of lines [from, to) of a unit. */
export function linesInlines(unit: Unit, insertionsFor: InsertionsFor, from = 0, to = unitLineCount(unit)): Inline[] {
  const out: Inline[] = [];
  for (let i = from; i < to; i++) {
    const parts = unitLine(unit, i);
    out.push(...lineInlines(parts, insertionsFor(parts, i)));
  }
  return out;
}

/** All inline content of a unit, with the lines around it that only it can carry. */
export const unitInlines = (unit: Unit, insertionsFor: InsertionsFor): Inline[] => [
  ...leadingInlines(unit),
  ...linesInlines(unit, insertionsFor),
  ...trailingInlines(unit),
];
