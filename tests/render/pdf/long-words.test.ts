/**
 * A word with no place to break (a URL, a shelfmark, an identifier) stays on the page: Typst
 * breaks lines only where Unicode allows, so such a word in a large title, a table cell or
 * beside a long siglum ran off the page and its end was lost (found by the injection property
 * test). The print gives such a run places to break (empty boxes); the PDF's text still reads
 * it whole, and ordinary words, hyphenated words and CJK are set as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdfBytes, teiToTypst } from '../../../src/render/pdf/index.js';
import { pdfText, popplerAvailable, popplerMissing } from './poppler.js';

const url = 'https://archive.example.org/collections/letters/1847/box12/folder3/item0042.xml';
const checksum = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const shelfmark = 'BAV_Vat.lat.3225_fol.12r_col.b_lin.1-30';
const siglum = 'Cod.Vindob.Palat.1234(olim.Salisb.567)';
const title = 'Cod.Vindob.Palat.1234(olim.Salisb.567).fol.12r';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
<titleStmt><title>${title}</title></titleStmt><publicationStmt><p>Test</p></publicationStmt>
<sourceDesc><listWit><witness xml:id="A" n="${siglum}">${shelfmark}</witness><witness xml:id="B">A second copy</witness></listWit></sourceDesc>
</fileDesc></teiHeader><text><body><div><head>Sources</head>
<p>The letter is kept at ${url} and its draft beside it, a well-known wording.</p>
<table><row><cell>Shelfmark</cell><cell>${shelfmark}</cell><cell>${checksum}</cell><cell>${url}</cell></row></table>
<p>Read <app><lem wit="#A">this</lem><rdg wit="#B">that</rdg></app> here.</p>
</div></body></text></TEI>`;

describe('long words in print', () => {
  it('gives a long run places to break, and leaves ordinary text as it was', async () => {
    const source = await teiToTypst(tei, { fallbackDate: new Date(0) });
    expect(source).toContain('#"sha256:"#box()#"9f86d08188"#box()');
    expect(source).toContain('#" and its draft beside it, a well-known wording."');
  });

  it('keeps every character of such a run on the page: in the title, the conspectus, a table and the text', { timeout: 60_000 }, async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const dir = mkdtempSync(join(tmpdir(), 'tei-long-words-'));
    try {
      const file = join(dir, 'out.pdf');
      writeFileSync(file, (await renderPdfBytes(tei, { fallbackDate: new Date(0) })).pdf);
      // pdftotext reads only what lies on the page: a run that overflowed it lost its end
      const text = pdfText(file).replace(/\s+/g, '');
      const count = (s: string): number => text.split(s).length - 1;
      expect(count(title)).toBeGreaterThanOrEqual(2);
      expect(count(checksum)).toBe(1);
      expect(count(url)).toBeGreaterThanOrEqual(2);
      expect(count(shelfmark)).toBeGreaterThanOrEqual(3);
      expect(count(siglum)).toBeGreaterThanOrEqual(2);
      expect(text).not.toContain('\u200b');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
