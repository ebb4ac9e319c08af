/**
 * Ids and search keys unique by construction, for an input that repeats its xml:ids and uses
 * the forms the site makes for its own ids: every page keeps each id once, every search
 * document has a key of its own, and links go to the element that keeps the id.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../../src/render/html/index.js';
import { searchIndexScript, type SearchDoc } from '../../../src/render/html/search-index.js';

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
    const keys = Object.values((JSON.parse(script.slice(script.indexOf('=') + 1).trim().replace(/;$/, '')) as { index: { documentIds: Record<string, string> } }).index.documentIds);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(repeated(keys)).toEqual([]);
  });

  it('refuses search documents that repeat a key instead of renaming one', () => {
    const doc: SearchDoc = { id: 'ch1.html#p1', url: 'ch1.html#p1', page: 'One', kind: 'text', title: '', text: 'words', names: '' };
    expect(() => searchIndexScript([doc, { ...doc, text: 'other words' }])).toThrow(/search key "ch1.html#p1" twice/);
  });
});
