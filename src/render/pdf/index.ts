import { EditionError, hasErrors, type Diagnostic } from '../../diagnostics/index.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { compileTypst } from './typst-compile.js';
import { teiToTypst, type Paper } from './typst-source.js';

export { teiToTypst } from './typst-source.js';

export type { Paper } from './typst-source.js';

/** Options of the PDF renderer. */
export interface PdfOptions {
  /** The PDF file to write (replaced atomically). */
  readonly outFile: string;
  readonly paper?: Paper;
  /** Run the print stylesheet on a worker thread (see TypstSourceOptions). */
  readonly onWorkerThread?: boolean;
}

export interface PdfResult {
  readonly file: string;
  readonly pages: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Renders the TEI edition as a print PDF: xslt/print.xsl turns the TEI into Typst markup,
 * the Typst compiler (in process) sets it with xslt/print/book.typ as a PDF/A-2a book.
 * The file is written whole or not at all.
 * @throws EditionError when the TEI cannot be transformed or Typst cannot set it.
 */
export async function renderPdf(tei: string, options: PdfOptions): Promise<PdfResult> {
  return writePdf(await teiToTypst(tei, { paper: options.paper ?? 'a4', onWorkerThread: options.onWorkerThread ?? false }), options.outFile);
}

/**
 * The second half of renderPdf: sets Typst markup made by teiToTypst as the PDF and writes it
 * whole. A build makes the markup early, beside its other work, and sets it at the end.
 * @throws EditionError when Typst cannot set it.
 */
export function writePdf(source: string, outFile: string): PdfResult {
  const { pdf, pages, diagnostics } = setPdf(source);
  writeFileAtomic(outFile, pdf);
  return { file: outFile, pages, diagnostics };
}

/**
 * Sets Typst markup made by teiToTypst as a PDF, in memory (writes nothing).
 * @throws EditionError when Typst cannot set it.
 */
export function setPdf(source: string): { pdf: Uint8Array; pages: number; diagnostics: readonly Diagnostic[] } {
  const result = compileTypst(source);
  if (hasErrors(result.diagnostics)) throw new EditionError(result.diagnostics);
  return result;
}
