/**
 * A dense critical apparatus: many apps in one paragraph, nested apps, apps in a division of
 * another language and in a block quotation (whose footnotes Typst cannot take to the next page
 * with their line). Every lemma and reading is printed, in order, each entry after its lemma;
 * the layout converges; and no apparatus word stands among the lines of the text (the series is
 * set below the text of its page, never over it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfBytes, type PdfBytes } from '../../../src/render/pdf/index.js';
import { pdfText, pdfWordBoxes, popplerAvailable, popplerMissing } from './poppler.js';

const app = (lem: string, rdg: string): string => `<app><lem wit="#A">${lem}</lem><rdg wit="#B">${rdg}</rdg></app>`;
const nested = (i: number): string =>
  `<app><lem wit="#A #B">${app(`inner${i}`, `innerB${i}`)} outer${i}</lem><rdg wit="#C">rdgC${i} long reading</rdg></app>`;
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>Dense apparatus</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><listWit><witness xml:id="A">A</witness><witness xml:id="B">B</witness><witness xml:id="C">C</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body>
<div><p>${range(0, 150).map((i) => `word${i} ${app(`lem${i}`, `rdg${i}`)}`).join(' ')}</p>
<p>${range(0, 20).map((i) => `text${i} ${nested(i)}`).join(' ')}</p></div>
<div xml:lang="la"><p>${range(150, 260).map((i) => `word${i} ${app(`lem${i}`, `rdg${i}`)}`).join(' ')}</p>
<quote><p>${range(260, 330).map((i) => `word${i} ${app(`lem${i}`, `rdg${i}`)}`).join(' ')}</p></quote></div>
</body></text></TEI>`;

describe.skipIf(!popplerAvailable)(popplerAvailable ? 'a dense apparatus in the PDF' : `a dense apparatus: skipped, ${popplerMissing}`, () => {
  let dir: string;
  let file: string;
  let result: PdfBytes;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tei-apparatus-dense-'));
    file = join(dir, 'dense.pdf');
    result = await renderPdfBytes(tei, { fallbackDate: new Date(0) });
    writeFileSync(file, result.pdf);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the PDF, and Typst settles its layout', () => {
    expect(result.pages).toBeGreaterThan(1);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.map((d) => d.message).filter((m) => /converge/.test(m))).toEqual([]);
  });

  it('prints every lemma in the text and every entry, lemma] reading, in order', () => {
    const text = pdfText(file, undefined, undefined, ['-raw']).replace(/\s+/g, ' ');
    let at = 0;
    for (const i of range(0, 330)) {
      const entry = text.indexOf(`lem${i}] rdg${i} B`, at);
      expect(entry, `entry ${i}`).toBeGreaterThanOrEqual(0);
      at = entry;
    }
    for (const i of range(0, 330)) expect(text, `text ${i}`).toMatch(new RegExp(`word${i} lem${i}\\b`));
    for (const i of range(0, 20)) {
      expect(text, `nested ${i}`).toMatch(new RegExp(`text${i} inner${i} outer${i}\\b`));
      expect(text, `inner entry ${i}`).toContain(`inner${i}] innerB${i} B`);
      expect(text, `outer entry ${i}`).toMatch(new RegExp(`inner${i} outer${i}\\] rdgC${i} long reading C`));
    }
  });

  it('sets the apparatus of each page below its text, never over it', () => {
    const all = pdfWordBoxes(file);
    const pages = [...new Set(all.map((w) => w.page))];
    let checked = 0;
    for (const page of pages) {
      const on = all.filter((w) => w.page === page);
      const text = on.filter((w) => /^(word|text)\d+$/.test(w.text));
      const apparatus = on.filter((w) => /^(rdg|innerB|rdgC)\d+$/.test(w.text));
      if (text.length === 0 || apparatus.length === 0) continue;
      checked++;
      expect(Math.min(...apparatus.map((w) => w.yMin)), `page ${page}`).toBeGreaterThan(Math.max(...text.map((w) => w.yMax)));
    }
    expect(checked).toBeGreaterThan(1);
  });
});

// Pages of ninety entries and more, keyed to witness lines (after a collation of two texts
// of a play, every line with variants of spelling and punctuation): Typst gives up after five
// layouts, and the pages must settle within them.
const lined = (paragraphs: number, lines: number): string => {
  const words = ['Thunder', 'Lightning', 'Raine', 'Heath', 'Battaile', 'Sunne', 'Souldier', 'Captaine', 'Honor', 'Kernes', 'Spring', 'Stormes'];
  let n = 1;
  const paragraph = (p: number): string =>
    `<p>${range(0, lines).map((l) => `<lb edRef="#A" n="${n++}"/>${range(0, 4).map((k) => `and the ${app(words[(p * 7 + l * 3 + k) % 12]!, words[(p * 7 + l * 3 + k) % 12]!.toLowerCase())} `).join('')}<app><lem wit="#A"/><rdg wit="#B">, </rdg></app>`).join('')}</p>`;
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Lines</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="A">A</witness><witness xml:id="B">B</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="c1"><head>One</head>${range(0, paragraphs).map(paragraph).join('\n')}</div></body></text></TEI>`;
};

describe('an apparatus of ninety entries a page', () => {
  it.each([
    [60, 5],
    [150, 2],
    [100, 3],
  ])('converges (%i paragraphs of %i lines)', async (paragraphs, lines) => {
    const { diagnostics } = await renderPdfBytes(lined(paragraphs, lines), { fallbackDate: new Date(0) });
    expect(diagnostics.filter((d) => /converge/.test(d.message))).toEqual([]);
  });
});
