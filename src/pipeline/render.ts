import type { Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';

/** What a build can produce; `tei` is always made (every other output is made from it). */
export const buildOutputs = ['tei', 'review', 'html', 'pdf'] as const;
export type BuildOutput = (typeof buildOutputs)[number];

/** The render stage's slice of the options. */
export interface RenderOptions {
  readonly outputs: ReadonlySet<BuildOutput>;
  /** The edition's render overrides folder (html.xsl, print.xsl, strings.json). */
  readonly overrides?: string;
  /** The language of the outputs' own words; default the TEI's. */
  readonly lang?: string;
  /** The print markup, when it was started early (beside the check); made here otherwise. */
  readonly printMarkup?: Promise<string>;
}

export interface Rendered {
  /**
   * Every file made, by its path relative to the edition's output folder: `review.md`,
   * `review.json`, `html/…`, `<id>.pdf`.
   */
  readonly files: Map<string, Uint8Array>;
  readonly diagnostics: readonly Diagnostic[];
  /** Pages of the PDF, when one was made. */
  readonly pages?: number;
}

/** Folder of the web edition inside the output folder. */
export const htmlFolder = 'html';

/** The overrides and the language, when given. */
const looks = (o: Pick<RenderOptions, 'overrides' | 'lang'>) => ({ ...(o.overrides ? { overrides: o.overrides } : {}), ...(o.lang ? { lang: o.lang } : {}) });

const utf8 = (text: string | Uint8Array): Uint8Array => (typeof text === 'string' ? new TextEncoder().encode(text) : text);

/**
 * Starts the print stylesheet on a worker thread; resolves once the run has been handed to
 * the worker, so the check (and the review, the HTML) run beside it rather than before it.
 */
export async function startPrintMarkup(tei: string, options: Pick<RenderOptions, 'overrides' | 'lang'> = {}): Promise<{ readonly markup: Promise<string> }> {
  const { teiToTypst } = await import('../render/pdf/index.js');
  const markup = teiToTypst(tei, { paper: 'a4', onWorkerThread: true, ...looks(options) });
  markup.catch(() => undefined); // awaited by the render stage; not an unhandled rejection meanwhile
  await new Promise((next) => setImmediate(next)); // lets the run reach the worker
  return { markup };
}

/**
 * The render stage: the review report, the web edition and the PDF, as files in memory.
 * Writes nothing (the write stage does).
 */
export async function renderEdition(tei: string, edition: Edition, options: RenderOptions): Promise<Rendered> {
  const files = new Map<string, Uint8Array>();
  const diagnostics: Diagnostic[] = [];
  const want = options.outputs;
  if (want.has('review')) {
    const { renderReview } = await import('../annotate/index.js');
    const report = renderReview(edition);
    files.set('review.md', utf8(`${report.markdown}\n`));
    files.set('review.json', utf8(report.json));
  }
  if (want.has('html')) {
    const { renderHtmlFiles } = await import('../render/html/index.js');
    const site = await renderHtmlFiles(tei, looks(options));
    for (const [path, text] of site.files) files.set(`${htmlFolder}/${path}`, utf8(text));
    diagnostics.push(...site.diagnostics);
  }
  let pages: number | undefined;
  if (want.has('pdf')) {
    const { setPdf } = await import('../render/pdf/index.js');
    const pdf = setPdf(await (options.printMarkup ?? (await startPrintMarkup(tei, options)).markup));
    files.set(`${edition.id}.pdf`, pdf.pdf);
    diagnostics.push(...pdf.diagnostics);
    pages = pdf.pages;
  }
  return { files, diagnostics, ...(pages !== undefined ? { pages } : {}) };
}
