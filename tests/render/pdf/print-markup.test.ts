import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EditionError } from '../../../src/diagnostics/index.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { compileTypst } from '../../../src/render/pdf/typst-compile.js';
import { teiToTypst } from '../../../src/render/pdf/typst-source.js';
import { repoRoot } from '../../helpers/edition-dir.js';
import { pdfInfo, pdfText, popplerAvailable, popplerMissing } from './poppler.js';
import { findInOrder, printedText, searchableText } from './printed-text.js';

// The markup other stages add to the edition (names, dates, corrections, inline apps), and
// every construct of docs/tei-conventions.md, on a small fixture.
const fixture = readFileSync(join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), 'utf8');

/** Renders with the stylesheet's strict policy: an element without a rule is an error. */
async function strictPdf(tei: string, dir: string): Promise<string> {
  const { pdf, diagnostics } = compileTypst(await teiToTypst(tei, { paper: 'a5', onUnhandled: 'fail' }));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const file = join(dir, 'fixture.pdf');
  writeFileSync(file, pdf);
  return file;
}

describe('the print of names, corrections and readings (xslt/print.xsl)', () => {
  it('has a rule for every element of the conventions (strict policy)', async () => {
    await expect(teiToTypst(fixture, { onUnhandled: 'fail' })).resolves.toContain('#chapter(');
  });

  it('stops on an element it has no rule for when strict, and prints its content otherwise', async () => {
    const odd = fixture.replace('After the gap.', 'After the <oddity>strange words</oddity> gap.');
    await expect(teiToTypst(odd, { onUnhandled: 'fail' })).rejects.toThrow(/no rule renders <oddity>.*#p-A15/);
    await expect(teiToTypst(odd, { onUnhandled: 'render' })).resolves.toContain('#"strange words"');
  });

  it('rejects an empty TEI text with a clear error', async () => {
    await expect(teiToTypst('  ')).rejects.toBeInstanceOf(EditionError);
  });

  it('gives the same markup on a worker thread as on this one, and the same failures', async () => {
    const here = await teiToTypst(fixture);
    expect(await teiToTypst(fixture, { onWorkerThread: true })).toBe(here);
    const odd = fixture.replace('After the gap.', 'After the <oddity>strange words</oddity> gap.');
    await expect(teiToTypst(odd, { onUnhandled: 'fail', onWorkerThread: true })).rejects.toThrow(/no rule renders <oddity>.*#p-A15/);
  });

  it("gives the same markup and failures on a thread of its own ('own'), and ends that thread", async () => {
    const here = await teiToTypst(fixture);
    // the process's threads as Linux counts them (a worker thread is one, and stays one until ended)
    const threads = (): number | undefined => (existsSync('/proc/self/status') ? Number(/^Threads:\s*(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) : undefined);
    const before = threads();
    expect(await teiToTypst(fixture, { onWorkerThread: 'own' })).toBe(here);
    const odd = fixture.replace('After the gap.', 'After the <oddity>strange words</oddity> gap.');
    await expect(teiToTypst(odd, { onUnhandled: 'fail', onWorkerThread: 'own' })).rejects.toThrow(/no rule renders <oddity>.*#p-A15/);
    expect(threads()).toBe(before);
  });

  it('says where a TEI text stops being well-formed', async () => {
    const broken = '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n<p>unclosed</body></text></TEI>';
    const err: unknown = await teiToTypst(broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EditionError);
    const [d] = (err as EditionError).diagnostics;
    expect(d).toMatchObject({ rule: 'pdf-input-not-well-formed', line: 3 });
    expect(d?.message).toMatch(/not well-formed XML: .*p/);
  });
});

describe.skipIf(!popplerAvailable)(popplerAvailable ? 'the fixture as PDF' : `the fixture as PDF: skipped, ${popplerMissing}`, () => {
  let file: string;
  let text: string;
  let layout: string[];

  beforeAll(async () => {
    file = await strictPdf(fixture, mkdtempSync(join(tmpdir(), 'tei-edition-fixture-')));
    text = searchableText(pdfText(file)).replace(/\s+/g, ' ');
    layout = pdfText(file, undefined, undefined, ['-layout']).split('\f');
  });

  it('contains every paragraph and every note, in order', () => {
    const { blocks, notes } = printedText(fixture);
    const stream = searchableText(pdfText(file, undefined, undefined, ['-raw']));
    expect(findInOrder(stream, blocks)).toEqual([]);
    expect(findInOrder(stream, notes)).toEqual([]);
  });

  it('prints text with Typst’s special characters exactly as written', () => {
    expect(text).toContain('#hash $dollar *star* _under_ @at <angle> [square] back\\slash `tick` //slashes and ‘quotes’ – dashes — é · done.');
  });

  it('prints supplied text in brackets and a gap as its description in brackets', () => {
    expect(text).toContain('[Alphonse Chapter]');
    expect(text).toContain('[A diagram of the contacts is not in the transcription.]');
  });

  it('numbers notes as the witness, marks the translator’s, letters the edition’s', () => {
    expect(text).toContain('1 A note of the author about Trotsky. (L.S.)');
    expect(text).toContain('2 Tr. A translator’s note about Berlin.');
    expect(text).toContain('a Ed. An editorial note on the marker.');
  });

  it('prints a correction in the text and the witness’s reading with the reason in the apparatus', () => {
    expect(text).toContain('The prosecutor Vyshinsky spoke.');
    expect(text).not.toContain('prosecutor Vyshinky');
    expect(text).toMatch(/\b\d+ Vyshinsky\] Vyshinky A; The register knows the name as Vyshinsky\./);
  });

  it('keys an entry to the printed line its words stand on', () => {
    // The line of the lemma, counted from the nearest line the margin numbers.
    const page = layout.find((p) => p.includes('Vyshinsky spoke'))!.split('\n').filter((l) => l.trim() !== '');
    const at = page.findIndex((l) => l.includes('Vyshinsky spoke'));
    const numbered = page.slice(0, at + 1).map((l, i) => ({ i, n: /^\s*(\d+)\s{2,}\S/.exec(l)?.[1] })).filter((x) => x.n).pop()!;
    const line = Number(numbered.n) + (at - numbered.i);
    expect(text).toContain(`${line} Vyshinsky] Vyshinky A`);
  });

  it('prints the lemma of each app and the readings of the other witness in the apparatus', () => {
    expect(text).toContain('they differ in tangerine only, and in one word that B omits.');
    expect(text).not.toMatch(/differ in clementine/);
    // a negative apparatus: the lemma without its sigla, an omission "om.", an addition "add."
    // the entries of one printed line after one number, divided by a bar
    expect(text).toMatch(/\b\d+ tangerine\] clementine B \| one word\] om\. B/);
    expect(text).toMatch(/\b\d+ add\. Running Head Xylophone \/ Second Line \(running head of the page\) B/);
    expect(text).toMatch(/\b\d+ [^\s\]]+\] add\. Footer Yodel \(footer of the page\) B|\b\d+ add\. Footer Yodel \(footer of the page\) B/);
  });

  it('keys readings and corrections inside a note to the note', () => {
    expect(text).toContain('n. 3 walrus] Walrus B | the] teh A B; A typing error.');
  });

  it('sets the notes and the apparatus as two series: the notes first, then the apparatus', () => {
    // the running head's entry is keyed before the note's marker, but prints after the note
    const note = text.indexOf('A shared note with a walrus');
    expect(note).toBeGreaterThan(0);
    expect(text.indexOf('add. Running Head Xylophone')).toBeGreaterThan(note);
    expect(text.indexOf('tangerine] clementine')).toBeGreaterThan(note);
  });

  it('indexes persons (surname first) and places with the pages they are named on', () => {
    const page = (words: string): string => {
      const i = layout.findIndex((p) => p.includes(words));
      return /(\d+)\s*$/.exec(layout[i]!.trimEnd())![1]!;
    };
    const at = page('Sedov met Smirnov');
    const index = layout.filter((p) => p.includes('Index of')).join('\n').replace(/\s+/g, ' ');
    expect(index).toContain(`Sedov, Leon, ${at}`);
    expect(index).toContain(`Smirnov, Ivan Nikitich, ${at}`);
    expect(index).toContain(`Trotsky, Leon, ${at}`);
    expect(index).toContain(`Berlin, ${at}`);
    // Not named in the text, or left to an editor (no register entry): not in the index.
    expect(index).not.toMatch(/Napoleon|Lurie/);
  });

  it('has no text on the contents page but the contents', () => {
    const contents = layout.find((p) => p.includes('Contents'))!;
    expect(contents).not.toMatch(/om\. A\]|Xylophone/);
  });
});

describe.skipIf(!popplerAvailable)(popplerAvailable ? 'paper sizes' : `paper sizes: skipped, ${popplerMissing}`, () => {
  it.each([
    ['a5', '419.528 x 595.276'],
    ['us-letter', '612 x 792'],
  ] as const)('sets the book on %s', async (paper, size) => {
    const out = join(mkdtempSync(join(tmpdir(), 'tei-edition-paper-')), `${paper}.pdf`);
    const result = await renderPdf(fixture, { outFile: out, paper });
    expect(pdfInfo(out)['Page size']).toContain(size);
    expect(result.pages).toBeGreaterThan(5);
  });
});
