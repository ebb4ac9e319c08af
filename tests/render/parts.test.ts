/**
 * A book in parts (a novel's BOOK I, BOOK II; a verse collection's SONGS OF INNOCENCE, SONGS OF
 * EXPERIENCE): each chapter keeps a page of its own in the web edition, the part's title opens
 * its first chapter's page and stands in the contents, and the print opens each part on a page
 * of its own. The lines are Blake's (Project Gutenberg #574, public domain).
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';
import { searchDocsOf } from '../helpers/search-docs.js';

const book = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Songs</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body>
<div type="part"><head>SONGS OF INNOCENCE</head>
 <div type="chapter" xml:id="lamb"><head>THE LAMB</head><lg><l>Little Lamb, who made thee?</l><l>Dost thou know who made thee?</l></lg></div>
 <div type="chapter" xml:id="blossom"><head>THE BLOSSOM</head><lg><l>Merry, merry sparrow!</l></lg></div>
</div>
<div type="part"><head>SONGS OF EXPERIENCE</head><epigraph><p>An epigraph of the part.</p></epigraph>
 <div type="chapter" xml:id="tyger"><head>THE TYGER</head><lg><l>Tiger, tiger, burning bright</l></lg></div>
 <trailer>END OF THE SONGS</trailer>
</div>
</body></text></TEI>`;

describe('a book in parts', () => {
  it('gives each chapter its page, with the title of the part it opens above its own, and loses no word', async () => {
    const { files } = await renderHtmlFiles(book);
    expect([...files.keys()].filter((f) => /^(lamb|blossom|tyger|text)\.html$/.test(f)).sort()).toEqual(['blossom.html', 'lamb.html', 'tyger.html']);
    const lamb = parse(files.get('lamb.html')!);
    expect(lamb.querySelector('.chapter-lead .part-title')!.text).toBe('SONGS OF INNOCENCE');
    expect(lamb.querySelector('h1')!.text).toBe('THE LAMB');
    expect(parse(files.get('blossom.html')!).querySelector('.chapter-lead')).toBeNull();
    const tyger = parse(files.get('tyger.html')!);
    expect(tyger.querySelector('.chapter-lead')!.text.replace(/\s+/g, ' ')).toContain('SONGS OF EXPERIENCE');
    expect(tyger.querySelector('.chapter-lead')!.text).toContain('An epigraph of the part.');
    expect(tyger.querySelector('.chapter-tail')!.text).toContain('END OF THE SONGS');
    // the contents name the parts, each linked to its title on the page of its first chapter
    const toc = parse(files.get('index.html')!).querySelectorAll('.toc-list li').map((li) => [li.getAttribute('class') ?? '', li.text.trim(), li.querySelector('a')!.getAttribute('href')!]);
    expect(toc.map(([c, t]) => `${c}:${t}`)).toEqual(['toc-part:SONGS OF INNOCENCE', ':THE LAMB', ':THE BLOSSOM', 'toc-part:SONGS OF EXPERIENCE', ':THE TYGER']);
    const [, , partHref] = toc[0]!;
    expect(partHref).toMatch(/^lamb\.html#/);
    expect(lamb.querySelector(`[id="${partHref!.split('#')[1]}"]`)?.text).toBe('SONGS OF INNOCENCE');
    // and the search finds the part's title and trailer on their pages
    const docs = searchDocsOf(files.get('assets/search-index.js')!);
    expect(docs.find((d) => d.text === 'SONGS OF EXPERIENCE')?.url).toMatch(/^tyger\.html/);
    expect(docs.find((d) => d.text === 'END OF THE SONGS')?.url).toMatch(/^tyger\.html/);
  });

  it('shows the titles of every level a chapter opens, the outermost first', async () => {
    const nested = book.replace('<body>\n', '<body>\n<head>THE SONGS</head><div type="book"><head>BOOK THE FIRST</head>').replace('</body>', '</div></body>');
    const { files } = await renderHtmlFiles(nested);
    const titles = (name: string): string[] => parse(files.get(name)!).querySelectorAll('.chapter-lead .part-title').map((p) => p.text);
    expect(titles('lamb.html')).toEqual(['THE SONGS', 'BOOK THE FIRST', 'SONGS OF INNOCENCE']);
    expect(titles('blossom.html')).toEqual([]);
    expect(titles('tyger.html')).toEqual(['SONGS OF EXPERIENCE']);
  });

  it('opens each part in print on a page of its own, as a chapter without a number', async () => {
    const typst = await teiToTypst(book);
    const openings = [...typst.matchAll(/#chapter\(n: none, running: "([^"]*)"\)/g)].map((m) => m[1]);
    expect(openings).toEqual(['SONGS OF INNOCENCE', 'THE LAMB', 'THE BLOSSOM', 'SONGS OF EXPERIENCE', 'THE TYGER']);
    // the part's epigraph after its title, its trailer after its last chapter
    const at = (words: string): number => typst.indexOf(words);
    expect(at('An epigraph of the part.')).toBeGreaterThan(at('running: "SONGS OF EXPERIENCE"'));
    expect(at('An epigraph of the part.')).toBeLessThan(at('running: "THE TYGER"'));
    expect(at('END OF THE SONGS')).toBeGreaterThan(at('Tiger, tiger, burning bright'));
  });
});
