import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockApp } from '../../src/model/block.js';
import type { App, NoteNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { sameBlock } from '../../src/structure/units.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { seedEdition } from '../helpers/seed-edition.js';
import { jingAvailable, jingErrors, teiAllSchema } from '../helpers/schema.js';

const schema = teiAllSchema();
const canValidate = schema !== undefined && jingAvailable();

const A = [
  'Chapter one text.',
  '',
  '',
  'The black cat sat on the mat [1] and Reingold said so.',
  'A second line here.',
  '',
  'Only in A.',
  '',
  'Shared end.',
  '',
  '',
  '[1] A note. (L.S.)',
].join('\n');
const B = ['The white cat sat on  the mat [1] and Reingoid said so. A second', 'line here.', '', 'Shared end.', '', 'Only in B.', '', '', '[1] A note. (L.S.)'].join('\n');

const apps = (blocks: Parameters<typeof forEachInline>[0]) => {
  const out: App[] = [];
  forEachInline(blocks, (n) => {
    if (n.kind === 'app') out.push(n);
  });
  return out;
};

describe('a chapter whose witnesses really differ', () => {
  const edition = editionOf([witnessOf('A', A), witnessOf('B', B, '2')]);
  const tei = toTei(edition);
  const ch2 = edition.body[1]!;

  it('pairs the paragraphs that are nearly the same and collates their words', () => {
    expect(apps(ch2.blocks).map((a) => [a.variantType, a.readings.map((r) => [r.wit.join(), r.children.length ? 'text' : 'empty'])])).toEqual([
      ['substantive', [['A', 'text'], ['B', 'text']]],
      ['whitespace', [['A', 'text'], ['B', 'text']]],
      ['orthographic', [['A', 'text'], ['B', 'text']]],
    ]);
    // The lines wrapped elsewhere are no variant: A's line breaks where B has a space, and B's where A has one.
    const wraps: string[] = [];
    forEachInline(ch2.blocks, (n) => {
      if (n.kind === 'lb' && n.wrap) wraps.push(n.lines.map((l) => `${l.wit}${l.line}`).join());
    });
    expect(wraps).toEqual(['A5', 'B2']);
  });

  it('keeps the note at its marker where both witnesses agree', () => {
    const notes: NoteNode[] = [];
    forEachInline(ch2.blocks, (n) => {
      if (n.kind === 'note') notes.push(n);
    });
    expect(notes.map((n) => [n.n, n.markerText, n.marker?.map((s) => s.wit)])).toEqual([['1', '[1]', ['A', 'B']]]);
  });

  it('records a paragraph only one witness has as a block-level app with an explicit empty reading', () => {
    const blockApps = ch2.blocks.filter((b): b is BlockApp => b.kind === 'app');
    expect(blockApps.map((a) => [a.variantType, a.readings.map((r) => [r.lemma, r.wit.join(), r.blocks.length])])).toEqual([
      ['omission', [[true, 'A', 1], [false, 'B', 0]]],
      ['addition', [[true, 'A', 0], [false, 'B', 1]]],
    ]);
    expect(blockApps[0]!.details?.map((d) => d.text)).toEqual([
      'In witness A this chapter stands at lines 4–12, after chapter 1 (line 1).',
      'Witness B holds this chapter alone, at lines 1–9 of its file.',
    ]);
  });

  it('gives both witnesses back exactly', () => {
    expect(extractWitness(tei, 'A')).toBe(A);
    expect(extractWitness(tei, 'B')).toBe(B);
  });

  it.skipIf(!canValidate)('is valid against tei_all', () => {
    expect(jingErrors(tei, schema!)).toEqual([]);
  });

  it('stays lossless whatever words the fragment changes, drops or adds', () => {
    const words = fc.constantFrom('the', 'cat', 'Stalin', 'said', '—', 'so,', '“quoted”', 'Reingoid', '[1]', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 12 }), fc.oneof(words, fc.constant(''), fc.constant('\n'))), { maxLength: 6 }), (edits) => {
        const tokens = 'The black cat sat on the mat and Reingold said so to everyone there.'.split(' ');
        for (const [at, w] of edits) tokens.splice(at % (tokens.length + 1), w === '' ? 1 : 0, ...(w === '' ? [] : [w]));
        const paragraph = tokens.join(' ').replace(/ ?\n ?/g, '\n').replace(/^\n+|\n+$/g, '') || 'x';
        const a = `Opening.\n\n\nThe black cat sat on the mat and Reingold said so to everyone there.\n\nShared end.`;
        const b = `${paragraph.replace(/\[1\]/g, '')}\n\nShared end.`;
        const e = editionOf([witnessOf('A', a), witnessOf('B', b, '2')]);
        const t = toTei(e);
        expect(extractWitness(t, 'A')).toBe(a);
        expect(extractWitness(t, 'B')).toBe(b);
      }),
      { numRuns: 200 },
    );
  });
});

describe('chapter 11 of the Red Book, collated from both witnesses', () => {
  const { edition } = seedEdition();
  const ch11 = edition.body.find((d) => d.n === '11')!;

  it('invents nothing where the witnesses agree: no app inside the text', () => {
    expect(apps(ch11.blocks)).toEqual([]);
  });

  it('says that B adds its running head and footer, and where the chapter stands in each witness', () => {
    const blockApps = ch11.blocks.filter((b): b is BlockApp => b.kind === 'app');
    expect(blockApps.map((a) => a.variantType)).toEqual(['frame', 'frame']);
    expect(blockApps[0]!.details?.map((d) => d.text)).toEqual([
      'In witness A this chapter stands at lines 136–179, after chapter 10 (lines 103–133) and before chapter 12 (lines 183–271).',
      'Witness B holds this chapter alone, at lines 1–50 of its file.',
      expect.stringMatching(/^Witnesses A and B have the same text in this chapter: .* Both go back to the Marxists Internet Archive's transcription/),
    ]);
  });
});

describe('sameBlock', () => {
  it('pairs equal and nearly equal paragraphs, not different ones or frames', () => {
    expect(sameBlock('The black cat sat.', 'The black cat sat.')).toBe(true);
    expect(sameBlock('The black cat sat on the mat.', 'The white cat sat on the mat!')).toBe(true);
    expect(sameBlock('The black cat sat on the mat.', 'Footer of the page')).toBe(false);
    expect(sameBlock('\u0000frame:B:1', '\u0000frame:B:1x')).toBe(false);
  });
});
