/**
 * What a witness has at a variant place includes what it deleted and what it lacks: the
 * apparatus quotes a reading's deletion (in double brackets) and its gap ("[…]" or its
 * description), in both outputs. A reading with a gap is not "om.": the witness is illegible
 * or damaged there, it does not leave the words out. (Found on an edition of a Latin
 * cartulary whose apparatus reads "creaturas <del>tuas</del>" in one witness: the entry read
 * "creaturas".)
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Evidence</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="A">A</witness><witness xml:id="B">B</witness><witness xml:id="C">C</witness><witness xml:id="D">D</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="ch1"><head>One</head>
<p>aliqua portio <app xml:id="v1"><lem wit="#A">creaturae tuae</lem><rdg wit="#B">creaturas <del>tuas</del></rdg><rdg wit="#C"><gap reason="illegible"/></rdg><rdg wit="#D"/></app> et homo
circumferens <app xml:id="v2"><lem wit="#A #B">mortalitatem</lem><rdg wit="#C #D">mortali<gap><desc>a hole</desc></gap></rdg></app> suam.</p>
</div></body></text></TEI>`;

describe('a reading\'s deletion and gap in the apparatus', () => {
  it('HTML: the entry quotes the deleted word and the gap; only the empty reading is "omitted"', async () => {
    const { files } = await renderHtmlFiles(tei);
    const page = parse(files.get('ch1.html')!);
    const entry = page.querySelector('#entry-v1')!.textContent.replace(/\s+/g, ' ');
    expect(entry).toContain('creaturas ⟦tuas⟧ B');
    expect(entry).toContain('[…] C');
    expect(entry).toMatch(/omitted D/);
    expect(entry).not.toMatch(/omitted C/);
    expect(page.querySelector('#entry-v2')!.textContent.replace(/\s+/g, ' ')).toContain('mortali[a hole] C D');
    // the text itself reads as before: the base reading, no brackets
    expect(page.querySelector('main p')!.textContent).not.toContain('⟦');
  });

  it('PDF: the entry reads "creaturas ⟦tuas⟧ B", "[… illegible] C", "om. D"', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(tei, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(text).toContain('creaturas ⟦tuas⟧ B');
    expect(text).toContain('[… illegible] C');
    expect(text).toContain('om. D');
    expect(text).toContain('mortali[a hole] C D');
  });
});
