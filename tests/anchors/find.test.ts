import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAnchor, isHit } from '../../src/anchors/find.js';
import { applyCorrections } from '../../src/annotate/corrections.js';
import { parseJsonData } from '../../src/config/json-data.js';
import type { Block } from '../../src/model/block.js';
import type { Inline } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { interventionsFile, overridesFile } from '../../src/structure/data-files.js';
import { recoverStructure } from '../../src/structure/index.js';
import { noteAttribution } from '../../src/structure/notes.js';
import { notesConfig } from '../../src/config/sections/notes.js';
import { repoRoot, testNotes } from '../helpers/edition-dir.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const owner = { file: 'data.json', what: 'entry [0]', stage: 'structure' as const };
const redBookA = read('witnesses/red-book-part2-sph-compilation.txt');
const redBookB = read('witnesses/red-book-ch11-etol.txt');
const overrides = parseJsonData(read('editorial/structure-overrides.json'), 'structure-overrides.json', overridesFile, 'structure');
const interventions = parseJsonData(read('editorial/interventions.json'), 'interventions.json', interventionsFile, 'structure');

const structure = (a: string, b = redBookB) =>
  recoverStructure({
    witnesses: [witnessOf('A', a), witnessOf('B', b, '11')],
    base: 'A',
    firstChapter: 8,
    notes: noteAttribution(notesConfig.parse(testNotes('#editor')), '#editor'),
    editorResp: '#editor',
    overrides,
    overridesFile: 'structure-overrides.json',
    interventions,
    interventionsFile: 'interventions.json',
  });

const blocksWith = (blocks: readonly Block[], text: string): string[] => {
  const out: string[] = [];
  const walk = (bs: readonly Block[], path: string[]) => {
    for (const b of bs) {
      const here = [...path, b.kind];
      if (b.kind === 'p' && plainText(b.children).includes(text)) out.push(here.join('/'));
      if (b.kind === 'div' || b.kind === 'quote') walk(b.blocks, here);
    }
  };
  walk(blocks, []);
  return out;
};

describe('anchors: editorial data names the text it applies to', () => {
  const w = witnessOf('A', 'one two three\nfour two five\nsix seven\n');

  it('finds a text that occurs once, wherever the line hint says', () => {
    const hit = findAnchor(w, { text: 'seven', line: 1 }, owner);
    expect(isHit(hit) && [hit.start.line, hit.start.column, hit.end.column]).toEqual([3, 5, 10]);
  });

  it('a text that occurs twice needs a line hint; the nearest occurrence wins', () => {
    const ambiguous = findAnchor(w, { text: 'two' }, owner);
    expect(isHit(ambiguous) ? undefined : ambiguous).toMatchObject({ rule: 'anchor-ambiguous', file: 'A.txt', line: 1 });
    const hinted = findAnchor(w, { text: 'two', line: 3 }, owner);
    expect(isHit(hinted) && hinted.start.line).toBe(2);
  });

  it('a text that is not there is an error at the nearest candidate, with the data file in the message', () => {
    const d = findAnchor(w, { text: 'six sevem' }, owner);
    expect(isHit(d) ? undefined : d).toMatchObject({ severity: 'error', rule: 'anchor-not-found', file: 'A.txt', line: 3, column: 1 });
    expect(isHit(d) ? '' : d.message).toMatch(/entry \[0\] in data\.json: the text “six sevem” is not in witness A; nearest candidate here \(1 edit\): “six seven”/);
  });

  it('the Red Book\'s data survives lines added above it: overrides and interventions still find their text', () => {
    // Two paragraphs added in chapter 8: every line after them moves down by four.
    const lines = redBookA.split('\n');
    const edited = [...lines.slice(0, 13), 'A paragraph an editor added.', '', 'And another one.', '', ...lines.slice(13)].join('\n');
    const before = structure(redBookA);
    const after = structure(edited);
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const disturbance = 'But the disturbance which the terrorist attack brings';
    expect(blocksWith(after.body, disturbance)).toEqual(blocksWith(before.body, disturbance));
    expect(blocksWith(after.body, disturbance)).toEqual(['div/quote/p']);
    const placed: Inline[] = [];
    forEachInline(after.body, (n) => {
      if (n.kind === 'gap' || (n.kind === 'note' && n.noteType === 'editorial')) placed.push(n);
    });
    expect(placed.map((n) => n.kind)).toEqual(['gap', 'note']);
  });

  it('pointed at another book, the Red Book\'s data applies nowhere: every entry is an error, no block changes role', () => {
    const other = read('examples/frankenstein/witnesses/frankenstein-1818.txt');
    const r = structure(other, other);
    const errors = r.diagnostics.filter((d) => d.rule === 'anchor-not-found');
    // 4 overrides of A, 2 of B (one with "until"), 2 interventions
    expect(errors.length).toBeGreaterThanOrEqual(8);
    const roles = new Set<string>();
    const walk = (bs: readonly Block[]) => bs.forEach((b) => (roles.add(b.rule ?? ''), b.kind === 'div' && walk(b.blocks)));
    walk(r.body);
    expect(roles.has('override')).toBe(false);
  });

  it('a correction with a context applies inside that passage only, and one whose text is gone is an error with the nearest candidate', () => {
    const e = editionOf([witnessOf('A', 'The Reingoid trial.\n\nA Reingoid of another kind.\n')]);
    const index = { forms: [], byFirst: new Map(), records: new Map(), diagnostics: [] };
    const one = applyCorrections(e, [{ sic: 'Reingoid', corr: 'Reingold', reason: 'misread', context: 'The Reingoid trial' }], index, 'corrections.json', '#editor');
    expect(one.counts).toEqual([1]);
    const gone = applyCorrections(e, [{ sic: 'Reingoidd', corr: 'Reingold', reason: 'misread' }], index, 'corrections.json', '#editor');
    expect(gone.diagnostics).toMatchObject([{ severity: 'error', rule: 'anchor-not-found', file: 'A.txt', line: 1, column: 5 }]);
  });
});
