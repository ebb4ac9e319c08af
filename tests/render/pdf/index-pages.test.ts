/**
 * The printed index of register entries (register-index in xslt/print/book.typ): each entry's
 * pages as printed, in order, once each, and three or more pages in a row as a range (as
 * makeindex writes them); two in a row stay apart, and a range does not run across a change
 * of numbering (the roman front matter). Made-up marks on pages set here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileTypst } from '../../../src/render/pdf/typst-compile.js';
import { pdfText, popplerAvailable, popplerMissing } from './poppler.js';

/** Pages, each with the register ids marked on it; the front pages numbered in roman. */
const pages: { roman?: boolean; ids: string[] }[] = [
  { roman: true, ids: ['alpha'] },
  { roman: true, ids: ['alpha'] },
  { ids: ['alpha', 'beta'] },
  { ids: ['alpha', 'beta', 'beta'] },
  { ids: ['alpha'] },
  { ids: ['gamma'] },
  { ids: ['alpha', 'gamma'] },
  { ids: ['alpha', 'gamma'] },
  { ids: ['alpha', 'gamma'] },
];

const source = [
  '#import "book.typ": *',
  '#set page(numbering: "i")',
  ...pages.map((p, i) => [
    ...(i > 0 ? ['#pagebreak()'] : []),
    ...(!p.roman && pages[i - 1]?.roman ? ['#set page(numbering: "1")', '#counter(page).update(1)'] : []),
    `Page ${i + 1}. ${p.ids.map((id) => `#index-mark("${id}")`).join(' ')}`,
  ].join('\n')),
  '#pagebreak()',
  '#register-index((("alpha", [Alpha]), ("beta", [Beta]), ("gamma", [Gamma]), ("delta", [Delta])))',
  '',
].join('\n');

describe.skipIf(!popplerAvailable)(popplerAvailable ? 'the pages of the printed index' : `index pages: skipped, ${popplerMissing}`, () => {
  let dir: string;
  let index: string;
  beforeAll(() => {
    const printed = compileTypst(source);
    expect(printed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    dir = mkdtempSync(join(tmpdir(), 'tei-edition-index-'));
    writeFileSync(join(dir, 'index.pdf'), printed.pdf);
    index = pdfText(join(dir, 'index.pdf'), pages.length + 1, pages.length + 1).replace(/\s+/g, ' ');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes three or more pages in a row as a range, and two apart', () => {
    // i, ii (roman) | 1, 2, 3 (arabic) | 5, 6, 7
    expect(index).toContain('Alpha, i, ii, 1–3, 5–7');
    expect(index).toContain('Beta, 1, 2');
    expect(index).toContain('Gamma, 4–7');
  });

  it('leaves out an entry marked nowhere', () => {
    expect(index).not.toContain('Delta');
  });
});
