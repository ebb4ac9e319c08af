/**
 * Constructs found in TEI of collections the corpus does not draw on (a probe of ten files: a
 * transcript of speech in the ISO/TEI format, Weber's letters and newspaper reviews, a Syriac
 * gazetteer, Hebrew and Aramaic inscriptions, Horace): each renders in both outputs, and what
 * it says is there, word for word. Every fixture is a few lines of the real file, named in a
 * comment, or, where the file's licence is not known, markup of our own in its shape.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, pdfWordBoxes, popplerAvailable, popplerMissing, type PdfWordBox } from './pdf/poppler.js';

const tei = (body: string, text = '<text>'): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>${text}<body>${body}</body></text></TEI>`;

const mainText = async (doc: string): Promise<string> => {
  const { files } = await renderHtmlFiles(doc);
  const html = files.get('text.html');
  expect(html, 'text.html').toBeDefined();
  return parse(Buffer.from(html!).toString('utf8')).querySelector('main')!.textContent.replace(/\s+/g, ' ');
};
const printed = async (doc: string): Promise<string> => {
  const { pdf } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  return pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
};

/**
 * A transcript of speech exported from EXMARaLDA to ISO/TEI, tokenised without whitespace: an
 * utterance cut into segments at each point of the time line (anchor), a pause between words,
 * a noise among them. laurentromary/stdfSpec (BSD-2-Clause or CC BY 3.0), commit 3e3fffb6,
 * Samples/TEISpeech-stdf/HelgeSchneider_ISO_TEI_TCF_WebLichtResult_MERGED_2.xml (from the
 * EXMARaLDA demo corpus), three utterances, their stand-off annotation left out.
 */
const spoken = tei(`<annotationGrp who="#SPK0" start="#T1" end="#T4">
            <u><seg type="utterance" subtype="declarative"><w>Guten</w><w>Tach</w><pc>,</pc><w
                     >mein</w><w>Name</w><w>is</w><w
                     >Schneider</w></seg><anchor synch="#T2"/><seg type="utterance"
                  subtype="declarative"><w>Ich</w><w>such</w><w
                     >ne</w><w>Ar<anchor synch="#T3"/>beit</w></seg></u></annotationGrp>
         <annotationGrp who="#SPK1" start="#T7" end="#T9">
            <u><seg type="utterance" subtype="declarative"><w>eine</w><w>Stelle</w><pause dur="PT0.5S"
                     /><w>bei</w><w>der</w><w>Firma</w><pause
                     dur="PT0.8S"/><w>Tiekmann</w></seg></u></annotationGrp>
         <annotationGrp who="#SPK1" start="#T20" end="#T22">
            <u><seg type="utterance" subtype="declarative"><w>Karteikarte</w><w
                     >kucken</w></seg><anchor synch="#T21"/><seg type="utterance"
                  subtype="modeless"><incident>
                     <desc>blättert in Kartei</desc>
                  </incident></seg></u></annotationGrp>`, '<text><timeline unit="s" origin="#T0"><when absolute="00:00:00.0" xml:id="T0"/></timeline>');

/**
 * An inscription edited as EpiDoc (a transcription in Hebrew, its translation in English, the
 * text's language English), in the shape of Brown-University-Library/iip-texts,
 * epidoc-files/hgad0002.xml; its licence is not stated, so the words are our own.
 */
const bilingual = tei(`<div type="edition" subtype="transcription"><p xml:lang="heb">זאת שורה קצרה <gap reason="lost" extent="unknown" unit="character"/></p></div>
<div type="translation"><p>${'This is a translation long enough to fill its line and more, so that the right edge of the text shows. '.repeat(3)}</p></div>`);

/**
 * The dimensions of two inscribed objects as an EpiDoc template leaves them: all three
 * measures empty (Brown-University-Library/iip-texts, epidoc-files/hgad0002.xml, whose licence
 * is not stated: markup and figures our own), and one of three left empty.
 */
const measured = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc>
<msDesc><msIdentifier><idno type="IIP">Stone 1</idno></msIdentifier><physDesc><objectDesc ana="mosaic"><supportDesc><support><p/>
<dimensions type="surface" unit="cm">
    <height/>
    <width/>
    <depth/>
