// The web edition's pages of a body with no chapters: a long one that is all its own divisions
// has a page for each (the acts of a play), a short one stays one page. The play is Arno Holz,
// "Ignorabimus" (1913), from the German Drama Corpus (dracor-org/gerdracor, commit
// 1a985284303b4338acb7a6deb51d4c81cc621d2e, tei/holz-ignorabimus.xml, CC0 1.0), as the corpus
// keeps it (tests/corpus/files), cut to its first two acts (and, for the contents, each act cut
// into two scenes of our own); the short text is the corpus's
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

/** The two acts, each cut into two scenes with ids and headings of our own (where its speeches are halved). */
function twoActsInScenes(): string {
  const play = twoActs();
  const starts = [...play.matchAll(/<div type="act">/g)].map((m) => m.index);
  let out = play.slice(0, starts[0]);
  starts.forEach((start, a) => {
    const end = a + 1 < starts.length ? starts[a + 1]! : play.indexOf('</body>');
    const act = play.slice(start, end);
    const close = act.lastIndexOf('</div>');
    const afterHead = act.indexOf('</head>') + '</head>'.length;
    const speeches = [...act.matchAll(/<sp[\s>]/g)].map((m) => m.index);
    const mid = speeches[speeches.length >> 1]!;
    out += act.slice(0, afterHead) + `<div type="scene" xml:id="a${a + 1}s1"><head>Szene ${a + 1}.1</head>` + act.slice(afterHead, mid);
    out += `</div><div type="scene" xml:id="a${a + 1}s2"><head>Szene ${a + 1}.2</head>` + act.slice(mid, close) + '</div>' + act.slice(close);
  });
  return out + play.slice(play.indexOf('</body>'));
}

describe('pages of a body made of divisions', () => {
  it('a long play without chapters has a page for each act, each under its own heading, in the contents', async () => {
    const { files } = await renderHtmlFiles(twoActs());
    const pages = [...files.keys()].filter((f) => f.endsWith('.html') && !['index.html', 'search.html', 'editorial.html', 'persons.html'].includes(f) && !f.includes('/'));
    expect(files.has('text.html')).toBe(false);
    const index = parse(Buffer.from(files.get('index.html')!).toString('utf8'));
    const linked = index.querySelectorAll('main a').map((a) => a.getAttribute('href')!).filter((h) => pages.includes(h));
    // the acts have no ids or numbers: each page is named by its type and rank
    expect(linked).toEqual(expect.arrayContaining(['act1.html', 'act2.html']));
    const acts = linked.map((h) => parse(Buffer.from(files.get(h)!).toString('utf8')));
    const headings = acts.map((d) => d.querySelector('h1')?.textContent.trim());
    expect(headings.slice(-2)).toEqual(['Erster Akt', 'Zweiter Akt']);
    // every heading level of a page follows the one above it (no h3 straight under the h1)
    for (const d of acts) {
      const levels = d.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
      levels.forEach((l, i) => expect(l - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    }
  }, 120_000);

  it('the contents list the headed divisions of each such page under it, each linked to its place', async () => {
    const { files } = await renderHtmlFiles(twoActsInScenes());
    const index = parse(Buffer.from(files.get('index.html')!).toString('utf8'));
    const sections = index.querySelectorAll('ol.toc-sections a').map((a) => [a.textContent.trim(), a.getAttribute('href')!] as const);
    expect(sections.map(([t]) => t)).toEqual(['Szene 1.1', 'Szene 1.2', 'Szene 2.1', 'Szene 2.2']);
    for (const [, href] of sections) {
      const [file, id] = href.split('#') as [string, string];
      expect(Buffer.from(files.get(file)!).toString('utf8')).toContain(`id="${id}"`);
    }
  }, 120_000);

  it('a short text of several divisions stays one page', async () => {
    const { files } = await renderHtmlFiles(corpusFile('isicily-ISic000781.xml'));
    expect(files.has('text.html')).toBe(true);
  });
});
