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

  /**
   * Linguistic annotation: a word of NEU-DSG/dailp-encoding, xml/WJ46.xml (commit cb1a53b4,
   * MIT), its layers alternatives of a choice; a sentence of CopticScriptorium/corpora,
   * AP/apophthegmata.patrum_TEI/AP.007.n139.laughing.xml (CC BY 4.0), in phrases (phr).
   */
  const layered = tei(`<ab><seg type="idea_unit"><w xml:id="w08"><choice><orig>ᏚᏙᎥᎢ</orig>
<seg type="simple_phonetics">dudoʔvʔi</seg><seg type="phonemic_form">tùùtóóʔ-vv́ʔi</seg>
<seg type="morphemic_segmentation">t-uu-atoo-ʔ-vv́ʔi</seg><seg type="morphemic_gloss">DIST1-be.named-IMPF-ASR</seg>
<seg type="gloss">he was called</seg></choice></w> <w><choice><orig>ᏥᏴᏂᎦ</orig><reg>jiyvniga</reg></choice></w></seg></ab>
<p n="1"><s style="An old man saw someone laughing. "><phr><w type="APST" lemma="ⲁ"><hi rend="tall">ⲁ</hi></w>
<w type="ART" lemma="ⲟⲩ">ⲟⲩ</w><w type="N" lemma="ϩⲗⲗⲟ">ϩ̇ⲗⲗⲟ</w></phr>
<phr><w type="V" lemma="ⲛⲁⲩ">ⲛⲁⲩ</w></phr></s></p>`);

  it('HTML: a choice of many layers gives every one beside the word, each under its type; a choice of two as before', async () => {
    const d = await page(layered);
    const tips = d.querySelectorAll('main .choice .tip').map((t) => t.textContent.trim());
    expect(tips).toEqual([
      '(simple phonetics: dudoʔvʔi; phonemic form: tùùtóóʔ-vv́ʔi; morphemic segmentation: t-uu-atoo-ʔ-vv́ʔi; morphemic gloss: DIST1-be.named-IMPF-ASR; gloss: he was called)',
      '(ᏥᏴᏂᎦ)',
    ]);
  });

  it('phrases and clauses of an analysed text (phr, cl, m) are words in their sentence in both outputs, with no warning', async (ctx) => {
    const { files, diagnostics } = await renderHtmlFiles(layered);
    const d = parse(Buffer.from(files.get('text.html')!).toString('utf8'));
    expect(d.querySelectorAll('main span.phr').length).toBe(2);
    expect(d.querySelector('main')!.textContent.replace(/\s+/g, ' ')).toContain('ⲁ ⲟⲩ ϩ̇ⲗⲗⲟ ⲛⲁⲩ');
    expect(diagnostics.map((x) => x.rule).filter((r) => /unhandled/.test(r))).toEqual([]);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { rules } = await printed(layered);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
  });

  /** A dictionary's homographs: freedict/fd-dictionaries, san-deu/san-deu.tei (commit c4ec7202, GPL 2.0 or later), the entry अधर. */
  const homographs = tei(`<entry><form><orth>अधर</orth></form>
<hom><sense><cit type="trans"><quote>unterer</quote></cit></sense></hom>
<hom><gramGrp><pos>n</pos><gen>m</gen></gramGrp><sense><cit type="trans"><quote>Unterlippe</quote></cit></sense></hom></entry>
<entry><form><orth>अधस्</orth></form><sense><cit type="trans"><quote>unten</quote></cit></sense></entry>`);

  it('a dictionary entry\'s homographs (hom) are parts of the entry in both outputs, each apart, with no warning', async (ctx) => {
    const { files, diagnostics } = await renderHtmlFiles(homographs);
    const d = parse(Buffer.from(files.get('text.html')!).toString('utf8'));
    const homs = d.querySelectorAll('main .hom');
    expect(homs.length).toBe(2);
    expect(homs[0]!.textContent).toContain('unterer');
    expect(homs[1]!.textContent).toContain('Unterlippe');
    expect(diagnostics.map((x) => x.rule).filter((r) => /unhandled/.test(r))).toEqual([]);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { text, rules } = await printed(homographs);
    expect(text).toMatch(/अधर.*unterer.*Unterlippe.*अधस्.*unten/);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
  });
});
