/**
 * A chapter printed with its number on one line and its title under it ("I" over "DANS LEQUEL
 * PHILEAS FOGG …", as Verne's Project Gutenberg text prints it, tests/fixtures/french-verne):
 * the structure step writes a head with no type for the number and head[@type='title'] for the
 * title. The outputs set the printed number where "Chapter 1" would stand, above the title; it
 * was set after the title as a heading inside the chapter, and the print's contents listed it
 * as a section of the chapter.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes, teiToTypst } from '../../src/render/pdf/index.js';
import { pdfText, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr"><teiHeader><fileDesc>
<titleStmt><title>Le Tour du monde en quatre-vingts jours</title></titleStmt><publicationStmt><p>Test</p></publicationStmt>
<sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader><text><body>
<div type="chapter" n="1" xml:id="ch1"><head xml:id="ch1-n">I</head>
<head type="title" xml:id="ch1-title">DANS LEQUEL PHILEAS FOGG ET PASSEPARTOUT S'ACCEPTENT RÉCIPROQUEMENT</head>
<p>En l'année 1872, la maison portant le numéro 7 de Saville-row était habitée par Phileas Fogg.</p></div>
<div type="chapter" n="2" xml:id="ch2"><head type="title" xml:id="ch2-title">OÙ PASSEPARTOUT<lb/>EST CONVAINCU</head>
<p>«Sur ma foi, se dit Passepartout.»</p></div>
</body></text></TEI>`;

describe('a chapter number printed above its title', () => {
  it('is the chapter’s number line in the web edition, not a heading after the title', async () => {
    const { files } = await renderHtmlFiles(tei);
    const ch1 = parse(files.get('ch1.html')!);
    expect(ch1.querySelector('.chapter-number')!.text).toBe('I');
    expect(ch1.querySelector('.chapter-number')!.getAttribute('id')).toBe('ch1-n');
    expect(ch1.querySelector('h1')!.text).toBe("DANS LEQUEL PHILEAS FOGG ET PASSEPARTOUT S'ACCEPTENT RÉCIPROQUEMENT");
    expect(ch1.querySelectorAll('.text h2, .text h3').map((h) => h.text)).toEqual([]);
    // a chapter with a title and no printed number keeps "Chapitre 2"
    expect(parse(files.get('ch2.html')!).querySelector('.chapter-number')!.text).toBe('Chapitre 2');
  });

  it('is set in print in place of "Chapitre 1", and is no section of the chapter', async () => {
    const typst = await teiToTypst(tei, { fallbackDate: new Date(0) });
    expect(typst).toMatch(/#chapter\(n: "1", printed: \[#"I"\], running: /);
    expect(typst).not.toMatch(/#subheading\([^)]*\)\[#"I"\]/);
    expect(typst).toMatch(/#chapter\(n: "2", running: /);
  });

  it('prints it once, above the title', { timeout: 60_000 }, async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const dir = mkdtempSync(join(tmpdir(), 'tei-printed-number-'));
    try {
      const file = join(dir, 'out.pdf');
      writeFileSync(file, (await renderPdfBytes(tei, { fallbackDate: new Date(0) })).pdf);
      const text = pdfText(file);
      // (the number line is letter-spaced: pdftotext may read a space inside a word of it)
      expect(text).toMatch(/\fI\n+DANS LEQUEL/u);
      expect(text).toMatch(/C\s?H\s?A\s?P\s?I\s?T\s?R\s?E 2/u);
      expect(text).not.toMatch(/C\s?H\s?A\s?P\s?I\s?T\s?R\s?E 1/u);
      // a title the witness breaks over two lines is one line of the contents (it was two)
      const contents = text.slice(text.indexOf('Table des matières'), text.indexOf('\f', text.indexOf('Table des matières')));
      expect(contents).toMatch(/2 OÙ PASSEPARTOUT EST CONVAINCU[ .]+\S*3/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
