// Conventions of Project Gutenberg non-fiction: footnotes set in the text ("[Footnote: …]"),
// footnotes numbered again on each page or section, and a table of contents headed "GENERAL
// CONTENTS". The fixtures are excerpts of real files, their lines (CRLF) as downloaded, from
// tmgondal/Project-Gutenberg, commit 5e7ad504e1fe1797122bd3068875c02458ecd786 (public domain in
// the USA; see tests/fixtures/gutenberg/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import type { NoteNode } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { EditionError } from '../../src/diagnostics/index.js';
import { loadEdition } from '../../src/pipeline/process.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';
import { jingErrors, teiAllSchema } from '../helpers/schema.js';

const textOf = (name: string): string => readFileSync(join(repoRoot, 'tests/fixtures/gutenberg', name), 'utf8');
const notesOf = (blocks: readonly Block[]): NoteNode[] => {
  const out: NoteNode[] = [];
  forEachInline(blocks, (n) => {
    if (n.kind === 'note') out.push(n);
  });
  return out;
};
const noteText = (n: NoteNode): string => n.blocks.map((b) => (b.kind === 'p' ? plainText(b.children) : '')).join(' ');
const validAndLossless = (text: string) => {
  const tei = toTei(editionOf([witnessOf('A', text)]));
  expect(extractWitness(tei, 'A')).toBe(text);
  const schema = teiAllSchema();
  if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  return tei;
};

describe('unnumbered footnotes set in the text (Ellenborough, A Political Diary, PG #10693)', () => {
  const text = textOf('ellenborough-footnotes.txt');
  const e = editionOf([witnessOf('A', text)]);

  it('makes each "[Footnote: …]" a footnote where it stands, over lines too, attributed by the notes rules', () => {
    const notes = notesOf(e.body);
    // (the marks of the convention are metamark, no text of the note)
    expect(notes.map((n) => noteText(n).trim().slice(0, 29))).toEqual([
      'Which did not include capital',
      'Sir James Scarlett, afterward',
      'Varna was in the hands of the',
      'Thesereports seem to have bee',
    ]);
    expect(noteText(notes[3]!)).toMatch(/the road to Adrianople\.$/u);
    expect(notes.every((n) => n.n === undefined && n.place === undefined && n.noteType === 'translator')).toBe(true); // the test config's default
    // the paragraph goes on after the note
    const p = e.body.flatMap((d) => (d.kind === 'div' ? d.blocks : [d])).find((b) => b.kind === 'p' && plainText(b.children).includes('Prussian'));
    expect(p?.kind === 'p' && plainText(p.children.filter((c) => c.kind !== 'note'))).toMatch(/Prussian  discipline into ours\. The/u);
  });

  it('is attributed by a pattern on its text as printed, "[Footnote:" included', () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: text }], notes: { rules: [{ pattern: '^\\[Footnote:', type: 'editorial-apparatus', resp: '#editor' }] } });
    const notes = notesOf(loadEdition('edition.config.json', { cwd: dir }).body);
    expect(notes.map((n) => `${n.noteType} ${n.resp} ${n.attribution}`)).toEqual(Array(4).fill('editorial-apparatus #editor note-rule-1'));
  });

  it('writes the marks of the convention as metamark and gives the file back byte for byte', () => {
    const tei = validAndLossless(text);
    expect(tei).toMatch(/<note xml:id="[^"]+" place="foot" type="translator" resp="#editor" cert="medium">\s*<p[^>]*><metamark function="footnote">\[Footnote:<\/metamark> Sir James Scarlett, afterwards Lord Abinger\.<metamark function="footnote">\]<\/metamark><\/p>\s*<\/note> as Attorney-/u);
  });
});

