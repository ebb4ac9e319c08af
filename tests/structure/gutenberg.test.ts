// Plain-text books as Project Gutenberg publishes them. The fixtures are excerpts of real files,
// their lines as downloaded (public domain in the USA; Project Gutenberg licence):
// - tests/fixtures/gutenberg/chiriqui-excerpt.txt: W. H. Holmes, "Ancient Art of the Province of
//   Chiriqui" (1888), PG #30621, from GITenberg/Ancient-art-of-the-province-of-Chiriqui-
//   ColombiaGovernment-Printing-Office-Washington-1888-pa__30621, commit 2af9eca74c5a26a9a792f6433429d68842543493,
//   30621-0.txt, lines 1-33, 484-531, 684-705, 716-727, 6028-6046 (UTF-8 with BOM, CRLF);
// - tests/fixtures/gutenberg/frankenstein-pg84-opening.txt: PG #84 in the header of 2025, from
//   RifatAbouRadi/FrankenText, commit 4aafd94c5d761fb274ba468e6d7991242783e104, pg84.txt, lines 1-90.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Division } from '../../src/model/block.js';
import type { Inline } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { splitBlocks } from '../../src/structure/raw-blocks.js';
import { sourceLines } from '../../src/structure/source-lines.js';
import { conventionRoles } from '../../src/structure/transcription-conventions.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { jingErrors, teiAllSchema } from '../helpers/schema.js';

const bytesOf = (name: string): Buffer => readFileSync(join(repoRoot, 'tests/fixtures/gutenberg', name));
// the byte order mark kept, as the file has it (the witness's reader takes it off and records it)
const witnessFrom = (siglum: string, name: string) => witnessOf(siglum, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytesOf(name)));

