// The search documents' text is the unit's reading text (f:plain): a unit of text alone, or of
// blocks of text alone, takes a shorter way to it (f:unit-text) that must give the same.
import { describe, expect, it } from 'vitest';
import { htmlSef } from '../../../src/render/html/index.js';
import { parseSearchDocs } from '../../../src/render/html/search-index.js';
import { transform } from '../../../src/render/xslt.js';

const tei = (body: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Search</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body><div>${body}</div></body></text></TEI>`;

const texts = async (body: string): Promise<string[]> => {
  const { documents } = transform(await htmlSef(undefined), tei(body), { pages: ['search'], strings: {} });
  return parseSearchDocs(documents['search-docs.tsv']!).filter((d) => d.kind === 'text').map((d) => d.text);
};

describe('search documents', () => {
  it('give each unit its reading text, whichever way it is found', async () => {
    expect(
      await texts(`<sp><speaker>Ham.</speaker>
  <l>To be, or not</l>
  <l>to  be</l></sp>
<sp><speaker>Hor.</speaker><p>Words<note>a note</note> and <choice><sic>teh</sic><corr>the</corr></choice> rest</p></sp>
<sp><speaker>Mar.</speaker><note>a note between the speaker and the line</note><l>Peace, break thee off</l></sp>
<sp><speaker>Ber.</speaker><l>Half a wo<lb break="no"/>rd</l><del>struck</del></sp>
<p>Plain   text
of a paragraph</p>`),
    ).toEqual(['Ham. To be, or not to be', 'Hor. Words and the rest', 'Mar. Peace, break thee off', 'Ber. Half a word', 'Plain text of a paragraph']);
  });
});

describe('search-docs.tsv', () => {
  it('keeps each document on its line and its fields apart, whatever tabs and new lines the text holds', async () => {
    expect(await texts('<p>one\ttab</p><p>two\r\nlines</p>')).toEqual(['one tab', 'two lines']);
  });

  it('is refused when a line has not the seven fields', () => {
    expect(() => parseSearchDocs('a\tb\tc')).toThrow(/search document 1 with 3 fields, not 7/);
  });
});
