import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type PdfResult } from '../../../src/render/pdf/index.js';
import { seedEdition } from '../../helpers/seed-edition.js';
import { pdfFonts, pdfInfo, pdfPagePng, pdfText, pdfXmp, popplerAvailable, popplerMissing } from './poppler.js';
import { findInOrder, printedText, searchableText } from './printed-text.js';

/**
 * The text area of an A4 page of the print (book.typ: top margin 3 cm, bottom 3.2 cm), less a
 * band that holds the running head and the page number: pdftotext reads only this, so that
 * what stands between the words of a paragraph broken over a page is the page's footnotes.
 * Raw order (the order Typst wrote the text in) keeps the hyphens of compounds broken at a
 * line end, which poppler's reading order would take for hyphenation and drop.
 */
const bodyCrop = ['-raw', '-x', '0', '-y', '74', '-W', '596', '-H', '694'];

describe.skipIf(!popplerAvailable)(popplerAvailable ? 'the print edition (red-book.pdf)' : `the print edition: skipped, ${popplerMissing}`, () => {
  let tei: string;
  let file: string;
  let result: PdfResult;
  let pages: string[];

  beforeAll(async () => {
    tei = seedEdition().tei;
    file = join(mkdtempSync(join(tmpdir(), 'tei-edition-pdf-')), 'red-book.pdf');
    result = await renderPdf(tei, { outFile: file, paper: 'a4' });
    pages = pdfText(file, undefined, undefined, bodyCrop).split('\f');
  });

  it('writes the PDF and reports its pages without errors', () => {
    expect(statSync(file).size).toBeGreaterThan(50_000);
    expect(result.file).toBe(file);
    expect(result.pages).toBe(Number(pdfInfo(file)['Pages']));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('contains every paragraph of the edition, in order', () => {
    const { blocks } = printedText(tei);
    expect(blocks.length).toBeGreaterThan(200);
    expect(findInOrder(searchableText(pages.join('\f')), blocks)).toEqual([]);
  });

  it('contains every note of the edition, in order', () => {
    const { notes } = printedText(tei);
    expect(notes.length).toBeGreaterThan(30);
    expect(findInOrder(searchableText(pages.join('\f')), notes)).toEqual([]);
  });

  it('numbers the author’s and translator’s notes as the witness does, and letters the editorial ones', () => {
    const { notes } = printedText(tei);
    const body = tei.slice(tei.indexOf('<text>'), tei.indexOf('</text>'));
    const tags = [...body.matchAll(/<note\b[^>]*>/g)].map((m) => ({ n: /\bn="([^"]+)"/.exec(m[0])?.[1], type: /\btype="([^"]+)"/.exec(m[0])?.[1] }));
    expect(tags.length).toBe(notes.length);
    const text = searchableText(pages.join('\f')).replace(/\s+/g, ' ');
    tags.forEach((tag, i) => {
      const start = notes[i]!.split(' ').slice(0, 4).join(' ');
      const mark = tag.type === 'editorial' ? '[a-z] Ed\\.' : `${tag.n} ${tag.type === 'translator' ? 'Tr\\. ' : ''}`.trim();
      expect(text, `note ${tag.n ?? i}`).toMatch(new RegExp(`${mark} ${escapeRegExp(start)}`));
    });
  });

  it('embeds every font and declares PDF/A-2a, title, author and language', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const info = pdfInfo(file);
    expect(info['Title']).toBe('The Red Book on the Moscow Trials');
    expect(info['Author']).toBe('Leon Sedov');
    expect(info['Tagged']).toBe('yes');
    const xmp = pdfXmp(file);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>en<\/rdf:li>/);
  });

  it('has a glyph for every character of the text (curly quotes, dashes, é, ·)', () => {
    const text = pdfText(file);
    const body = tei.slice(tei.indexOf('<text>'), tei.indexOf('</text>'));
    const chars = new Set([...body.replace(/<[^>]*>/g, '')].filter((c) => c.codePointAt(0)! > 0x7e));
    for (const c of ['“', '”', '’', '–', '—', 'é', '·']) expect(chars.has(c), `the edition has ${c}`).toBe(true);
    // A character without a glyph comes out of the PDF as nothing.
    expect([...chars].filter((c) => !text.includes(c))).toEqual([]);
  });

  it('has bookmarks for every chapter', () => {
    const raw = readFileSync(file, 'latin1');
    const titles = [...raw.matchAll(/\/Title (?:\(((?:[^()\\]|\\.)*)\)|<FEFF([0-9A-F]*)>)/g)].map((m) =>
      m[1] !== undefined ? m[1] : Buffer.from(m[2]!, 'hex').swap16().toString('utf16le'),
    );
    for (const n of [...tei.matchAll(/<div type="chapter" n="(\d+)"/g)].map((m) => m[1])) {
      expect(titles.some((t) => t.startsWith(`${n} [`)), `bookmark of chapter ${n}`).toBe(true);
    }
  });

  it('opens with a title page, a verso of bibliographic facts, the contents and the editorial principles', () => {
    const full = pdfText(file).split('\f').map((p) => p.replace(/\s+/g, ' '));
    expect(full[0]).toMatch(/Leon Sedov.*The Red Book on the Moscow Trials/);
    // the verso: the 1980 English edition, the Russian and French first publications, the witnesses
    expect(full[1]).toMatch(/New Park Publications.*1980/);
    expect(full[1]).toMatch(/Byulletin Oppositsii.*52–53, October 1936/);
    expect(full[1]).toMatch(/Le Livre Rouge sur les procès de Moscou, Paris, 1936/);
    expect(full[1]).toMatch(/Witness A .*Witness B /);
    // the contents: every chapter with its supplied title in brackets and the page it starts on
    const contents = full.find((p) => p.startsWith(' Contents') || p.includes('Contents Editorial principles'))!;
    const chapterPages = [...contents.matchAll(/\b(8|9|1[0-5]) \[[^\]]+\][ .]*⁠?(\d+)/g)].map((m) => [m[1], m[2]]);
    expect(chapterPages.map(([n]) => n)).toEqual(['8', '9', '10', '11', '12', '13', '14', '15']);
    const opening = full.findIndex((p) => p.includes('CHAPTER 11'));
    // the page the contents give is the number printed at the foot of the chapter's opening
    expect(full[opening]!.trim().split(' ').at(-1)).toBe(chapterPages.find(([n]) => n === '11')?.[1]);
    expect(contents).toMatch(/Index of persons .*Index of places/);
    expect(opening).toBeGreaterThan(full.indexOf(contents));
    expect(full.some((p) => /Editorial principles Transcription and normalisation\. The witnesses are transcribed exactly/.test(p))).toBe(true);
  });

  it('sets running heads: the book title on versos, the chapter title on rectos, none on openings', () => {
    const full = pdfText(file).split('\f');
    const opening = full.findIndex((p) => p.includes('CHAPTER 11'));
    expect((opening + 1) % 2, 'chapters open on a recto (odd page)').toBe(1);
    // The head stands outside the text area: on the full page, not in the cropped body.
    const head = (i: number, words: string): boolean => full[i]!.includes(words) && !pages[i]!.includes(words);
    expect(head(opening, 'The Red Book on the Moscow Trials')).toBe(false);
    expect(head(opening + 1, 'The Red Book on the Moscow Trials')).toBe(true);
    expect(head(opening + 2, '[Lenin, the First Terrorist]')).toBe(true);
  });

  it('keys the apparatus of chapter 11 to printed lines: line [word]] add. reading B', () => {
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toMatch(/\b\d+ (\S+\] )?add\. The Red Book \/ On the Moscow Trials \(running head of the page\) B/);
    expect(text).toMatch(/\b\d+ (\S+\] )?add\. Last updated on: 13\.2\.2005 \(footer of the page\) B/);
  });

  it('renders a chapter opening and a page with footnotes and apparatus', () => {
    const full = pdfText(file).split('\f');
    const opening = full.findIndex((p) => p.includes('CHAPTER 11')) + 1;
    const apparatus = full.findIndex((p) => /\b\d+ \S+\] \S+ A; /.test(p) && /\(L\.S\.\)/.test(p)) + 1;
    expect(opening).toBeGreaterThan(0);
    expect(apparatus).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-png-'));
    for (const [name, page] of [['opening', opening], ['apparatus', apparatus]] as const) {
      pdfPagePng(file, page, join(dir, name), 60);
      const png = readFileSync(join(dir, `${name}-${String(page).padStart(String(result.pages).length, '0')}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // A blank A4 page at 60 dpi compresses to a few hundred bytes; a page of text to many KB.
      expect(png.length).toBeGreaterThan(20_000);
    }
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
