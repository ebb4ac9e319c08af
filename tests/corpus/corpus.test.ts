/**
 * The real-world corpus (tests/corpus/files, sources in sources.json): every file renders to
 * HTML and to PDF with the CLI (exit 0), and the reading text of its <text> is found word for
 * word, in order, in both outputs (≥ 99.5 %); the words of notes, of readings other than the
 * base reading and of deleted text are found in the outputs too.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { popplerAvailable, popplerMissing } from '../render/pdf/poppler.js';
import { measure } from './measure.js';
import { corpusDir } from './render-corpus.js';

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.xml')).sort();
/** Asserted per file; the README's table lists the measured figures. */
const minimum = 0.995;

const show = (c: { matched: number; total: number; missing: string[] } | undefined): string =>
  c ? `${c.matched}/${c.total} words; first gaps:\n  ${c.missing.join('\n  ')}` : 'not measured';

describe('the real-world corpus renders without loss', () => {
  it('has at least 20 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    it(file, { timeout: 600_000 }, (ctx) => {
      if (!popplerAvailable) return ctx.skip(popplerMissing);
      const m = measure(file);
      expect(m.html.status, `render html ${file}:\n${m.html.stderr}`).toBe(0);
      expect(m.pdf.status, `render pdf ${file}:\n${m.pdf.stderr}`).toBe(0);
      expect(m.htmlCoverage!.ratio, `HTML reading text of ${file}: ${show(m.htmlCoverage)}`).toBeGreaterThanOrEqual(minimum);
      expect(m.pdfCoverage!.ratio, `PDF reading text of ${file}: ${show(m.pdfCoverage)}`).toBeGreaterThanOrEqual(minimum);
      for (const [kind, c] of Object.entries(m.htmlOther!)) {
        expect(c.ratio, `HTML ${kind} of ${file}: ${show(c)}`).toBeGreaterThanOrEqual(minimum);
      }
      for (const [kind, c] of Object.entries(m.pdfOther!)) {
        expect(c.ratio, `PDF ${kind} of ${file}: ${show(c)}`).toBeGreaterThanOrEqual(minimum);
      }
    });
  }
});
