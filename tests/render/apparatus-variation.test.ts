/**
 * Places of variation that are no variation for a reader (readings that differ only in
 * spacing: the collator's app of type "whitespace", kept so each witness can be given back),
 * and places inside a reading of another: both outputs agree on which places have an entry.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

// Three witnesses of two lines (from a collation of three editions of a play): A and C read
// "Fortune", C without the comma (its space kept in a whitespace app inside the lemma); only
// A and C have the second line, where they differ in one word.
const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Variation</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="A">A</witness><witness xml:id="B">B</witness><witness xml:id="C">C</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="ch1"><head>One</head>
<p><lb edRef="#A" n="4"/>And<app xml:id="v1" type="case"><lem wit="#A #C"> Fortune<app xml:id="v1ws" type="whitespace"><lem wit="#A"/><rdg wit="#C"> </rdg></app></lem><rdg wit="#B" type="case"> fortune</rdg></app><app xml:id="v2" type="punctuation"><lem wit="#A #B">, </lem><rdg wit="#C" type="punctuation"/></app>on his quarrel smiling.</p>
<app xml:id="v3"><lem wit="#A #C"><p>The quick <app xml:id="v4" type="orthographic"><lem wit="#A">brown</lem><rdg wit="#C">browne</rdg></app> fox.</p></lem><rdg wit="#B"/></app>
</div></body></text></TEI>`;

describe('which places of variation have an entry', () => {
  it('HTML: a place whose readings differ only in spacing has no mark and no entry; a place inside a reading has both, so every mark leads to its entry', async () => {
    const { files } = await renderHtmlFiles(tei);
    const page = parse(files.get('ch1.html')!);
    const marks = page.querySelectorAll('a.app-mark').map((a) => a.getAttribute('href'));
    const entries = page.querySelectorAll('ol.app-entries > li').map((li) => `#${li.getAttribute('id')}`);
    expect(marks).not.toContain('#entry-v1ws');
    expect(entries).not.toContain('#entry-v1ws');
    expect(entries).toContain('#entry-v4');
    for (const m of marks) expect(entries).toContain(m);
    // the spacing of C is still there for the witness switch
    expect(page.querySelector('#v1ws .reading[data-wit="C"]')?.textContent).toBe(' ');
    expect(page.querySelector('#entry-v4')?.textContent).toMatch(/brown A\] browne C/);
  });

  it('PDF: no entry says a witness lacks words it has; the comma and the variant inside the second line are there', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(tei, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Fortune] fortune B');
    expect(text).not.toMatch(/Fortune\] om\./);
    expect(text).toMatch(/,\] om\. C/);
    expect(text).toContain('brown] browne C');
  });

  it('witnesses named by @n alone, and @wit of bare sigla ("P46 Byz", as older files write it): the sigla in both outputs, a witness detail with its type', async (ctx) => {
    // after teiphy's example of the UBS apparatus of Ephesians (MIT)
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Sigla</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
<sourceDesc><listWit><witness n="P46"/><witness n="Byz"/><witness n="vg"/></listWit></sourceDesc></fileDesc></teiHeader>
<text><body><p>In <app><lem wit="P46">Ephesus</lem><rdg wit="Byz"/><witDetail type="lac" wit="vg"/></app> to the saints.</p></body></text></TEI>`;
    const { files } = await renderHtmlFiles(doc);
    const entry = parse(files.get('text.html')!).querySelector('ol.app-entries li')!.textContent.replace(/\s+/g, ' ');
    expect(entry).toMatch(/Ephesus P46\] omitted Byz/);
    expect(entry).toMatch(/vg: lac/);
    expect(parse(files.get('editorial.html')!).querySelectorAll('dl.witnesses b.siglum').map((b) => b.textContent)).toEqual(['P46', 'Byz', 'vg']);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Ephesus] om. Byz; vg: lac');
    expect(text).toContain('Witness P46');
  });

  it('HTML: where a variant stands is given in the sigla a reader knows, not the witnesses\' ids', async () => {
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Lines</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
<sourceDesc><listWit><witness xml:id="wit-1818" n="1818">1818</witness><witness xml:id="wit-1831" n="1831">1831</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="c1"><head>One</head><p><lb edRef="#wit-1818" n="238"/><lb edRef="#wit-1831" n="240"/>It was <app><lem wit="#wit-1818">dreary</lem><rdg wit="#wit-1831">drear</rdg></app> night.</p></div></body></text></TEI>`;
    const page = parse((await renderHtmlFiles(doc)).files.get('c1.html')!);
    expect(page.querySelector('ol.app-entries a.app-where')?.textContent).toBe('Line 1818 238, 1831 240');
    expect(page.querySelectorAll('span.lb').map((s) => s.getAttribute('data-n'))).toEqual(['1818 238', '1831 240']);
  });

  it('an app of one reading (the witnesses that attest it) and a correction that reads as a witness keep their entries in both outputs', async (ctx) => {
    // after the TEI Consortium's test of a detached apparatus and a Syriac text of the Patristic Text Archive
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Attested</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
<sourceDesc><listWit><witness xml:id="Pt4">Pt4</witness><witness xml:id="F2">F2</witness><witness xml:id="EA">EA</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><body><p>Word <app xml:id="one"><rdg wit="#Pt4 #F2">vərəzə̄nā</rdg></app> and <app xml:id="corr"><lem resp="#SR" type="correction">thus.</lem><rdg wit="#EA">thus.</rdg></app></p></body></text></TEI>`;
    const page = parse((await renderHtmlFiles(doc)).files.get('text.html')!);
    const entries = page.querySelectorAll('ol.app-entries > li').map((li) => li.getAttribute('id'));
    expect(entries).toEqual(['entry-one', 'entry-corr']);
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const text = pdfTextOfBytes((await renderPdfBytes(doc, { fallbackDate: new Date(0) })).pdf).replace(/\s+/g, ' ');
    expect(text).toMatch(/thus\.\] thus\. EA/);
  });
});

