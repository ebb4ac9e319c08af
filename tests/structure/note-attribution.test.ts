import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/process.js';
import { EditionError } from '../../src/diagnostics/index.js';
import type { NoteNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';

const notesOf = (e: ReturnType<typeof loadEdition>): NoteNode[] => {
  const out: NoteNode[] = [];
  forEachInline(e.body, (n) => {
    if (n.kind === 'note') out.push(n);
  });
  return out;
};
const build = (content: string, notes?: unknown) => {
  const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content }], ...(notes !== undefined ? { notes } : {}) });
  return loadEdition('edition.config.json', { cwd: dir });
};

const text = [
  'A chapter with three notes [1], [2] and [3].',
  '',
  '',
  '[1] The author explains. —A.',
  '',
  '[2] Translator: a word about the English.',
  '',
  '[3] Nobody signs this one.',
  '',
].join('\n');

describe('notes are attributed by the rules of the config', () => {
  it('signature, pattern and number list decide; the rest takes the default with @cert and goes to the review', () => {
    const e = build(text, {
      rules: [
        { signature: '—A.', type: 'author', resp: '#editor' },
        { pattern: '^\\[\\d+\\] Translator:', type: 'translator', resp: '#editor' },
      ],
      default: { type: 'publisher', resp: '#editor', cert: 'low' },
    });
    expect(notesOf(e).map((n) => [n.n, n.noteType, n.cert ?? null, n.attribution])).toEqual([
      ['1', 'author', null, 'note-rule-1'],
      ['2', 'translator', null, 'note-rule-2'],
      ['3', 'publisher', 'low', 'note-default'],
    ]);
    const review = e.review.filter((r) => r.rule === 'note-attribution-default');
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ file: 'witnesses/A.txt', at: { wit: 'A', start: { line: 8, column: 1 } } });
    expect(review[0]!.message).toMatch(/note \[3\].*#editor.*cert low/);
  });

  it('a listed number decides a note that has no signature', () => {
    const e = build(text, { rules: [{ notes: ['3'], type: 'author', resp: '#editor' }] });
    expect(notesOf(e).find((n) => n.n === '3')).toMatchObject({ noteType: 'author', attribution: 'note-rule-1' });
    expect(e.review.filter((r) => r.rule === 'note-attribution-default').map((r) => r.text.slice(0, 3))).toEqual(['[1]', '[2]']);
  });

  it('a book needs no notes section: notes then go to the header\'s author, with cert medium, for review', () => {
    const { dir, config } = makeEditionDir({ witnesses: [{ siglum: 'A', content: text }] });
    const cfg = JSON.parse(readFileSync(config, 'utf8'));
    delete cfg.notes;
    writeFileSync(config, JSON.stringify(cfg));
    const e = loadEdition('edition.config.json', { cwd: dir });
    expect(notesOf(e).every((n) => n.noteType === 'author' && n.resp === '#editor' && n.cert === 'medium')).toBe(true);
    expect(e.review.filter((r) => r.rule === 'note-attribution-default')).toHaveLength(3);
  });

  it('"editorial" is reserved for the editors\' notes, and a bad pattern is refused at its place', () => {
    for (const notes of [{ rules: [{ notes: ['1'], type: 'editorial', resp: '#editor' }] }, { rules: [{ pattern: '(', type: 'author', resp: '#editor' }] }]) {
      try {
        build(text, notes);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(EditionError);
        expect((err as EditionError).diagnostics[0]!.message).toMatch(/reserved|regular expression/);
      }
    }
  });

  it('without the Red Book\'s rule for [40], the review raises that unsigned note (and only the unlisted ones)', () => {
    const witness = readFileSync(join(repoRoot, 'witnesses/red-book-part2-sph-compilation.txt'), 'utf8');
    const e = build(witness, {
      rules: [
        { signature: '(L.S.)', type: 'author', resp: '#editor' },
        { notes: ['64', '65'], type: 'translator', resp: '#editor' },
      ],
      default: { type: 'translator', resp: '#editor' },
    });
    const raised = e.review.filter((r) => r.rule === 'note-attribution-default');
    expect(raised.map((r) => r.text.slice(0, 4))).toEqual(['[40]']);
    expect(raised[0]!.at?.start.line).toBe(59);
  });
});
