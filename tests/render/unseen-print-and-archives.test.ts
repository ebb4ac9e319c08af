/**
 * Constructs found in a second probe of TEI from projects the toolkit had not seen (early print
 * from EEBO-TCP and the Bodleian First Folio, the Deutsches Textarchiv's journal and letters, a
 * Hebrew manuscript of the Digital Mishnah):
 * each renders in both outputs with no warning, and what it says is there. Every fixture is a
 * few lines of the real file, named in a comment.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (body: string, encodingDesc = ''): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc>${encodingDesc}</teiHeader><text>${body}</text></TEI>`;

const unhandled = (rules: readonly string[]): string[] => rules.filter((r) => /unhandled/.test(r));
const printed = async (doc: string): Promise<{ text: string; rules: string[] }> => {
  const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  return { text: pdfTextOfBytes(pdf).replace(/\s+/g, ' '), rules: diagnostics.map((d) => d.rule) };
};

/**
 * A title page's quotation that holds its source and the quoted words: textcreationpartnership/
 * A00002, A00002.xml (tests/corpus/files/eebo-tcp-A00002.xml), the first title page.
 */
const titlePage = tei(`<front><div type="title_page"><p>1. Knowledge, 2. Zeale, 3. Temperance, 4. Bountie, 5. Ioy.</p>
<q><bibl>IOHN 17. 3.</bibl>
<hi>This is life eternall, that they may know thee the onely true God, and Iesus Christ whom thou hast sent.</hi></q>
<p>LONDON, Printed by WILLIAM STANSBY. 1625.</p></div></front><body><p>x</p></body>`);

/**
 * Words set off by a hi that says nothing of how it looks (the book's italics; the Frankenstein
 * Variorum's hi are small capitals, so no look is guessed): the dedication's first lines in the
 * same file; the same hi when its tagsDecl declares a default for hi.
 */
const dedication = `<body><div type="dedication"><lg><l><seg rend="decorInit">T</seg>O <hi>me</hi> thy <hi>Fauour,</hi> to <hi>thee</hi> my Relation</l>
<l>Doe tie <hi>mee</hi> in a double Obligation:</l></lg></div></body>`;
const boldDefault = `<encodingDesc><tagsDecl><rendition xml:id="b">font-weight: bold</rendition>
<namespace name="http://www.tei-c.org/ns/1.0"><tagUsage gi="hi" render="#b"/></namespace></tagsDecl></encodingDesc>`;

/**
 * A word broken at a line end with a soft hyphen and an lb without @break: eeditiones/shakespeare,
 * data/F-mac.xml (tests/corpus/files/bodleian-ff-mac.xml), act 1, scene 2; a break after a hard
 * hyphen parts the words as before.
 */
const stage = `<body><div type="scene"><stage rend="italic center" type="mixed">Alarum within. Enter King Malcome, Donal\u00ad
                                <lb/>baine, Lenox, with attendants, meeting
                                <lb/>a bleeding Captaine.</stage><p>Mineral-
<lb/>Wasser</p></div></body>`;

/**
 * A generated table of contents and element names in the encoding description: deutschestextarchiv/
 * dingler, sources/volumes/pj010.xml (tests/corpus/files/dingler-pj010-ar010001.xml).
 */
const journal = tei(
  `<front><divGen type="toc"/><div type="preface"><p>Augsburg, in Januar 1823.</p></div></front><body><p>x</p></body>`,
  `<encodingDesc><editorialDecl><correction method="markup"><p>As far as possible all errata-lists printed in the journal have been realised, using the element
<gi scheme="TEI">orig</gi> to mark the original text and <gi scheme="TEI">corr</gi> to mark the correction given in the errata-list.</p></correction></editorialDecl></encodingDesc>`,
);

/**
 * A text in Hebrew whose language is given on the text with a three-letter code: umd-mith/
 * mishnah-data, mishnah/P000176194.xml (Mishnah Kilaim, Yalqut Shimoni, Saloniki 1501/1506),
 * its first lines.
 */
