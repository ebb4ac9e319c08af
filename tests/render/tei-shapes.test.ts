/**
 * TEI shapes the renderers had not met (the corpus has a real file of each: teip5-testms.xml,
 * teip5-testcorpus.xml, teic-test32-sourcedoc.xml): a catalogue record whose header describes
 * a manuscript, non-standard characters declared in a charDecl, references one after another
 * in a paragraph, a marginal note at the start of a line. The documents here are made up.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (body: string, header = '<sourceDesc><p>none</p></sourceDesc>', encoding = ''): string =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Shapes</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt>${header}</fileDesc>${encoding}</teiHeader><text><body>${body}</body></text></TEI>`;

/** A catalogue record: the description is the content, the text is empty. */
const record = tei(
  '<p/>',
  `<sourceDesc><msDesc xml:id="ms1" xml:lang="en">
<msIdentifier><settlement>Exeter</settlement><repository>Cathedral Library</repository><idno>MS. 9</idno><altIdentifier><idno>Old 12</idno></altIdentifier></msIdentifier>
<head>Psalter with a calendar; England, s. xiii.</head>
<msContents><textLang mainLang="la">Latin</textLang>
<msItem n="1"><locus from="1r" to="6v">fols. 1r-6v</locus> <title>Calendar</title>
<note>Gilded initials for the feasts.</note>
<note>Obits added in a later hand.</note></msItem>
<msItem n="2"><locus from="7r">fol. 7r</locus> <incipit>Beatus vir qui non abiit</incipit> <explicit>omnis spiritus laudet</explicit></msItem></msContents>
<physDesc><objectDesc><supportDesc material="perg"><support>parchment</support><extent>120 leaves <dimensions unit="mm"><height>240</height><width>170</width></dimensions></extent><foliation>modern pencil foliation</foliation></supportDesc>
<layoutDesc><layout columns="1">one column of twenty lines</layout></layoutDesc></objectDesc>
<handDesc><handNote>Gothic textura by one scribe.</handNote></handDesc>
<bindingDesc><binding><p>Oak boards covered in white leather.</p></binding></bindingDesc></physDesc>
<history><origin><origPlace>England</origPlace>, <origDate>s. xiii</origDate></origin><provenance>Given by a canon of the chapter.</provenance><acquisition>Bought at auction.</acquisition></history>
<additional><adminInfo><recordHist><source>Described from the manuscript.<listBibl><bibl>Summary Catalogue, p. 5</bibl></listBibl></source></recordHist></adminInfo>
<surrogates><bibl><title>Digital facsimile</title><note>(full colour)</note></bibl></surrogates>
<listBibl><head>Studies:</head><bibl>A. Reader, Psalters of the West (1990)</bibl></listBibl></additional>
</msDesc></sourceDesc>`,
);

const glyphs = tei(
  `<p>alpha<g ref="#CB00178"/>beta <g ref="#CB00003"/> gamma <g ref="#CB09999"/> delta pr<g ref="#ecaud"/>dki <g ref="#ecaud">e</g> end <g ref="char:EOLhyphen"/>.</p>`,
  undefined,
  `<encodingDesc><charDecl>
<char xml:id="CB00178"><charName>CBETA CHARACTER CB00178</charName><charProp><localName>composition</localName><value>[木*奈]</value></charProp><mapping type="unicode">U+3B88</mapping><mapping type="PUA">U+F00B2</mapping></char>
<char xml:id="CB00003"><mapping type="unicode"/><mapping type="normal_unicode">U+91CC</mapping></char>
<char xml:id="CB09999"><charName>CBETA CHARACTER CB09999</charName><charProp><localName>composition</localName><value>[口*系]</value></charProp><mapping type="PUA">U+F270F</mapping></char>
<glyph xml:id="ecaud"><localProp name="name" value="Latin small letter e with ogonek"/><mapping type="standard">ę</mapping></glyph>
</charDecl></encodingDesc>`,
);

