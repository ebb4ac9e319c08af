import type { Diagnostic } from '../../diagnostics/index.js';

export type Paper = 'a4' | 'a5' | 'us-letter';

/** Options of the PDF renderer. */
export interface PdfOptions {
  /** The PDF file to write (replaced atomically). */
  readonly outFile: string;
  readonly paper?: Paper;
}

export interface PdfResult {
  readonly file: string;
  readonly pages: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** Renders the TEI edition as a print PDF through Typst (being written; see issue 7). */
export async function renderPdf(_tei: string, _options: PdfOptions): Promise<PdfResult> {
  throw new Error('renderPdf: not written yet');
}
