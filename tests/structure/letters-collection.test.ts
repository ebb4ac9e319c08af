// A collection of letters as a scholarly edition prints it: each letter headed with its number
// and whom it is to on one line ("I.--TO CHARLES COWDEN CLARKE."), an editor's dateline in
// brackets, the closing formulae, and the notes at the end of the book under "FOOTNOTES:".
// Fixture: tests/fixtures/structure/keats-letters-excerpt.txt (see tests/fixtures/structure/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import type { Inline } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { readHeading } from '../../src/structure/rules/headings.js';
import { annotate } from '../../src/annotate/index.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

type Div = Extract<Block, { kind: 'div' }>;
const text = readFileSync(join(repoRoot, 'tests/fixtures/structure/keats-letters-excerpt.txt'), 'utf8');
const edition = editionOf([witnessOf('A', text)]);
const divisions = (blocks: readonly Block[]): Div[] => blocks.flatMap((b) => (b.kind !== 'div' ? [] : b.divType === 'part' ? divisions(b.blocks) : [b]));
const letters = divisions(edition.body).filter((d) => d.divType === 'letter');
const notesIn = (blocks: readonly Block[]): Extract<Inline, { kind: 'note' }>[] => {
  const found: Extract<Inline, { kind: 'note' }>[] = [];
  forEachInline(blocks, (n) => {
    if (n.kind === 'note') found.push(n);
  });
  return found;
};

