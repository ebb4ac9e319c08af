/**
 * Word-tokenised TEI written one token to a line: the whitespace between tokens is the file's
 * layout, not the text's, so a comma or a full stop stands against its word in both outputs,
 * whether the file writes each space as a `c` (as the Folger Digital Texts do) or leaves spaces
 * to the reader and joins only a clitic or a bracket with @join (as EarlyPrint does); a corpus
 * that marks every attached mark with @join (ParlaMint) is spaced by its whitespace and @join as
 * before. Each fixture is a few lines of a real file, named in a comment beside it, or, where
 * that file's licence does not let us copy it, real words in markup of our own in its shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { pdfTextOfBytes, popplerAvailable, popplerMissing } from './pdf/poppler.js';

const tei = (body: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Tokens</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;

/** The text of the page's main element as written, whitespace and all. */
const written = async (doc: string, name = 'text.html'): Promise<string> => {
  const { files } = await renderHtmlFiles(doc);
  const html = files.get(name);
  expect(html, name).toBeDefined();
  const main: HTMLElement | null = parse(Buffer.from(html!).toString('utf8')).querySelector('main');
  return main!.textContent;
};
const text = async (doc: string, name = 'text.html'): Promise<string> => (await written(doc, name)).replace(/\s+/g, ' ');
const printed = async (doc: string): Promise<string> => {
  const { pdf } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  return pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
};

/**
 * Spaces written as c elements, one token to a line, in the shape of the Folger Digital Texts'
 * encoding (as JonathanReeve/shakespeare-dialog-extractor keeps it, Ham-short.xml and JC.xml,
 * commits 347f29d1 and 04e283d1): a stage direction, a speech whose line a join element
 * gathers, a q round three tokens. Those files are CC BY-NC 3.0 and are not copied: the words
 * are Shakespeare's (Hamlet 1.1 after the 1604 quarto, Julius Caesar 1.2; public domain), the
 * markup, ids, spelling and punctuation our own.
 */
const cSpaced = tei(`<div1 type="act" n="1"><div2 type="scene" n="1">
<stage xml:id="sd-1" type="entrance">
  <w xml:id="t-101">Enter</w>
  <c xml:id="t-102"> </c>
  <w xml:id="t-103">Barnardo</w>
  <c xml:id="t-104"> </c>
  <w xml:id="t-105">and</w>
  <c xml:id="t-106"> </c>
  <w xml:id="t-107">Francisco</w>
  <pc xml:id="t-108">,</pc>
  <c xml:id="t-109"> </c>
  <w xml:id="t-110">two</w>
  <c xml:id="t-111"> </c>
  <w xml:id="t-112">Centinels</w>
  <pc xml:id="t-113">.</pc>
</stage>
<sp xml:id="sp-1" who="#francisco">
  <speaker>
    <w xml:id="t-120">FRANCISCO</w>
  </speaker>
  <ab>
    <lb/>
    <join type="line" xml:id="line-1" target="#t-121 #t-122 #t-123 #t-124 #t-125 #t-126 #t-127 #t-128 #t-129 #t-130 #t-131 #t-132 #t-133 #t-134 #t-135 #t-136"/>
    <w xml:id="t-121">Nay</w>
    <pc xml:id="t-122">,</pc>
    <c xml:id="t-123"> </c>
    <w xml:id="t-124">answer</w>
    <c xml:id="t-125"> </c>
    <w xml:id="t-126">me</w>
    <pc xml:id="t-127">:</pc>
    <c xml:id="t-128"> </c>
    <w xml:id="t-129">stand</w>
    <pc xml:id="t-130">,</pc>
    <c xml:id="t-131"> </c>
    <w xml:id="t-132">and</w>
    <c xml:id="t-133"> </c>
    <w xml:id="t-134">unfold</w>
    <c xml:id="t-135"> </c>
    <w xml:id="t-136">yourself</w>
    <pc xml:id="t-137">.</pc>
  </ab>
</sp>
<sp xml:id="sp-2" who="#antony"><speaker>ANTONY</speaker><ab>
<join type="line" xml:id="line-2" target="#t-201"/>
<w xml:id="t-201">When</w>
<c xml:id="t-202"> </c>
<w xml:id="t-203">Caesar</w>
<c xml:id="t-204"> </c>
<w xml:id="t-205">says</w>
<c xml:id="t-206"> </c>
<q xml:id="q-1">
<w xml:id="t-207">do</w>
<c xml:id="t-208"> </c>
<w xml:id="t-209">this</w>
<pc xml:id="t-210">,</pc>
</q>
<c xml:id="t-211"> </c>
<w xml:id="t-212">it</w>
<c xml:id="t-213"> </c>
<w xml:id="t-214">is</w>
<c xml:id="t-215"> </c>
<w xml:id="t-216">perform'd</w>
<pc xml:id="t-217">.</pc>
</ab></sp></div2></div1>`);