</dimensions></support></supportDesc></objectDesc></physDesc></msDesc>
<msDesc><msIdentifier><idno type="IIP">Stone 2</idno></msIdentifier><physDesc><objectDesc><supportDesc><support>Limestone slab
<dimensions type="surface" unit="cm"><height>48</height><width/><depth>12</depth></dimensions></support></supportDesc></objectDesc></physDesc></msDesc>
</sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p></body></text></TEI>`;

/**
 * The close of a letter written in lines, with a postscript in another hand: Carl-Maria-von-
 * Weber-Gesamtausgabe (CC BY 3.0, stated in the file), as kept in Edirom/WeGA-WebApp, commit
 * 4facab2f, example-data/letters/A0414xx/A041401.xml, the last lines of the postscript.
 */
const closer = tei(`<div n="2" type="writingSession">
            <p><handShift scribe="Caroline"/>Ja ja, da kömt noch Jemand deßen Sie sich kaum noch erinnern werden</p>
            <closer rend="inline">Ich küße Sie und ihr liebes <persName key="A001989">Riekchen</persName>
               herzlich und danke nochmals für das l<damage agent="paperloss"><supplied resp="JV">iebe</supplied></damage> liebe Geschenk<lb/>
               <seg rend="right">imer Ihre<lb/>
                  Freundin. Lina</seg>
            </closer>
         </div>`);

/**
 * A letter whose header sums it up in a note (notesStmt), its text with notes of its own:
 * WeGA (CC BY 3.0), Edirom/WeGA-WebApp, commit 4facab2f, example-data/letters/A0414xx/A041401.xml,
 * the summary and the first sentence with a commentary note.
 */
const summed = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt>
<notesStmt>
            <note type="summary">dankt für das Hochzeitsgeschenk, erwähnt seine Oper u. Schlesingers Geschenk; Grüße an Berliner Bekannte; NS: ebenfalls Dank u. Erinnerungen an Berlin;</note>
</notesStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text type="letter"><body><div type="writingSession" n="1">
<p>Haben Sie 1000
               Dank für die übernommene <hi rend="italic">Spedition</hi> des wunderschönen Stuhles<note xml:id="c_001" type="commentary" resp="IC">wohl der Stuhl, für den sich Weber bei <persName key="A001036">Friederike Koch</persName> bedankt, vgl. Brief an diese</note>,
               sie werden immer beide zu Parade aufgebreitet</p></div></body></text></TEI>`;

/**
 * The same transcript with its speakers: the persons of its particDesc (an abbreviation in
 * @n, no name), each utterance's speaker in @who of its annotation block (the file, from an
 * early draft of ISO 24624, calls the block annotationGrp; here by its TEI name), the first
 * four utterances, the last two by one speaker.
 */
const turns = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc>
<profileDesc><particDesc>
            <person xml:id="SPK0" n="KLA" sex="1">
               <persName/>
            </person>
            <person xml:id="SPK1" n="AMT" sex="0">
               <persName/>
            </person>
</particDesc></profileDesc></teiHeader><text><body>
<annotationBlock who="#SPK1" start="#T0" end="#T1">
            <u><seg type="utterance" subtype="exclamative"><w>Guten</w><w>Tag</w></seg></u></annotationBlock>
<annotationBlock who="#SPK0" start="#T1" end="#T4">
            <u><seg type="utterance" subtype="declarative"><w>Guten</w><w>Tach</w><pc>,</pc><w>mein</w><w>Name</w><w>is</w><w
                     >Schneider</w></seg></u></annotationBlock>
<annotationBlock who="#SPK1" start="#T3" end="#T5">
            <u><seg type="utterance" subtype="declarative"><w>Jaa</w></seg></u></annotationBlock>
<annotationBlock who="#SPK1" start="#T5" end="#T6">
            <u><seg type="utterance" subtype="declarative"><w>Dann</w><w>woll'n</w><w>wer</w><w>mal</w><w>schaun</w></seg></u></annotationBlock>
