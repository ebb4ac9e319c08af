/**
 * Words lost or run together in a third probe of TEI from other projects (minimal files made
 * from what they do): every word is rendered, in order, in the web edition and in the print.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (body: string, titleStmt = '<title>Unseen</title>', rest = ''): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>${titleStmt}</titleStmt>${rest}
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;

const site = async (doc: string): Promise<{ page: (name: string) => HTMLElement; rules: string[]; elements: string[] }> => {
  const { files, diagnostics } = await renderHtmlFiles(doc);
  return {
    page: (name) => parse(Buffer.from(files.get(name)!).toString('utf8')),
    rules: diagnostics.map((d) => d.rule),
    elements: diagnostics.map((d) => d.message),
  };
};
const words = (d: HTMLElement, selector = 'main'): string => (d.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ');
const printed = async (doc: string): Promise<{ text: string; messages: string[] }> => {
  const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  return { text: pdfTextOfBytes(pdf).replace(/\s+/g, ' '), messages: diagnostics.map((d) => d.message) };
};
/** Each word found after the one before. */
const inOrder = (text: string, order: readonly string[]): void => {
  let at = 0;
  for (const w of order) {
    const found = text.indexOf(w, at);
    expect(found, `${w} after ${at} in ${text}`).toBeGreaterThanOrEqual(at);
    at = found + w.length;
  }
};

// A table's children other than rows and cells: a note and a page beginning between rows, a
// trailer; TEI converted from HTML with tr and tab where rows and cells stand.
const globals = tei(`<div><table><head>Caption word</head><row><cell>Alpha</cell></row><note>Notetext inside table</note><pb n="2"/>
<row><cell>Gamma</cell><note>Rownote</note></row><trailer>Trailerword</trailer></table><p>After.</p></div>`);
const nonRows = tei(`<div><p>Before.</p><table><tr><tab>Alpha</tab><tab>Beta</tab></tr></table><p>After.</p></div>`);

describe('every child of a table is rendered', () => {
  it('HTML: caption, rows, the note between rows at its place, the trailer after the table', async () => {
    const s = await site(globals);
    const d = s.page('text.html');
    inOrder(words(d), ['Caption word', 'Alpha', 'Gamma', 'Trailerword', 'After.']);
    expect(d.querySelectorAll('main table a.noteref')).toHaveLength(2);
    expect(d.querySelector('main table span.pb')?.getAttribute('data-n')).toBe('2');
    inOrder(words(d, 'body'), ['Notetext inside table', 'Rownote']);
  });

  it('HTML: elements of another vocabulary where rows and cells stand are a row of cells, reported unhandled', async () => {
    const s = await site(nonRows);
    const d = s.page('text.html');
    expect(d.querySelectorAll('main table td').map((c) => c.textContent)).toEqual(['Alpha', 'Beta']);
    inOrder(words(d), ['Before.', 'Alpha', 'Beta', 'After.']);
    expect(s.rules.filter((r) => r === 'html-unhandled-element')).toHaveLength(2);
    expect(s.elements.join(' ')).toMatch(/<tr>/);
    expect(s.elements.join(' ')).toMatch(/<tab>/);
  });

  it('PDF: the same words in order, the notes as footnotes', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const g = await printed(globals);
    const body = g.text.slice(g.text.lastIndexOf('Caption word'));
    inOrder(body, ['Caption word', 'Alpha', 'Gamma', 'Trailerword', 'After.']);
    inOrder(body, ['Notetext inside table', 'Rownote']);
    const n = await printed(nonRows);
    inOrder(n.text, ['Before.', 'Alpha', 'Beta', 'After.']);
    expect(n.messages.join(' ')).toMatch(/<tab>/);
    expect(n.messages.join(' ')).toMatch(/<tr>/);
  });
});

// A change of a letter marked with mod, laid out on lines of its own as a subst would be.
const modified = tei(`<div><p>Temple, <mod>
        <del rend="overwritten">D</del>
        <add place="intralinear">H</add>
      </mod>ome, and <subst>
        <del>D</del>
        <add>H</add>
      </subst>ome.</p><p>A <mod>changed <hi>word</hi></mod> stays.</p></div>`);

