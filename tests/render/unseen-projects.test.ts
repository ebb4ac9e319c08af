/**
 * Constructs found in TEI of projects the corpus does not draw on (a probe of ten files: an
 * EpiDoc amulet in Aramaic, a genetic transcription of Goethe's Faust, Spanish chapbooks, a
 * Cherokee text with linguistic layers, a Coptic text annotated by phrase, a Sanskrit
 * dictionary): each renders in both outputs, and what it says is there. Every fixture is a
 * few lines of the real file, named in a comment.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (body: string, lang = ''): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"${lang ? ` xml:lang="${lang}"` : ''}><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;

const page = async (doc: string, name = 'text.html'): Promise<HTMLElement> => {
  const { files } = await renderHtmlFiles(doc);
  const html = files.get(name);
  expect(html, name).toBeDefined();
  return parse(Buffer.from(html!).toString('utf8'));
};
const printed = async (doc: string): Promise<{ text: string; rules: string[] }> => {
  const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  return { text: pdfTextOfBytes(pdf).replace(/\s+/g, ' '), rules: diagnostics.map((d) => d.rule) };
};

/**
 * Gaps as EpiDoc writes them: Brown-University-Library/iip-texts, epidoc-files/mani0003.xml
 * (an Aramaic amulet, commit 0b7dc835), its first lines; a gap of one "chars" from
 * faustedition/faust-xml, xml/transcript/gsa/390053/0002.xml; a page cut off between two
 * verses from DesenrollandoElCordel/Moreno-TEI-files, tei-files-v2/Moreno_096.xml.
 */
const amulet = tei(`<div type="edition" subtype="transcription"><p xml:lang="heb"><gap reason="lost" extent="unknown" unit="character"/>משבע אנה על
 כול רוח ועל כול <gap reason="lost" extent="unknown" unit="character"/><lb/><gap reason="lost" extent="unknown" unit="character"/> בשם אברסכס דממני
 ע<supplied reason="lost">ל</supplied><gap reason="lost" extent="unknown" unit="character"/><lb/><gap reason="illegible" extent="unknown" unit="character"/><lb/>
 1 <abbr>Pr<gap quantity="1" unit="chars"/>ſt.</abbr> <gap reason="lost" quantity="3" unit="line"/></p></div>
<div><sp><speaker>Grac...</speaker><l>con sus garvanzos y sus verduritas,</l>
<gap reason="pagina_cortada"/></sp><p>Más texto.</p></div>`);

describe('TEI of other projects', () => {
  it('HTML: a gap without a description is an ellipsis in brackets that says on hover what is missing', async () => {
    const d = await page(amulet);
    const gaps = d.querySelectorAll('main span.gap');
    expect(gaps.map((g) => g.textContent)).toEqual(Array(8).fill('[…]'));
    expect(gaps.map((g) => g.getAttribute('title'))).toEqual([
      'Gap in the text: lost', 'Gap in the text: lost', 'Gap in the text: lost', 'Gap in the text: lost', 'Gap in the text: illegible',
      'Gap in the text: 1 character', 'Gap in the text: lost, 3 lines', 'Gap in the text: pagina cortada',
    ]);
    expect(d.querySelector('main')!.textContent).not.toMatch(/Not in the witness|unknown|chars/);
  });

  it('PDF: a gap prints an ellipsis and what is missing, never "om."; a gap between verses is printed too', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { text, rules } = await printed(amulet);
    expect(text).toContain('[… lost]');
    expect(text).toContain('[… illegible]');
    expect(text).toContain('[… 1 character]');
    expect(text).toContain('[… lost, 3 lines]');
    expect(text).toMatch(/verduritas, \[… pagina cortada\] Más texto\./);
    expect(text).not.toMatch(/om\. unknown|chars/);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
  });
});
