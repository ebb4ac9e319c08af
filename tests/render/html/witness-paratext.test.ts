// The editorial page's "its own header" shows each witness's paratext (div[@type='paratext'],
// what the witness has that is not the author's text), with the blocks the witnesses print
// otherwise rendered as themselves. Found on Alice's Adventures in Wonderland, PG 11 against
// PG 28885 (helper probe): the book's contents in the front, left out by one printing (a
// block-level app around its list), stopped `render html --on-unhandled fail` ("no rule
// renders <lem>") and showed as the witness's own header. The words here are made up.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../../src/render/html/index.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>x</p></publicationStmt>
<sourceDesc><listWit><witness xml:id="F">First printing</witness><witness xml:id="R">Reprint</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><front>
<div type="paratext" xml:id="paratext-F"><p><lb edRef="#F" n="1"/>A library's header line</p>
<app type="omission"><lem wit="#F"><p><lb edRef="#F" n="3"/>Produced by volunteers</p></lem><rdg wit="#R"/></app></div>
<div type="contents" xml:id="contents"><head><lb edRef="#F" n="5"/><lb edRef="#R" n="2"/>Contents</head>
<app type="omission"><lem wit="#F"><list><item><lb edRef="#F" n="7"/>CHAPTER I. Down the Hole</item><item><lb edRef="#F" n="8"/>CHAPTER II. The Pool</item></list></lem><rdg wit="#R"/></app></div>
</front>
<body><div type="chapter" xml:id="ch1"><head><lb edRef="#F" n="10"/><lb edRef="#R" n="4"/>CHAPTER I.</head><p><lb edRef="#F" n="12"/><lb edRef="#R" n="6"/>Text <app><lem wit="#F">a</lem><rdg wit="#R">b</rdg></app>.</p></div></body></text></TEI>`;

describe("a witness's own header on the editorial page", () => {
  it('renders a block the witnesses print otherwise, and leaves the book\'s contents to the front page', async () => {
    const { files } = await renderHtmlFiles(tei, { onUnhandled: 'fail' });
    const editorial = parse(files.get('editorial.html')!).querySelector('main')!;
    const own = editorial.querySelectorAll('dd.paratext').map((d) => d.text).join(' ');
    expect(own).toContain("A library's header line");
    expect(own).toContain('Produced by volunteers');
    expect(own).not.toContain('Down the Hole');
    const front = [...files.entries()].filter(([f]) => f.endsWith('.html') && f !== 'editorial.html').map(([, t]) => parse(t).querySelector('main')?.text ?? '');
    expect(front.some((t) => t.includes('Down the Hole'))).toBe(true);
  });
});