</body></text></TEI>`;

/**
 * A music example between paragraphs: the TEI Guidelines' example of notatedMusic (TEIC/TEI,
 * CC BY 3.0 or BSD-2-Clause, commit b53800b4, P5/Source/Specs/notatedMusic.xml), with a
 * paragraph of our own before it.
 */
const music = tei(`<div><p>The scherzo opens thus:</p>
<notatedMusic>
        <ptr target="bar1.xml"/>
        <graphic url="bar1.jpg"/>
        <desc>First bar of Chopin's Scherzo No.3 Op.39</desc>
      </notatedMusic></div>`);

/**
 * Bibliography as an EpiDoc edition cites it, a pointer to the cited work's file right before
 * the pages (Brown-University-Library/iip-texts, epidoc-files/hgad0002.xml, whose licence is not
 * stated: markup of our own in its shape).
 */
const cited = tei('<p>Text.</p>').replace('</body>', `</body><back><div type="bibliography"><listBibl>
<bibl><ptr target="Work-1.xml"/><biblScope unit="page">93-94</biblScope></bibl>
<bibl>See <ptr target="Work-2.xml"/>.</bibl>
</listBibl></div></back>`);

/**
 * A letter's address in an ab of its own: WeGA's letter A040296 as given in the TEI stand-off
 * proposal's samples, laurentromary/stdfSpec (BSD-2-Clause or CC BY 3.0), commit 3e3fffb6,
 * Samples/WeGA-A040296.xml, its address division (the person's @ref left out).
 */
const addressed = tei(`<div type="address">
            <ab>
               <address>
                  <addrLine>S: Wohlgebohren</addrLine>
                  <addrLine>dem Herrn <hi rend="latintype">Licentiat</hi></addrLine>
                  <addrLine><persName><hi rend="underline" n="1"><hi rend="latintype">Weber</hi></hi></persName></addrLine>
                  <addrLine>zu</addrLine>
                  <addrLine><settlement><hi rend="underline" n="1">Mannheim</hi></settlement></addrLine>
               </address>
            </ab>
         </div>`);

/**
 * Where an inscription was found, as the EpiDoc template of Brown-University-Library/iip-texts
 * (epidoc-files/hgad0002.xml, licence not stated: names and figures our own) writes it: the
 * coordinates right after the settlement's name, a feature of the site.
 */
const located = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><msDesc><msIdentifier><idno type="IIP">Stone 3</idno></msIdentifier>
<history><origin><date notBefore="0500" notAfter="0599">6th century CE</date><placeName>
    <region>Upland</region>
    <settlement>Alphaville<geo>31.5, 35.25</geo></settlement>
    <geogName type="site">Synagogue</geogName>
    <geogFeat type="locus">Mosaic Floor</geogFeat>
</placeName></origin></history></msDesc></sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p></body></text></TEI>`;

