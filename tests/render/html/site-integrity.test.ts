import { existsSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchOptions, type SearchDoc } from '../../../src/render/html/search-index.js';
import { renderSite, repoRoot, type Site } from './site.js';
import { searchDocsOf } from '../../helpers/search-docs.js';

// The whole edition as built (tei/red-book.xml): links, ids and search hold on every page.
const edition = 'tei/red-book.xml';
let site: Site;
beforeAll(async () => {
  site = await renderSite(edition);
});

function loadIndex(s: Site): MiniSearch<SearchDoc> {
  // as the search page does (assets/edition.js)
  const index = new MiniSearch<SearchDoc>({ ...searchOptions, fields: [...searchOptions.fields], storeFields: [...searchOptions.storeFields] });
  index.addAll(searchDocsOf(s.read('assets/search-index.js')));
  return index;
}

describe.skipIf(!existsSync(`${repoRoot}/${edition}`))('the rendered edition', () => {
  it('renders without warnings, one page per chapter', () => {
    expect(site.diagnostics).toEqual([]);
    const chapters = [...readFileSync(`${repoRoot}/${edition}`, 'utf8').matchAll(/<div type="chapter" n="(\d+)" xml:id="(ch\d+)"/g)].map((m) => `${m[2]}.html`);
    expect(chapters.length).toBeGreaterThan(0);
    for (const c of chapters) expect(site.files).toContain(c);
  });

  it('has unique ids on every page and every internal link lands on a file and an id', () => {
    const ids = new Map<string, Set<string>>();
    for (const p of site.pages()) {
      const seen = new Set<string>();
      for (const el of site.page(p).querySelectorAll('[id]')) {
        expect(seen.has(el.id), `${p}: duplicate id ${el.id}`).toBe(false);
        seen.add(el.id);
      }
      ids.set(p, seen);
    }
    let checked = 0;
    for (const p of site.pages()) {
      for (const a of site.page(p).querySelectorAll('a[href], link[href], script[src]')) {
        const url = a.getAttribute('href') ?? a.getAttribute('src')!;
        if (/^https?:/.test(url) || url === 'data:,') continue; // authority records; the empty icon
        const [file, fragment] = url.split('#') as [string, string | undefined];
        const target = file === '' ? p : file.split('?')[0]!;
        expect(site.files, `${p}: ${url}`).toContain(target);
        if (fragment) expect(ids.get(target)?.has(decodeURIComponent(fragment)), `${p}: ${url}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('finds "Holtzman" in the search index, with results that link to ids in the chapters', () => {
    const index = loadIndex(site);
    const hits = index.search('Holtzman', { prefix: true });
    expect(hits.length).toBeGreaterThan(2);
    for (const hit of hits) {
      const [file, id] = String(hit['url']).split('#') as [string, string];
      expect(site.page(file).getElementById(id), String(hit['url'])).not.toBeNull();
      // found by its text, or by the regularised names of the persons it mentions
      expect(Object.keys(hit.match)).toContain('holtzman');
    }
    expect(hits.filter((h) => /Holtzman/.test(String(h['text']))).length).toBeGreaterThan(2);
    expect(hits.some((h) => /^ch\d+\.html#/.test(String(h['url'])))).toBe(true);
  });

  it('shows chapter 11 as witness A by default and keeps witness B\'s running head and footer', () => {
    const ch11 = site.page('ch11.html');
    const b = ch11.querySelectorAll('.reading[data-wit="B"]').map((r) => r.textContent.replace(/\s+/g, ' '));
    expect(b.join(' ')).toMatch(/The Red Book.*On the Moscow Trials/);
    expect(b.join(' ')).toMatch(/Last updated on: 13\.2\.2005/);
    expect(ch11.querySelectorAll('.reading[data-wit="B"]').every((r) => r.hasAttribute('hidden'))).toBe(true);
    expect(ch11.querySelector('.witness-switch')).not.toBeNull();
  });
});