/** The heading of the preface below, one token to a line. */
const printerHead = `    <head>
     <w lemma="the" pos="art" xml:id="cr-h1">The</w>
     <w lemma="printer" pos="noun" rend="italic" xml:id="cr-h2">Printer</w>
     <w lemma="to" pos="prep" xml:id="cr-h3">to</w>
     <w lemma="the" pos="art" xml:id="cr-h4">the</w>
     <w lemma="reader" pos="noun" rend="italic" xml:id="cr-h5">Reader</w>
     <pc rend="italic" unit="sentence" xml:id="cr-h6">.</pc>
    </head>`;

/**
 * Spaces left implicit, one token to a line, @join only on an opening bracket and a clitic, in
 * the shape of EarlyPrint's encoding (its A06177.xml, as kept in kspicer80/earlyprint_xml_eda,
 * commit f0524d31, earlyprint_xml_eda/datasets/A06177.xml). That file is CC BY-NC 3.0 and is not
 * copied: the words are Beaumont and Fletcher's, Cupid's Revenge (1615; public domain), from the
 * printer's preface and the first speeches of act 1; the markup, ids, lemmas and part-of-speech
 * tags our own.
 */
const implicitSpaces = tei(`<div type="preface">
${printerHead}<p>
     <w lemma="the" pos="art" xml:id="cr-1">the</w>
     <w lemma="author" pos="noun" reg="Author" xml:id="cr-2">Authour</w>
     <pc join="right" xml:id="cr-3">(</pc>
     <w lemma="in" pos="prep" xml:id="cr-4">in</w>
     <w lemma="regard" pos="noun" xml:id="cr-5">regard</w>
     <w lemma="I" pos="pron" xml:id="cr-6">I</w>
     <w lemma="be" pos="verb" xml:id="cr-7">am</w>
     <w lemma="not" pos="adv" xml:id="cr-8">not</w>
     <w lemma="acquaint" pos="verb" xml:id="cr-9">acquainted</w>
     <w lemma="with" pos="prep" xml:id="cr-10">with</w>
     <w lemma="he" pos="pron" xml:id="cr-11">him</w>
     <pc xml:id="cr-12">)</pc>
     <w lemma="I" pos="pron" xml:id="cr-13">I</w>
     <w lemma="have" pos="verb" reg="have" xml:id="cr-14">haue</w>
     <w lemma="make" pos="verb" xml:id="cr-15">made</w>
</p></div>
<div n="1" type="act"><sp who="#agenor" xml:id="cr-sp1">
      <speaker>
       <w lemma="Agenor" pos="name" xml:id="cr-20">Agenor</w>
       <pc unit="sentence" xml:id="cr-21">.</pc>
      </speaker>
      <p>
       <w lemma="trust" pos="verb" xml:id="cr-22">TRust</w>
       <w lemma="I" pos="pron" xml:id="cr-23">me</w>
       <w lemma="my" pos="pron" xml:id="cr-24">my</w>
       <w lemma="lord" pos="noun" xml:id="cr-25">Lord</w>
       <w lemma="Dorialus" pos="name" rend="italic" xml:id="cr-26">Dorialus</w>
       <pc rend="italic" xml:id="cr-27">,</pc>
       <w lemma="I" pos="pron" xml:id="cr-28">I</w>
       <w lemma="have" pos="verb" xml:id="cr-29">had</w>
       <w lemma="miss" pos="verb" reg="missed" xml:id="cr-30">mist</w>
       <w lemma="of" pos="prep" xml:id="cr-31">of</w>
       <w lemma="this" pos="pron" xml:id="cr-32">this</w>
       <w lemma="if" pos="conj" xml:id="cr-33">if</w>
       <w lemma="you" pos="pron" xml:id="cr-34">you</w>
       <w lemma="have" pos="verb" xml:id="cr-35">had</w>
       <w lemma="not" pos="adv" xml:id="cr-36">not</w>
       <w lemma="call" pos="verb" reg="called" xml:id="cr-37">call'd</w>
       <w lemma="I" pos="pron" xml:id="cr-38">me</w>
       <pc xml:id="cr-39">,</pc>
       <w lemma="I" pos="pron" xml:id="cr-40">I</w>
      </p>
</sp>
<sp who="#dorialus"><p>
       <w lemma="other" pos="pron" xml:id="cr-50">other</w>
       <pc xml:id="cr-51">;</pc>
       <w join="right" lemma="it" pos="pron" reg="'t" xml:id="cr-52">t</w>
       <w join="left" lemma="be" pos="verb" xml:id="cr-53">is</w>
       <w lemma="dangerous" pos="adj" xml:id="cr-54">dangerous</w>
</p></sp></div>`);

