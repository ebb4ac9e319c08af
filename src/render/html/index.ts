import type { Diagnostic } from '../../diagnostics/index.js';

/** Options of the HTML renderer. */
export interface HtmlOptions {
  /** Directory the static site is written to (created; files replaced atomically). */
  readonly outDir: string;
  /** Style mentions left to an editor (names without a register link) so they stand out. */
  readonly showUnresolved?: boolean;
}

export interface HtmlResult {
  /** Files written, relative to outDir. */
  readonly files: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Renders the TEI edition as a static HTML site (being written; see issue 6). */
export async function renderHtml(_tei: string, _options: HtmlOptions): Promise<HtmlResult> {
  throw new Error('renderHtml: not written yet');
}
