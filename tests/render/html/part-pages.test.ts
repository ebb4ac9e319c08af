// The web edition's pages of a book in parts whose parts hold, beside their chapters, a
// division of their own (a prologue, the approvals printed before a second volume's first
// chapter): each chapter and each such division is a page, and the part's title goes on its
// first page. Before, such a division counted as text outside the chapters and the book fell
// back to a page per part (Don Quijote, PG 2000: 2.4 MB for the second volume's one page).
// The shape is the one the plain-text pipeline writes for that book (part, section and chapter
// divisions); the words are made up.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../../src/render/html/index.js';

const words = (n: number, w: string): string => Array.from({ length: n }, () => w).join(' ');
const chapter = (id: string, head: string): string =>
  `<div type="chapter" xml:id="${id}"><head>${head}</head><p>${words(400, 'Lorem')}.</p><p>${words(400, 'ipsum')}.</p></div>`;
const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>A Book in Two Volumes</title></titleStmt>
<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader><text><body>
<div type="part" n="1" xml:id="part1"><head>First Part of the Work</head>${chapter('ch1', 'Chapter One')}${chapter('ch2', 'Chapter Two')}</div>
<div type="part" n="2" xml:id="part2"><head>Second Part of the Work</head>
<div type="section" xml:id="approval"><head>APPROVAL</head><p>This book holds nothing against the faith.</p></div>
<div type="section" xml:id="prologue"><head>PROLOGUE</head><p>Reader, here is the second part, as promised.</p></div>
${chapter('ch3', 'Chapter One')}${chapter('ch4', 'Chapter Two')}</div>
</body></text></TEI>`;

describe('pages of a book in parts with divisions beside the chapters', () => {
  it('gives each chapter and each such division a page, the part title on its first page', async () => {
    const { files } = await renderHtmlFiles(tei);
    const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
    for (const id of ['ch1', 'ch2', 'ch3', 'ch4', 'approval', 'prologue']) expect(pages).toContain(`${id}.html`);
    expect(pages.filter((p) => /^part/.test(p))).toEqual([]);
    const text = (f: string): string => parse(files.get(f)!).querySelector('main')!.text;
    // each division's words on its own page only
    const holding = (s: string): string[] => pages.filter((p) => text(p).includes(s));
    expect(holding('nothing against the faith')).toEqual(['approval.html']);
    expect(holding('as promised')).toEqual(['prologue.html']);
    // the part's title opens its first page
    expect(holding('Second Part of the Work')).toContain('approval.html');
    expect(holding('First Part of the Work')).toContain('ch1.html');
  });
});
