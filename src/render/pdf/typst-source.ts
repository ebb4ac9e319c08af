import { EditionError, error } from '../../diagnostics/index.js';
import { asOneTei } from '../corpus.js';
import { placingParseErrors } from '../well-formed.js';
import { transform } from '../xslt.js';
import { overrideStrings, stylesheetWithOverrides } from '../overrides.js';
import { fontFamilies } from './fonts.js';
import { transformOnOwnThread, transformOnThread } from '../xslt-threads.js';
import { xsltEscapeTable, xsltLongRun } from './typst-escape.js';

export type Paper = 'a4' | 'a5' | 'us-letter';

export interface TypstSourceOptions {
  readonly paper?: Paper;
  /** What the stylesheet does with an element it has no rule for (default: render its content). */
  readonly onUnhandled?: 'fail' | 'render';
  /**
   * Run the stylesheet on a worker thread, leaving this thread free meanwhile (default: false);
   * 'own': on a thread of its own, ended before the markup is returned, so that its memory is
   * free again when Typst sets the markup (a PDF render that does nothing else meanwhile).
   */
  readonly onWorkerThread?: boolean | 'own';
  /** The language of the edition's own words (labels, headings); default the TEI's. */
  readonly lang?: string;
  /** An edition's render overrides folder (src/render/overrides.ts). */
  readonly overrides?: string;
  /** Variant classes the edition hides (collation.hide): their places get no apparatus entry. */
  readonly hiddenVariants?: readonly string[];
  /**
   * The PDF's date when the TEI header gives none: SOURCE_DATE_EPOCH when set (reproducible
   * builds), else this (the file's date), else 1 January 2000. Never a failure.
   */
  readonly fallbackDate?: Date;
}

/** The date the PDF carries when the header has none, as YYYY-MM-DD. */
export function fallbackDate(fromFile: Date | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const seconds = epoch !== undefined && /^\d{1,12}$/.test(epoch.trim()) ? Number(epoch.trim()) : undefined;
  const date = seconds !== undefined ? new Date(seconds * 1000) : fromFile && !Number.isNaN(fromFile.getTime()) ? fromFile : new Date(Date.UTC(2000, 0, 1));
  return date.toISOString().slice(0, 10);
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
  const sef = await stylesheetWithOverrides('print.xsl', options.overrides);
  const params = {
    paper: options.paper ?? 'a4',
    'typst-escapes': xsltEscapeTable(),
    'typst-long-run': xsltLongRun(),
    'hidden-variants': [...(options.hiddenVariants ?? [])],
    'on-unhandled': options.onUnhandled ?? 'render',
    lang: options.lang ?? '',
    strings: overrideStrings(options.overrides),
    'fallback-date': fallbackDate(options.fallbackDate),
    fonts: [...fontFamilies],
  };
  const run = async (): Promise<string> => {
    const one = await asOneTei(tei);
    const on = options.onWorkerThread ?? false;
    return (on === 'own' ? await transformOnOwnThread(sef, one, params) : on ? await transformOnThread(sef, one, params) : transform(sef, one, params)).output;
  };
  return placingParseErrors(tei, 'pdf', run);
}
