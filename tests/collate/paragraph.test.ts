// The paragraph API the edition uses: segments with character ranges, spans in the witness
// files and ready-made model nodes (Text, App), on the real text of chapter 11.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collateParagraph } from '../../src/collate/index.js';
import type { App, Text } from '../../src/model/inline.js';
import { repoRoot } from './schema.js';

const fileA = readFileSync(join(repoRoot, 'witnesses/red-book-part2-sph-compilation.txt'), 'utf8');
const fileB = readFileSync(join(repoRoot, 'witnesses/red-book-ch11-etol.txt'), 'utf8');

/** Line `n` (1-based) of a file and where it starts. */
function line(file: string, n: number) {
  const lines = file.split('\n');
  const offset = lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return { text: lines[n - 1]!, start: { line: n, column: 1, offset } };
}

describe('collateParagraph', () => {
  it('the first paragraph of chapter 11 agrees: one Text node sourced in both witnesses', () => {
    const a = line(fileA, 138);
    const b = line(fileB, 7);
    const { segments } = collateParagraph([
      { siglum: 'A', ...a },
      { siglum: 'B', ...b },
    ]);
    expect(segments).toHaveLength(1);
    const [seg] = segments;
    expect(seg!.kind).toBe('agreement');
    expect(seg!.ranges).toEqual({ A: { start: 0, end: a.text.length }, B: { start: 0, end: b.text.length } });
    expect(seg!.spans.map((s) => [s.wit, s.start.line, s.start.column, s.end.line, s.end.column])).toEqual([
      ['A', 138, 1, 138, a.text.length + 1],
      ['B', 7, 1, 7, b.text.length + 1],
    ]);
    const text = seg!.inlines[0] as Text;
    expect(text.kind).toBe('text');
    expect(text.value).toBe(a.text);
    expect(fileA.slice(text.src[0]!.start.offset, text.src[0]!.end.offset)).toBe(a.text);
    expect(fileB.slice(text.src[1]!.start.offset, text.src[1]!.end.offset)).toBe(b.text);
  });

  it('real differences become apps whose readings point into the witnesses', () => {
    const a = line(fileA, 138);
    // The same paragraph with a misspelling, a word left out and a sentence moved: what a
    // second transcription might look like.
    const edited = a.text
      .replace('amorphous pig-iron, from which', 'amorphus pig-iron, from which')
      .replace('the official and unofficial accusers', 'the official accusers')
      .replace('This question is carefully left in the shadows at the beginning of the inquiry. ', '');
    const moved = `${edited} This question is carefully left in the shadows at the beginning of the inquiry.`;
    const b = { text: moved, start: { line: 40, column: 5, offset: 1000 } };
    const { segments, collation } = collateParagraph(
      [
        { siglum: 'A', ...a },
        { siglum: 'B', ...b },
      ],
      { idPrefix: 'ch11-p1-' },
    );
    // Every character of both witnesses is in exactly one segment, in order.
    for (const [s, text] of [
      ['A', a.text],
      ['B', b.text],
    ] as const) {
      expect(segments.map((g) => text.slice(g.ranges[s]!.start, g.ranges[s]!.end)).join('')).toBe(text);
    }
    const apps = segments.filter((g) => g.kind === 'variant').map((g) => g.inlines[0] as App);
    const summary = apps.map((app) => [
      app.variantType,
      app.readings.map((r) => `${r.lemma ? 'lem' : 'rdg'}:${r.wit.join('')}:${r.children.map((c) => (c as Text).value).join('').trim()}${r.variantType ? `(${r.variantType})` : ''}`),
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['omission', ['lem:A:and unofficial', 'rdg:B:(omission)']],
        ['orthographic', ['lem:A:amorphous', 'rdg:B:amorphus(orthographic)']],
      ]),
    );
    // The moved sentence is a transposition: two apps that point at each other.
    const moves = apps.filter((app) => app.variantType === 'transposition');
    expect(moves).toHaveLength(2);
    expect(moves[0]!.corresp).toEqual([`#${moves[1]!.id}`]);
    expect(moves[1]!.corresp).toEqual([`#${moves[0]!.id}`]);
    expect(moves.every((m) => m.id!.startsWith('ch11-p1-app'))).toBe(true);
    expect(collation.transpositions[0]!.sides.map((s) => s.tokens.length)).toEqual([15, 15]);
    // Spans of B are in B's file coordinates (line 40, from column 5).
    const misspelt = apps.find((app) => app.variantType === 'orthographic')!.readings.find((r) => !r.lemma)!;
    const span = (misspelt.children[0] as Text).src[0]!;
    expect(span.wit).toBe('B');
    expect(span.start.line).toBe(40);
    expect(span.start.offset - 1000).toBe(b.text.indexOf('amorphus'));
    expect(span.start.column).toBe(5 + b.text.indexOf('amorphus'));
  });

  it('a reading over a line break gets an lb with each witness’s line', () => {
    const { segments } = collateParagraph([
      { siglum: 'A', text: 'one two\nthree four', start: { line: 10, column: 1, offset: 0 } },
      { siglum: 'B', text: 'one two\nthree four', start: { line: 3, column: 1, offset: 0 } },
    ]);
    expect(segments).toHaveLength(1);
    expect(segments[0]!.inlines.map((n) => (n.kind === 'lb' ? n.lines.map((l) => `${l.wit}${l.line}`).join(' ') : (n as Text).value))).toEqual([
      'one two',
      'A11 B4',
      'three four',
    ]);
  });
});
