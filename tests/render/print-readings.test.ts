/**
 * How the print quotes readings in its apparatus and sets them in its text, on the shapes
 * the collator writes: a witness's line break between two words of the base text, and a
 * heading only some witnesses have (label[@type='head'] in a reading). After a two-witness
 * collation of Macbeth I.1–5 (the First Folio the base, a modern-spelling text the other).
 */
import { describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (body: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Readings</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="F1">F1</witness><witness xml:id="PG">PG</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="c1"><head>One</head>${body}</div></body></text></TEI>`;

// PG adds a comma after "Why", which F1 has at the start of its next line; and after
// "Chance", whose F1 line breaks inside the word.
const addition = tei(`<p><lb edRef="#F1" n="332"/><lb edRef="#PG" n="414"/>If Chance will haue me<app type="case"><lem wit="#F1"> King</lem><rdg wit="#PG"> king</rdg></app>,<app type="case"><lem wit="#F1"><lb edRef="#F1" n="333"/>Why </lem><rdg wit="#PG"> why</rdg></app><app type="punctuation"><lem wit="#F1"/><rdg wit="#PG">, </rdg></app>Chan<lb edRef="#F1" n="334" break="no"/>ce<app type="punctuation"><lem wit="#F1"/><rdg wit="#PG">;</rdg></app> may Crowne me.</p>`);

describe('the print apparatus quotes an addition by the word before it', () => {
  it('takes a witness line break between two words as a space, and one inside a word as nothing', async () => {
    const source = await teiToTypst(addition);
    expect(source).toContain('#apparatus([#"Why"], [#emph[#"add."] #"," #siglum("PG")])');
    expect(source).toContain('#apparatus([#"Chance"], [#emph[#"add."] #";" #siglum("PG")])');
    expect(source).not.toContain('King,Why');
  });

  it('PDF: the entry reads "Why] add. , PG"', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(addition, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Why] add. , PG');
    expect(text).toContain('Chance] add. ; PG');
    expect(text).not.toContain('King,Why');
  });
});

// A heading that only one witness has: the collator writes it as label[@type='head'] in the
// reading (TEI allows no head there), F1's in the lemma, PG's in a reading.
const headings = tei(`<app type="omission"><lem wit="#F1"><label type="head" xml:id="head-F1-30"><lb edRef="#F1" n="30"/>Scena Secunda.</label></lem><rdg wit="#PG"/></app>
<app type="addition"><lem wit="#F1"/><rdg wit="#PG"><label type="head" xml:id="head-PG39"><lb edRef="#PG" n="39"/>SCENE II. A Camp near Forres.<lb edRef="#PG" n="40"/>Alarum within.</label></rdg></app>
<p><lb edRef="#F1" n="31"/><lb edRef="#PG" n="41"/>What bloody man is that?</p>`);

describe('a heading only some witnesses have (label[@type="head"] in a reading)', () => {
  it('has a rule of the print (strict policy): the base witness\'s heading a centred line of the text, another\'s quoted in the apparatus, its lines a space apart', async () => {
    const source = await teiToTypst(headings, { onUnhandled: 'fail' });
    expect(source).toContain('#centred[#apparatus([#"Scena Secunda."], [#emph[#"om."] #siglum("PG")])#"Scena Secunda."]');
    expect(source).toContain('#emph[#"add."] #"SCENE II. A Camp near Forres. Alarum within." #siglum("PG")');
    expect(source).not.toContain('tei-unhandled');
  });

  it('PDF: no warning of an element without a rule; the heading printed once in the text, once in the apparatus', async (ctx) => {
    const { pdf, diagnostics } = await renderPdfBytes(headings, { fallbackDate: new Date(0) });
    expect(diagnostics.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Scena Secunda.] om. PG');
    expect(text).toContain('add. SCENE II. A Camp near Forres. Alarum within. PG');
  });
});

describe('the print\'s legend explains the braces of superfluous text', () => {
  it('says what braces mean where the text has surplus, and only there', async () => {
    const withSurplus = await teiToTypst(tei('<p><lb edRef="#F1" n="1"/>Faire is <surplus>is</surplus> foule.</p>'));
    expect(withSurplus).toContain('#"Words in braces are superfluous');
    expect(withSurplus).toContain('#surplus[');
    expect(await teiToTypst(addition)).not.toContain('Words in braces');
  });
});
