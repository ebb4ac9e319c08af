import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/process.js';
import { EditionError } from '../../src/diagnostics/index.js';
import type { Block } from '../../src/model/block.js';
import type { NoteNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { makeEditionDir } from '../helpers/edition-dir.js';

const build = (text: string, extra: Parameters<typeof makeEditionDir>[0] extends infer O ? Partial<O> : never = {}) => {
  const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: text }], ...extra });
  return loadEdition('edition.config.json', { cwd: dir });
};
const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div(${kinds(b.blocks).join(',')})` : b.kind));
const notesOf = (blocks: readonly Block[]) => {
  const out: NoteNode[] = [];
  forEachInline(blocks, (n) => {
    if (n.kind === 'note') out.push(n);
  });
  return out;
};

const book = [
  'First chapter opens here.',
  '',
  'Here is what he wrote:',
  '',
  'A quoted paragraph. [1]',
  '',
  'Back to the author.',
  '',
  '',
  '[1] A note of the author. (L.S.)',
  '',
  '',
  'Second chapter opens here.',
  '',
  'It goes on:',
  '',
  '',
  'A document quoted in full.',
  '',
  'A. Signer',
].join('\n');

describe('structure rules and the editor’s overrides', () => {
  it('two blank lines start a chapter; a colon announces a quotation; a short line is a heading', () => {
    const e = build(book);
    expect(e.body.map((d) => d.n)).toEqual(['1', '2', '3']);
    expect(kinds(e.body[0]!.blocks)).toEqual(['p', 'p', 'quote', 'p']);
    // Cut off from its announcement, the document reads as a paragraph and its signature as a heading.
    expect(kinds(e.body[2]!.blocks)).toEqual(['p', 'div(head)']);
  });

  it('an override that names its block by text keeps a chapter going and the rules then see the quotation', () => {
    const e = build(book, { overrides: { A: [{ text: 'A document quoted', chapterStart: false, why: 'the document belongs to chapter 2' }] } });
    expect(e.body.map((d) => d.n)).toEqual(['1', '2']);
    expect(kinds(e.body[1]!.blocks)).toEqual(['p', 'p', 'quote']);
    expect(e.body[1]!.blocks[2]).toMatchObject({ kind: 'quote', quoteType: 'document' });
  });

  it('an override can give a block any role, and says which rule decided', () => {
    const e = build(book, { overrides: { A: [{ text: 'Back to the author.', line: 7, role: 'quote', why: 'the quotation goes on' }] } });
    const quote = e.body[0]!.blocks[2]!;
    expect(quote.kind === 'quote' && quote.blocks.map((p) => p.rule)).toEqual(['quote-after-colon', 'override']);
  });

  it('an override whose text is not in the witness is an error at the nearest candidate, naming the data file', () => {
    expect(() => build(book, { overrides: { A: [{ text: 'Back to the auther', role: 'p', why: 'stale' }] } })).toThrowError(EditionError);
    try {
      build(book, { overrides: { A: [{ text: 'Back to the auther', role: 'p', why: 'stale' }] } });
    } catch (err) {
      const d = (err as EditionError).diagnostics[0]!;
      expect(d).toMatchObject({ rule: 'anchor-not-found', file: 'witnesses/A.txt', line: 7, column: 1 });
      expect(d.message).toContain('overrides.json');
      expect(d.message).toContain('“Back to the author”');
    }
  });

  it('an override keyed by a line number alone is refused: it names no text', () => {
    try {
      build(book, { overrides: { A: [{ line: 7, role: 'quote', why: 'old form' }] } });
      expect.unreachable();
    } catch (err) {
      expect((err as EditionError).diagnostics.map((d) => d.rule)).toContain('data-schema');
    }
  });

  it('an override file with a wrong shape is reported at its line', () => {
    try {
      build(book, { overrides: { A: [{ text: 'Here is', role: 'poem', why: 'x' }] } });
      expect.unreachable();
    } catch (err) {
      const d = (err as EditionError).diagnostics[0]!;
      expect(d).toMatchObject({ rule: 'data-schema', file: 'overrides.json' });
      expect(d.line).toBeGreaterThan(1);
    }
  });

  it('a note that runs over two paragraphs stays whole; signed notes are the author’s', () => {
    const text = ['Text with a marker [1] and another [2].', '', '', '[1] First paragraph of the note.', '', 'Second paragraph. (L.S.)', '', '[2] Unsigned note.'].join('\n');
    const [one, two] = notesOf(build(text).body);
    expect(one).toMatchObject({ n: '1', noteType: 'author', resp: '#editor', markerText: '[1]' });
    expect(one!.blocks).toHaveLength(2);
    expect(two).toMatchObject({ n: '2', noteType: 'translator' });
  });

  it('a marker without a note stays in the text with a warning at its place', () => {
    const e = build(['A marker [7] that cites nothing.', '', '', '[1] Nobody cites me.'].join('\n'));
    const d = e.diagnostics.filter((x) => x.severity === 'warning');
    expect(d.map((x) => [x.rule, x.file, x.line, x.column])).toEqual([
      ['note-orphan-marker', 'witnesses/A.txt', 1, 10],
      ['note-without-marker', 'witnesses/A.txt', 4, 1],
    ]);
    const [orphan] = notesOf(e.body);
    expect(orphan).toMatchObject({ n: '1' });
    expect(orphan!.markerText).toBeUndefined();
  });

  it('two notes with one number in a chapter are an error naming both lines', () => {
    try {
      build(['Cites [1].', '', '', '[1] One.', '', '[1] Two.'].join('\n'));
      expect.unreachable();
    } catch (err) {
      const d = (err as EditionError).diagnostics.find((x) => x.rule === 'note-duplicate-number')!;
      expect(d).toMatchObject({ file: 'witnesses/A.txt', line: 6, column: 1 });
      expect(d.message).toContain('line 4');
    }
  });
});
