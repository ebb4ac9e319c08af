/**
 * Scripts (issue 12, point 5): a text in Latin, Greek, Cyrillic, Hebrew, Arabic, Chinese, Devanagari,
 * Korean, Thai, Georgian, Armenian, Bengali, Tamil and Tibetan sets
 * as PDF/A with a face for each script from the npm registry (embedded), Arabic and Hebrew right
 * to left; the HTML names the same faces.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../../../src/render/pdf/index.js';
import { facesFor, fontFaces } from '../../../src/render/pdf/fonts.js';
import { pdfFonts, pdfText, popplerAvailable, popplerMissing } from './poppler.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Scripts</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>Latin text, <foreign xml:lang="grc">μῆνιν ἄειδε θεά</foreign>, <foreign xml:lang="ru">Красная книга</foreign>.</p>
<p xml:lang="he">שלום עולם</p><p xml:lang="ar">المقتبس مجلة</p><p xml:lang="zh">般若波羅蜜多心經</p><p xml:lang="sa">श्रीगणेशाय नमः</p>
<p xml:lang="ko">대한민국 헌법</p><p xml:lang="th">ภาษาไทย</p><p xml:lang="ka">ქართული ენა</p><p xml:lang="hy">Հայերեն լեզու</p>
<p xml:lang="bn">বাংলা ভাষা</p><p xml:lang="ta">தமிழ் மொழி</p><p xml:lang="bo">བོད་ཡིག</p></body></text></TEI>`;

describe('scripts in the PDF and the HTML', () => {
  it('embeds a face for every script and keeps the Latin, Greek, Cyrillic, Hebrew and Chinese text', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const dir = mkdtempSync(join(tmpdir(), 'tei-scripts-'));
    try {
      const file = join(dir, 'scripts.pdf');
      writeFileSync(file, (await renderPdfBytes(tei, { fallbackDate: new Date(0) })).pdf);
      const fonts = pdfFonts(file);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      // Libertinus Serif has Greek, Cyrillic and Hebrew itself; Arabic and Chinese come from the Noto faces
      // (Devanagari, as SARIT's and DHARMA's Sanskrit texts have it: its conjuncts need a face
      // that shapes them, or viramas show)
      for (const name of ['NotoNaskhArabic', 'NotoSerifSC', 'NotoSerifDevanagari', 'NotoSerifKR', 'NotoSansThai', 'NotoSansGeorgian', 'NotoSansArmenian', 'NotoSerifBengali', 'NotoSansTamil', 'NotoSerifTibetan']) {
        expect(fonts.some((f) => f.name.includes(name)), name).toBe(true);
      }
      const text = pdfText(file).replace(/\s+/g, ' ');
      for (const words of ['μῆνιν ἄειδε θεά', 'Красная книга', '般若波羅蜜多心經', 'नमः', '대한민국 헌법', 'ქართული ენა', 'Հայերեն լեզու']) expect(text).toContain(words);
      // right to left: pdftotext gives the Hebrew words in reading order
      expect(text).toMatch(/שלום|עולם/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the face of a script only for a text that has it', () => {
    const families = (markup: string) => facesFor(markup).map((f) => f.family);
    expect(families('Plain Latin, Ελληνικά, Русский')).toEqual(['Noto Serif']);
    expect(families('שלום')).not.toContain('Noto Serif KR');
    expect(families('שלום')).toContain('Noto Serif Hebrew');
    expect(families('대한민국')).toContain('Noto Serif KR');
    expect(families('대한민국')).not.toContain('Noto Sans Thai');
  });

  it('names the same faces in the site stylesheet', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', '..', 'xslt', 'html', 'assets', 'edition.css'), 'utf8');
    for (const face of fontFaces) expect(css).toContain(`"${face.family}"`);
  });
});
