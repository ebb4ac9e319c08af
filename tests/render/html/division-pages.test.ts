// The web edition's pages of a body with no chapters: a long one that is all its own divisions
// has a page for each (the acts of a play), a short one stays one page. The play is Arno Holz,
// "Ignorabimus" (1913), from the German Drama Corpus (dracor-org/gerdracor, commit
// 1a985284303b4338acb7a6deb51d4c81cc621d2e, tei/holz-ignorabimus.xml, CC0 1.0), as the corpus
// keeps it (tests/corpus/files), cut to its first two acts; the short text is the corpus's
// I.Sicily inscription (six divisions, CC BY 4.0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../../src/render/html/index.js';
import { repoRoot } from '../../helpers/edition-dir.js';

const corpusFile = (name: string): string => readFileSync(join(repoRoot, 'tests/corpus/files', name), 'utf8');

/** The play with its first two acts only. */
function twoActs(): string {
  const play = corpusFile('gerdracor-holz-ignorabimus.xml');
  const acts = [...play.matchAll(/<div type="act">/g)].map((m) => m.index);
  const bodyEnd = play.indexOf('</body>');
  return play.slice(0, acts[2]) + play.slice(bodyEnd);
}

describe('pages of a body made of divisions', () => {
  it('a long play without chapters has a page for each act, each under its own heading, in the contents', async () => {
    const { files } = await renderHtmlFiles(twoActs());
    const pages = [...files.keys()].filter((f) => f.endsWith('.html') && !['index.html', 'search.html', 'editorial.html', 'persons.html'].includes(f) && !f.includes('/'));
    expect(files.has('text.html')).toBe(false);
    const index = parse(Buffer.from(files.get('index.html')!).toString('utf8'));
    const linked = index.querySelectorAll('main a').map((a) => a.getAttribute('href')!).filter((h) => pages.includes(h));
    expect(linked.length).toBeGreaterThanOrEqual(2);
    const acts = linked.map((h) => parse(Buffer.from(files.get(h)!).toString('utf8')));
    const headings = acts.map((d) => d.querySelector('h1')?.textContent.trim());
    expect(headings.slice(-2)).toEqual(['Erster Akt', 'Zweiter Akt']);
    // every heading level of a page follows the one above it (no h3 straight under the h1)
    for (const d of acts) {
      const levels = d.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
      levels.forEach((l, i) => expect(l - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    }
  }, 120_000);

  it('a short text of several divisions stays one page', async () => {
    const { files } = await renderHtmlFiles(corpusFile('isicily-ISic000781.xml'));
    expect(files.has('text.html')).toBe(true);
  });
});
