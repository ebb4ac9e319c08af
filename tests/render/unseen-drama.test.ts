/**
 * Constructs found in a third probe of TEI from projects the corpus does not draw on (a Folger
 * Shakespeare play as the Shakespeare Drama Corpus publishes it, the TEI Simple test files,
 * Wright American Fiction): each renders in both outputs with no warning, and what it says is
 * where a reader looks for it. Each fixture is a few lines of the real file, named in a comment,
 * or, where that file's licence does not let us copy it, real words in markup of our own in its
 * shape.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfInfo, pdfText, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (text: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Unseen</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text>${text}</text></TEI>`;

const html = async (doc: string, name = 'text.html'): Promise<ReturnType<typeof parse>> => {
  const { files } = await renderHtmlFiles(doc);
  const page = files.get(name);
  expect(page, name).toBeDefined();
  return parse(Buffer.from(page!).toString('utf8'));
};

/** The PDF's text laid out as on the page (pdftotext -layout), and the rules of its warnings. */
const printed = async (doc: string): Promise<{ layout: string; rules: string[] }> => {
  const { pdf, diagnostics } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  const dir = mkdtempSync(join(tmpdir(), 'tei-unseen-drama-'));
  try {
    writeFileSync(join(dir, 'made.pdf'), pdf);
    return { layout: pdfText(join(dir, 'made.pdf'), undefined, undefined, ['-layout']), rules: diagnostics.map((d) => d.rule) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
const column = (layout: string, words: string): number => {
  const line = layout.split('\n').find((l) => l.includes(words));
  expect(line, `a line with "${words}"`).toBeDefined();
  return line!.indexOf(words);
};

/**
 * Verse lines shared between speakers (@part I, M, F), in the shape dracor-org/shakedracor's
 * tei/macbeth.xml (commit 1146c6ce, from the Folger Shakespeare, CC BY-NC 3.0) has them in act 1,
 * scenes 1 and 2. That file's licence does not let us copy it: the words here are Shakespeare's
 * (public domain), the markup, ids and cast-list wording our own.
 */
const sharedLines = tei(`<body><div type="scene"><head>Scene 1</head>
<sp who="#witch1"><speaker>FIRST WITCH </speaker><l n="1.1.6" part="I">Where the place? </l></sp>
<sp who="#witch2"><speaker>SECOND WITCH </speaker><l n="1.1.7" part="F">Upon the heath. </l></sp>
<sp who="#witch3"><speaker>THIRD WITCH </speaker><l n="1.1.8">There to meet with Macbeth. </l></sp>
<sp who="#duncan"><speaker>DUNCAN </speaker><l n="1.2.2">As seemeth by his plight, of the revolt </l><l n="1.2.3" part="I">The newest state. </l></sp>
<sp who="#malcolm"><speaker>MALCOLM </speaker><l n="1.2.4" part="F">This is the sergeant </l>
<l n="1.2.5">Who, like a good and hardy soldier, fought </l></sp></div></body>`);

describe('a verse line shared between speakers', () => {
  it('HTML: the final part starts where the initial part stopped (its words hold the place, unseen and unread); other lines do not move', async () => {
    const d = await html(sharedLines);
    const lines = d.querySelectorAll('main .l');
    const leads = lines.map((l) => l.querySelector('.line-lead'));
    expect(leads.map((l) => l?.text ?? null)).toEqual([null, 'Where the place? ', null, null, null, 'The newest state. ', null]);
    for (const l of leads.filter((x) => x !== null)) expect(l!.getAttribute('aria-hidden')).toBe('true');
    expect(lines[1]!.text).toBe('Where the place? Upon the heath. ');
  });

  it('PDF: the final part is set on, after the width of the initial part, and the initial part is printed once', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { layout, rules } = await printed(sharedLines);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
    expect(layout.match(/Where the place\?/g)).toHaveLength(1);
    expect(column(layout, 'Upon the heath.')).toBeGreaterThanOrEqual(column(layout, 'Where the place?') + 'Where the place?'.length);
    expect(column(layout, 'This is the sergeant')).toBeGreaterThanOrEqual(column(layout, 'The newest state.') + 'The newest state.'.length);
    expect(column(layout, 'There to meet')).toBe(column(layout, 'Where the place?'));
  });
});

/**
 * A cast list in groups, a group with a heading, and empty roles that point to the members of a
 * group named in the role before them: the shape of the same file's castList (shortened), in
 * words of our own.
 */
const castList = tei(`<front><castList><castGroup><castItem xml:id="witches">
            Three Witches
          </castItem><castItem corresp="#witches" sameAs="#witch1"/><castItem corresp="#witches" sameAs="#witch2"/>
<castItem corresp="#witches" sameAs="#witch3"/></castGroup>
<castGroup><castItem sameAs="#duncan"><role><name>Duncan</name></role> <roleDesc>king of Scotland</roleDesc></castItem>
<castGroup><head>who wait upon the Queen</head><castItem sameAs="#doctor"><role>A Doctor</role></castItem>
<castItem sameAs="#gentlewoman"><role>A Gentlewoman</role></castItem></castGroup></castGroup></castList></front>
<body><div type="act"><head>ACT 1</head><p>Thunder and Lightning.</p></div></body>`);

describe('a cast list in groups', () => {
  it('HTML: a role that holds nothing is no empty line', async () => {
    const d = await html(castList, 'front.html');
    const roles = d.querySelectorAll('main .castItem');
    expect(roles.map((r) => r.text.trim().replace(/\s+/g, ' '))).toEqual(['Three Witches', 'Duncan king of Scotland', 'A Doctor', 'A Gentlewoman']);
  });

  it('PDF: the heading of a group of roles is a line of the list, not an entry of the contents; empty roles print no empty lines', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { layout, rules } = await printed(castList);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
    expect(layout.match(/who wait upon the Queen/g)).toHaveLength(1);
    expect(layout).toMatch(/Contents[^]*ACT 1[^]*Three Witches/);
    const lines = layout.split('\n');
    const first = lines.findIndex((l) => l.includes('Three Witches'));
    expect(lines[first + 1]).toContain('Duncan');
  });
});

/**
 * Verse in a footnote and verse quoted in a paragraph: TEIC/TEI-Simple, tests/testsimple4.xml
 * (commit 16095eb1, the TEI Simple test of Dickens's A Christmas Carol; BSD-2-Clause or CC BY 3.0),
 * section "Quotations" and stave 1; a rhyme from its table of phrase elements. An address inside
 * a title page's publisher: TEIC/TEI-Simple, archive/texts/wright/wr20002.xml (Wright American
 * Fiction, Abbot, Leah Mordecai, 1875), its title page.
 */
const verseInLines = tei(`<body><div><p>A paragraph with a footnote containing a block-level
	object<note place="bottom">We start with a quotation:<lg><l>This is the way the world ends</l><l>Not with a bang but a whimper.</l></lg>
	which is from TS Eliot's <title>Hollow men</title></note></p>
<p>at the first sound of  <q type="verse"><l>God bless you, merry gentleman!
</l><l>May nothing you dismay! </l></q> Scrooge seized the ruler</p>
<p>This is an <rhyme>example of rhyme</rhyme></p></div></body>`);
const imprint = tei(`<front><titlePage><docTitle><titlePart type="main">LEAH MORDECAI.</titlePart></docTitle>
<docImprint><pubPlace>NEW YORK:</pubPlace>
               <publisher>BAKER, PRATT &amp; COMPANY,
<address>
                     <addrLine>142 &amp; 144 GRAND STREET.</addrLine>
                  </address>
               </publisher>
            </docImprint></titlePage></front><body><p>x</p></body>`);

describe('verse where a line of text stands, an address in a line', () => {
  it('PDF: lines of verse in a footnote or a paragraph each begin a line, with no warning', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { layout, rules } = await printed(verseInLines);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
    const lines = layout.split('\n').map((l) => l.trim());
    expect(lines.some((l) => l.endsWith('This is the way the world ends'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Not with a bang but a whimper.'))).toBe(true);
    expect(lines.some((l) => l.endsWith('God bless you, merry gentleman!'))).toBe(true);
    expect(lines.some((l) => l.startsWith('May nothing you dismay!'))).toBe(true);
  });

  it('HTML: a rhyme is a phrase of its line, with no warning', async () => {
    const { files, diagnostics } = await renderHtmlFiles(verseInLines);
    expect(diagnostics.map((d) => d.rule).filter((r) => /unhandled/.test(r))).toEqual([]);
    expect(parse(Buffer.from(files.get('text.html')!).toString('utf8')).querySelector('main')!.text).toContain('This is an example of rhyme');
  });

  it('PDF: an address inside a publisher on a title page is printed in its line, with no warning', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { layout, rules } = await printed(imprint);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
    expect(layout.replace(/\s+/g, ' ')).toContain('NEW YORK: BAKER, PRATT & COMPANY, 142 & 144 GRAND STREET.');
  });
});

/**
 * A title page whose lines break words as the printed page does ("Le-" above "benden"): the
 * Deutsches Textarchiv's Abel, Wohlerfahrner Leib-Medicus der Studenten (1699) as the TEI Simple
 * project keeps it, TEIC/TEI-Simple, archive/AbelLeibmedicus/abel_leibmedicus_1699.TEI-P5.xml
 * (commit 16095eb1), its title page (shortened).
 */
const titleLines = tei(`<front><titlePage type="main"><docTitle>
<titlePart type="sub"> welcher<lb /> So wohl allen auf Schulen<lb />
                        <hi rendition="#aq">Gymnaſiis</hi> und <hi rendition="#aq">Univerſit</hi>aͤten Le-<lb /> benden oder auf Reiſen begriffenen
                        gelehr-<lb /> ten Perſonen/ als auch allen Menſchen ins-<lb /> gemein die
                        noͤthigſten Reguln</titlePart></docTitle>
<docImprint><pubPlace>Leipzig</pubPlace><lb /><publisher>verlegts Friedrich Groſchuff/</publisher> <docDate>1699</docDate>.<lb /></docImprint></titlePage></front>
<body><p>x</p></body>`);

describe('the lines of a title page', () => {
  it('HTML: a line of a title page ends its line, so that a word it breaks reads "Le-" above "benden", not "Le- benden"', async () => {
    const d = await html(titleLines, 'front.html');
    const part = d.querySelector('main .titlePart')!;
    expect(part.innerHTML).toMatch(/Le-<br>\s*benden/);
    expect(part.text).not.toMatch(/Le- benden/);
    expect(d.querySelector('main .docImprint')!.innerHTML).toMatch(/Leipzig<\/span><br>|Leipzig<br>/);
  });

  it('PDF: the same lines end where the printed page ends them', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { layout } = await printed(titleLines);
    const lines = layout.split('\n').map((l) => l.trim());
    expect(lines.some((l) => l.endsWith('Univerſitaͤten Le-'))).toBe(true);
    expect(lines.some((l) => l.startsWith('benden oder auf Reiſen'))).toBe(true);
    expect(layout).not.toContain('Le- benden');
  });
});

/**
 * A preface in the front of the text, after its title page, pages long, before the first
 * chapter, with a footnote (so that the edition has a page of editorial principles): the same
 * file's Vorrede, its first lines (set twenty times over, to fill the pages a whole preface fills).
 */
const preface = tei(`<front><titlePage><docTitle><titlePart>Wohlerfahrner Leib-Medicus</titlePart></docTitle></titlePage>
<div n="1"><head>Vorrede.</head><p>Oration<note place="foot" n="(1)">Georg. Franck.</note> de ſtudiorum noxâ</p>${Array(20).fill(`<p>ES iſt nichts gemeiners/<lb /> als daß man die Men-<lb />
ſchen uͤber die ſchlechte<lb /> Vorſorge/ ſo ſie in ih-<lb /> rer Jugend/ wegen Er-<lb /> haltung der Geſundheit ange-<lb />
wendet/ ſeufftzen hoͤret/ welche<lb /> Klagen um ſo viel mehr ohne<lb /> Frucht ſeynd/ ie unmuͤglicher es<lb /> iſt/ die
verfloſſenen Jahre zuruͤcke<lb /> zu ruffen/ und die verlohrnen<lb /></p>`).join('\n')}</div></front>
<body><div n="1"><head>Erſten Buchs erſte Abtheilung</head><p>x</p></div></body>`);

describe('the running heads of a preface', () => {
  it('PDF: the pages of a preface before the first chapter are not headed with the title of the edition\'s last front section', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { pdf } = await renderPdfBytes(preface, { fallbackDate: new Date(0) });
    const dir = mkdtempSync(join(tmpdir(), 'tei-unseen-drama-'));
    try {
      const file = join(dir, 'made.pdf');
      writeFileSync(file, pdf);
      const pages = Number(pdfInfo(file)['Pages']);
      const texts = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1, i + 1, ['-layout']));
      const heads = texts.map((t) => t.split('\n').find((l) => l.trim() !== '') ?? '');
      const opening = texts.findIndex((t) => t.includes('Wohlerfahrner Leib-Medicus') && t.includes('Vorrede.'));
      expect(opening, 'the preface is printed').toBeGreaterThan(0);
      const chapter = texts.findIndex((t, i) => i > opening && t.includes('Erſten Buchs'));
      const later = heads.slice(opening + 1, chapter);
      expect(later.length, 'the preface runs over pages').toBeGreaterThanOrEqual(2);
      for (const h of later) expect(h).not.toMatch(/Editorial principles|How to read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A glossary list, each label before its item: TEIC/TEI-Simple, tests/testsimple4.xml (commit
 * 16095eb1), its table of contents (shortened).
 */
const glossList = tei(`<body><div type="toc"><head>Contents.</head><list type="gloss">
          <label>Stave I</label>
          <item>Marley's ghost</item>
          <label>Stave
	  III </label>
          <item>The second of the three spirits </item></list><p>The preceding list.</p></div></body>`);

describe('a glossary list', () => {
  it('HTML: each label stands with its item, not as an item of its own', async () => {
    const d = await html(glossList);
    const items = d.querySelectorAll('main li');
    expect(items.map((i) => i.text.replace(/\s+/g, ' ').trim())).toEqual(["Stave I Marley's ghost", 'Stave III The second of the three spirits']);
    expect(items.map((i) => i.querySelector('.label')?.text.replace(/\s+/g, ' ').trim())).toEqual(['Stave I', 'Stave III']);
  });

  it('PDF: each label is printed as its item\'s mark, with no warning', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const { layout, rules } = await printed(glossList);
    expect(rules.filter((r) => /unhandled/.test(r))).toEqual([]);
    const lines = layout.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines.some((l) => /Stave I Marley's ghost$/.test(l))).toBe(true);
    expect(lines.some((l) => /Stave III The second of the three spirits$/.test(l))).toBe(true);
  });
});
