import { EditionError, hasErrors, warning, type Diagnostic } from '../../diagnostics/index.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { withoutText } from '../corpus.js';
import { compileTypst, compileTypstOnThread, type TypstPdf } from './typst-compile.js';
import { teiToTypst, type TypstSourceOptions } from './typst-source.js';

export { teiToTypst } from './typst-source.js';

export type { Paper } from './typst-source.js';

/** Options of the PDF renderer that make the file (renderPdfBytes). */
export type PdfRenderOptions = TypstSourceOptions;

/** Options of renderPdf, which also writes the file. */
export interface PdfOptions extends PdfRenderOptions {
  /** The PDF file to write (replaced atomically). */
  readonly outFile: string;
}

/** The PDF as bytes, and what Typst reported. */
export interface PdfBytes {
  readonly pdf: Uint8Array;
  readonly pages: number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface PdfResult {
  readonly file: string;
  readonly pages: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Renders the TEI edition as a print PDF: xslt/print.xsl turns the TEI into Typst markup,
 * the Typst compiler (in process) sets it with xslt/print/book.typ as a PDF/A-2a book.
 * The file is written whole or not at all. The stylesheet runs on a thread of its own, ended
 * before Typst starts (by default), so that the two never hold their memory at once.
 * @throws EditionError when the TEI cannot be transformed or Typst cannot set it.
 */
export async function renderPdf(tei: string, options: PdfOptions): Promise<PdfResult> {
  const { outFile, ...rest } = options;
  const made = writePdf(await teiToTypst(tei, { paper: 'a4', onWorkerThread: 'own', ...rest }), outFile);
  return { ...made, diagnostics: [...withoutText(tei), ...made.diagnostics] };
}

/**
 * Renders the TEI as a PDF and returns its bytes without writing anything.
 * @throws EditionError when the TEI cannot be transformed or Typst cannot set it.
 */
export async function renderPdfBytes(tei: string, options: PdfRenderOptions = {}): Promise<PdfBytes> {
  const made = setPdf(await teiToTypst(tei, { paper: 'a4', ...options }));
  return { ...made, diagnostics: [...withoutText(tei), ...made.diagnostics] };
}

/**
 * Sets Typst markup made by teiToTypst as a PDF. `keepCaches: false` (a process that sets one
 * book) drops Typst's caches before the export: less memory at the peak (compileTypst).
 */
export function setPdf(source: string, options: { readonly keepCaches?: boolean } = {}): PdfBytes {
  return pdfBytes(compileTypst(source, options), source);
}

/** setPdf on the print thread, leaving this thread free meanwhile (a build renders the web edition). */
export async function setPdfOnThread(source: string): Promise<PdfBytes> {
  return pdfBytes(await compileTypstOnThread(source), source);
}

function pdfBytes({ pdf, pages, diagnostics }: TypstPdf, source: string): PdfBytes {
  if (hasErrors(diagnostics)) throw new EditionError(diagnostics);
  return { pdf, pages, diagnostics: [...diagnostics, ...unhandledInMarkup(source)] };
}

/**
 * The elements the print rendered with its generic rule (xslt/print/fallback.xsl leaves a
 * comment naming each in the markup), one warning per element with its count.
 */
export function unhandledInMarkup(source: string): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const m of source.matchAll(/\/\* tei-unhandled:([^*\s]+) \*\//g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([element, count]) =>
    warning({
      message: `no rule of the print renders <${element}> (${count} ${count === 1 ? 'time' : 'times'}); its text is printed by the generic rule`,
      rule: 'pdf-unhandled-element',
      stage: 'render',
      hint: "add a template for it in the edition's render overrides (print.xsl)",
    }),
  );
}

/**
 * The second half of renderPdf: sets Typst markup made by teiToTypst as the PDF and writes it
 * whole. A build makes the markup early, beside its other work, and sets it at the end.
 * Typst's caches are dropped before the export (setPdf): this is the one book the call sets.
 * @throws EditionError when Typst cannot set it.
 */
export function writePdf(source: string, outFile: string): PdfResult {
  const { pdf, pages, diagnostics } = setPdf(source, { keepCaches: false });
  writeFileAtomic(outFile, pdf);
  return { file: outFile, pages, diagnostics };
}
