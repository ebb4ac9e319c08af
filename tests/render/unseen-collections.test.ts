/**
 * Constructs found in TEI of collections the corpus does not draw on (a probe of ten files: a
 * transcript of speech in the ISO/TEI format, Weber's letters and newspaper reviews, a Syriac
 * gazetteer, Hebrew and Aramaic inscriptions, Horace): each renders in both outputs, and what
 * it says is there, word for word. Every fixture is a few lines of the real file, named in a
 * comment, or, where the file's licence is not known, markup of our own in its shape.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

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
});