describe('a mod used as a substitution is one word with the text after it, as a subst is', () => {
  it('HTML', async () => {
    const d = (await site(modified)).page('text.html');
    expect(words(d)).toContain('Temple, D Home, and D Home.');
    expect(words(d)).toContain('A changed word stays.');
  });

  it('PDF', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { text } = await printed(modified);
    expect(text).toContain('Temple, ⟦D⟧ Home, and ⟦D⟧ Home.');
    expect(text).toContain('A changed word stays.');
  });
});

// Header fields side by side with no space between them (a CBETA file's responsibility and
// distributor), and an author named in two languages with an authority id (a DraCor play).
const headerFields = tei('<div><p>Text.</p></div>', '<title>Header glue</title>', `<editionStmt><edition>Second edition</edition>
<respStmt><resp>corrections</resp><name>Taisho</name></respStmt></editionStmt>`).replace('<publicationStmt><p>none</p></publicationStmt>',
  `<publicationStmt><distributor><name>Society (CBETA)</name>
<address><addrLine>service@example.org</addrLine></address>
</distributor></publicationStmt>`);
const twoNames = tei('<div><p>Text.</p></div>', `<title>Медведь</title>
<author><persName><forename>Антон</forename> <surname>Чехов</surname></persName>
<persName xml:lang="en"><forename>Anton</forename><surname>Chekhov</surname></persName>
<idno type="wikidata">Q5685</idno></author>`);

describe('the header\'s fields are words apart; an author is named, not identified', () => {
  it('HTML: the edition statement and the footer part their fields; the author\'s other name in parentheses, the id nowhere', async () => {
    const fields = (await site(headerFields)).page('index.html');
    expect(words(fields, 'dl.facts')).toContain('Second edition corrections Taisho');
    expect(words(fields, 'footer')).toContain('Society (CBETA) service@example.org');
    const named = (await site(twoNames)).page('index.html');
    expect(words(named, 'p.author')).toBe('Антон Чехов (Anton Chekhov)');
    expect(words(named, 'body')).not.toContain('Q5685');
  });

  it('PDF: the title page names the author the same way', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { text } = await printed(twoNames);
    expect(text).toContain('Антон Чехов (Anton Chekhov)');
    expect(text).not.toContain('Q5685');
  });
});

// Superfluous text (surplus): in the source, not struck out, so not a deletion.
const superfluous = tei('<div><p>Text <surplus>extra</surplus> words and <del>struck</del> out.</p></div>');

describe('superfluous text is set in braces, apart from deleted text', () => {
  it('HTML', async () => {
    const d = (await site(superfluous)).page('text.html');
    expect(words(d)).toContain('Text {extra} words');
    const s = d.querySelector('main span.surplus');
    expect(s?.getAttribute('title')).toBe('superfluous');
    expect(d.querySelector('main del span.surplus, main span.surplus del')).toBeNull();
  });

  it('PDF', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { text } = await printed(superfluous);
    expect(text).toContain('Text {extra} words and ⟦struck⟧ out.');
  });
});

// A text in Chinese (the language given on its text) in two chapters.
const chinese = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>心經</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text xml:lang="zh"><front><div><head>序</head><p>照見五蘊皆空</p></div></front><body><div><head>經</head><p>度一切苦厄</p></div></body>
<back><div><head>跋</head><p>色不異空</p></div></back></text></TEI>`;

describe('the pages of a site', () => {
  it('are in the language of the text, and their pager links are words apart', async () => {
    const { files } = await renderHtmlFiles(chinese);
    const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
    for (const f of pages) expect(parse(Buffer.from(files.get(f)!).toString('utf8')).querySelector('html')?.getAttribute('lang'), f).toBe('zh');
    const pagers = pages.map((f) => parse(Buffer.from(files.get(f)!).toString('utf8')).querySelector('nav.pager')).filter((n) => n && n.querySelectorAll('a').length === 2);
    expect(pagers.length).toBeGreaterThan(0);
    for (const n of pagers) expect(n!.textContent.replace(/\s+/g, ' ').trim()).toBe(n!.querySelectorAll('a').map((a) => a.textContent.trim()).join(' '));
  });
});