describe('a collection of letters numbered with whom each is to', () => {
  it('opens a letter at "I.--TO …", numbered as printed, the addressee its title', () => {
    expect(letters.map((d) => [d.n, d.printed?.[0]?.number, d.printed?.[0]?.title])).toEqual([
      ['1', 'I', 'TO CHARLES COWDEN CLARKE.'],
      ['2', 'II', 'TO BENJAMIN ROBERT HAYDON.'],
      ['3', 'III', 'TO BENJAMIN ROBERT HAYDON.'],
      ['7', 'VII', 'TO GEORGE AND THOMAS KEATS.'],
    ]);
  });

  it('reads a heading whose number lost its stop ("XIV--TO FANNY KEATS.") when it names whom the letter is to, and no cry in capitals', () => {
    expect(readHeading('XIV--TO FANNY KEATS.')).toMatchObject({ number: 'XIV', value: 14, title: 'TO FANNY KEATS.' });
    expect(readHeading('XV.--TO JANE REYNOLDS.')).toMatchObject({ number: 'XV', value: 15, title: 'TO JANE REYNOLDS.' });
    expect(readHeading("I--I WON'T GO!")).toBeUndefined();
    expect(readHeading('I.--I am safe at Southampton.')).toBeUndefined();
  });

  // Letter VIII of the same edition (lines 897-903 of 35698-8.txt), its first sentence shortened.
  const letterViii = ['VIII.--TO JOHN HAMILTON REYNOLDS.', '', '', 'Carisbrooke, April 17th [1817].', '', 'My dear Reynolds--Ever since I wrote to my Brothers from Southampton I', 'have been in a taking.', ''].join('\n');

  it('takes a year the editors supplied in brackets ("April 17th [1817].") for no note marker', () => {
    const e = editionOf([witnessOf('A', letterViii)]);
    expect(e.diagnostics.filter((d) => d.rule === 'note-orphan-marker')).toEqual([]);
    expect(extractWitness(toTei(e), 'A')).toBe(letterViii);
  });

  it('reads the place and date under a letter\'s heading as its dateline, not its title, in a collection of letters', () => {
    const e = editionOf([witnessOf('A', `${text.slice(0, text.indexOf('FOOTNOTES:'))}${letterViii}`)]);
    const viii = divisions(e.body).find((d) => d.n === '8')!;
    expect(viii.divType).toBe('letter');
    expect(viii.blocks.map((b) => (b.kind === 'head' ? `head:${b.headType ?? ''}` : b.kind))).toEqual(['head:division', 'opener', 'p']);
    const opener = viii.blocks[1]!;
    expect(opener.kind === 'opener' && opener.parts.map((p) => [p.kind, plainText(p.children)])).toEqual([['dateline', 'Carisbrooke, April 17th [1817].']]);
  });

  it('reads a date the editors query in brackets ("[March 2, 1817?]") with cert="low", listed for review', () => {
    // Letter V of the same edition (lines 786-792 of 35698-8.txt; the note marker after the dateline left out), its first sentence.
    const letter = ['V.--TO JOHN HAMILTON REYNOLDS.', '', '', '[London,] Sunday Evening [March 2, 1817?].', '', 'My dear Reynolds--Your kindness affects me so sensibly that I can merely', 'put down a few mono-sentences.', ''].join('\n');
    const annotated = annotate(editionOf([witnessOf('A', letter)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false });
    const tei = toTei(annotated);
    expect(tei).toMatch(/\[<date when="1817-03-02" cert="low">March 2, 1817<\/date>\?\]/u);
    expect(annotated.review.some((r) => r.rule === 'date-queried' && r.text === 'March 2, 1817')).toBe(true);
    expect(extractWitness(tei, 'A')).toBe(letter);
  });

  it('places the notes printed at the end of the book under "FOOTNOTES:" at their markers in the letters', () => {
    expect(letters.map((d) => notesIn(d.blocks).map((n) => n.n))).toEqual([['6'], ['7'], [], ['11']]);
    expect(plainText(notesIn(letters[1]!.blocks)[0]!.blocks.flatMap((b) => (b.kind === 'p' ? b.children : [])))).toContain('Wordsworth, Leigh Hunt, and Haydon');
  });

  it('reads a dateline the editors supplied in brackets, whole or in part, as the letter\'s opener', () => {
    const datelines = letters.map((d) => {
      const opener = d.blocks.find((b) => b.kind === 'opener');
      return opener?.kind === 'opener' ? opener.parts.map((p) => [p.kind, plainText(p.children)]) : [];
    });
    expect(datelines).toEqual([
      [['dateline', '[London, October 31, 1816.]']],
      [['dateline', '[London,] November 20, 1816.']],
      [['dateline', '[London,] Thursday afternoon, November 20, 1816.']],
      [['dateline', '[Southampton,] Tuesday Morn [April 15, 1817].']],
    ]);
  });

  it('keeps what follows the signature as the letter\'s postscript, its closer a closer', () => {
    const ends = letters.map((d) => d.blocks.slice(-2).map((b) => (b.kind === 'postscript' ? ['postscript', b.blocks.map((x) => x.kind)] : [b.kind])));
    expect(ends).toEqual([
      [['p'], ['closer']],
      [['closer'], ['postscript', ['p', 'lg']]],
      [['p'], ['closer']],
      [['closer'], ['postscript', ['p']]],
    ]);
    const ps = letters[3]!.blocks.at(-1)!;
    expect(ps.kind === 'postscript' && ps.blocks[0]!.kind === 'p' && plainText(ps.blocks[0]!.children)).toBe('Reynolds shall hear from me soon.');
    const tei = toTei(edition);
    expect(tei).toMatch(/<\/closer>\s*<postscript xml:id="[^"]+">\s*<p [^>]*>(?:<lb [^>]*\/>)+Removed to 76 Cheapside\.<\/p>\s*<lg /u);
  });

  it('gives the witness back byte for byte', () => {
    expect(extractWitness(toTei(edition), 'A')).toBe(text);
  });

  it('describes each letter in the header (correspDesc): sent by the author, from its dateline\'s place and date, to whom its heading names', () => {
    const annotated = annotate(edition, { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false });
    const tei = toTei(annotated);
    const descs = [...tei.matchAll(/<correspDesc [\s\S]*?<\/correspDesc>/gu)].map((m) => m[0].replace(/\s+/gu, ' ').replace(/> </gu, '><'));
    expect(descs).toHaveLength(4);
    expect(descs[0]).toMatch(/^<correspDesc ref="#letter1"><correspAction type="sent"><persName[^>]*>[^<]+<\/persName><placeName>London<\/placeName><date when="1816-10-31">October 31, 1816<\/date><\/correspAction><correspAction type="received"><persName>CHARLES COWDEN CLARKE<\/persName><\/correspAction><\/correspDesc>$/u);
    expect(descs[3]).toContain('<placeName>Southampton</placeName><date when="1817-04-15">April 15, 1817</date>');
    expect(descs[3]).toContain('<persName>GEORGE AND THOMAS KEATS</persName>');
  });

  it('ends a letter whose poem opened a section with its closer and postscript in that section', () => {
    // Letter VIII of the same edition, shortened: its heading and dateline (lines 897-900 of
    // 35698-8.txt), the paragraph before the sonnet it sends (944-949), the sonnet's title and
    // first lines (951-955), and its last lines (1010-1016).
    const L = readFileSync(join(repoRoot, 'tests/fixtures/structure/keats-letters-excerpt.txt'), 'utf8');
    const viii = ['VIII.--TO JOHN HAMILTON REYNOLDS.', '', '', 'Carisbrooke, April 17th [1817].', '',
      'The wind is in a sulky fit, and I feel that it would be no bad thing to be', 'the favourite of some Fairy, who would give one the power of seeing how',
      'our Friends got on at a Distance. I should like, of all Loves, a sketch of', 'you and Tom and George in ink which Haydon will do if you tell him how I',
      'want them. From want of regular rest I have been rather _narvus_--and the', 'passage in _Lear_--"Do you not hear the sea?"--has haunted me intensely.', '',
      'ON THE SEA', '', '  It keeps eternal whisperings around', '    Desolate shores, and with its mighty swell', '    Gluts twice ten thousand Caverns, till the spell', '  Of Hecate leaves them their old shadowy sound.', '',
      'George and Tom. Remember me to Rice, Mr. and Mrs. Dilke and all we know.', '', 'Your sincere Friend', '', 'JOHN KEATS.', '', "Direct J. Keats, Mrs. Cook's, New Village, Carisbrooke.", ''].join('\n');
    const e = editionOf([witnessOf('A', `${L.slice(0, L.indexOf('FOOTNOTES:'))}${viii}`)]);
    const letter = divisions(e.body).find((d) => d.n === '8')!;
    const section = letter.blocks.at(-1)!;
    expect(section.kind === 'div' && section.blocks.map((b) => b.kind)).toEqual(['head', 'lg', 'p', 'closer', 'postscript']);
  });

  it('keeps a book-end note no letter cites, printed otherwise by another witness, with its readings (no crash)', () => {
    // The marker of note 11 left out, and a second witness set as the publisher's HTML edition
    // sets the same text: curly quotation marks and apostrophes, dashes, "Footnotes:".
    const a = text.replace('"There\'s my\nComfort."[11]', '"There\'s my\nComfort."');
    const b = a.replace('FOOTNOTES:', 'Footnotes:').replace(/--/gu, '—').replace(/"([^"]*)"/gu, '“$1”').replace(/'/gu, '’');
    expect(a).not.toBe(text);
    const e = editionOf([witnessOf('A', a), witnessOf('B', b)]);
    const notes = e.body.find((d) => d.kind === 'div' && d.divType === 'notes');
    expect(notes?.kind === 'div' && notes.blocks.map((x) => x.kind)).toEqual(['head', 'p']);
    const tei = toTei(e);
    expect(tei).toMatch(/<div type="notes"[^>]*>[\s\S]*\[11\] For<app [^>]*>\s*<lem wit="#A"> Stephano's "Here's <\/lem>\s*<rdg wit="#B"[^>]*> Stephano’s “Here’s <\/rdg>/u);
    expect(extractWitness(tei, 'A')).toBe(a);
    expect(extractWitness(tei, 'B')).toBe(b);
  });

  it('keeps the label of a note whose copies differ between witnesses, and takes it for no second citation', () => {
    const b = text.replace('FOOTNOTES:', 'Footnotes:').replace(/"([^"]*)"/gu, '“$1”');
    const e = editionOf([witnessOf('A', text), witnessOf('B', b)]);
    expect(e.diagnostics.filter((d) => d.rule === 'note-cited-twice')).toEqual([]);
    const tei = toTei(e);
    // Note 7 quotes "workings," (set “workings,” in B): its copies differ, its label is kept.
    expect(tei).toMatch(/<note xml:id="[^"]*n7"[^>]*>\s*<p [^>]*>(?:<lb [^>]*\/>)+<label>\[7\]<\/label> The references/u);
    expect(tei).toMatch(/<note xml:id="[^"]*n6"[^>]*>\s*<p [^>]*>(?:<lb [^>]*\/>)+<label>\[6\]<\/label> The early letters/u);
    expect(extractWitness(tei, 'A')).toBe(text);
    expect(extractWitness(tei, 'B')).toBe(b);
  });
});