/**
 * ParlaMint (CC BY 4.0), clarin-eric/ParlaMint, commit 188082d3,
 * Samples/ParlaMint-AT/2005/ParlaMint-AT_2005-04-27-022-XXII-NRSITZ-00108.ana.xml: a sentence
 * whose every attached mark is joined by @join (ids shortened), the stand-off syntax left out.
 */
const parlaMint = tei(`<div type="debateSection"><u who="#PAD_04476"><seg><s>
<w xml:id="s1.w5" lemma="Als" msd="UPosTag=CCONJ|ConjType=Comp">Als</w>
<w xml:id="s1.w6" lemma="Abgeordnet" msd="UPosTag=NOUN|Number=Plur|Person=3">Abgeordneten</w>
                     <name xml:id="ne2" type="PER">
<w xml:id="s1.w7" lemma="Donabauer" msd="UPosTag=PROPN|Person=3" join="right">Donabauer</w>
                     </name>
<pc xml:id="s1.w8" msd="UPosTag=PUNCT|PunctType=Comm">,</pc>
<w xml:id="s1.w9" lemma="Doktor" msd="UPosTag=NOUN|Gender=Masc|Number=Sing|Person=3">Dr.</w>
                     <name xml:id="ne3" type="PER">
<w xml:id="s1.w10" lemma="Spindelegger" msd="UPosTag=PROPN|Person=3" join="right">Spindelegger</w>
                     </name>
<pc xml:id="s1.w11" msd="UPosTag=PUNCT|PunctType=Comm">,</pc>
<w xml:id="s1.w13" lemma="und" msd="UPosTag=CCONJ">und</w>
<w xml:id="s1.w14" lemma="Mag" msd="UPosTag=NOUN|Gender=Masc|Number=Sing|Person=3" join="right">Mag</w>
<pc xml:id="s1.w15" msd="UPosTag=PUNCT|PunctType=Peri">.</pc>
</s></seg></u></div>`);

/**
 * TEIC/Stylesheets (BSD-2-Clause or CC BY-SA 3.0), commit b5cdfd28, Test/testapp2.xml: the
 * first verse line of Yasna 36.1, a word to a line, and the first apparatus entries beside it.
 */
const yasna = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Yasna</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><listWit>
          <witness xml:id="Pt4">1779-80, Bodleian Library Oxford (MS. Zend d.2)</witness>
          <witness xml:id="F2">1813, two volumes, First Dastur Meherji Rana Library</witness>
