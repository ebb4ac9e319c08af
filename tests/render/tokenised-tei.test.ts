/**
 * Word-tokenised TEI written one token to a line: the whitespace between tokens is the file's
 * layout, not the text's, so a comma or a full stop stands against its word in both outputs,
 * whether the file writes each space as a `c` (Folger Digital Texts) or leaves spaces to the
 * reader and joins only a clitic or a bracket with @join (EarlyPrint); a corpus that marks
 * every attached mark with @join (ParlaMint) is spaced by its whitespace and @join as before.
 * Every fixture is a few lines of the real file, named in a comment beside it.
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

const text = async (doc: string, name = 'text.html'): Promise<string> => {
  const { files } = await renderHtmlFiles(doc);
  const html = files.get(name);
  expect(html, name).toBeDefined();
  const main: HTMLElement | null = parse(Buffer.from(html!).toString('utf8')).querySelector('main');
  return main!.textContent.replace(/\s+/g, ' ');
};
const printed = async (doc: string): Promise<string> => {
  const { pdf } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
  return pdfTextOfBytes(pdf).replace(/\s+/g, ' ');
};

/**
 * Folger Digital Texts (CC BY-NC 3.0), as kept in JonathanReeve/shakespeare-dialog-extractor:
 * Hamlet 1.1 from Ham-short.xml (commit 347f29d1), its first stage direction and second
 * speech; Julius Caesar 1.2.13 from JC.xml (commit 04e283d1), a q round three tokens.
 */
const folger = tei(`<div1 type="act" n="1"><div2 type="scene" n="1">
<stage xml:id="stg-0000" n="SD 1.1.0" type="entrance" ana="#BARNARDO #FRANCISCO-HAM">
<w xml:id="w0000070" n="SD 1.1.0">Enter</w>
<c xml:id="c0000080" n="SD 1.1.0"> </c>
<w xml:id="w0000090" n="SD 1.1.0">Barnardo</w>
<c xml:id="c0000100" n="SD 1.1.0"> </c>
<w xml:id="w0000110" n="SD 1.1.0">and</w>
<c xml:id="c0000120" n="SD 1.1.0"> </c>
<w xml:id="w0000130" n="SD 1.1.0">Francisco</w>
<pc xml:id="p0000140" n="SD 1.1.0">,</pc>
<c xml:id="c0000150" n="SD 1.1.0"> </c>
<w xml:id="w0000160" n="SD 1.1.0">two</w>
<c xml:id="c0000170" n="SD 1.1.0"> </c>
<w xml:id="w0000180" n="SD 1.1.0">sentinels</w>
<pc xml:id="p0000190" n="SD 1.1.0">.</pc>
</stage>
<sp xml:id="sp-0002" who="#FRANCISCO-HAM">
	<speaker xml:id="spk-0002">
		<w xml:id="w0000250">FRANCISCO</w>
	</speaker>
	<ab xml:id="ab-0002">
		<lb xml:id="lb-00011"/>
		<join type="line" xml:id="ftln-0002" n="1.1.2" ana="#verse" target="#w0000260 #p0000270 #c0000280 #w0000290 #c0000300 #w0000310 #p0000320 #c0000330 #w0000340 #c0000350 #w0000360 #c0000370 #w0000380 #c0000390 #w0000400 #p0000410"/>
		<w xml:id="w0000260" n="1.1.2">Nay</w>
		<pc xml:id="p0000270" n="1.1.2">,</pc>
		<c xml:id="c0000280" n="1.1.2"> </c>
		<w xml:id="w0000290" n="1.1.2">answer</w>
		<c xml:id="c0000300" n="1.1.2"> </c>
		<w xml:id="w0000310" n="1.1.2">me</w>
		<pc xml:id="p0000320" n="1.1.2">.</pc>
		<c xml:id="c0000330" n="1.1.2"> </c>
		<w xml:id="w0000340" n="1.1.2">Stand</w>
		<c xml:id="c0000350" n="1.1.2"> </c>
		<w xml:id="w0000360" n="1.1.2">and</w>
		<c xml:id="c0000370" n="1.1.2"> </c>
		<w xml:id="w0000380" n="1.1.2">unfold</w>
		<c xml:id="c0000390" n="1.1.2"> </c>
		<w xml:id="w0000400" n="1.1.2">yourself</w>
		<pc xml:id="p0000410" n="1.1.2">.</pc>
	</ab>
</sp>
<sp xml:id="sp-0031" who="#CASSIUS"><speaker>CASSIUS</speaker><ab>
<join type="line" xml:id="ftln-0093" n="1.2.13" ana="#verse" target="#w0014650"/>
<w xml:id="w0014650" n="1.2.13">When</w>
<c xml:id="c0014660" n="1.2.13"> </c>
<w xml:id="w0014670" n="1.2.13">Caesar</w>
<c xml:id="c0014680" n="1.2.13"> </c>
<w xml:id="w0014690" n="1.2.13">says</w>
<c xml:id="c0014700" n="1.2.13"> </c>
<q xml:id="q-0001">
<w xml:id="w0014710" n="1.2.13">Do</w>
<c xml:id="c0014720" n="1.2.13"> </c>
<w xml:id="w0014730" n="1.2.13">this</w>
<pc xml:id="p0014740" n="1.2.13">,</pc>
</q>
<c xml:id="c0014750" n="1.2.13"> </c>
<w xml:id="w0014760" n="1.2.13">it</w>
<c xml:id="c0014770" n="1.2.13"> </c>
<w xml:id="w0014780" n="1.2.13">is</w>
<c xml:id="c0014790" n="1.2.13"> </c>
<w xml:id="w0014800" n="1.2.13">performed</w>
<pc xml:id="p0014810" n="1.2.13">.</pc>
</ab></sp></div2></div1>`);

