import { EditionError, error } from '../../diagnostics/index.js';
import { placingParseErrors } from '../well-formed.js';
import { compiledStylesheet, transform } from '../xslt.js';
import { transformOnThread } from '../xslt-threads.js';
import { xsltEscapeTable } from './typst-escape.js';

export type Paper = 'a4' | 'a5' | 'us-letter';

export interface TypstSourceOptions {
  readonly paper?: Paper;
  /** What the stylesheet does with an element it has no rule for (default: render its content). */
  readonly onUnhandled?: 'fail' | 'render';
  /** Run the stylesheet on a worker thread, leaving this thread free meanwhile (default: false). */
  readonly onWorkerThread?: boolean;
}

/**
 * The print edition as Typst markup: xslt/print.xsl run on the TEI text. The markup imports
 * the page design `book.typ` (in xslt/print/), so it compiles in that directory.
 * @throws EditionError when the stylesheet cannot be compiled or fails on the input.
 */
export async function teiToTypst(tei: string, options: TypstSourceOptions = {}): Promise<string> {
  if (tei.trim() === '') {
    throw new EditionError([
      error({ message: 'the TEI text is empty', rule: 'pdf-empty-input', stage: 'render', hint: 'build the edition first (npm run edition)' }),
    ]);
  }
  const sef = await compiledStylesheet('print.xsl');
  const params = {
    paper: options.paper ?? 'a4',
    'typst-escapes': xsltEscapeTable(),
    'on-unhandled': options.onUnhandled ?? 'render',
  };
  const run = async (): Promise<string> =>
    (options.onWorkerThread === true ? await transformOnThread(sef, tei, params) : transform(sef, tei, params)).output;
  return placingParseErrors(tei, 'pdf', run);
}
