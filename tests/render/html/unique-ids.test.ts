/**
 * Ids and search keys unique by construction, for an input that repeats its xml:ids and uses
 * the forms the site makes for its own ids: every page keeps each id once, every search
 * document has a key of its own, and links go to the element that keeps the id.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../../src/render/html/index.js';
import { searchIndexScript, type SearchDoc } from '../../../src/render/html/search-index.js';
import { searchDocsOf } from '../../helpers/search-docs.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="book">
  <teiHeader><fileDesc><titleStmt><title>Repeated ids</title></titleStmt>
    <publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Made for the test.</p></sourceDesc></fileDesc></teiHeader>
  <text><body>
    <div xml:id="d1"><head>One</head>
      <p xml:id="same">First paragraph.<note xml:id="same">A note with the id of its paragraph.</note></p>
      <p xml:id="same">Second paragraph with the same id.</p>
      <p xml:id="n-3">A paragraph with an id of the site's own form.</p>
      <p xml:id="note-1">Another one.<note>An unnamed note.</note></p>
      <p xml:id="main">And the id of the page's main element.</p>
      <p>No id at all.</p><p>No id either.</p>
    </div>
  </body></text>
</TEI>`;

const repeated = (values: readonly string[]): string[] => {
  const seen = new Set<string>();
  return values.filter((v) => seen.has(v) || !seen.add(v));
};

describe('HTML ids and search keys for an input that repeats its ids', () => {
  it('keeps every id once on each page and gives every search document its own key', async () => {
    const site = await renderHtmlFiles(tei);
    for (const [path, html] of site.files) {
      if (!path.endsWith('.html')) continue;
      const ids = parse(html).querySelectorAll('[id]').map((e) => e.getAttribute('id')!);
      expect(repeated(ids), path).toEqual([]);
    }
    const page = [...site.files].find(([p, h]) => p.endsWith('.html') && h.includes('Second paragraph'))![1];
    // the first element with the id keeps it; the site's own forms are never taken from the input
    expect(page.match(/id="same"/g)).toHaveLength(1);
    expect(parse(page).querySelector('#main')?.tagName).toBe('MAIN');
    const script = site.files.get('assets/search-index.js')!;
    const keys = searchDocsOf(script).map((d) => d.id);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(repeated(keys)).toEqual([]);
  });

  it('refuses search documents that repeat a key instead of renaming one', () => {
    const doc: SearchDoc = { id: 'ch1.html#p1', url: 'ch1.html#p1', page: 'One', kind: 'text', title: '', text: 'words', names: '' };
    expect(() => searchIndexScript([doc, { ...doc, text: 'other words' }])).toThrow(/search key "ch1.html#p1" twice/);
  });

  it('gives every chapter a page of its own, whatever its id or number: none over the contents, search or register page, none over another chapter or its synopsis', async () => {
    const chapter = (attrs: string, words: string): string => `<div type="chapter" ${attrs}><head>${words}</head><p>Words of ${words}.</p></div>`;
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Pages</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body>${chapter('xml:id="index"', 'Index chapter')}${chapter('xml:id="Search"', 'Search chapter')}${chapter('n="1/2"', 'Half')}${chapter('n="1_2"', 'Other half')}${chapter('xml:id="persons"', 'Persons chapter')}</body></text></TEI>`;
    const { files } = await renderHtmlFiles(doc);
    const contents = parse(files.get('index.html')!);
    const links = contents.querySelectorAll('main a').map((a) => a.getAttribute('href')!).filter((h) => !h.includes('#') && !['editorial.html', 'search.html'].includes(h));
    // each chapter's page holds its own words, and the contents page is still the contents
    const pages = new Map(links.map((h) => [h, parse(files.get(h)!).querySelector('main')!.textContent]));
    for (const words of ['Index chapter', 'Search chapter', 'Half', 'Other half', 'Persons chapter']) {
      expect([...pages.values()].filter((t) => t.includes(`Words of ${words}.`)), words).toHaveLength(1);
    }
    expect(new Set(links.map((h) => h.toLowerCase())).size).toBe(5);
    expect(links).not.toContain('index.html');
    expect(links).not.toContain('search.html');
    expect(parse(files.get('search.html')!).querySelector('#search-q')).not.toBeNull();
  });


  it('names a numbered chapter without a heading "Chapter N" in the contents and its title', async () => {
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Untitled parts</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" n="5"><p>Words of five.</p></div><div type="chapter" n="6"><p>Words of six.</p></div></body></text></TEI>`;
    const { files } = await renderHtmlFiles(doc);
    expect(parse(files.get('index.html')!).querySelectorAll('main a').map((a) => a.textContent.trim())).toEqual(expect.arrayContaining(['Chapter 5', 'Chapter 6']));
    expect(parse(files.get('ch5.html')!).querySelector('title')?.textContent).toMatch(/^Chapter 5 — /);
  });
});

describe('HTML links from the TEI', () => {
  it('links only to http(s) addresses and to addresses inside the site; one that leaves the site another way is text', async () => {
    const targets = ['https://example.org/a', 'pages/b.html', '//example.org/c', '\\\\example.org\\d', '\\example.org/e', 'javascript:alert(1)', 'data:text/html,x', 'https://example.org/f\\g'];
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Links</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>${targets.map((t, i) => `<ref target="${t}">link${i}</ref>`).join(' ')}</p></body></text></TEI>`;
    const page = parse((await renderHtmlFiles(doc)).files.get('text.html')!);
    const hrefs = page.querySelectorAll('main p a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/a', 'pages/b.html']);
    expect(page.querySelector('main p')!.textContent).toMatch(/^link0 link1 link2 link3 link4 link5 link6 link7/);
  });
});