</listWit></sourceDesc></fileDesc></teiHeader><text><body>
            <lg type="stanza" xml:id="Y-36.01" xml:lang="Av">
              <l xml:id="Y-36.01_L-1">
                <w xml:id="Y-36.01_L1_W-01">ahiiā</w>
                <w xml:id="Y-36.01_L1_W-02">ϑβā</w>
                <w xml:id="Y-36.01_L1_W-03">āϑrō</w>
                <w xml:id="Y-36.01_L1_W-04">vərəzə̄nā</w>
              </l>
            </lg>
        <ab xml:id="CA_Y-36" xml:lang="Av">
          <app from="#Y-36.01_L1_W-01">
            <rdg wit="#Pt4 #F2">ahiiā</rdg>
          </app>
          <app from="#Y-36.01_L1_W-03">
            <rdg wit="#Pt4">āϑrō</rdg>
            <rdg wit="#F2">āϑrōi</rdg>
          </app>
        </ab></body></text></TEI>`;

/** The preface's heading above and its first words (same play, same shape), set in a chapter
 * division (so that the contents list it) long enough for the print to run its head. */
const preface = tei(`<div type="chapter">
${printerHead}${'<p>\n     <w lemma="it" pos="pron">IT</w>\n     <w lemma="be" pos="verb">is</w>\n     <w lemma="a" pos="art">a</w>\n     <w lemma="custom" pos="noun" reg="custom">custome</w>\n     <w lemma="use" pos="verb" reg="used">vsed</w>\n     <pc>,</pc>\n</p>'.repeat(120)}</div>`);

describe('word-tokenised TEI, one token to a line', () => {
  it('HTML: the synoptic view keeps the words of a tokenised line apart', async () => {
    const { files } = await renderHtmlFiles(yasna);
    const synopsis = parse(Buffer.from(files.get('text-synopsis.html')!).toString('utf8'));
    const cells = synopsis.querySelectorAll('td[data-wit="Pt4"]').map((td) => td.textContent.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe('ahiiā ϑβā āϑrō vərəzə̄nā');
  });

  it('HTML: a text that writes its spaces as c elements has its c spaces and no other, inside a q or out', async () => {
    // as written, not collapsed: the file's line breaks beside a c are no second space
    const t = await written(cSpaced);
    expect(t).toContain('Enter Barnardo and Francisco, two Centinels.');
    expect(t).toContain('Nay, answer me: stand, and unfold yourself.');
    expect(t).toContain("When Caesar says do this, it is perform'd.");
    expect(t).not.toMatch(/\w [,.:]/u);
  });

  it('HTML: a text that leaves its spaces implicit is spaced as read: words apart, marks against their word, @join followed', async () => {
    const t = await text(implicitSpaces);
    expect(t).toContain('the Authour (in regard I am not acquainted with him) I haue made');
    expect(t).toContain("TRust me my Lord Dorialus, I had mist of this if you had not call'd me, I");
    expect(t).toContain('other; tis dangerous');
    expect(t).not.toMatch(/\w [,.;)]/u);
  });

  it('HTML: the contents list a tokenised heading with its words apart', async () => {
    expect(await text(preface, 'index.html')).toContain('The Printer to the Reader.');
  });

  it('HTML: a corpus that joins each attached mark with @join keeps the spaces its whitespace gives', async () => {
    expect(await text(parlaMint)).toContain('Als Abgeordneten Donabauer, Dr. Spindelegger, und Mag.');
  });

  it('PDF: the same spacing in print', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const f = await printed(cSpaced);
    expect(f).toContain('Enter Barnardo and Francisco, two Centinels.');
    expect(f).toContain('Nay, answer me: stand, and unfold yourself.');
    const e = await printed(implicitSpaces);
    expect(e).toContain('(in regard I am not acquainted with him) I haue made');
    expect(e).toContain('Dorialus, I had mist');
    expect(e).toContain('other; tis dangerous');
    const p = await printed(preface);
    expect(p).toContain('IT is a custome vsed, IT is');
    expect(p.match(/The Printer to the Reader\./g)?.length, 'the heading, in the contents, the text and the running head').toBeGreaterThanOrEqual(3);
  });
});

/**
 * A ParlaMint sitting as the corpus holds it (tests/corpus/files/parlamint-at-2005-04-27.xml;
 * clarin-eric/ParlaMint, commit 188082d3, CC BY 4.0): gaps described in English and German,
 * names typed as a named-entity tagger types them (PER, ORG).
 */
const sitting = readFileSync(join(import.meta.dirname, '..', 'corpus', 'files', 'parlamint-at-2005-04-27.xml'), 'utf8');

describe('a corpus annotated for language technology (ParlaMint)', () => {
  it('HTML: a gap described in two languages gives the description in the language of the text, once', async () => {
    const t = await text(sitting);
    expect(t).toContain('[Titelseite und Inhaltsangabe entfernt]');
    expect(t).toContain('[Zitierte Druckfassung entfernt]');
    expect(t).not.toContain('removedTitelseite');
  });

  it('HTML: a name typed PER is a person, ORG an organisation', async () => {
    const { files } = await renderHtmlFiles(sitting);
    const d = parse(Buffer.from(files.get('text.html')!).toString('utf8'));
    expect(d.querySelectorAll('main .name-person').map((e) => e.textContent.trim())).toEqual(['Donabauer', 'Spindelegger', 'Schieder', 'Wurm']);
    expect(d.querySelectorAll('main .name-org').map((e) => e.textContent.trim())).toEqual(['Nationalrates']);
  });

  it('PDF: the gap in the language of the text', async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const p = await printed(sitting);
    expect(p).toContain('[Titelseite und Inhaltsangabe entfernt]');
    expect(p).not.toContain('removedTitelseite');
  });
});