describe('bracketed footnotes numbered again on each page (Bécquer, Legends, Tales and Poems, PG #10814)', () => {
  const text = textOf('becquer-footnotes-per-page.txt');

  it('places each "[Footnote 1: …]" at the marker [1] printed before it, not an error for the second [1]', () => {
    const e = editionOf([witnessOf('A', text)]);
    expect(e.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual([]);
    const notes = notesOf(e.body).map((n) => `${n.n}: ${noteText(n).trim().slice(0, 25)}`);
    expect(notes).toEqual([
      '1: [Footnote 1: leerian uste',
      '2: [Footnote 2: Zaragoza = \'',
      '3: [Footnote 3: The belief i',
      '1: [Footnote 1: Litago. A sm',
      '2: [Footnote 2: Trasmoz. A s',
    ]);
    const tei = validAndLossless(text);
    // ids stay unique: the second note [1] is "-n1-2"
    expect(tei).toMatch(/<note xml:id="[^"]+-n1-2" n="1"/u);
  });
});

describe('notes "[1]" numbered again in each section of a chapter (Studies in Civics, PG #10733)', () => {
  const text = textOf('civics-notes-per-section.txt');
  const lines = text.split('\r\n');
  // down to the end of the first note of section V (the next note, a second "[1]" printed for "[2]", is a misprint)
  const clean = `${lines.slice(0, 62).join('\r\n')}\r\n`;

  it('gives each marker the note of its number printed after it', () => {
    const e = editionOf([witnessOf('A', clean)]);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(notesOf(e.body).map((n) => `${n.n}: ${noteText(n).trim().slice(4, 24)}`)).toEqual([
      '1: The division of gove',
      '2: The _reason_ for the',
      '1: Until 1842 these mat',
      '2: This would in effect',
      '1: This means simply th',
    ]);
    validAndLossless(clean);
  });

  it('still refuses two notes of one number with no citation of it between them', () => {
    let errors: string[] = [];
    try {
      editionOf([witnessOf('A', text)]);
    } catch (e) {
      errors = (e as EditionError).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.line}`);
    }
    expect(errors).toEqual(['note-duplicate-number 64']);
  });
});

describe('"GENERAL CONTENTS" over numbered entries (Mrs Beeton, Book of Household Management, PG #10136)', () => {
  const text = textOf('beeton-general-contents.txt');

  it('reads the 44 entries as a table of contents, not as chapters; the chapters are the book\'s', () => {
    const e = editionOf([witnessOf('A', text)]);
    const contents = e.front.find((d) => d.kind === 'div' && d.divType === 'contents');
    expect(contents?.kind === 'div' && contents.blocks[0]!.kind === 'head' && plainText(contents.blocks[0]!.children)).toBe('GENERAL CONTENTS');
    const list = contents?.kind === 'div' ? contents.blocks.find((b) => b.kind === 'list') : undefined;
    const items = list?.kind === 'list' ? list.items.map((i) => plainText(i.children).trim()) : [];
    expect(items).toContain('I.--THE MISTRESS.');
    expect(items).toContain('44.--LEGAL MEMORANDA');
    expect(e.body.filter((d) => d.kind === 'div' && d.divType === 'chapter').map((d) => (d.kind === 'div' ? d.n : ''))).toEqual(['1', '2']);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    validAndLossless(text);
  });
});

describe('an index with sub-entries set in and no comma before the pages (Mrs Beeton, "ANALYTICAL INDEX.", PG #10136)', () => {
  const text = textOf('beeton-analytical-index.txt');

  it('reads the entries as an index\'s list, one item a line, neither numbered nor a heading', () => {
    const e = editionOf([witnessOf('A', text)]);
    const blocks = e.body.flatMap((d) => (d.kind === 'div' ? d.blocks : [d]));
    expect(blocks.map((b) => b.kind)).toEqual(['head', 'p', 'list']);
    const list = blocks[2]!;
    expect(list.kind === 'list' && list.ordered).toBe(false);
    const items = list.kind === 'list' ? list.items.map((i) => plainText(i.children)) : [];
    expect(items.slice(0, 3)).toEqual(['Accidents, injuries, &c. remarks on 2578', 'Agreements 2705-7', 'Alexanders 1108']);
    expect(items).toContain('  Bitter 1220');
    expect(items).toHaveLength(text.split('\r\n').length - 6);
    validAndLossless(text);
  });
});
