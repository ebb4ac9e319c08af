/**
 * The texts of a group without titles of their own (a text and its translation) are named in
 * the contents by what they say of themselves (core f:division-label), not all "Text".
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';

// DAILP (Digital Archive of Indigenous Language Persistence), "Story of Millie Pigeon", in the
// shape of its TEI export (migration/translation.tera.xml), as a reader's test fixture quotes
// it: a Cherokee source text and its English translation in one group, neither titled.
const dailp = (langUsage: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Story of Millie Pigeon</title></titleStmt><publicationStmt><p>none</p></publicationStmt>
<sourceDesc><p>Willie Jumper Stories</p></sourceDesc></fileDesc>${langUsage}</teiHeader>
<text><group>
  <text type="source" xml:lang="chr"><body><pb n="1"/><ab xml:id="pg1_para1" corresp="#pg1_para1_trans"><w xml:id="w1">osdi</w><lb n="1"/><w xml:id="w2">gvhnage</w></ab></body></text>
  <text type="translation" xml:lang="en"><body><ab xml:id="pg1_para1_trans"><seg>She went to the store.</seg></ab></body></text>
</group></text></TEI>`;
const named = dailp('<profileDesc><langUsage><language ident="chr">Cherokee</language><language ident="en">English</language></langUsage></profileDesc>');

// A collection of numbered letters without headings (constructed: the texts say only their @n).
const letters = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letters</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text><group><text n="1"><body><p>First letter.</p></body></text><text n="2"><body><p>Second letter.</p></body></text><text><body><p>Third.</p></body></text></group></text></TEI>`;

const contents = async (doc: string): Promise<{ toc: string[]; h1: string[] }> => {
  const { files } = await renderHtmlFiles(doc);
  const page = (name: string) => parse(Buffer.from(files.get(name)!).toString('utf8'));
  const toc = [...page('index.html').querySelectorAll('.toc-list a')];
  return { toc: toc.map((a) => a.textContent.trim()), h1: toc.map((a) => page(a.getAttribute('href')!).querySelector('main h1')!.textContent.trim()) };
};

describe('texts without titles', () => {
  it('HTML: each is named by its type and language (the header\'s name for it, else its code), in the contents and on its page', async () => {
    expect(await contents(named)).toEqual({ toc: ['Source (Cherokee)', 'Translation (English)'], h1: ['Source (Cherokee)', 'Translation (English)'] });
    expect((await contents(dailp(''))).toc).toEqual(['Source (chr)', 'Translation (en)']);
  });

  it('HTML: by its number; a text that says nothing of itself is still "Text"', async () => {
    expect((await contents(letters)).toc).toEqual(['Text 1', 'Text 2', 'Text']);
  });

  it('Typst: each opens a part under that name, so that the contents list it', async () => {
    const typst = await teiToTypst(named);
    expect(typst).toContain('#chapter(n: none, running: "Source (Cherokee)")[#"Source (Cherokee)"]');
    expect(typst).toContain('#chapter(n: none, running: "Translation (English)")[#"Translation (English)"]');
  });
});