const page = async (doc: string, name: string): Promise<{ d: HTMLElement; unhandled: unknown[] }> => {
  const { files, diagnostics } = await renderHtmlFiles(doc);
  const html = files.get(name);
  expect(html, name).toBeDefined();
  return { d: parse(Buffer.from(html!).toString('utf8')), unhandled: diagnostics.filter((x) => /unhandled/.test(x.rule)) };
};
const words = (e: HTMLElement | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('TEI shapes the renderers had not met', () => {
  it('HTML: a manuscript described in the header is shown on the page about the edition, its notes as text; the index page names it', async () => {
    const { d, unhandled } = await page(record, 'editorial.html');
    expect(unhandled).toEqual([]);
    const sources = d.querySelector('section[aria-labelledby="sources"]');
    expect(words(sources?.querySelector('p.msIdentifier'))).toBe('Exeter, Cathedral Library, MS. 9, Old 12');
    expect(words(sources?.querySelector('p.ms-head'))).toBe('Psalter with a calendar; England, s. xiii.');
    expect(sources?.querySelectorAll('p.ms-label').map(words)).toEqual(['Contents', 'Physical description', 'History', 'Further information']);
    const text = words(sources);
    for (const w of ['fols. 1r-6v Calendar Gilded initials for the feasts. Obits added in a later hand.', 'Beatus vir qui non abiit', 'omnis spiritus laudet',
      'parchment', '120 leaves 240 × 170', 'one column of twenty lines', 'Gothic textura by one scribe.', 'Oak boards covered in white leather.', 'England, s. xiii',
      'Given by a canon of the chapter.', 'Bought at auction.', 'Summary Catalogue, p. 5', 'Digital facsimile(full colour)', 'Studies:', 'A. Reader, Psalters of the West (1990)']) {
      expect(text).toContain(w);
    }
    // its notes are not footnotes, its heading is not a heading of the page, no empty item
    expect(d.querySelectorAll('[role="doc-noteref"], li.note')).toEqual([]);
    expect(d.querySelectorAll('main h2').map(words)).not.toContain('Psalter with a calendar; England, s. xiii.');
    expect(d.querySelectorAll('main li').filter((li) => words(li) === '')).toEqual([]);
    const index = (await page(record, 'index.html')).d;
    expect(words(index.querySelector('dl.facts a[href="editorial.html#sources"]'))).toBe('Exeter, Cathedral Library, MS. 9');
  });

  it('PDF: the manuscript is described in the front matter under Sources, its labels and notes printed, its headings not in the contents', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf, diagnostics } = await renderPdfBytes(record, { fallbackDate: new Date(0) });
    expect(diagnostics.filter((x) => /unhandled/.test(x.rule))).toEqual([]);
    const printed = pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
    const contents = printed.slice(printed.indexOf('Contents'), printed.indexOf('Sources', printed.indexOf('Sources') + 1));
    expect(contents).not.toMatch(/Psalter|Studies/);
    const body = printed.slice(printed.lastIndexOf('Sources'));
    expect(body).toMatch(/^Sources Exeter, Cathedral Library, MS\. 9, Old 12 Psalter with a calendar; England, s\. xiii\. Contents Latin/);
    for (const w of ['Gilded initials for the feasts. Obits added in a later hand.', 'Physical description', '120 leaves 240 × 170', 'History', 'Further information',
      'Given by a canon of the chapter.', 'Summary Catalogue, p. 5', 'A. Reader, Psalters of the West (1990)']) {
      expect(body).toContain(w);
    }
  });

  it('an empty g reads as its declared mapping in both outputs (standard, Unicode code points, normalised, composition); the web edition names it on hover', async (ctx) => {
    const { d } = await page(glyphs, 'text.html');
    const g = d.querySelectorAll('main span.g').map((s) => [s.textContent, s.getAttribute('title') ?? '']);
    expect(g).toEqual([
      ['㮈', 'CBETA CHARACTER CB00178'],
      ['里', ''],
      ['[口*系]', 'CBETA CHARACTER CB09999'],
      ['ę', 'Latin small letter e with ogonek'],
      ['e', 'Latin small letter e with ogonek: ę'],
      ['', ''],
    ]);
    expect(words(d.querySelector('main p'))).toBe('alpha㮈beta 里 gamma [口*系] delta prędki e end .');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const printed = pdfTextOfBytes((await renderPdfBytes(glyphs, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(printed).toMatch(/beta 里 gamma \[口\*系\] delta prędki e end \./);
  });

  it('HTML: references one after another in a paragraph are parted by a space', async () => {
    const { d } = await page(tei('<p><bibl><title>Plate</title> <idno>14</idno></bibl>\n  <bibl><title>Film</title> <idno>196</idno></bibl></p>'), 'text.html');
    expect(words(d.querySelector('main p'))).toBe('Plate 14 Film 196');
  });

  it('PDF: the mark of a note before a word (a marginal number at the start of a line) is not read as part of the word', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const doc = tei('<p>First line of the page.</p><p><note place="margin_left">1.</note>Whereas the second begins here.</p>');
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(printed).toMatch(/ Whereas the second begins here\./);
    expect(printed).not.toMatch(/[a-z0-9]Whereas/);
  });

  it('a dictionary example keeps its source before its nested translation; a gloss, a mark or a language name between an entry\'s parts has a rule in both outputs', async (ctx) => {
    const doc = tei(`<entry xml:id="e1"><form type="lemma"><orth>hound</orth></form><pc>,</pc><form type="inflected"><orth>hounds</orth></form>
<sense><gloss>(of hunting)</gloss><cit type="example" xml:lang="en"><quote>The hounds ran at dawn.</quote><bibl>A. Writer, Field Notes, 1901, p. 7.</bibl>
<cit type="translation" xml:lang="fr"><quote>Les chiens couraient.</quote></cit></cit></sense><lang>English</lang></entry>`);
    const { d, unhandled } = await page(doc, 'text.html');
    expect(unhandled).toEqual([]);
    expect(words(d.querySelector('figure.cit-example'))).toBe('The hounds ran at dawn.A. Writer, Field Notes, 1901, p. 7.Les chiens couraient.');
    expect(d.querySelector('figure.cit-example p.cit-source cite.bibl')).not.toBeNull();
    expect(words(d.querySelector('span.gloss'))).toBe('(of hunting)');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    expect(diagnostics.filter((x) => /unhandled/.test(x.rule))).toEqual([]);
    // (the margin's line numbers left out)
    expect(pdfTextOfBytes(pdf).replace(/\s+/g, ' ').replace(/ \d+(?= )/g, '')).toMatch(/hound , hounds \(of hunting\) The hounds ran at dawn\. A\. Writer, Field Notes, 1901, p\. 7\. Les chiens couraient\. English/);
  });

  it('a drama written with the tei: prefix on every element: acts and scenes, verse in a speech, said, a quotation of lines, a letter read out (floatingText)', async (ctx) => {
    const doc = `<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:teiHeader><tei:fileDesc><tei:titleStmt><tei:title>Prefixed</tei:title></tei:titleStmt><tei:publicationStmt><tei:p>p</tei:p></tei:publicationStmt><tei:sourceDesc><tei:p>s</tei:p></tei:sourceDesc></tei:fileDesc></tei:teiHeader>
<tei:text><tei:body><tei:div type="act" n="1"><tei:head>Act One</tei:head><tei:div type="scene" n="1"><tei:head>Scene One</tei:head>
<tei:sp who="#a"><tei:speaker>ALPHA</tei:speaker><tei:lg><tei:l>First line sung,</tei:l><tei:l>second line sung.</tei:l></tei:lg>
<tei:p>Then: <tei:said who="#a">I go now</tei:said>, quoting <tei:quote><tei:l>a quoted line one</tei:l><tei:l>a quoted line two</tei:l></tei:quote> at the door.</tei:p></tei:sp>
<tei:floatingText type="letter"><tei:body><tei:opener><tei:salute>Dear friend,</tei:salute></tei:opener><tei:p>The letter read aloud.</tei:p><tei:closer><tei:signed>Gamma</tei:signed></tei:closer></tei:body></tei:floatingText>
<tei:stage>Exit ALPHA.</tei:stage></tei:div></tei:div></tei:body></tei:text></tei:TEI>`;
    const { d, unhandled } = await page(doc, 'text.html');
    expect(unhandled).toEqual([]);
    expect(d.querySelectorAll('section.div-act > h2, section.div-act section.div-scene > h3').map(words)).toEqual(['Act One', 'Scene One']);
    expect(d.querySelectorAll('.sp .lg .l').map(words)).toEqual(['First line sung,', 'second line sung.']);
    expect(d.querySelectorAll('.sp blockquote.quote .l').map(words)).toEqual(['a quoted line one', 'a quoted line two']);
    expect(words(d.querySelector('figure.document-letter'))).toBe('Dear friend,The letter read aloud.Gamma');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ').replace(/ \d+(?= )/g, '');
    expect(printed).toMatch(/Act One Scene One ALPHA First line sung, second line sung\. Then: I go now, quoting a quoted line one a quoted line two at the door\. Dear friend, The letter read aloud\. Gamma Exit ALPHA\./);
  });

  it('in a teiCorpus, an empty g of a member reads as the mapping its member\'s header declares', async () => {
    const head = (t: string, enc: string): string => `<teiHeader><fileDesc><titleStmt><title>${t}</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>${enc}</teiHeader>`;
    const decl = '<encodingDesc><charDecl><char xml:id="CB00003"><mapping type="normal_unicode">U+91CC</mapping></char></charDecl></encodingDesc>';
    const doc = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${head('Corpus', '')}<TEI>${head('Part one', decl)}<text><body><p>one<g ref="#CB00003"/>a</p></body></text></TEI>
<TEI>${head('Part two', decl)}<text><body><p>two<g ref="#CB00003"/>b</p></body></text></TEI></teiCorpus>`;
    const { files } = await renderHtmlFiles(doc);
    const texts = [...files].filter(([path]) => /^text-\d+\.html$/.test(path)).map(([, html]) => words(parse(Buffer.from(html).toString('utf8')).querySelector('main span.g')?.parentNode as HTMLElement));
    expect(texts).toEqual(['one里a', 'two里b']);
  });
  it("HTML: the page about the edition shows each source the header names in its own place (bibl, biblStruct, a paragraph), a witness's manuscript description as one, and no empty Sources section", async () => {
    // As ELTeC and DTA headers give their sources: two bibl side by side, no listBibl.
    const sources = tei(
      '<p>x</p>',
      `<sourceDesc>
<bibl type="digitalSource"><title>Lepa Vida: edicija WikiVir</title> <date>2007</date></bibl>
<bibl type="firstEdition"><author>Jurčič, Josip</author> <title>Lepa Vida</title> <date>1877</date></bibl>
<biblStruct><monogr><title level="j">Al-Moktabas</title><imprint><pubPlace>Caire</pubPlace><date>1906</date></imprint></monogr></biblStruct>
<p>Transcribed from the first printing.</p>
</sourceDesc>`,
    );
    const { d, unhandled } = await page(sources, 'editorial.html');
    expect(unhandled).toEqual([]);
    const section = d.querySelector('section[aria-labelledby="sources"]');
    const items = section?.querySelectorAll('div.source, p') ?? [];
    expect(items.map(words)).toEqual(['Lepa Vida: edicija WikiVir 2007', 'Jurčič, Josip Lepa Vida 1877', 'Al-Moktabas, Caire, 1906', 'Transcribed from the first printing.']);
    // A witness whose description is a msDesc (as the Schnitzler letters give it) shows it, not its words run together.
    const withMs = tei(
      '<p>x</p>',
      `<sourceDesc><listWit><witness n="1"><msDesc><msIdentifier><settlement>Marbach am Neckar</settlement><repository>Deutsches Literaturarchiv</repository><idno>HS.NZ85.1.3604</idno></msIdentifier></msDesc></witness></listWit></sourceDesc>`,
    );
    const w = await page(withMs, 'editorial.html');
    expect(w.d.querySelector('section[aria-labelledby="sources"]')).toBeNull();
    expect(words(w.d.querySelector('.witnesses .witness-description .msIdentifier'))).toBe('Marbach am Neckar, Deutsches Literaturarchiv, HS.NZ85.1.3604');
    // A source description with nothing in it: no heading over nothing.
    const empty = await page(tei('<p>x</p>', '<sourceDesc><p/></sourceDesc>'), 'editorial.html');
    expect(empty.d.querySelector('section[aria-labelledby="sources"]')).toBeNull();
  });
  it('a structured citation (biblStruct, its fields written with no space between them) is parted as citations print it, in both outputs', async (ctx) => {
    const doc = tei(
      `<p>See the list.</p><listBibl><biblStruct><analytic><author>Kafka, Franz</author><title level="a">Die Verwandlung</title></analytic><monogr><title level="j">Die weißen Blätter</title><imprint><pubPlace>Leipzig</pubPlace><date>1915</date><biblScope unit="page"/></imprint></monogr></biblStruct></listBibl>`,
    );
    const { d, unhandled } = await page(doc, 'text.html');
    expect(unhandled).toEqual([]);
    expect(words(d.querySelector('.biblStruct'))).toBe('Kafka, Franz, Die Verwandlung. Die weißen Blätter, Leipzig, 1915');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const pdf = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(pdf).toContain('Kafka, Franz, Die Verwandlung. Die weißen Blätter, Leipzig, 1915');
  });
  it('notes kept apart in a division of notes, pointing with @target to their place, are set at that place in both outputs', async (ctx) => {
    const doc = tei(
      '<p>The ship sailed<anchor xml:id="n1"/> at dawn, and the <seg xml:id="s2">harbour master</seg> wrote it down.</p><p xml:id="p2">Second paragraph.</p></body><back><div type="notes"><note target="#n1" n="1">On 3 May 1790, by the log.</note><note target="#s2" n="2">John Carr, appointed 1788.</note><note target="#nowhere" n="3">A note whose place is not in the text.</note><note target="#p2" n="4">A note on a whole paragraph.</note></div>',
    ).replace('</body></text>', '</back></text>');
    const { d, unhandled } = await page(doc, 'text.html');
    expect(unhandled).toEqual([]);
    const p = d.querySelector('main p');
    expect(p?.innerHTML).toMatch(/sailed<span id="n1"><\/span><a class="noteref[^"]*" id="ref-note-1" href="#note-1"[^>]*><sup>\[1\]<\/sup><\/a> at dawn/);
    expect(p?.innerHTML).toMatch(/harbour master<\/span><a class="noteref[^"]*" id="ref-note-2" href="#note-2"/);
    expect(d.querySelectorAll('.footnotes li').map((li) => words(li.querySelector('.note-body')))).toEqual(['On 3 May 1790, by the log.', 'John Carr, appointed 1788.']);
    // a back matter that only kept notes set elsewhere is no page of its own
    const moved = doc.replace(/<note target="#nowhere".*<\/note><\/div>/u, '</div>');
    expect((await renderHtmlFiles(moved)).files.has('back.html')).toBe(false);
    // one whose place is not found, or is a block (set by rules of its own), stays where it is kept
    const back = await page(doc, 'back.html');
    expect(back.d.querySelectorAll('.footnotes li .note-body').map(words)).toEqual(['A note whose place is not in the text.', 'A note on a whole paragraph.']);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(printed).toContain('The ship sailed1 at dawn, and the harbour master2 wrote it down.');
    expect(printed).toMatch(/1 On 3 May 1790, by the log\. 2 John Carr, appointed 1788\./);
  });
  it('a long text in div1 divisions (as the Walt Whitman Archive encodes reviews) has a page for each, named by its heading of any type, else by its kind and rank; verse quoted inside a sentence keeps its lines, in print, with no warning', async (ctx) => {
    // more than 40,000 characters: the web edition gives each top division a page
    const para = `<p>${'word '.repeat(3000)}</p>`;
    const doc = tei(
      `<div1 type="review"><byline>From the North American Review.</byline>${para}</div1>` +
        `<div1 type="review"><head type="main-authorial">WALT WHITMAN, A BROOKLYN BOY.</head>${para}</div1>` +
        `<div1 type="review"><byline>From Putnam's Magazine.</byline>${para}<p>Those tones of high melody: <q><floatingText><body><lg type="linegroup"><l>"From land to land re-echoed solemnly,</l>\n<l>Till silence become music."</l></lg></body></floatingText></q> We expect it.</p></div1>`,
    );
    const { files, diagnostics } = await renderHtmlFiles(doc);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...files.keys()].filter((f) => /^review\d\.html$/.test(f)).sort()).toEqual(['review1.html', 'review2.html', 'review3.html']);
    const index = parse(Buffer.from(files.get('index.html')!).toString('utf8'));
    const contents = index.querySelectorAll('main a').map((a) => words(a));
    expect(contents).toEqual(expect.arrayContaining(['Review 1', 'WALT WHITMAN, A BROOKLYN BOY.', 'Review 3']));
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf, diagnostics: printed } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    expect(printed.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
    const lines = pdfTextOfBytes(pdf).split('\n').map((l) => l.trim());
    expect(lines.some((l) => l.endsWith('high melody: "From land to land re-echoed solemnly,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Till silence become music." We expect it.'))).toBe(true);
  });
});
