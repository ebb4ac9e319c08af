import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, renderSite } from './site.js';

// Golden pages: the HTML of representative chapters and of the constructs fixture, kept in
// tests/fixtures/html/golden/. Regenerate on purpose with UPDATE_GOLDEN=1 npx vitest run tests/render/html.
const update = process.env['UPDATE_GOLDEN'] === '1';

/** One line per block-level tag, so that a difference shows as a readable line diff. */
const lines = (html: string): string[] =>
  html.replace(/<(?=(?:p|div|section|article|header|footer|main|nav|h[1-6]|hgroup|ol|ul|li|dl|dt|dd|figure|figcaption|blockquote|table|tr|head|body|meta|link|script|title)[\s>])/g, '\n<').split('\n');

const cases: { fixture: string; pages: string[] }[] = [
  // chapter 8: dialogue, author's and translator's notes; 11: two witnesses, running head and
  // footer; 15: epigraph, signed document, section break
  { fixture: 'chapters', pages: ['ch8.html', 'ch11.html', 'ch15.html', 'index.html', 'editorial.html'] },
  { fixture: 'constructs', pages: ['ch1.html', 'ch2.html', 'index.html', 'persons.html', 'editorial.html', 'search.html'] },
];

describe.each(cases)('golden HTML of $fixture', ({ fixture, pages }) => {
  it.each(pages)('%s', async (page) => {
    const site = await siteOf(fixture);
    const actual = site.read(page);
    const file = join(fixturesDir, 'golden', fixture, page);
    if (update || !existsSync(file)) {
      if (!update) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 to write it`);
      mkdirSync(join(fixturesDir, 'golden', fixture), { recursive: true });
      writeFileSync(file, lines(actual).join('\n'));
    }
    expect(lines(actual)).toEqual(readFileSync(file, 'utf8').split('\n'));
  });
});

const sites = new Map<string, ReturnType<typeof renderSite>>();
function siteOf(fixture: string): ReturnType<typeof renderSite> {
  let s = sites.get(fixture);
  if (!s) sites.set(fixture, (s = renderSite(`tests/fixtures/html/${fixture}.xml`)));
  return s;
}
