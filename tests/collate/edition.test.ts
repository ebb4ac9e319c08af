import { describe, expect, it } from 'vitest';
import { collateEdition } from '../../src/collate/edition.js';
import type { Inline, NoteNode } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { recoverStructure } from '../../src/structure/index.js';
import { witnessOf } from '../helpers/in-memory.js';

const notes = { rules: [{ signature: '(L.S.)', type: 'author', resp: '#author' }], default: { type: 'publisher', resp: '#publisher', cert: 'medium' as const } };
const structure = (a: string, b: string) => {
  const witnesses = [witnessOf('A', a), witnessOf('B', b)];
  const s = recoverStructure({ witnesses, base: 'A', firstChapter: 1, notes, editorResp: '#editor', overrides: {}, interventions: { notes: [], gaps: [] } });
  return { front: s.front, body: s.body, diagnostics: s.diagnostics };
};
const nodes = (blocks: Parameters<typeof forEachInline>[0], kind: Inline['kind']) => {
  const out: Inline[] = [];
  forEachInline(blocks, (n) => {
    if (n.kind === kind) out.push(n);
  });
  return out;
};

describe('the collate stage', () => {
  const a = 'The black cat sat on the mat [1] and slept.\n\n\n[1] A note. (L.S.)\n';
  const b = 'The white cat sat on the mat [1] and slept.\n\n\n[1] A note. (L.S.)\n';

  it('receives from structure the differing copies uncollated, with the note cited in them', () => {
    const structured = structure(a, b);
    const [variation] = nodes(structured.body, 'variation');
    expect(variation).toMatchObject({ kind: 'variation', copies: [{ wit: 'A' }, { wit: 'B' }] });
    expect(variation!.kind === 'variation' && variation!.markers.map((m) => [m.offset, m.length, m.node.kind])).toEqual([[29, 3, 'note']]);
    expect(nodes(structured.body, 'app')).toEqual([]);
  });

  it('turns them into shared text and an app, the note at its marker in both witnesses', () => {
    const collated = collateEdition(structure(a, b), { base: 'A' });
    expect(nodes(collated.body, 'variation')).toEqual([]);
    const apps = nodes(collated.body, 'app');
    expect(apps.map((x) => x.kind === 'app' && x.readings.map((r) => [r.lemma, r.wit.join(), plainText(r.children)]))).toEqual([
      [
        [true, 'A', ' black '],
        [false, 'B', ' white '],
      ],
    ]);
    const [note] = nodes(collated.body, 'note') as NoteNode[];
    expect(note!.marker!.map((s) => [s.wit, s.start.offset])).toEqual([
      ['A', 29],
      ['B', 29],
    ]);
    expect(collated.diagnostics.filter((d) => d.stage === 'collate')).toEqual([]);
  });

  it('keeps a note whose marker the witnesses print differently, after the passage, and says so', () => {
    const c = 'The black cat sat on the mat [1] and slept.\n\n\n[1] A note. (L.S.)\n';
    const d = 'The black cat sat on the mat [7] and slept.\n\n\n[7] A note. (L.S.)\n';
    const collated = collateEdition(structure(c, d), { base: 'A' });
    const notesFound = nodes(collated.body, 'note') as NoteNode[];
    expect(notesFound.map((n) => n.n)).toContain('1');
    expect(collated.diagnostics.map((x) => [x.rule, x.line, x.column, x.span?.wit, x.span?.start.offset])).toContainEqual(['note-marker-in-variant', 1, 30, 'A', 29]);
  });
});