const mishnah = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>An Electronic Edition Mishnah Kilaim, P00005</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text xml:lang="heb" type="edition"><body><div1 type="textpart" subtype="order"><div2 type="textpart" subtype="tractate"><div3 n="Chapter6" type="textpart" subtype="chapter">
<ab type="textpart" subtype="mishnah"><milestone unit="MSMishnah"/> בית שמאי אומרים הבקר לעניים הבקר ובית <lb n="37"/>
הלל <choice><abbr>אומ<am>׳</am></abbr><expan>אומרים</expan></choice> אינו הבקר עד שיובקר אף לעשירים <lb n="38"/></ab>
</div3></div2></div1></body></text></TEI>`;

describe('TEI of other projects (early print, a journal, Hebrew)', () => {
  it('a soft hyphen before a line break joins the word in both outputs; a break elsewhere still parts words', async () => {
    const { files } = await renderHtmlFiles(tei(stage));
    const text = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main')!.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('Enter King Malcome, Donal\u00adbaine, Lenox, with attendants, meeting a bleeding Captaine.');
    expect(text).toContain('Mineral- Wasser');
    const typst = await teiToTypst(tei(stage));
    expect(typst).toContain('Donal\u00ad"#"baine, Lenox');
  });

  it('a hi that says nothing of how it looks stays plain; a tagUsage default for hi is followed in both outputs', async () => {
    const { files } = await renderHtmlFiles(tei(dedication));
    const d = parse(Buffer.from(files.get('text.html')!).toString('utf8'));
    expect(d.querySelectorAll('main span.hi').map((e) => e.textContent)).toEqual(['me', 'Fauour,', 'thee', 'mee']);
    // the decorated initial stays in its word
    expect(d.querySelector('main')!.textContent).toContain('TO me thy Fauour, to thee my Relation');
    const bold = await renderHtmlFiles(tei(dedication, boldDefault));
    const b = parse(Buffer.from(bold.files.get('text.html')!).toString('utf8'));
    expect(b.querySelectorAll('main strong.hi').map((e) => e.textContent)).toEqual(['me', 'Fauour,', 'thee', 'mee']);
    expect(await teiToTypst(tei(dedication, boldDefault))).toContain('#text(weight: "bold")[#"Fauour,"]');
  });

  it('a text in Hebrew tagged "heb" reads right to left: the page\'s article in the HTML, the text\'s scope in the print', async () => {
    const { files } = await renderHtmlFiles(mishnah);
    const article = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('article.chapter')!;
    expect(article.getAttribute('lang')).toBe('heb');
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.textContent).toContain('בית שמאי אומרים הבקר לעניים');
    // Typst takes the direction from a two-letter code only: the text's scope has it, the book
    // (its front matter in the edition's own words) keeps the code it is given
    const typst = await teiToTypst(mishnah);
    expect(typst).toContain('#set text(lang: "he")');
    expect(typst).toMatch(/#show: book\.with\([^\n]*lang: "heb"/);
  });

  it('PDF: a quotation that holds its source line and the quoted words prints both, with no warning', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { text, rules } = await printed(titlePage);
    expect(text).toMatch(/IOHN 17\. 3\. This is life eternall, that they may know thee the onely true God, and Iesus Christ whom thou hast sent\.( \d+)? LONDON/);
    expect(unhandled(rules)).toEqual([]);
  });

  it('a divGen (a part the edition makes itself) prints nothing; element names in the encoding description read as words; no warning', async (ctx) => {
    const { files, diagnostics } = await renderHtmlFiles(journal);
    expect(unhandled(diagnostics.map((d) => d.rule))).toEqual([]);
    const editorial = parse(Buffer.from(files.get('editorial.html')!).toString('utf8')).querySelector('main')!.textContent.replace(/\s+/g, ' ');
    expect(editorial).toContain('using the element orig to mark the original text and corr to mark the correction');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { text, rules } = await printed(journal);
    expect(text).toContain('using the element orig to mark the original text and corr to mark');
    expect(unhandled(rules)).toEqual([]);
  });
});
