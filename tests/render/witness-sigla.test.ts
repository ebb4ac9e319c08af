/**
 * Witnesses named by their own siglum (core f:siglum-label), not their id: a witness without
 * @n whose content is only its siglum, or that holds a label, abbr or idno.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';

// CBETA, Taishō No. 26 中阿含經 (cbeta-org/xml-p5, T/T01/T01n0026.xml): the witnesses of its
// readings, declared in tagsDecl, each by its siglum alone. The reading is T0001's 辨/辯 (宋本),
// inline here (CBETA keeps its apparatus in the back, from/to the text's anchors).
const listWit = `<listWit>
  <witness xml:id="wit.orig">【大】</witness>
  <witness xml:id="wit1">【宋】</witness>
  <witness xml:id="wit11">【磧乙-CB】</witness>
</listWit>`;
const body = `<text><body><p>佛說<app><lem wit="#wit.orig">辨</lem><rdg resp="#resp2" wit="#wit1 #wit11">辯</rdg></app>之以法相</p></body></text>`;
const head = (sourceDesc: string, encodingDesc = ''): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>中阿含經</title></titleStmt><publicationStmt><p>none</p></publicationStmt><sourceDesc><bibl>大正新脩大藏經</bibl>${sourceDesc}</sourceDesc></fileDesc>${encodingDesc}</teiHeader>`;
const cbeta = `${head('', `<encodingDesc><tagsDecl><namespace name="http://www.tei-c.org/ns/1.0"><tagUsage gi="rdg">${listWit}</tagUsage></namespace></tagsDecl></encodingDesc>`)}${body}</TEI>`;
// The same witnesses where most projects list them.
const inSource = `${head(listWit)}${body}</TEI>`;
// Witnesses that hold their siglum in a label, an abbr or an idno beside a description.
const described = `${head(`<listWit><witness xml:id="w-a"><label>Ms. Ox</label> Oxford, Bodleian Library, a copy of the fifteenth century</witness>
<witness xml:id="w-b"><abbr>V</abbr>, Vatican Library, an older copy</witness>
<witness xml:id="w-c"><idno>Add. 1234</idno> London, British Library</witness></listWit>`)}
<text><body><p>A <app><lem wit="#w-a">word</lem><rdg wit="#w-b">verb</rdg><rdg wit="#w-c">herb</rdg></app>.</p></body></text></TEI>`;

const site = async (doc: string): Promise<Map<string, HTMLElement>> => {
  const { files } = await renderHtmlFiles(doc);
  return new Map([...files].filter(([n]) => n.endsWith('.html')).map(([n, b]) => [n, parse(Buffer.from(b).toString('utf8'))]));
};
const sigla = (d: HTMLElement): string[] => [...d.querySelectorAll('.sigla, b.siglum')].map((e) => e.textContent.trim());

describe('witness sigla', () => {
  it('HTML: a witness whose content is its siglum is shown by it, in the apparatus and the witness switch, never by its id', async () => {
    const pages = await site(cbeta);
    const text = pages.get('text.html')!;
    expect(sigla(text)).toEqual(expect.arrayContaining(['【大】', '【宋】 【磧乙-CB】', '【宋】', '【磧乙-CB】']));
    for (const [name, d] of pages) expect(sigla(d).join(' '), name).not.toMatch(/wit/);
    // the switch still names the witness by its id for the script
    expect(text.querySelector('input[name="witness"][value="wit1"]')).not.toBeNull();
  });

  it('HTML and Typst: listed among the sources, the siglum is not repeated as its description', async () => {
    const pages = await site(inSource);
    const editorial = pages.get('editorial.html')!;
    expect([...editorial.querySelectorAll('.witnesses dt')].map((e) => e.textContent.trim())).toEqual(['【大】', '【宋】', '【磧乙-CB】']);
    expect(editorial.querySelectorAll('.witnesses dd')).toHaveLength(0);
    const typst = await teiToTypst(inSource);
    expect(typst).toContain('#siglum("【宋】") #siglum("【磧乙-CB】")');
    expect(typst).toContain('#conspectus(([#"【大】"], []), ([#"【宋】"], []), ([#"【磧乙-CB】"], []), )');
    expect(typst).not.toMatch(/wit1|wit\.orig/);
  });

  it('a label, abbr or idno a witness holds is its siglum; its description stays its description', async () => {
    const pages = await site(described);
    const text = pages.get('text.html')!;
    expect([...text.querySelectorAll('.sigla')].map((e) => e.textContent.trim())).toEqual(['Ms. Ox', 'V', 'Add. 1234']);
    const typst = await teiToTypst(described);
    expect(typst).toContain('#siglum("V")');
    expect(typst).toContain('Oxford, Bodleian Library');
  });
});
