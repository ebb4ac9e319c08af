import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Division } from '../../src/model/block.js';
import type { Edition } from '../../src/model/edition.js';
import type { NoteNode } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { teiAllSchema } from '../helpers/schema.js';

// Real texts (tests/fixtures/structure/SOURCES.md says where each comes from).
const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/structure', name), 'utf8');
const frankenstein = (year: string) => readFileSync(join(repoRoot, `examples/frankenstein/witnesses/frankenstein-${year}.txt`), 'utf8');

const build = (text: string): Edition => editionOf([witnessOf('A', text)]);
const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div:${b.divType}(${kinds(b.blocks).join(',')})` : b.kind));
const notesOf = (e: Edition) => {
  const out: NoteNode[] = [];
  forEachInline(e.body, (n) => {
    if (n.kind === 'note') out.push(n);
  });
  return out;
};
const built = new Map<string, { text: string; tei: string }>();
const edition = (name: string, text: string): Edition => {
  const e = build(text);
  built.set(name, { text, tei: toTei(e) });
  return e;
};

describe('plain-text conventions of the structure stage, on real texts', () => {
  it('a letter: its number heading, an opener with address and dateline, a closer with valediction and signature', () => {
    const e = edition('letter', fixture('frankenstein-letter-1.txt'));
    expect(e.body.map((d) => [d.divType, d.n, d.id])).toEqual([['letter', '1', 'letter1']]);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'opener', 'p', 'p', 'p', 'closer']);
    const [opener, closer] = [e.body[0]!.blocks[1]!, e.body[0]!.blocks[5]!];
    expect(opener.kind === 'opener' && opener.parts.map((p) => [p.kind, plainText(p.children)])).toEqual([
      ['address', '_To Mrs. Saville, England._'],
      ['dateline', 'St. Petersburgh, Dec. 11th, 17—.'],
    ]);
    expect(closer.kind === 'closer' && closer.parts.map((p) => [p.kind, plainText(p.children)])).toEqual([
      ['salute', 'Your affectionate brother,'],
      ['signed', 'R. Walton'],
    ]);
    expect(e.body[0]!.printed).toMatchObject([{ wit: 'A', level: 'letter', label: 'Letter 1', number: '1', value: 1, src: { start: { line: 1, column: 1 } } }]);
  });

  it('a play: scene heading with its title, speeches with verse lines, stage directions between and inside speeches', () => {
    const e = edition('hamlet', fixture('hamlet-1-2.txt'));
    const scene = e.body[0]!;
    expect([scene.divType, scene.n]).toEqual(['scene', '2']);
    expect(scene.printed?.[0]).toMatchObject({ level: 'scene', number: 'II', value: 2, title: 'Elsinore. A room of state in the Castle.' });
    expect(kinds(scene.blocks)).toEqual(['head', 'stage', 'sp', 'sp', 'sp', 'stage', 'sp', 'sp', 'sp', 'sp', 'stage', 'sp', 'stage', 'sp', 'sp']);
    const sps = scene.blocks.filter((b) => b.kind === 'sp');
    // The King goes on after the stage direction: a speech without a speaker of its own.
    expect(sps.map((s) => plainText(s.speaker))).toEqual(['King.', 'Cor. and Volt.', 'King.', '', 'Ham.', 'King.', 'Ham.', 'Ham.', 'Hor.', 'Ham.']);
    expect(sps[0]!.parts.map((p) => p.kind)).toEqual(['l', 'l', 'l', 'l']);
    expect(sps[4]!.parts.map((p) => [p.kind, plainText(p.children)])).toEqual([['l', '[Aside.] A little more than kin, and less than kind!']]);
  });

  it('a play set with speakers before their speeches, one after another in a block: one sp each; "ACT I. SCENE II." opens the act and its scene', () => {
    const e = edition('hamlet-inline', fixture('hamlet-1-2-inline-speakers.txt'));
    expect(kinds(e.body)).toEqual(['div:act(div:scene(head,stage,sp,sp,sp,sp,sp,sp,stage,sp))']);
    const scene = e.body[0]!.blocks[0] as Division;
    expect(scene.printed?.[0]).toMatchObject({ level: 'scene', number: 'II', value: 2, title: 'Elsinore. A room of state in the Castle.', within: { level: 'act', value: 1 } });
    const sps = scene.blocks.filter((b) => b.kind === 'sp');
    expect(sps.map((s) => plainText(s.speaker).trim())).toEqual(['KING.', 'COR. AND VOLT.', 'KING.', 'HAMLET.', 'KING.', 'HAMLET.', 'HAMLET.']);
    // The King's second speech: a line, the stage direction set to the right, two more lines.
    expect(sps[2]!.parts.map((p) => p.kind)).toEqual(['l', 'stage', 'l', 'l']);
  });

  it('a chapter number line with its title in capitals on the next line: the title is printed, not supplied', () => {
    const e = edition('twist', fixture('oliver-twist-2.txt'));
    expect(e.body.map((d) => [d.divType, d.n])).toEqual([['chapter', '2']]);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'head', 'p', 'p', 'p']);
    expect(e.body[0]!.printed?.[0]).toMatchObject({ number: 'II', value: 2, title: "TREATS OF OLIVER TWIST'S GROWTH, EDUCATION, AND BOARD", titleSrc: { start: { line: 3 } } });
  });

  it('a poem: its title in capitals opens it; stanzas divided by blank lines make one lg of lg', () => {
    const e = edition('tyger', fixture('blake-tyger.txt'));
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'lg']);
    const lg = e.body[0]!.blocks[1]!;
    expect(lg.kind === 'lg' && lg.stanzas.map((s) => s.length)).toEqual([4, 4]);
    expect(e.body[0]!.printed?.[0]).toMatchObject({ title: 'THE TYGER' });
  });

  it('Frankenstein 1818: CHAPTER IV./V. start chapters numbered as printed, a poem quoted in prose is lg, its "*" note is placed at its marker', () => {
    const e = edition('frankenstein-1818', frankenstein('1818'));
    expect(e.body.map((d) => [d.n, d.printed?.[0]?.label])).toEqual([
      ['4', 'CHAPTER IV.'],
      ['5', 'CHAPTER V.'],
    ]);
    expect(kinds(e.body[0]!.blocks).filter((k) => k !== 'p')).toEqual(['head', 'lg']);
    expect(notesOf(e).map((n) => [n.n, n.markerText, n.marker?.[0]?.start.line])).toEqual([['*', '*', 91]]);
    // Elizabeth's letter inside chapter V: a floatingText with opener and closer.
    const letter = e.body[1]!.blocks.find((b) => b.kind === 'letter')!;
    expect(letter.kind === 'letter' && kinds(letter.blocks)[0]).toBe('opener');
    expect(letter.kind === 'letter' && kinds(letter.blocks).at(-1)).toBe('closer');
  });

  it('Frankenstein 1831 prints the same chapter as V: each witness keeps its own number', () => {
    const e = edition('frankenstein-1831', frankenstein('1831'));
    expect(e.body.map((d) => [d.n, d.id, d.printed?.[0]?.number, d.printed?.[0]?.value])).toEqual([
      ['5', 'ch5', 'V', 5],
      ['6', 'ch6', 'VI', 6],
    ]);
  });

  it('books hold their chapters; numbering that starts again in each book gives distinct ids', () => {
    const text = ['BOOK I', '', 'CHAPTER I.', '', 'It begins.', '', 'CHAPTER II.', '', 'It goes on.', '', 'BOOK II', '', 'CHAPTER I.', '', 'It ends here.', ''].join('\n');
    const e = edition('books', text);
    expect(kinds(e.body)).toEqual(['div:book(head,div:chapter(head,p),div:chapter(head,p))', 'div:book(head,div:chapter(head,p))']);
    const ids = (ds: readonly Division[]): string[] => ds.flatMap((d) => [d.id, ...ids(d.blocks.filter((b): b is Division => b.kind === 'div'))]);
    expect(ids(e.body)).toEqual(['book1', 'book1-ch1', 'book1-ch2', 'book2', 'book2-ch1']);
  });

  it('notes marked (n), †, superscripts at the end of the chapter are placed at their markers and given back', () => {
    const text = ['CHAPTER 1', '', 'A claim(1) and a doubt† and a source².', '', '(1) The first note.', '', '† The dagger note.', '', '² The superscript note.', ''].join('\n');
    const e = edition('note-styles', text);
    expect(notesOf(e).map((n) => [n.n, n.markerText])).toEqual([
      ['(1)', '(1)'],
      ['†', '†'],
      ['²', '²'],
    ]);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'p']);
  });

  it('notes printed at the end of the book, keyed by chapter, go to their chapters; the section keeps its headings', () => {
    const text = [
      'CHAPTER I.', '', 'The first chapter cites a note [1] and another [2].', '',
      'CHAPTER II.', '', 'The second chapter cites its own first note [1].', '', '',
      'NOTES', '', 'CHAPTER I.', '', '[1] The first note of chapter one.', '', '[2] The second note of chapter one.', '',
      'CHAPTER II.', '', '[1] The first note of chapter two.', '',
    ].join('\n');
    const e = edition('book-end-notes', text);
    expect(e.body.map((d) => [d.divType, d.n ?? null])).toEqual([['chapter', '1'], ['chapter', '2'], ['notes', null]]);
    const perChapter = e.body.slice(0, 2).map((d) => {
      const out: string[] = [];
      forEachInline(d.blocks, (n) => {
        const p = n.kind === 'note' ? n.blocks[0] : undefined;
        if (n.kind === 'note' && p?.kind === 'p') out.push(`${n.n}:${n.marker?.[0]?.start.line}:${plainText(p.children).slice(4, 16)}`);
      });
      return out;
    });
    expect(perChapter).toEqual([['1:3:The first no', '2:3:The second n'], ['1:7:The first no']]);
    expect(kinds(e.body[2]!.blocks)).toEqual(['head', 'p', 'p']);
    expect(e.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a note printed inline in parentheses, "(1. …)", is a note of its own text where it stands', () => {
    const e = edition('inline-note', ['CHAPTER 1', '', 'He read the letter (1. The letter is lost.) and wept.', ''].join('\n'));
    expect(notesOf(e).map((n) => [n.n, n.place, n.markerText ?? null])).toEqual([['1', 'inline', null]]);
  });

  it('a layout no rule knows stays a paragraph and goes to the review with its place', () => {
    const text = ['CHAPTER 1', '', 'Name        Age', 'Victor       17', 'Henry        18', '', 'Prose after the table.', ''].join('\n');
    const e = edition('unknown', text);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'p', 'p']);
    expect(e.review.filter((r) => r.rule === 'structure-unknown-layout').map((r) => [r.file, r.at?.start.line])).toEqual([['A.txt', 3]]);
  });

  it('every text above comes back byte for byte from its TEI, which is valid against tei_all', () => {
    expect(built.size).toBeGreaterThanOrEqual(12);
    for (const [name, { text, tei }] of built) expect(extractWitness(tei, 'A'), name).toBe(text);
    const schema = teiAllSchema();
    expect(schema, 'tei_all.rng is needed (TEI_ALL_RNG)').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'conventions-'));
    const files = [...built].map(([name, { tei }]) => {
      const f = join(dir, `${name}.xml`);
      writeFileSync(f, tei);
      return f;
    });
    const r = spawnSync('jing', [schema!, ...files], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => l.includes(' error: '))).toEqual([]);
  });
});