/** The words of a PDF made in memory, with their boxes. */
const wordBoxes = async (doc: string): Promise<PdfWordBox[]> => {
  const { pdf } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  const dir = mkdtempSync(join(tmpdir(), 'tei-unseen-'));
  try {
    writeFileSync(join(dir, 'made.pdf'), pdf);
    return pdfWordBoxes(join(dir, 'made.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('TEI of other collections', () => {
  it('HTML: the words of a transcript cut at points of its time line, or parted by a pause or a noise, stay apart; a word cut by a point stays whole', async () => {
    const t = await mainText(spoken);
    expect(t).toContain('Guten Tach, mein Name is Schneider Ich such ne Arbeit');
    expect(t).toContain('eine Stelle bei der Firma Tiekmann');
    expect(t).toContain('Karteikarte kucken [blättert in Kartei]');
  });

  it('PDF: the same words apart in print', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const t = await printed(spoken);
    expect(t).toContain('Guten Tach, mein Name is Schneider Ich such ne Arbeit');
    expect(t).toContain('eine Stelle bei der Firma Tiekmann');
    expect(t).toContain('Karteikarte kucken [blättert in Kartei]');
  });

  it('HTML: a paragraph in Hebrew in a text in English is marked right to left', async () => {
    const { files } = await renderHtmlFiles(bilingual);
    const p = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main p[lang="heb"]');
    expect(p?.getAttribute('dir')).toBe('rtl');
  });

  it('PDF: a paragraph in Hebrew in a text in English is set right to left, from the right margin; a gap in it reads in the edition\'s words, left to right', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const words = await wordBoxes(bilingual);
    const hebrew = words.filter((w) => /\p{Script=Hebrew}/u.test(w.text));
    const english = words.filter((w) => /^(translation|right|edge)$/.test(w.text));
    expect(hebrew).toHaveLength(3);
    const right = Math.max(...english.map((w) => w.xMax));
    const left = Math.min(...english.map((w) => w.xMin));
    // the short line ends at the right margin, far from the left one
    expect(Math.max(...hebrew.map((w) => w.xMax))).toBeGreaterThan(right - 3);
    expect(Math.min(...hebrew.map((w) => w.xMin))).toBeGreaterThan(left + 200);
    expect(await printed(bilingual)).toContain('[… lost]');
  });

  it('HTML and PDF: measures left empty print no "×" between them; a measure between two is passed over', async (ctx) => {
    const { files } = await renderHtmlFiles(measured);
    const pages = [...files.values()].map((f) => parse(Buffer.from(f).toString('utf8')).querySelector('main')?.textContent ?? '').join(' ').replace(/\s+/g, ' ');
    expect(pages).toContain('Limestone slab 48 × 12');
    expect(pages).not.toMatch(/× ?×|×\s*$/);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const t = await printed(measured);
    expect(t).toContain('Limestone slab 48 × 12');
    expect(t).not.toContain('×  ×');
    expect(t).not.toMatch(/× ×/);
  });

  it('HTML and PDF: the lines of a letter\'s closing formula are lines, not words run on', async (ctx) => {
    const { files } = await renderHtmlFiles(closer);
    const main = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main .closer')!;
    expect(main.innerHTML.replace(/<(?!br)[^>]+>/g, '').replace(/\s+/g, ' ')).toContain('liebe Geschenk<br> imer Ihre<br> Freundin. Lina');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf } = await renderPdfBytes(closer, { fallbackDate: new Date(0) });
    expect(pdfTextOfBytes(pdf)).toMatch(/Geschenk *\n *imer Ihre *\n *Freundin\. Lina/);
  });

  it('HTML and PDF: the first note of the text is note a, whatever notes the header holds', async (ctx) => {
    const { files } = await renderHtmlFiles(summed);
    const refs = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelectorAll('main a.noteref');
    expect(refs.map((a) => a.textContent)).toEqual(['a']);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf } = await renderPdfBytes(summed, { fallbackDate: new Date(0) });
    const t = pdfTextOfBytes(pdf);
    expect(t).toMatch(/Stuhles ?a,/);
    expect(t).toMatch(/^a wohl der Stuhl/m);
  });

  it('HTML and PDF: an utterance of a transcript says who speaks it, once for a run of utterances of one speaker', async (ctx) => {
    const { files } = await renderHtmlFiles(turns);
    const main = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main')!;
    expect(main.querySelectorAll('.u').map((u) => u.querySelector('.speaker')?.textContent ?? '')).toEqual(['AMT', 'KLA', 'AMT', '']);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf } = await renderPdfBytes(turns, { fallbackDate: new Date(0) });
    expect(pdfTextOfBytes(pdf)).toMatch(/AMT\s+Guten Tag\s+KLA\s+Guten Tach, mein Name is Schneider\s+AMT\s+Jaa\s+Dann woll'n wer mal schaun/);
  });

  it('HTML and PDF: a music example between paragraphs is a figure: its picture described by its description, which is its caption', async (ctx) => {
    const { files } = await renderHtmlFiles(music);
    const figure = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main figure.notatedMusic');
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe("First bar of Chopin's Scherzo No.3 Op.39");
    expect(figure?.querySelector('figcaption')?.textContent.trim()).toBe("First bar of Chopin's Scherzo No.3 Op.39");
    expect(figure?.querySelector('a')?.getAttribute('href')).toBe('bar1.xml');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    expect(await printed(music)).toContain("The scherzo opens thus: First bar of Chopin's Scherzo No.3 Op.39");
  });

  it('HTML: the address a pointer shows stands apart from the words after it, not from a full stop', async () => {
    const { files } = await renderHtmlFiles(cited);
    const all = [...files.values()].map((f) => parse(Buffer.from(f).toString('utf8')).querySelector('main')?.textContent ?? '').join(' ').replace(/\s+/g, ' ');
    expect(all).toContain('Work-1.xml 93-94');
    expect(all).toContain('See Work-2.xml.');
  });

  it('HTML: the lines of an address that is all an ab holds are lines, as in print', async () => {
    const { files } = await renderHtmlFiles(addressed);
    const lines = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelectorAll('main .address > p.addrLine');
    expect(lines.map((l) => l.textContent)).toEqual(['S: Wohlgebohren', 'dem Herrn Licentiat', 'Weber', 'zu', 'Mannheim']);
  });

  it('HTML and PDF: coordinates written right after a place\'s name stand apart from it; a site\'s feature has a rule (no warning)', async (ctx) => {
    const { files, diagnostics } = await renderHtmlFiles(located);
    expect(diagnostics.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
    const pages = [...files.values()].map((f) => parse(Buffer.from(f).toString('utf8')).querySelector('main')?.textContent ?? '').join(' ').replace(/\s+/g, ' ');
    expect(pages).toContain('Upland Alphaville 31.5, 35.25 Synagogue Mosaic Floor');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const pdf = await renderPdfBytes(located, { fallbackDate: new Date(0) });
    expect(pdf.diagnostics.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
    expect(pdfTextOfBytes(pdf.pdf).replace(/\s+/g, ' ')).toContain('Upland Alphaville 31.5, 35.25 Synagogue Mosaic Floor');
  });
});
