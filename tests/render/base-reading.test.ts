// The HTML and the print show the same text first (issue 12, point 7): the core's base reading.
// A critical text whose lemma follows the second witness, and a conjecture no witness reads.
// The sentence is from Frankenstein (1818 and 1831, ch. 5; public domain), in
// tests/fixtures/html/edited-text.xml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';
import { repoRoot } from '../helpers/edition-dir.js';

const tei = readFileSync(join(repoRoot, 'tests/fixtures/html/edited-text.xml'), 'utf8');

describe('the text a reader sees first', () => {
  it('is the lemma in the web page, as in the print, with the witnesses a switch away', async () => {
    const { files } = await renderHtmlFiles(tei);
    const page = [...files].find(([path, text]) => path.endsWith('.html') && text.includes('class="chapter"'));
    expect(page).toBeDefined();
    const article = parse(page![1]).querySelector('article.chapter')!;
    const shown = article.querySelectorAll('.text .reading').map((r) => [r.text.trim(), r.hasAttribute('hidden'), r.hasAttribute('data-base')]);
    expect(shown).toEqual([
      ['inanimate', false, true],
      ['animate', true, false],
      ['health', false, true],
      ['heath', true, false],
    ]);
    const radios = article.querySelectorAll('.witness-switch input').map((i) => [i.getAttribute('value'), i.hasAttribute('checked')]);
    expect(radios).toEqual([
      ['', true],
      ['A', false],
      ['B', false],
    ]);

    const typst = await teiToTypst(tei);
    const body = typst.slice(typst.indexOf('I had worked'));
    // the print's text has the lemmata; the witnesses' words stand in the apparatus only
    const text = body.replace(/#apparatus\((?:[^()]|\([^()]*\))*\)/g, '');
    expect(text).toContain('"inanimate"');
    expect(text).toContain('"health"');
    expect(text).not.toMatch(/"animate"|"heath"/);
  });

  it('stays the first witness where every lemma is that witness\'s reading (no extra choice)', async () => {
    const plain = tei.replace('<lem wit="#B">inanimate</lem><rdg wit="#A">animate</rdg>', '<lem wit="#A">inanimate</lem><rdg wit="#B">animate</rdg>').replace(/<app><lem>health<\/lem><rdg wit="#A #B">heath<\/rdg><\/app>/, 'health');
    const { files } = await renderHtmlFiles(plain);
    const page = [...files].find(([path, text]) => path.endsWith('.html') && text.includes('class="chapter"'))!;
    const article = parse(page[1]).querySelector('article.chapter')!;
    expect(article.querySelectorAll('.witness-switch input').map((i) => [i.getAttribute('value'), i.hasAttribute('checked')])).toEqual([
      ['A', true],
      ['B', false],
    ]);
    expect(article.querySelectorAll('.text .reading').map((r) => [r.text.trim(), r.hasAttribute('hidden')])).toEqual([
      ['inanimate', false],
      ['animate', true],
    ]);
  });
});
