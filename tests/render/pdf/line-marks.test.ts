/**
 * Only the lines of a block that holds an apparatus entry keyed to its line carry their number
 * as metadata (line-marks in xslt/print/book.typ), which saves a long book time and memory in
 * Typst; the entries must still find their printed line: counted over the lines of the blocks
 * without metadata before it, and, for an entry in a chapter title (a line without a number),
 * the first line of its page. Made-up text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../../../src/render/pdf/index.js';
import { teiToTypst } from '../../../src/render/pdf/typst-source.js';
import { pdfText, popplerAvailable, popplerMissing } from './poppler.js';

const app = (lem: string, rdg: string): string => `<app><lem wit="#A">${lem}</lem><rdg wit="#B">${rdg}</rdg></app>`;
const filler = (word: string, n: number): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>Line marks</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><listWit><witness xml:id="A">A</witness><witness xml:id="B">B</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body>
<div type="chapter"><head>Chapter ${app('Seven', 'Eight')}</head><p>${filler('alpha', 120)}</p><p>${filler('beta', 40)} ${app('quince', 'medlar')} ${filler('gamma', 20)}</p></div>
<div type="chapter"><head>Chapter Nine</head><p>${filler('delta', 150)}</p><p>${filler('epsilon', 60)} ${app('walnut', 'hazel')} ${filler('zeta', 20)}</p><p>${filler('eta', 50)}</p></div>
</body></text></TEI>`;

describe('line metadata only where an entry needs it (the markup)', () => {
  it('wraps a block that holds an entry keyed to its line, and a part whose title holds one', async () => {
    const markup = await teiToTypst(tei);
    // the first chapter's title has an entry: its blocks are in line-marks, from the title on
    expect(markup).toMatch(/#chapter\([^\n]*Seven[^\n]*\n\n?#line-marks\[\n[\s\S]*#"alpha0/);
    // the second: only the paragraph with the entry
    expect(markup).toMatch(/#line-marks\[#"epsilon0[^\n]*#apparatus\(\[#"walnut"\][^\n]*\]\n/);
    expect(markup).not.toMatch(/#line-marks\[#"delta0/);
    expect(markup).not.toMatch(/#line-marks\[#"eta0/);
  });
});

describe.skipIf(!popplerAvailable)(popplerAvailable ? 'line metadata only where an entry needs it (the PDF)' : `line marks: skipped, ${popplerMissing}`, () => {
  let dir: string;
  let pages: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tei-line-marks-'));
    const file = join(dir, 'marks.pdf');
    const made = await renderPdfBytes(tei, { fallbackDate: new Date(0) });
    expect(made.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    writeFileSync(file, made.pdf);
    pages = pdfText(file, undefined, undefined, ['-layout']).split('\f');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The printed line of the words: counted from the nearest line the margin numbers before them. */
  const lineOf = (words: string): number => {
    const page = pages.find((p) => p.includes(words))!.split('\n').filter((l) => l.trim() !== '');
    const at = page.findIndex((l) => l.includes(words));
    const numbered = page.slice(0, at + 1).map((l, i) => ({ i, n: /^\s*(\d+)\s{2,}\S/.exec(l)?.[1] })).filter((x) => x.n).pop()!;
    return Number(numbered.n) + (at - numbered.i);
  };
  const text = (): string => pages.join(' ').replace(/\s+/g, ' ');

  it('keys an entry in a chapter title to the first line of its page', () => {
    expect(text()).toMatch(/\b1 Seven\] Eight B\b/);
  });

  it('keys an entry to its printed line, counted over the lines without metadata before it', () => {
    expect(text()).toContain(`${lineOf('quince')} quince] medlar B`);
    expect(text()).toContain(`${lineOf('walnut')} walnut] hazel B`);
  });
});
