import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite, textOf, type Site } from './site.js';
import { searchDocsOf } from '../../helpers/search-docs.js';

// A witness holding markup, script addresses and quotes must render as text, never as markup.
let site: Site;
beforeAll(async () => {
  site = await renderSite('tests/fixtures/html/hostile.xml');
});

describe('hostile text', () => {
  it('adds no script, no event handler and no script address to any page', () => {
    for (const p of site.pages()) {
      const page = site.page(p);
      const scripts = page.querySelectorAll('script').map((s) => s.getAttribute('src'));
      expect(scripts.every((src) => src !== undefined && /^assets\/(edition|minisearch|search-index)\.js$/.test(src)), p).toBe(true);
      expect(page.querySelectorAll('script').every((s) => s.innerHTML === ''), p).toBe(true);
      expect(page.querySelectorAll('img, iframe, object, embed'), p).toHaveLength(0);
      for (const el of page.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          expect(name.startsWith('on'), `${p}: <${el.tagName} ${name}>`).toBe(false);
          expect(value, `${p}: <${el.tagName} ${name}>`).not.toMatch(/^\s*javascript:/i);
        }
      }
    }
  });

  it('shows the text exactly as the witness has it', () => {
    const ch1 = site.page('ch1.html');
    expect(textOf(ch1.querySelector('#p-A1'))).toBe(
      'The witness says <script>alert(1)</script> and links to javascript:alert(5), "double" and \'single\' quotes, &amp; and <!-- a comment -->.',
    );
    expect(textOf(ch1.querySelector('h1'))).toBe('</title><script>alert(4)</script>');
    expect(textOf(ch1.querySelector('title'))).toContain('</title><script>alert(4)</script>');
    expect(textOf(ch1.querySelector('.note-body'))).toBe('<script>alert(13)</script> in a note.');
    expect(textOf(site.page('editorial.html').querySelector('.witnesses'))).toContain('Witness <img src=x onerror="alert(2)">');
  });

  it('does not turn pointers, register references or attribute values into links or attributes', () => {
    const ch1 = site.page('ch1.html');
    const p2 = ch1.querySelector('#p-A2')!;
    expect(p2.querySelectorAll('a:not(.noteref)')).toHaveLength(0); // neither ref nor the name becomes a link
    expect(p2.querySelector('.date')!.getAttribute('datetime')).toBeUndefined();
    expect(p2.querySelector('em')!.getAttribute('class')).toBe('hi'); // the rend with quotes gives no class
    expect(p2.querySelector('i.foreign')!.getAttribute('lang')).toBeUndefined();
  });

  it('keeps the text as data in the search index', () => {
    const texts = searchDocsOf(site.read('assets/search-index.js')).map((d) => d.text);
    expect(texts.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
  });
});