/** The heading of EarlyPrint's preface below, one token to a line. */
const printerHead = `    <head>
     <w lemma="the" pos="d" xml:id="A06177-002-b-0010">The</w>
     <w lemma="Printer" pos="n1" rend="hi" xml:id="A06177-002-b-0020">Printer</w>
     <w lemma="to" pos="acp" xml:id="A06177-002-b-0030">to</w>
     <w lemma="the" pos="d" xml:id="A06177-002-b-0040">the</w>
     <w lemma="reader" pos="n1" rend="hi" xml:id="A06177-002-b-0050">Reader</w>
     <pc rend="hi" unit="sentence" xml:id="A06177-002-b-0060">.</pc>
    </head>`;

/**
 * EarlyPrint (CC BY-NC 3.0), Beaumont and Fletcher, Cupid's Revenge (1615), A06177.xml as kept
 * in kspicer80/earlyprint_xml_eda (commit f0524d31, earlyprint_xml_eda/datasets/A06177.xml):
 * from the printer's preface and the first speeches of act 1; spaces left implicit, @join
 * only on an opening bracket and a clitic.
 */
const earlyPrint = tei(`<div type="printer_to_the_reader">
${printerHead}<p>
     <w lemma="the" pos="d" xml:id="A06177-002-b-1000">the</w>
     <w lemma="author" pos="n1" reg="Author" xml:id="A06177-002-b-1010">Authour</w>
     <pc join="right" xml:id="A06177-002-b-1020">(</pc>
     <w lemma="in" pos="acp" xml:id="A06177-002-b-1030">in</w>
     <w lemma="regard" pos="n1" xml:id="A06177-002-b-1040">regard</w>
     <w lemma="I" pos="pns" xml:id="A06177-002-b-1050">I</w>
     <w lemma="be" pos="vvm" xml:id="A06177-002-b-1060">am</w>
     <w lemma="not" pos="xx" xml:id="A06177-002-b-1070">not</w>
     <w lemma="acquaint" pos="vvn" xml:id="A06177-002-b-1080">acquainted</w>
     <w lemma="with" pos="acp" xml:id="A06177-002-b-1090">with</w>
     <w lemma="he" pos="pno" xml:id="A06177-002-b-1100">him</w>
     <pc xml:id="A06177-002-b-1110">)</pc>
     <w lemma="I" pos="pns" xml:id="A06177-002-b-1120">I</w>
     <w lemma="have" pos="vvb" reg="have" xml:id="A06177-002-b-1130">haue</w>
     <w lemma="make" pos="vvn" xml:id="A06177-002-b-1140">made</w>
</p></div>
<div n="1" type="act"><sp who="A06177-agenor" xml:id="A06177-e100150">
      <speaker>
       <w lemma="Agenor" pos="nn1" xml:id="A06177-003-b-0190">Agenor</w>
       <pc unit="sentence" xml:id="A06177-003-b-0200">.</pc>
      </speaker>
      <p xml:id="A06177-e100160">
       <w lemma="trust" pos="vvb" xml:id="A06177-003-b-0210">TRust</w>
       <w lemma="i" pos="pno" xml:id="A06177-003-b-0220">me</w>
       <w lemma="my" pos="po" xml:id="A06177-003-b-0230">my</w>
       <w lemma="lord" pos="n1" xml:id="A06177-003-b-0240">Lord</w>
       <w lemma="Dorialus" pos="nn1" rend="hi" xml:id="A06177-003-b-0250">Dorialus</w>
       <pc rend="hi" xml:id="A06177-003-b-0260">,</pc>
       <w lemma="I" pos="pns" xml:id="A06177-003-b-0270">I</w>
       <w lemma="have" pos="vvd" xml:id="A06177-003-b-0280">had</w>
       <w lemma="miss" pos="vvn" reg="missed" xml:id="A06177-003-b-0290">mist</w>
       <w lemma="of" pos="acp" xml:id="A06177-003-b-0300">of</w>
       <w lemma="this" pos="d" xml:id="A06177-003-b-0310">this</w>
       <w lemma="if" pos="cs" xml:id="A06177-003-b-0320">if</w>
       <w lemma="you" pos="pn" xml:id="A06177-003-b-0330">you</w>
       <w lemma="have" pos="vvd" xml:id="A06177-003-b-0340">had</w>
       <w lemma="not" pos="xx" xml:id="A06177-003-b-0350">not</w>
       <w lemma="call" pos="vvn" reg="called" xml:id="A06177-003-b-0360">call'd</w>
       <w lemma="i" pos="pno" xml:id="A06177-003-b-0370">me</w>
       <pc xml:id="A06177-003-b-0380">,</pc>
       <w lemma="I" pos="pns" xml:id="A06177-003-b-0390">I</w>
      </p>
</sp>
<sp><p>
       <w lemma="other" pos="pi-d" xml:id="A06177-003-b-1260">other</w>
       <pc xml:id="A06177-003-b-1270">;</pc>
       <w join="right" lemma="it" pos="pn" reg="'t" xml:id="A06177-003-b-1280">t</w>
       <w join="left" lemma="be" pos="vvz" xml:id="A06177-003-b-1281">is</w>
       <w lemma="dangerous" pos="j" xml:id="A06177-003-b-1290">dangerous</w>
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

/** The preface's heading and first lines of EarlyPrint's A06177 (as above), set in a chapter
 * division (so that the contents list it) long enough for the print to run its head. */
const preface = tei(`<div type="chapter">
${printerHead}${'<p>\n     <w lemma="it" pos="pn">IT</w>\n     <w lemma="be" pos="vvz">is</w>\n     <w lemma="a" pos="d">a</w>\n     <w lemma="custom" pos="n1" reg="custom">custome</w>\n     <w lemma="use" pos="vvn" reg="used">vsed</w>\n     <pc>,</pc>\n</p>'.repeat(120)}</div>`);

describe('word-tokenised TEI, one token to a line', () => {
  it('HTML: the synoptic view keeps the words of a tokenised line apart', async () => {
    const { files } = await renderHtmlFiles(yasna);
    const synopsis = parse(Buffer.from(files.get('text-synopsis.html')!).toString('utf8'));
    const cells = synopsis.querySelectorAll('td[data-wit="Pt4"]').map((td) => td.textContent.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe('ahiiā ϑβā āϑrō vərəzə̄nā');
  });

  it('HTML: a text that writes its spaces as c elements has no space before its punctuation, inside a q or out', async () => {
    const t = await text(folger);
    expect(t).toContain('Enter Barnardo and Francisco, two sentinels.');
    expect(t).toContain('Nay, answer me. Stand and unfold yourself.');
    expect(t).toContain('When Caesar says Do this, it is performed.');
    expect(t).not.toMatch(/\w [,.]/u);
  });

  it('HTML: a text that leaves its spaces implicit is spaced as read: words apart, marks against their word, @join followed', async () => {
    const t = await text(earlyPrint);
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
    const f = await printed(folger);
    expect(f).toContain('Enter Barnardo and Francisco, two sentinels.');
    expect(f).toContain('Nay, answer me. Stand and unfold yourself.');
    const e = await printed(earlyPrint);
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
