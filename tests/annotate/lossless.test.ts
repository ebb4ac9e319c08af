import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate } from '../../src/annotate/index.js';
import { flattenRun, wrapRanges, type WrapRange } from '../../src/annotate/flatten.js';
import type { Inline } from '../../src/model/inline.js';
import type { Paragraph } from '../../src/model/block.js';
import { LineWriter, div, editionOf, para, persons, places, periodicals, textLeaves, witnessText } from './build.js';

type Piece = { kind: 'word'; value: string } | { kind: 'lb' } | { kind: 'note' };

/** Builds a run from pieces; returns it with the witness text it stands for. */
function build(pieces: readonly Piece[]): { run: Inline[]; witness: string } {
  const w = new LineWriter();
  const run: Inline[] = [];
  let n = 0;
  for (const p of pieces) {
    if (p.kind === 'word') run.push(w.text(p.value));
    else if (p.kind === 'lb') run.push(w.lb());
    else run.push(w.note(String(++n)));
  }
  return { run, witness: witnessText(run) };
}

/** Every text leaf still holds exactly the witness characters its source span points to. */
function expectSourcesExact(run: readonly Inline[], witness: string): void {
  for (const leaf of textLeaves(run)) {
    const span = leaf.src[0]!;
    expect(witness.slice(span.start.offset, span.end.offset)).toBe(leaf.value);
    expect(span.end.column - span.start.column).toBe(leaf.value.length);
  }
}

const vocabulary = [
  'Trotsky', 'Trotsky’s', "Trotsky's", 'Trotskyist', 'N.I. Trotsky', 'Berman-Yurin', 'Berman-', 'Yurin', 'Lurie', 'N. Lurie',
  'M. Lurie', 'Echo de Paris', 'Paris', 'in 1932', 'the autumn of 1932', 'December 3', ', 1932', 'from 1932 to 1936', 'Stalinist', 'and', 'the', ' ', '—', '“', '”',
];
const pieceArb: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...vocabulary).map((value) => ({ kind: 'word' as const, value })) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.includes('\n')).map((value) => ({ kind: 'word' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'lb' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'note' as const }) },
);
const runArb = fc.array(pieceArb, { minLength: 1, maxLength: 30 }).map((pieces) => pieces.map((p) => (p.kind === 'word' ? { ...p, value: `${p.value} ` } : p)));

describe('lossless rewriting of runs', () => {
  it('wrapRanges keeps every character and its source, whatever the ranges', () => {
    fc.assert(
      fc.property(runArb, fc.array(fc.nat(), { maxLength: 8 }), (pieces, cuts) => {
        const { run, witness } = build(pieces);
        const flat = flattenRun(run);
        // Ranges over text pieces only, sorted and disjoint (what canWrap allows).
        const points = [...new Set(cuts.map((c) => c % (flat.text.length + 1)))].sort((a, b) => a - b);
        const ranges: WrapRange[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          const [start, end] = [points[i]!, points[i + 1]!];
          const ok = flat.pieces.every((p) => p.end <= start || p.start >= end || p.kind === 'text' || p.kind === 'zero' || (p.kind === 'space' && p.start > start && p.end < end));
          if (ok && end > start) ranges.push({ start, end, build: (children, src) => ({ kind: 'name', nameType: 'person', children, src }) });
        }
        const out = wrapRanges(flat, ranges);
        expect(witnessText(out)).toBe(witness);
        expectSourcesExact(out, witness);
      }),
      { numRuns: 300, seed: 20260801 },
    );
  });

  it('annotate keeps the witness text and sources of random runs, and a second pass changes nothing', () => {
    const registers = [
      persons({ trotsky: ['Trotsky'], sedova: ['N.I. Trotsky'], 'berman-yurin': ['Berman-Yurin'], 'm-lurie': ['M. Lurie', '~Lurie'], 'n-lurie': ['N. Lurie', '~Lurie'] }),
      places({ paris: ['Paris'] }),
      periodicals({ 'echo-de-paris': ['Echo de Paris'] }),
    ];
    fc.assert(
      fc.property(runArb, (pieces) => {
        const { run, witness } = build(pieces);
        const edition = editionOf([div('ch1', [para('p1', run)])], registers);
        const once = annotate(edition, { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false });
        const out = (once.body[0]!.blocks[0] as Paragraph).children;
        expect(witnessText(out)).toBe(witness);
        expectSourcesExact(out, witness);
        const twice = annotate(once, { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false });
        expect(twice.body).toEqual(once.body);
      }),
      { numRuns: 200, seed: 20260802 },
    );
  });
});
