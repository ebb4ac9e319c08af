import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/index.js';
import { popplerAvailable, popplerMissing, pdfText } from './pdf/poppler.js';
import { renderSite, repoRoot, textOf, type Site } from './html/site.js';

// The apparatus views on an edition that is not the flagship: the Frankenstein example, three
// full witnesses (1818, the base; 1823; 1831).
const teiFile = 'examples/frankenstein/tei/frankenstein.xml';
const witnessFile = (siglum: string): string => join(repoRoot, 'examples', 'frankenstein', 'witnesses', `frankenstein-${siglum}.txt`);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!popplerAvailable)(popplerAvailable ? 'the print apparatus of the Frankenstein example' : `print apparatus: skipped, ${popplerMissing}`, () => {
  let text: string;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tei-edition-app-pdf-')), 'frankenstein.pdf');
    const result = await renderPdf(readFileSync(join(repoRoot, teiFile), 'utf8'), { outFile: file, paper: 'a4' });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    text = squash(pdfText(file, undefined, undefined, ['-layout']));
  });

  it('prints an omission of 1831 as "line lemma] om. 1831", the lemma without the sigla of the base', () => {
    // 1831 drops the address line of Elizabeth's letter and the comma after "sockets"
    expect(text).toMatch(/\b\d+ To V\. FRANKENSTEIN\.\] om\. 1831\b/);
    expect(text).toMatch(/\b\d+ ,\] om\. 1831\b/);
    expect(text).not.toMatch(/\] om\. 1818/);
    expect(text).not.toMatch(/FRANKENSTEIN\. 1818/);
  });

  it('prints an addition as "word] add. reading SIGLA" and a substitution as "lemma] reading SIGLA"', () => {
    expect(text).toMatch(/\b\d+ slept\] add\. , 1831\b/);
    expect(text).toMatch(/\b\d+ wetted\] drenched 1831\b/);
    expect(text).toMatch(/\b\d+ window-shutters\] window shutters 1823 1831\b/);
    // several readings of one place follow each other after "; "
    expect(text).toMatch(/\] [^\]]+ 1823; [^\]]+ 1831\b/);
  });

  it('has a conspectus siglorum with every witness of listWit and its description', () => {
    const at = text.search(/Conspectus siglorum 1818/);
    expect(at).toBeGreaterThan(0);
    const conspectus = text.slice(at, text.indexOf('The witnesses', at));
    expect(conspectus).toContain('1818 Frankenstein; or, The Modern Prometheus, first edition, London, 1818');
    expect(conspectus).toContain('1823 Frankenstein, second edition, London, 1823');
    expect(conspectus).toContain('1831 Frankenstein, revised edition, London, 1831');
  });
});

describe('the web apparatus of the Frankenstein example', () => {
  let site: Site;

  beforeAll(async () => {
    site = await renderSite(teiFile);
  });

  it('gives every page unique ids, and each apparatus entry the id of its place', () => {
    for (const file of site.pages()) {
      const ids = site.page(file).querySelectorAll('[id]').map((e) => e.getAttribute('id')!);
      expect(ids.length - new Set(ids).size, `duplicate ids in ${file}`).toBe(0);
    }
    for (const file of ['ch4.html', 'ch5.html']) {
      const page = site.page(file);
      const entries = page.querySelectorAll('.app-entries > li');
      expect(entries.length).toBeGreaterThan(10);
      for (const li of entries) {
        const place = li.getAttribute('id')!.replace(/^entry-/, '');
        expect(page.getElementById(place), `${file}: the place of entry ${place}`).not.toBeNull();
        // the ids come from the TEI's xml:ids, so they stay when the page is built again
        expect(place).toMatch(/^app-/);
      }
    }
  });

  it('marks each place and entry with the kinds of its variant, for the filter', () => {
    const page = site.page('ch4.html');
    const kinds = page.querySelectorAll('.variant-filter input').map((i) => i.getAttribute('value'));
    expect(kinds).toEqual(expect.arrayContaining(['substantive', 'punctuation', 'hyphenation']));
    for (const li of page.querySelectorAll('.app-entries > li')) {
      const vt = li.getAttribute('data-vt')!.split(' ');
      expect(vt.every((k) => kinds.includes(k)), `${li.getAttribute('id')}: ${vt.join(' ')}`).toBe(true);
    }
  });

  it('has a synoptic page whose three columns give each witness’s own text of a paragraph', () => {
    const page = site.page('ch4-synopsis.html');
    expect(page.querySelectorAll('.synopsis thead th').map((th) => textOf(th).split(' ')[0])).toEqual(['1818', '1823', '1831']);
    const witnesses = ['1818', '1823', '1831'].map((s) => squash(readFileSync(witnessFile(s), 'utf8')));
    const rows = page.querySelectorAll('.synopsis tbody tr');
    expect(rows.length).toBeGreaterThan(20);
    let differing = 0;
    for (const row of rows) {
      const cells = row.querySelectorAll('td');
      if (cells.some((c) => c.classList.contains('absent'))) continue;
      // the marks "om." are the view's, not the witness's words
      for (const om of row.querySelectorAll('.variant-om')) om.remove();
      const texts = cells.map((c) => textOf(c));
      if (new Set(texts).size > 1) differing += 1;
      texts.forEach((t, i) => {
        expect(witnesses[i]!.includes(t), `row ${row.getAttribute('id')}, witness ${i}: ${t.slice(0, 300)}`).toBe(true);
      });
    }
    // the paragraphs where the witnesses differ are rebuilt, not just the shared ones
    expect(differing).toBeGreaterThan(5);
  });
});
