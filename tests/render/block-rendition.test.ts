/**
 * Rendition of blocks (core f:block-rendition): a paragraph, a heading, a stage direction or a
 * title part asks, by @rend keywords, @rendition pointers (to its tagsDecl's CSS, or to names
 * declared elsewhere) or tagUsage/@render defaults, to be centred, set on the right, indented,
 * or set in a type; the HTML carries classes of a closed list, the print set rules in a scope.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';

const tei = (body: string, tagsDecl = ''): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Blocks</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc>${tagsDecl ? `<encodingDesc><tagsDecl>${tagsDecl}</tagsDecl></encodingDesc>` : ''}</teiHeader>
<text><body>${body}</body></text></TEI>`;

// Bodleian First Folio, Macbeth (eeditiones/shakespeare, data/F-mac.xml;
// tests/corpus/files/bodleian-ff-mac.xml): headings and stage directions with @rend keywords.
const folio = `<div type="play"><head rend="center">THE TRAGEDIE OF <lb/>MACBETH.</head>
<div type="scene"><head rend="italic center">Actus Primus. Scœna Prima.</head>
<stage rend="italic center" type="mixed">Thunder and Lightning. Enter three Witches.</stage>
<sp><speaker rend="italic">All.</speaker><l n="10"><hi rend="italic">Padock</hi> calls anon: faire is foule, and foule is faire,</l></sp>
<stage rend="italic rightJustified" type="exit">Exeunt.</stage></div></div>`;

// Polytechnisches Journal, vol. 10 (deutschestextarchiv/dingler, sources/volumes/pj010.xml;
// tests/corpus/files/dingler-pj010-ar010001.xml): renditions declared as CSS in its tagsDecl.
const dinglerTags = `<rendition xml:id="wide" scheme="css">letter-spacing: 2pt;</rendition>
<rendition xml:id="center" scheme="css">text-align: center;</rendition>
<rendition xml:id="right" scheme="css">text-align: right;</rendition>
<rendition xml:id="l2em" scheme="css">margin-left: 2em;</rendition>
<rendition xml:id="indent-1" scheme="css">text-indent: -1em;</rendition>`;
const dingler = `<div type="preface"><p>Augsburg, in Januar 1823.</p>
<p rendition="#right"><hi rendition="#wide">Dingler</hi>.</p></div>
<div type="contents"><head rendition="#center #wide">Inhalt des zehnten Bandes.</head>
<p rendition="#l2em">Mit Abbildungen auf Tab. I.</p><p rendition="#indent-1">Taf. 225.</p></div>`;

// Soldatenbriefe, letter 57 (deutschestextarchiv/soldatenbriefe, data/letter-057.xml;
// tests/corpus/files/dta-soldatenbrief-057.xml): DTA names whose renditions the file does not declare.
const letter = `<div type="letter"><p><hi rendition="#u"> d. 11</hi> <hi rendition="#sup #u">ten</hi></p>
<p rendition="#et">Hochgeehrter Herr Major! Mein verehrter lieber Papa!!</p>
<p>Maaße zu entwickeln, <del rendition="#s">dass es ihnen</del> uns zurückzutreiben.</p></div>`;

// A default for every heading, as the TEI Guidelines show it (tagsDecl/namespace/tagUsage/@render).
const defaults = `<rendition xml:id="rend.head">align(center)</rendition>
<namespace name="http://www.tei-c.org/ns/1.0"><tagUsage gi="head" render="#rend.head"/></namespace>`;
const defaulted = `<div><head>Centred by default</head><head rend="right">Its own rendition</head><p>Not a heading.</p></div>`;

// Shelley-Godwin Archive, Hymn to Intellectual Beauty (umd-mith/sga,
// data/tei/bl/bl-loan_ms_70_08/bl-loan_ms_70_08-0005.xml): a page's lines as they stand on it.
const manuscript = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Hymn</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<sourceDoc><surface xml:id="bl-loan_ms_70_08-0005"><zone type="main">
<milestone unit="tei:head" spanTo="#loan_ms_70_08-0005.01"/>
<line rend="right">Hymn to Intellectual Beauty</line>
<anchor xml:id="loan_ms_70_08-0005.01"/>
<space dim="vertical" unit="lines" extent="1"/>
<line rend="center">1</line>
<line>The Lovely shadow of some awful Power</line>
<line rend="indent1">Walks though unseen amongst us, visiting</line>
</zone><zone type="library"><line>2</line></zone></surface></sourceDoc></TEI>`;

const page = async (doc: string): Promise<HTMLElement> => {
  const { files } = await renderHtmlFiles(doc);
  const name = [...files.keys()].find((f) => /^(text|body)\.html$/.test(f)) ?? 'text.html';
  return parse(Buffer.from(files.get(name)!).toString('utf8'));
};
const rendClasses = (d: HTMLElement, text: string): string[] => {
  const e = [...d.querySelectorAll('main *')].find((x) => x.textContent.trim() === text);
  expect(e, text).toBeDefined();
  return (e!.getAttribute('class') ?? '').split(/\s+/).filter((c) => c.startsWith('rend-'));
};

describe('rendition of blocks', () => {
  it('HTML: @rend keywords on headings and stage directions (centred, on the right, italic)', async () => {
    const d = await page(tei(folio));
    expect(d.querySelector('h2, h3')!.getAttribute('class')).toContain('rend-center');
    expect(rendClasses(d, 'Actus Primus. Scœna Prima.')).toEqual(['rend-center', 'rend-italic']);
    expect(rendClasses(d, 'Thunder and Lightning. Enter three Witches.')).toEqual(['rend-center', 'rend-italic']);
    expect(rendClasses(d, 'Exeunt.')).toEqual(['rend-right', 'rend-italic']);
  });

  it('HTML: @rendition pointers to the tagsDecl\'s CSS; a hanging indent is no block indent', async () => {
    const d = await page(tei(dingler, dinglerTags));
    expect(rendClasses(d, 'Dingler.')).toEqual(['rend-right']);
    expect(rendClasses(d, 'Inhalt des zehnten Bandes.')).toEqual(['rend-center', 'rend-spaced']);
    expect(rendClasses(d, 'Mit Abbildungen auf Tab. I.')).toEqual(['rend-indent']);
    expect(rendClasses(d, 'Taf. 225.')).toEqual([]);
    expect(rendClasses(d, 'Augsburg, in Januar 1823.')).toEqual([]);
  });

  it('HTML: pointers to renditions the file does not declare are read by their names', async () => {
    const d = await page(tei(letter));
    expect(rendClasses(d, 'Hochgeehrter Herr Major! Mein verehrter lieber Papa!!')).toEqual(['rend-indent']);
    expect(d.querySelector('sup.hi')!.getAttribute('class')).toBe('hi rend-underline');
    expect(d.querySelector('del')!.getAttribute('class')).toContain('rend-strike');
  });

  it('HTML: tagUsage/@render gives the default of a name; an element\'s own rendition wins', async () => {
    const d = await page(tei(defaulted, defaults));
    expect(rendClasses(d, 'Centred by default')).toEqual(['rend-center']);
    expect(rendClasses(d, 'Its own rendition')).toEqual(['rend-right']);
    expect(rendClasses(d, 'Not a heading.')).toEqual([]);
  });

  it('Typst: set rules in a scope around the block; italics a stage direction sets itself are not set again', async () => {
    const typst = await teiToTypst(tei(folio + dingler + letter + defaulted, dinglerTags + defaults));
    expect(typst).toMatch(/#\[#set align\(center\)\n#set text\(style: "italic"\)\n\n#subheading\(level: \d\)\[#"Actus Primus\. Scœna Prima\."\]/);
    // stage sets its words with emph, which toggles: a second italic would set them upright
    expect(typst).toMatch(/#\[#set align\(right\)\n\n#stage\[#"Exeunt\."\]/);
    expect(typst).toMatch(/#\[#set align\(right\)\n\n#"Dingler"|#\[#set align\(right\)\n\n#text\(tracking: 0\.12em\)\[#"Dingler"\]/);
    expect(typst).toMatch(/#pad\(left: 2em\)\[\n#"Hochgeehrter Herr Major!/);
    expect(typst).toMatch(/#\[#set align\(center\)\n\n#subheading\(level: \d\)\[#"Centred by default"\]/);
  });

  it('a documentary transcription\'s lines keep their places (right, centred, indented) in both outputs', async () => {
    const d = await page(manuscript);
    expect(rendClasses(d, 'Hymn to Intellectual Beauty')).toEqual(['rend-right']);
    expect(rendClasses(d, '1')).toEqual(['rend-center']);
    expect(rendClasses(d, 'The Lovely shadow of some awful Power')).toEqual([]);
    expect(rendClasses(d, 'Walks though unseen amongst us, visiting')).toEqual(['rend-indent']);
    // a zone of lines without places of their own is a block with a break before each line, as before
    expect(d.querySelector('main p.ab')!.textContent.trim()).toBe('2');
    const typst = await teiToTypst(manuscript);
    expect(typst).toMatch(/#\[#set align\(right\)\n\n#verse-line\(none\)\[#"Hymn to Intellectual Beauty"\]/);
    expect(typst).toMatch(/#pad\(left: 2em\)\[\n#verse-line\(none\)\[#"Walks though unseen amongst us, visiting"\]/);
  });

  it('a rendition that is no known feature reaches neither output', async () => {
    const hostileTags = `<rendition xml:id="x">text-align: center; }&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</rendition>
<namespace name="http://www.tei-c.org/ns/1.0"><tagUsage gi="p" render="#x ]#panic()["/></namespace>`;
    const body = `<p rend="center&quot; onclick=&quot;x ]#panic()[">a</p><p rendition="#x">b</p><p style="text-align: right; } body { color: red">c</p><p>d</p>`;
    const d = await page(tei(body, hostileTags));
    const html = d.querySelector('main')!.toString();
    expect(html).not.toMatch(/panic|onclick|<script|style=/);
    expect(rendClasses(d, 'a')).toEqual(['rend-center']);
    expect(rendClasses(d, 'b')).toEqual(['rend-center']);
    expect(rendClasses(d, 'c')).toEqual(['rend-right']);
    expect(rendClasses(d, 'd')).toEqual(['rend-center']);
    const typst = await teiToTypst(tei(body, hostileTags));
    expect(typst).not.toMatch(/#panic|onclick|<script|color/);
  });
});
