/**
 * Chinese and Japanese set no space between words: a source line broken between two of their
 * characters is no space in the reading, in either output, whether the break is inside a text
 * node, before an <lb/> (as CBETA and most transcriptions of East Asian texts break their
 * lines), between two phrases, or at a witness's line (<lb edRef/>, as an edition records it). Latin text and a written space keep theirs. The text is the
 * opening of the Analects (論語, 學而), public domain; the encoding is this test's own.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="zh-Hant"><teiHeader><fileDesc><titleStmt><title>論語</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body><div><head>學而第一</head>
<p><lb n="1"/>子曰：學而時習之，不亦說乎？有朋自遠方
<lb n="2"/>來，不亦樂乎？人不知而不慍，不亦君子乎？</p>
<p>有子曰：其為人也孝弟，而好犯上者，鮮矣；
不好犯上，而好作亂者，未之有也。<hi rend="bold">君子</hi>
<hi>務本</hi>，本立而道生。</p>
<p>觀自在菩薩行深般若波羅蜜多時，照見五<lb edRef="#T" n="4"/>蘊皆空，度一切苦厄。</p>
<p xml:lang="ja">いつれの御時にか
  <anchor/> あさゆふの宮つかへ</p>
<p xml:lang="ko">한국어
문장</p>
<p xml:lang="en">A line
broken in English <hi>keeps</hi>
<hi>its</hi> space.</p>
</div></body></text></TEI>`;

const joined = ['有朋自遠方來', '鮮矣；不好犯上', '未之有也。君子務本', '照見五蘊皆空'];

describe('line breaks in Chinese and Japanese text', () => {
  it('HTML: no space where a line broke between two such characters; Latin, Korean and written spaces kept', async () => {
    const { files } = await renderHtmlFiles(tei);
    const main = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main')!;
    // the markup dropped as it stands (a <br> of an lb is no space either)
    const text = main.innerHTML.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    for (const w of joined) expect(text).toContain(w);
    expect(text).toContain('いつれの御時にか あさゆふ'); // the space written after the anchor stays
    expect(text).toContain('한국어 문장');
    expect(text).toContain('A line broken in English keeps its space.');
  });

  it('PDF: the same reading', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(tei, { fallbackDate: new Date(0) })).pdf);
    // the print sets each <lb/> as a line of its own: only the joins without one are compared
    const flat = text.replace(/[ \t]+/g, ' ');
    expect(flat).toMatch(/鮮矣；\n?不好犯上/);
    expect(flat).toMatch(/未之有也。\n?君子務本/);
    expect(flat).toMatch(/照見五\n?蘊皆空/);
    expect(flat).not.toMatch(/鮮矣； 不好|未之有也。 君子|君子 務本|照見五 蘊/);
    expect(flat.replace(/\s+/g, ' ')).toContain('A line broken in English keeps its space.');
  });
});
