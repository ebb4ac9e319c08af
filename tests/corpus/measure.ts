/**
 * Renders one corpus file to HTML and PDF with the CLI and measures both against its reading
 * text: the corpus test asserts on the figures, the comparison script prints them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { coverage, pdfWords as splitPdfWords, type Coverage } from './coverage.js';
import { readingText } from './reading-text.js';
import { allSiteWords, corpusDir, pdfTextWords, runCli, siteWords, type CliRun } from './render-corpus.js';

export interface Measured {
  readonly file: string;
  readonly html: CliRun;
  readonly pdf: CliRun;
  readonly htmlCoverage?: Coverage;
  readonly pdfCoverage?: Coverage;
  /** Share of the words of notes, readings, deletions and the header's manuscript descriptions found anywhere in the site, in order. */
  readonly htmlOther?: { notes: Coverage; readings: Coverage; deletions: Coverage; descriptions: Coverage };
  readonly pdfOther?: { notes: Coverage; readings: Coverage; deletions: Coverage; descriptions: Coverage };
}

/**
 * The same word splitting for the source as pdfWords applies to the PDF; words in Arabic
 * script left out (pdftotext cannot read Typst's shaped Arabic back: corpus.test.ts).
 */
const asPdf = (ws: readonly string[]): string[] => splitPdfWords(ws.filter((w) => !/\p{Script=Arabic}/u.test(w)).join(' '));

export function measure(file: string): Measured {
  const tmp = mkdtempSync(join(tmpdir(), 'tei-corpus-'));
  try {
    // a corpus file by its name, or a probe kept elsewhere by its path
    const input = isAbsolute(file) ? file : join(corpusDir, file);
    const source = readingText(readFileSync(input, 'utf8'));
    const site = join(tmp, 'site');
    const pdfFile = join(tmp, 'out.pdf');
    const html = runCli(['render', 'html', input, '--out', site]);
    const pdf = runCli(['render', 'pdf', input, '--out', pdfFile], { SOURCE_DATE_EPOCH: '1700000000' });
    let result: Measured = { file, html, pdf };
    if (html.status === 0) {
      const text = siteWords(site);
      // The synoptic pages (witnesses side by side) repeat every reading a second time, so the
      // words of a reading would no longer be unique in the site and could not anchor the
      // alignment: the measure reads the pages that give the text and its apparatus (the
      // synoptic pages have their own test, tests/render/apparatus-views.test.ts).
      const pages = readdirSync(site).filter((p) => p.endsWith('.html') && !p.endsWith('-synopsis.html'));
      const all = allSiteWords(site, pages);
      result = {
        ...result,
        htmlCoverage: coverage(source.words, text),
        htmlOther: { notes: coverage(source.noteWords, all), readings: coverage(source.readingWords, all), deletions: coverage(source.deletedWords, all), descriptions: coverage(source.descriptionWords, all) },
      };
    }
    if (pdf.status === 0) {
      const text = pdfTextWords(pdfFile).filter((w) => !/\p{Script=Arabic}/u.test(w));
      result = {
        ...result,
        pdfCoverage: coverage(asPdf(source.words), text),
        pdfOther: { notes: coverage(asPdf(source.noteWords), text), readings: coverage(asPdf(source.readingWords), text), deletions: coverage(asPdf(source.deletedWords), text), descriptions: coverage(asPdf(source.descriptionWords), text) },
      };
    }
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