/** The text of the divisions of a part of the edition, block by block kind. */
const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div:${b.divType}` : b.kind));
const textOfDiv = (d: Division): string => {
  const out: string[] = [];
  forEachInline(d.blocks, (n: Inline) => {
    if (n.kind === 'text') out.push(n.value);
  });
  return out.join('');
};

describe('a Project Gutenberg e-text (Holmes, Chiriqui, 1888: the older header, bracketed footnotes and illustrations)', () => {
  const w = witnessFrom('U', 'chiriqui-excerpt.txt');
  const e = editionOf([w]);

  it('keeps the header and the licence out of the book: paratext of the witness in front and back, never a chapter', () => {
    const header = e.front.find((d) => d.subtype === 'library-header')!;
    expect(header.divType).toBe('paratext');
    expect(textOfDiv(header)).toContain('*** START OF THIS PROJECT GUTENBERG EBOOK ANCIENT ART--CHIRIQUI, COLOMBIA ***');
    // the producers' credit under the start line is the e-text's, not the book's
    expect(textOfDiv(header)).toContain('Produced by Louise Hope, PM for Bureau of American');
    const licence = e.back!.find((d) => d.subtype === 'library-licence')!;
    expect(textOfDiv(licence)).toContain('*** END OF THIS PROJECT GUTENBERG EBOOK ANCIENT ART--CHIRIQUI, COLOMBIA ***');
    expect(textOfDiv(licence)).toContain('End of the Project Gutenberg EBook of Ancient art of the province of');
    const body = e.body.map(textOfDiv).join('\n');
    expect(body).not.toMatch(/Project Gutenberg|This eBook is for the use of anyone/u);
    expect(e.diagnostics.filter((d) => d.rule === 'structure-library-frame').map((d) => d.message)).toEqual([
      "witness U is a Project Gutenberg e-text: its header (lines 1–33) and its licence (lines 122–134) are kept out of the book, as paratext of the witness (front and back, div[@type='paratext'][@subtype='library-header' or 'library-licence'])",
    ]);
  });

  it('places "[Footnote 1: …]" at its marker [1], labelled, attributed by the notes rules', () => {
    const notes: { n?: string; text: string; label: string; type: string }[] = [];
    forEachInline(e.body, (n) => {
      if (n.kind !== 'note') return;
      const p = n.blocks[0]!;
      const label = p.kind === 'p' ? p.children.find((c) => c.kind === 'label') : undefined;
      notes.push({ ...(n.n !== undefined ? { n: n.n } : {}), text: p.kind === 'p' ? plainText(p.children) : '', label: label?.kind === 'label' ? plainText(label.children) : '', type: n.noteType });
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ n: '1', label: '[Footnote 1:', type: 'translator' }); // the test config's default
    expect(notes[0]!.text).toContain('For physical features, see report of Lieutenant');
    // not kept as verse for its indentation, nor as an orphan marker
    expect(e.diagnostics.filter((d) => d.rule === 'note-orphan-marker' || d.rule === 'note-without-marker')).toEqual([]);
  });

  it('makes each "[Illustration: …]" a figure, a caption over several lines too, with the marks apart', () => {
    const figures: string[][] = [];
    const walk = (bs: readonly Block[]) =>
      bs.forEach((b) => {
        if (b.kind === 'div') walk(b.blocks);
        if (b.kind === 'figure') figures.push(b.parts[0]!.filter((n) => n.kind === 'label').map((n) => (n.kind === 'label' ? plainText(n.children) : '')));
      });
    walk(e.body);
    expect(figures).toEqual([
      ['[Illustration:', ']'],
      ['[Illustration:', ']'],
      ['[Illustration:', ']'],
      ['[Illustration:', ']'],
    ]);
    const tei = toTei(e);
    expect(tei).toContain('<metamark function="illustration">[Illustration:</metamark> Fig. 1. Section of oval grave.<metamark function="illustration">]</metamark>');
    expect(tei).toMatch(/<figure type="illustration" xml:id="fig-U[0-9]+"><head>/u);
  });

  it('is valid TEI and gives the file back byte for byte (BOM and CRLF too)', () => {
    const tei = toTei(e);
    expect(extractWitness(tei, 'U')).toBe(bytesOf('chiriqui-excerpt.txt').toString('utf8'));
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });
});

describe('a Project Gutenberg e-text of 2025 (Frankenstein: the new header, a CONTENTS list of headings)', () => {
  const w = witnessFrom('A', 'frankenstein-pg84-opening.txt');
  const e = editionOf([w]);

  it('reads the CONTENTS as a table of contents in the front, not as chapters', () => {
    const contents = e.front.find((d) => d.divType === 'contents')!;
    expect(kinds(contents.blocks)).toEqual(['head', 'list']);
    const list = contents.blocks[1]!;
    expect(list.kind === 'list' && list.items.map((i) => plainText(i.children).trim()).slice(0, 5)).toEqual(['Letter 1', 'Letter 2', 'Letter 3', 'Letter 4', 'Chapter 1']);
    // the book starts at its first heading, once
    expect(e.body.map((d) => `${d.divType} ${d.n}`)).toEqual(['letter 1']);
    expect(e.front.find((d) => d.subtype === 'library-header')).toBeDefined();
  });

  it('is valid TEI and lossless', () => {
    const tei = toTei(e);
    expect(extractWitness(tei, 'A')).toBe(bytesOf('frankenstein-pg84-opening.txt').toString('utf8'));
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });
});

describe('the bracketed conventions, block by block', () => {
  const roles = (text: string) => {
    const c = conventionRoles(splitBlocks(sourceLines(witnessOf('A', text))));
    return c.blocks.map((b, i) => `${c.roles[i] ?? '-'}:${b.lines[0]!.text.trim().slice(0, 20)}`);
  };

  it('runs an illustration over blank lines to its closing bracket, and cuts the text under "[Illustration]" off it', () => {
    // The shape of Legend Land's frontispiece (PG #20170, GITenberg/Legend-Land-Vol.-1Railway._20170,
    // commit e3218eba4088f0960e7fd8298f2c1f773b4f8e9e, 20170-8.txt, lines 35-48, shortened).
    expect(roles('[Illustration:\n\nG.W.R: The Line to Legend Land\n\nVol. One Front End]\n\nLEGEND LAND')).toEqual([
      'figure:[Illustration:',
      'figure:G.W.R: The Line to L',
      'figure:Vol. One Front End]',
      '-:LEGEND LAND',
    ]);
    expect(roles('[Illustration]\nThe first line of text under it.\n')).toEqual(['figure:[Illustration]', '-:The first line of te']);
  });

  it('reads "[Footnote A: …]" over two paragraphs as one note, cited "[A]"', () => {
    // A made-up example in the Distributed Proofreaders' form (no probe book had a lettered note).
    const text = 'CHAPTER I.\n\nThe claim stands here.[A] More text follows.\n\n[Footnote A: The first paragraph of the note.\n\nIts second paragraph.]\n\nThe next paragraph.\n';
    expect(roles(text)).toEqual(['-:CHAPTER I.', '-:The claim stands her', 'note:[Footnote A: The fir', 'note:Its second paragraph', '-:The next paragraph.']);
    const e = editionOf([witnessOf('A', text)]);
    const notes: string[] = [];
    forEachInline(e.body, (n) => {
      if (n.kind === 'note') notes.push(`${n.n}: ${n.blocks.length} paragraphs`);
    });
    expect(notes).toEqual(['A: 2 paragraphs']);
    const tei = toTei(e);
    expect(extractWitness(tei, 'A')).toBe(text);
  });

  it('gives a figure whose opening mark stands alone over a blank line its caption as head', () => {
    // Jane Austen, Pride and Prejudice, ch. II (PG #1342 as Tahsan-Alam/Word-Ladder holds it,
    // commit 0f3ccefd05fbf8b7c382f33aaaa0defe4ef1020c, pg1342.txt, there in Windows-1252).
    const text = 'CHAPTER II.\n\nThe rest of the evening was spent in conjecturing how soon he would\nreturn Mr. Bennet’s visit.\n\n[Illustration:\n\n     “He rode a black horse”\n]\n\nCHAPTER III.\n\nNot all that Mrs. Bennet could ask was sufficient.\n';
    const tei = toTei(editionOf([witnessOf('A', text)]));
    const figure = /<figure[^>]*>([\s\S]*?)<\/figure>/u.exec(tei)![1]!;
    expect(figure.replace(/<lb[^>]*\/>/gu, '').replace(/\s+/gu, ' ').trim()).toBe(
      '<head><metamark function="illustration">[Illustration:</metamark> “He rode a black horse”<metamark function="illustration">]</metamark></head>',
    );
    expect(extractWitness(tei, 'A')).toBe(text);
  });
});

