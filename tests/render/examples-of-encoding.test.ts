/**
 * TEI documentation (the Guidelines, a project's encoding manual) quotes markup in egXML (the
 * TEI Examples namespace): both outputs show it as XML source in a block of code, its shared
 * indentation removed, and report none of its elements as one no rule renders. Shapes from
 * the Encoding Correspondence manual (tests/corpus/files/enccorr-openers-closers.xml).
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Manual</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><div xml:id="c1"><head>Closers</head>
<figure><head>Example 1: a closer.</head>
	<egXML xmlns="http://www.tei-c.org/ns/Examples">
		<closer>
			<salute>Yours<lb/>faithfully</salute>
			<signed rend="right">A. &amp; B.</signed>
		</closer>
	</egXML></figure>
<p>The same may be written as <egXML xmlns="http://www.tei-c.org/ns/Examples"><salute>Yours</salute>
			<signed>A.</signed></egXML> with a <gi>signed</gi> apart.</p>
</div></body></text></TEI>`;

describe('examples of encoding (egXML)', () => {
  it('HTML: a block of code with the source, dedented; its title above; no element reported as unhandled', async () => {
    const { files, diagnostics } = await renderHtmlFiles(tei);
    expect(diagnostics.filter((d) => d.rule === 'html-unhandled-element')).toEqual([]);
    const name = [...files.keys()].find((k) => k.endsWith('.html') && files.get(k)!.includes('Example 1: a closer.'))!;
    // (node-html-parser keeps a pre's content as raw text unless told otherwise)
    const page = parse(files.get(name)!, { blockTextElements: { script: true, style: true } });
    const codes = page.querySelectorAll('pre.eg code').map((c) => c.textContent);
    expect(codes).toEqual([
      '<closer>\n  <salute>Yours<lb/>faithfully</salute>\n  <signed rend="right">A. &amp; B.</signed>\n</closer>',
      '<salute>Yours</salute>\n<signed>A.</signed>',
    ]);
    // the figure's heading is its title, before the example, as in the print
    expect(page.querySelector('figure')!.firstChild!.toString()).toContain('Example 1: a closer.');
    // the paragraph around the second example is no HTML p (a p cannot hold a pre)
    expect(page.querySelector('div.p')?.textContent).toMatch(/The same may be written as.*with a signed apart\./s);
  });

  it('PDF: the source in a raw block, none of its elements unhandled', async (ctx) => {
    const source = await teiToTypst(tei, { onUnhandled: 'fail' });
    expect(source).toContain('raw(block: true, lang: "xml", "<closer>\\n  <salute>Yours<lb/>faithfully</salute>');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(tei, { fallbackDate: new Date(0) })).pdf);
    expect(text).toContain('<signed rend="right">A. &amp; B.</signed>');
    expect(text).toMatch(/Example 1: a closer\.[^]*<closer>/);
  });
});

describe('an example in a list item inside a paragraph (TEI Stylesheets test.xml, "an egXML in a list")', () => {
  const inList = tei.replace('<p>The same', '<p>an egXML in a list: <list><item><egXML xmlns="http://www.tei-c.org/ns/Examples"><p>v<ex>oro</ex> þav</p></egXML></item></list></p><p>The same');
  it('PDF: it is raw text in the item\'s line, not a block Typst drops there ("block may not occur inside of a paragraph")', async (ctx) => {
    const source = await teiToTypst(inList, { onUnhandled: 'fail' });
    expect(source).toContain('#raw(block: false, lang: "xml", "<p>v<ex>oro</ex> þav</p>")');
    const { pdf, diagnostics } = await renderPdfBytes(inList, { fallbackDate: new Date(0) });
    expect(diagnostics.filter((d) => d.rule === 'typst')).toEqual([]);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    expect(pdfTextOfBytes(pdf)).toContain('<p>v<ex>oro</ex> þav</p>');
  });
});


describe('a quotation whose source is a ref (cit: quote, ref)', () => {
  const cit = tei.replace('<p>The same', `<cit><quote><gi>salute</gi> contains a salutation.</quote> <ref target="https://example.org/ref-salute.html">(ref-salute)</ref></cit><p>The same`);
  it('PDF: the ref is the source line under the quotation, with a rule of the print', async () => {
    const source = await teiToTypst(cit, { onUnhandled: 'fail' });
    expect(source).toMatch(/#quotation\[[^]*contains a salutation\.[^]*#source\[#link\("https:\/\/example\.org\/ref-salute\.html"/);
  });
});
