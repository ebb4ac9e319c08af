/**
 * Rendition on any phrase (core f:rendition): @rend keywords, @rendition pointers to
 * tagsDecl/rendition and @style CSS, as classes and CSS in the web edition and as Typst in
 * the print, on hi and on every other phrase element; unknown values harmless.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';

const tei = (body: string, tagsDecl = ''): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Rendition</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc>${tagsDecl ? `<encodingDesc><tagsDecl>${tagsDecl}</tagsDecl></encodingDesc>` : ''}</teiHeader>
<text><body>${body}</body></text></TEI>`;

// Arthur Schnitzler, letter to Oscar Blumenthal, 12 January 1893 (schnitzler-briefe, L00158;
// tests/corpus/files/schnitzler-L00158.xml): a deletion struck through by @rend, an underlined hi.
const schnitzler = `<p>durch be<c rendition="#langesS">s</c>tändige Zwischenrufe <subst><del rend="strikethrough"><unclear>von</unclear></del><add place="above">aufrichtiger</add></subst>
Begeisterung, ganz <hi n="1" rend="underline">einzig</hi>, der <rs ref="#pmb29935" type="work">Anatol</rs> und <mod rend="strikethrough">ge</mod>ehrt.</p>`;
// The letter's own tagsDecl (its long s is a glyph, no typography).
const schnitzlerTags = `<rendition xml:id="langesS" scheme="css">font-feature-settings: "hist";</rendition>`;

// TEI Consortium Stylesheets, Test/test20.xml (tests/corpus/files/teic-test20.xml): renditions
// declared in CSS, one styling a pseudo-element (its scope) rather than the element.
const teicTags = `<rendition xml:id="it" scheme="css">font-style:italic;</rendition>
<rendition xml:id="bold" scheme="css">font-weight:bold;</rendition>
<rendition xml:id="initcaps" scope="first-letter" scheme="css">font-size: xx-large</rendition>
<rendition xml:id="qbefore" scheme="css" scope="before">content:"“";</rendition>`;
const teic = `<p>This is in a <seg rendition="#bold #initcaps">seg element</seg> and <title rendition="#it">a title</title>, <q rendition="#qbefore">quoted</q>.</p>`;

// CBETA, Y41n0039 (cbeta-org/xml-p5, as its tag documentation quotes it): a foreign title in italics.
const cbeta = `<p>這是<title level="m">《<foreign rend="italic" xml:lang="en">Ancient India</foreign>》</title>的中文譯本</p>`;

// Phrases of other kinds, as projects write them: TEI Simple values, CSS in @style and @rend,
// a superscript addition, an emph in bold, letter-spacing (German Sperrsatz).
const kinds = `<p><add rend="superscript">r</add> <seg rend="italic">seg</seg> <emph rend="bold">emph</emph>
<seg rendition="simple:smallcaps">simple</seg> <seg style="font-weight: bold; color:red">styled</seg> <seg rend="font-variant: small-caps">css</seg>
<seg rend="spaced">gesperrt</seg> <hi rend="bold italic smallcaps">three</hi> <seg rend="sub">sub</seg> <seg rend="allcaps">caps</seg>
<seg rend="color(red) special">unknown</seg> <foreign xml:lang="la" rend="italic">lingua</foreign> <del rend="overstrike">gone</del>.</p>`;

const page = async (doc: string): Promise<HTMLElement> => {
  const { files } = await renderHtmlFiles(doc);
  return parse(Buffer.from(files.get('text.html')!).toString('utf8'));
};
const classesOf = (d: HTMLElement, text: string): string[] => {
  const e = [...d.querySelectorAll('main p *')].find((x) => x.textContent === text);
  expect(e, text).toBeDefined();
  // the element's own classes and those of a wrapper around it
  return [...(e!.getAttribute('class') ?? '').split(/\s+/), ...(e!.parentNode?.getAttribute?.('class') ?? '').split(/\s+/)].filter((c) => c.startsWith('rend-'));
};

describe('rendition of phrases', () => {
  it('HTML: @rend on any phrase, not only hi, becomes classes the stylesheet styles', async () => {
    const d = await page(tei(schnitzler, schnitzlerTags));
    expect(d.querySelector('del.del')!.getAttribute('class')).toContain('rend-strike');
    expect(classesOf(d, 'einzig')).toEqual(['rend-underline']);
    expect(classesOf(d, 'ge')).toEqual(['rend-strike']);
    // a rendition that is no typography (a glyph feature) gives no class
    expect(d.querySelectorAll('.c[class*="rend-"]')).toHaveLength(0);
    const css = readFileSync('xslt/html/assets/edition.css', 'utf8');
    for (const c of ['italic', 'bold', 'underline', 'strike', 'sup', 'sub', 'smallcaps', 'spaced', 'uppercase']) expect(css).toContain(`.rend-${c} {`);
  });

  it('HTML: @rendition points to tagsDecl (its CSS), a rendition with a scope styles nothing here', async () => {
    const d = await page(tei(teic, teicTags));
    expect(classesOf(d, 'seg element')).toEqual(['rend-bold']);
    expect(classesOf(d, 'a title')).toEqual(['rend-italic']);
    expect(d.querySelector('.quote')!.getAttribute('class')).toBe('quote');
  });

  it('HTML: keywords, TEI Simple values and CSS in @rend and @style; unknown values harmless', async () => {
    const d = await page(tei(kinds + cbeta));
    expect(d.querySelector('ins.add')!.getAttribute('class')).toBe('add rend-sup');
    expect(classesOf(d, 'seg')).toEqual(['rend-italic']);
    expect(d.querySelector('em.emph')!.getAttribute('class')).toBe('emph bold rend-bold');
    expect(classesOf(d, 'simple')).toEqual(['rend-smallcaps']);
    expect(classesOf(d, 'styled')).toEqual(['rend-bold']);
    expect(classesOf(d, 'css')).toEqual(['rend-smallcaps']);
    expect(classesOf(d, 'gesperrt')).toEqual(['rend-spaced']);
    expect(d.querySelector('em.hi')!.getAttribute('class')).toBe('hi bold italic smallcaps rend-bold rend-smallcaps');
    expect(classesOf(d, 'sub')).toEqual(['rend-sub']);
    expect(classesOf(d, 'caps')).toEqual(['rend-uppercase']);
    expect(classesOf(d, 'unknown')).toEqual([]);
    expect(d.querySelector('i.foreign[lang="en"]')!.getAttribute('class')).toBe('foreign rend-italic');
  });

  it('Typst: the same features, set (not toggled) around the phrase; none twice where the rule sets it', async () => {
    const typst = await teiToTypst(tei(schnitzler + teic + kinds + cbeta, schnitzlerTags + teicTags));
    expect(typst).toContain('#underline[#"einzig"]');
    expect(typst).toContain('#strike[#"ge"]');
    // a deletion is struck through by its own rule, once
    expect(typst).toContain('#deleted[#"von"]');
    expect(typst).not.toContain('#strike[#deleted');
    expect(typst).toContain('#text(weight: "bold")[#"seg element"]');
    expect(typst).toContain('#super[#"r"]');
    expect(typst).toContain('#text(style: "italic")[#"seg"]');
    expect(typst).toContain('#text(weight: "bold")[#emph[#"emph"]]');
    expect(typst).toContain('#smallcaps[#"simple"]');
    expect(typst).toContain('#text(tracking: 0.12em)[#"gesperrt"]');
    expect(typst).toContain('#text(style: "italic")[#text(weight: "bold")[#smallcaps[#"three"]]]');
    expect(typst).toContain('#sub[#"sub"]');
    expect(typst).toContain('#upper[#"caps"]');
    expect(typst).toContain('#"unknown"');
    expect(typst).not.toMatch(/\[#"unknown"/);
    // a foreign word in italics already: not set in italics again (emph would toggle it upright)
    expect(typst).toContain('#emph[#"lingua"]');
    expect(typst).not.toContain('#text(style: "italic")[#emph[#"lingua"]]');
    expect(typst).not.toContain('#text(style: "italic")[#journal[#"a title"]]');
  });

  it('a value that is not a rendition reaches neither output', async () => {
    const hostile = tei(`<p><seg rend="x&quot;]#panic()[ &lt;script&gt;">a</seg> <seg style="font-style: italic&quot;&gt;&lt;b onclick=x">b</seg>
<seg rendition="#nowhere simple:evil&quot;">c</seg> <hi rend="italic]#panic()">d</hi></p>`);
    const d = await page(hostile);
    const html = d.querySelector('main')!.toString();
    expect(html).not.toMatch(/panic|onclick|<script|<b /);
    const typst = await teiToTypst(hostile);
    expect(typst).not.toMatch(/#panic|onclick/);
    // the known word of a mangled value still counts, as before for hi
    expect(typst).toContain('#text(style: "italic")[#"d"]');
  });
});
