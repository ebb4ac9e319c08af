/**
 * Constructs found in real TEI the corpus did not have (a dictionary in TEI Lex-0, Syriac
 * patristics, Arabic): each renders in both outputs, and its words are there.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (body: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;

/** A dictionary entry: its translation equivalents are cits holding forms, not quotes; comments and a PI between its parts. */
const dictionary = tei(`<entry xml:id="aid"><!-- a comment first --><form type="lemma"><orth>aid</orth></form><?editor check?>
<sense><cit type="translationEquivalent" xml:lang="fr"><form><orth>secours</orth></form></cit>
<cit type="example"><quote>first aid kit</quote><bibl>Dictionary, 1990</bibl></cit></sense></entry>
<entry>loose words first <form>w</form><sense><p>a meaning</p></sense></entry>
<listBibl><!-- sources --><bibl>A source</bibl></listBibl>
<p>Before <cit><q>quoted words</q> <ref>Ref 1</ref></cit> after.</p>`);

const page = async (doc: string, name = 'text.html'): Promise<HTMLElement> => {
  const { files } = await renderHtmlFiles(doc);
  const html = files.get(name);
  expect(html, name).toBeDefined();
  return parse(Buffer.from(html!).toString('utf8'));
};
const words = (d: HTMLElement): string => (d.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

describe('real-world constructs the corpus lacked', () => {
  it('HTML: a cit keeps every word it holds, set apart or inside a sentence', async () => {
    const d = await page(dictionary);
    const text = words(d);
    for (const w of ['aid', 'secours', 'first aid kit', 'Dictionary, 1990', 'A source', 'Before quoted words Ref 1 after.']) expect(text).toContain(w);
    // the cit in the sentence runs on in its paragraph, not a figure inside a p
    const inline = d.querySelector('p span.cit');
    expect(inline?.textContent).toBe('quoted words Ref 1');
    expect(d.querySelector('p figure')).toBeNull();
    expect(d.querySelector('figure.cit-translationEquivalent')?.getAttribute('lang')).toBe('fr');
    expect(text).not.toMatch(/comment|check/);
  });

  it('PDF: comments and processing instructions anywhere are skipped, text before blocks is a paragraph, the words printed', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(dictionary, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    for (const w of ['aid', 'secours', 'first aid kit', 'loose words first', 'a meaning', 'A source', 'quoted words']) expect(text).toContain(w);
    expect(text).not.toMatch(/a comment first|editor check/);
  });

  it('HTML: right to left for the languages and scripts that run so, by any of their codes', async () => {
    const d = await page(tei(`<p xml:lang="syc">ܒܫܡ ܐܒܐ</p><p xml:lang="arb">بسم الله</p><p xml:lang="ary">مرحبا</p><p xml:lang="he">שלום</p>
<p xml:lang="sa-Arab">x</p><p xml:lang="grc">λόγος</p><p xml:lang="ur">اردو</p><p xml:lang="ta">தமிழ்</p>`));
    const dir = Object.fromEntries([...d.querySelectorAll('main p[lang]')].map((p) => [p.getAttribute('lang'), p.getAttribute('dir') ?? 'ltr']));
    expect(dir).toEqual({ syc: 'rtl', arb: 'rtl', ary: 'rtl', he: 'rtl', 'sa-Arab': 'rtl', grc: 'ltr', ur: 'rtl', ta: 'ltr' });
  });

  it('HTML: words in a right-to-left language inside a line are left to the bidirectional algorithm, not isolated one by one', async () => {
    // EpiDoc marks each word (IIP, jord0001): a dir on each would set the row left to right
    const d = await page(tei(`<p><w xml:lang="he">אחד</w> <w xml:lang="he">שנים</w> <w xml:lang="he">שלשה</w></p>`));
    const words = [...d.querySelectorAll('main p span[lang="he"]')];
    expect(words.map((w) => [w.textContent, w.getAttribute('dir') ?? 'none'])).toEqual([['אחד', 'none'], ['שנים', 'none'], ['שלשה', 'none']]);
  });

  it('PDF: each text of a group opens like a chapter under its title page\'s title, listed in the contents with its parts, the title printed once', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const member = (title: string, parts: string) => `<text><front><titlePage><docTitle><titlePart>${title}</titlePart></docTitle><docAuthor>A. Preacher</docAuthor></titlePage></front><body>${parts}</body></text>`;
    const doc = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Two Sermons</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><group>${member('The First Sermon', '<div><head>Part One</head><p>Alpha words.</p></div><div><head>Part Two</head><p>Beta words.</p></div>')}${member('The Second Sermon', '<div><head>Only Part</head><p>Gamma words.</p></div>')}</group></text></TEI>`;
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    // the contents: both texts, each with its parts, before the text itself
    expect(printed).toMatch(/Contents The First Sermon[ .]+\S+ Part One[ .]+\S+ Part Two[ .]+\S+ The Second Sermon[ .]+\S+ Only Part[ .]+\S+/);
    for (const title of ['The First Sermon', 'The Second Sermon']) expect(printed.split(title).length - 1).toBe(2); // contents and opening
    // then the texts in order, each title page's other lines kept (the margin's line numbers come between)
    const body = printed.slice(printed.lastIndexOf('Only Part . '));
    const order = ['The First Sermon', 'A. Preacher', 'Part One', 'Alpha words.', 'Part Two', 'Beta words.', 'The Second Sermon', 'A. Preacher', 'Only Part', 'Gamma words.'];
    let at = 0;
    for (const w of order) {
      const found = body.indexOf(w, at);
      expect(found, w).toBeGreaterThanOrEqual(at);
      at = found + w.length;
    }
  });

  it('PDF: a note on a place of variation (a note in the app), or in a reading not printed, is printed in its apparatus entry; a note without words prints nothing and is no warning', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const doc = tei(`<p>The cover is <app><rdg wit="#A">green</rdg><rdg wit="#B">brown<note>Only in copy B.</note></rdg><note>Copies in brown cloth were bound later.</note></app> cloth.</p><note type="relations" target="#x"/><p>More words.</p>`);
    const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    const printed = pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
    // a note in a reading the text does not print follows its sigla
    expect(printed).toMatch(/brown B \(Only in copy B\.\); Copies in brown cloth were bound later\./);
    expect(printed).toContain('More words.');
    expect(diagnostics.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
  });

  it('HTML: a note without words gets no marker, no footnote and no letter; the notes around it are lettered a, b', async () => {
    const doc = tei(`<p>First words<note type="work_relations" target="#x"/> and more<note>A real note.</note> then<note><lb/></note> and last<note>Second real.</note>.</p>`);
    const text = await page(doc);
    expect(text.querySelectorAll('a[role="doc-noteref"]').map((a) => a.textContent)).toEqual(['a', 'b']);
    expect(text.querySelectorAll('ol.notes > li .note-body').map((n) => n.textContent.trim())).toEqual(['A real note.', 'Second real.']);
    expect(words(text)).toContain('First words and morea then and lastb.');
  });

  it('PDF: a note between blocks (in a division, a speech, a stanza) is printed where it stands after its mark and label, its readings in the apparatus; no warning', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const doc = tei(`<div><p>First paragraph words.</p><note place="margin">A marginal <app><lem wit="#A">note</lem><rdg wit="#B">remark</rdg></app> here.</note><p>Second paragraph words.</p>
<sp><speaker>Hamlet</speaker><l>To be or not to be</l><note>Famous line.</note><l>that is the question</l></sp><lg><l>Verse line one</l><note type="editorial">On verse.</note><l>Verse line two</l></lg></div>`);
    const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    const printed = pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
    // (the margin's line numbers, every fifth line, left out)
    expect(printed.replace(/ \d+(?= )/g, '')).toMatch(/First paragraph words\. a Note A marginal note here\. Second paragraph words\. Hamlet To be or not to be b Note Famous line\. that is the question Verse line one c Editorial note On verse\. Verse line two/);
    expect(printed).toMatch(/n\. a note\] remark B/);
    expect(diagnostics.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
  });

  it('a transcription kept only as a sourceDoc is published as the text: each surface under its name, each line, the changes on the page', async (ctx) => {
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Notebook</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<sourceDoc><?xml-model href="page.rng"?>
  <surface n="23r"><graphic url="f23r.jpg"/><zone type="pagination"><line>167</line></zone>
    <zone type="main"><line>Alpha beta</line><line>gamma <del rend="strikethrough">delta</del> <add place="superlinear">epsilon</add></line></zone></surface>
  <surface xml:id="f23v"><zone><line>Zeta eta</line></zone></surface></sourceDoc></TEI>`;
    const text = await page(doc);
    expect(text.querySelectorAll('h2').map((h) => h.textContent)).toEqual(['23r', 'f23v']);
    expect(words(text)).toMatch(/23r.*167.*Alpha beta.*gamma delta.*epsilon.*f23v.*Zeta eta/);
    expect(text.querySelector('del')?.textContent).toBe('delta');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(printed).toMatch(/23r (?:5 )?167 Alpha beta gamma ⟦delta⟧ epsilon f23v Zeta eta/); // (5: a line number in the margin)
  });

  it('no glued words where blocks are set as phrases or alternatives stand side by side (cast, address in a sentence, substitution, names of a respStmt)', async (ctx) => {
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Glue</title><respStmt><resp>edited by</resp><name>Anne Editor</name><name>Silke Editor</name></respStmt></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><div>
<castList><castItem><role>Claudius</role>
  <roleDesc>king of Denmark</roleDesc></castItem></castList>
<p>Sent to <address><addrLine>Alpha Street</addrLine>
 <addrLine>Beta Town</addrLine></address> today.</p>
<p>Noch immer <subst><del>trunken</del>
  <add>truncken</add></subst> von der Woge.</p></div></body></text></TEI>`;
    const text = words(await page(doc));
    expect(text).toContain('Claudius king of Denmark');
    expect(text).toContain('Sent to Alpha Street Beta Town today.');
    expect(text).toContain('Noch immer trunken truncken von der Woge.');
    expect((await page(doc, 'index.html')).querySelector('dl.facts dd')?.textContent).toBe('Anne Editor, Silke Editor');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    // (the margin's line numbers left out)
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ').replace(/ \d+(?= )/g, '');
    expect(printed).toMatch(/Claudius,? king of Denmark/);
    expect(printed).toContain('Sent to Alpha Street Beta Town today.');
    expect(printed).toContain('Noch immer ⟦trunken⟧ truncken von der Woge.');
  });

  it('whitespace alone in a speech is layout and left out as the TEI is read; phrases standing directly in a division (against the schema) keep their space (the cells of a table stay cells)', async () => {
    const d = await page(tei(`<div><sp>
  <speaker>ANNA</speaker>
  <stage>leise</stage>
  <p>Komm.</p>
</sp><hi>Alpha</hi> <hi>Beta</hi></div><div><table><row><cell>Gamma</cell> <cell>Delta</cell></row></table></div>`));
    const sp = d.querySelector('dl.dialogue div.sp');
    expect(sp?.querySelector('dt.speaker')?.textContent).toBe('ANNA');
    // no text node between the parts of the speech: the stage direction and the words follow at once
    expect(sp?.querySelector('dd')?.innerHTML).toBe('<p class="stage">leise</p><p>Komm.</p>');
    expect(words(d)).toContain('Alpha Beta');
    expect(d.querySelectorAll('table tr td').map((c) => c.textContent)).toEqual(['Gamma', 'Delta']);
  });

  it('tokens written with no whitespace between them are words apart in both outputs and the apparatus; a token joined inside a wrapper joins; publishers are parted', async (ctx) => {
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Tokens</title></titleStmt>
<publicationStmt><publisher>Univerza v Ljubljani</publisher><publisher>University of Ljubljana</publisher></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><p><w>in</w><w>the</w><w>world</w><pc>,</pc><w>said</w><pc>(</pc><w>he</w><pc>)</pc><pc>.</pc></p>
<p>Then <app><lem wit="#A"><w>in</w><w>the</w><w>house</w></lem><rdg wit="#B"><w>in</w><w>a</w><w>house</w></rdg></app> again.</p>
<p>
 <seg type="name">
   <w join="right">Zreče</w>
 </seg>
 <pc>,</pc>
 <w>danes</w>
</p></body></text></TEI>`;
    const { files } = await renderHtmlFiles(doc);
    const d = parse(files.get('text.html')!);
    const text = words(d);
    expect(text).toContain('in the world, said (he).');
    expect(text).toContain('Then in the house');
    expect(text).toContain('Zreče, danes');
    expect(d.querySelector('ol.app-entries')?.textContent).toMatch(/in the house.*in a house/);
    expect(parse(files.get('index.html')!).querySelector('footer')?.textContent).toBe('Univerza v Ljubljani, University of Ljubljana.');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(printed).toContain('in the world, said (he).');
    expect(printed).toMatch(/in the house\] in a house/);
    expect(printed).toContain('Zreče, danes');
  });

  it('PDF: an apparatus kept apart from the text is printed whole: by location where it stands, by double end-point at its anchor\'s line; no lemma printed twice', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const located = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Loc</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><l n="1">Alpha beta</l><l n="2">Gamma delta</l></div></body><back><div type="apparatus"><app loc="2"><lem>Gamma</lem><rdg wit="#B">Kappa</rdg></app></div></back></text></TEI>`;
    const anchored = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Ends</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>Alpha <anchor xml:id="a1"/>beta gamma<anchor xml:id="a2"/> delta.</p></body><back><listApp><app from="#a1" to="#a2"><lem wit="#A">beta gamma</lem><rdg wit="#B">Lambda</rdg></app></listApp></back></text></TEI>`;
    const text = async (doc: string): Promise<string> => pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    const first = await text(located);
    expect(first).toMatch(/Alpha beta Gamma delta 2 Gamma\] Kappa B $/);
    const second = await text(anchored);
    expect(second).toMatch(/Alpha beta gamma delta\. 1 beta gamma\] Lambda B $/);
  });

  it('tokens joined by @join read without the space their layout has; a ruby is HTML ruby and a raised gloss in the print, read without its gloss', async (ctx) => {
    const doc = tei(`<p><w>Alpha</w>
<w join="right">Beta</w>
<pc>.</pc>
<pc join="right">(</pc>
<w>Gamma</w>
<pc join="left">)</pc></p><p><ruby><rb>抽齋</rb><rt>ちうさい</rt></ruby>の年譜</p>`);
    const text = await page(doc);
    expect(words(text)).toContain('Alpha Beta. (Gamma)');
    expect(text.querySelector('ruby')?.toString()).toBe('<ruby><span class="rb">抽齋</span><rp>(</rp><rt>ちうさい</rt><rp>)</rp></ruby>');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(printed).toContain('Alpha Beta. (Gamma)');
    expect(printed).toContain('抽齋(ちうさい)の年譜');
  });

  it('a dictionary\'s entries, a transcript\'s sounds and gestures and notated music have rules of their own: headword bold, grammar italic, descriptions in brackets; no warning', async (ctx) => {
    const doc = tei(`<entry><form><orth>aid</orth> <pron>eɪd</pron></form>
<gramGrp><pos>noun</pos> <gen>neuter</gen></gramGrp><sense><def>help given</def> <usg type="dom">medicine</usg></sense></entry>
<vocal><desc>Noise in the hall.</desc></vocal>
<u who="#a">I agree <kinesic><desc>nods</desc></kinesic> with that<pause/> fully.</u><notatedMusic><ptr target="song.mei"/><desc>A tune</desc></notatedMusic>`);
    const { files, diagnostics } = await renderHtmlFiles(doc);
    expect(diagnostics.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
    const text = parse(Buffer.from(files.get('text.html')!).toString('utf8'));
    expect(text.querySelector('b.orth')?.textContent).toBe('aid');
    expect(text.querySelectorAll('i.pos, i.gen, i.usg').map((e) => e.textContent)).toEqual(['noun', 'neuter', 'medicine']);
    expect(words(text)).toMatch(/aid eɪd.*noun neuter.*help given medicine.*\[Noise in the hall\.\].*I agree \[nods\] with that fully\..*song\.mei A tune/);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const pdf = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    expect(pdf.diagnostics.filter((d) => /unhandled/.test(d.rule))).toEqual([]);
    expect(pdfTextOfBytes(pdf.pdf).replace(/\s+/g, ' ').replace(/ \d+(?= )/g, '')).toMatch(/aid eɪd noun neuter help given medicine \[Noise in the hall\.\] I agree \[nods\] with that fully\. A tune/);
  });

  it('PDF: a list label wider than its column keeps its width instead of being broken in it; a short one stands in the column', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const doc = tei(`<list><item><label>Parallelogram</label> a four-sided figure</item><item><label>1.</label> first</item></list>`);
    const printed = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(printed).toContain('Parallelogram a four-sided figure 1. first');
  });

  it('a teiCorpus publishes every member, each under its own title, in both outputs', async (ctx) => {
    const member = (title: string, words: string, attrs = ''): string =>
      `<TEI${attrs}><teiHeader><fileDesc><titleStmt><title>${title}</title><author>Anne Writer</author></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><p>${words}</p></body></text></TEI>`;
    const corpus = `<?xml version="1.0" encoding="UTF-8"?>
<!-- letters --><teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letters of two friends</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
${member('First letter', 'Words of the first letter.', ' xml:id="l1"')}<teiCorpus><teiHeader><fileDesc><titleStmt><title>Replies</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>${member('Réponse', 'Mots de la réponse.', ' xml:lang="fr"')}</teiCorpus></teiCorpus>`;
    const index = await page(corpus, 'index.html');
    expect(index.querySelector('h1')?.textContent).toBe('Letters of two friends');
    // one page per member, in order, each under its title
    expect(index.querySelectorAll('nav.toc a').map((a) => [a.getAttribute('href'), a.textContent])).toEqual([['text-1.html', 'First letter'], ['group-1.html', 'Replies']]);
    expect(words(await page(corpus, 'text-1.html'))).toMatch(/First letter.*Anne Writer.*Words of the first letter\./);
    expect(words(await page(corpus, 'group-1.html'))).toMatch(/Replies.*Réponse.*Mots de la réponse\./);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const printed = pdfTextOfBytes((await renderPdfBytes(corpus, { fallbackDate: new Date(0) })).pdf);
    expect(printed.replace(/\s+/g, ' ')).toMatch(/First letter.*Words of the first letter\..*Réponse.*Mots de la réponse\./);
  });

  it('PDF: a script no face has (Ol Chiki, Runic, a private-use letter) still gives the PDF, not PDF/A, and says which characters', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const doc = tei(`<p xml:lang="sat">ᱚᱞ</p><p>ᚠᚢ</p><p>q\uE8B3 and plain words.</p>`);
    const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    const missing = diagnostics.filter((d) => d.rule === 'pdf-missing-glyphs');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.severity).toBe('warning');
    for (const code of ['U+1C5A', 'U+16A0', 'U+E8B3']) expect(missing[0]!.message).toContain(code);
    expect(pdfTextOfBytes(pdf)).toContain('and plain words.');
  });

  it('PDF: Syriac and Ge\'ez have faces of their own (Digital Syriac Corpus, Beta maṣāḥǝft): a PDF/A, no character missing', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const doc = tei(`<p xml:lang="syc">ܒܫܡ ܐܒܐ</p><p xml:lang="gez">ግዕዝ ቋንቋ</p><p>and plain words.</p>`);
    const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    expect(diagnostics.filter((d) => d.rule === 'pdf-missing-glyphs')).toEqual([]);
    const printed = pdfTextOfBytes(pdf);
    expect(printed).toContain('ግዕዝ ቋንቋ');
    expect(printed).toContain('and plain words.');
  });

  it('a stage direction inside a line, a q set apart and the apparatus milestones have rules of their own in both outputs', async (ctx) => {
    const doc = tei(`<sp><speaker>NURSE</speaker><l>Good night, good night. <stage>Exit.</stage></l></sp>
<q><lg><l>A sung line of the song,</l><l>and its second.</l></lg></q>
<p>Text <app><lem wit="#A"><witStart/>kept words<witEnd/></lem><rdg wit="#B"><lacunaStart/></rdg></app> here.</p>`);
    const { files, diagnostics: htmlSaid } = await renderHtmlFiles(doc);
    expect(htmlSaid.filter((d) => /witStart|witEnd|lacunaStart/.test(d.message))).toEqual([]);
    expect(Buffer.from(files.get('text.html')!).toString('utf8')).toContain('Exit.');
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
    expect(diagnostics.filter((d) => d.rule === 'pdf-unhandled-element')).toEqual([]);
    const text = pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
    for (const w of ['Good night, good night. Exit.', 'A sung line of the song,', 'Text kept words here.']) expect(text).toContain(w);
  });

  it('HTML: sic, corr, orig and reg without their alternative show their text, marked, with no warning', async () => {
    const { files, diagnostics } = await renderHtmlFiles(tei('<p>An <sic>errour</sic>, a <corr>correction</corr>, <orig>olde</orig> and <reg>new</reg> words.</p>'));
    expect(diagnostics).toEqual([]);
    const p = parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main p')!;
    expect(p.textContent).toBe('An errour, a correction, olde and new words.');
    expect(p.querySelectorAll('span').map((s) => s.getAttribute('class'))).toEqual(['sic', 'corr', 'orig', 'reg']);
  });
});
