import type { Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import type { PdfBytes } from '../render/pdf/index.js';

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
  /** Variant classes the edition hides in its reading views (collation.hide): no entry in the print's apparatus, off in the site's filter. */
  readonly hiddenVariants?: readonly string[];
  /** The PDF, when it was started early (beside the check and the web edition); made here otherwise. */
  readonly printPdf?: Promise<PdfBytes>;
  /** Make the PDF on threads of its own (default true); false makes it on this thread. */
  readonly printThreads?: boolean;
  /** The web edition, when it was started early (webEdition on the print thread); made here otherwise. */
  readonly webEdition?: Promise<Rendered>;
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

/** The overrides, the language and the hidden variant classes, when given. */
type Looks = Pick<RenderOptions, 'overrides' | 'lang' | 'hiddenVariants'>;
const looks = (o: Looks) => ({
  ...(o.overrides ? { overrides: o.overrides } : {}),
  ...(o.lang ? { lang: o.lang } : {}),
  ...(o.hiddenVariants?.length ? { hiddenVariants: o.hiddenVariants } : {}),
});

const utf8 = (text: string | Uint8Array): Uint8Array => (typeof text === 'string' ? new TextEncoder().encode(text) : text);

/**
 * Starts the PDF on worker threads: the print stylesheet on one, Typst on another. Resolves
 * once the stylesheet's run has been handed to its thread, so the check, the review and the
 * web edition run beside the print rather than before it. With `threads: false` it makes the
 * PDF on this thread and resolves when it is made.
 */
export async function startPrint(
  tei: string,
  options: Looks & { readonly threads?: boolean } = {},
): Promise<{ readonly pdf: Promise<PdfBytes>; readonly release?: () => void }> {
  const { teiToTypst, setPdf, setPdfOnThread } = await import('../render/pdf/index.js');
  // Without threads the markup and the PDF are made here, before this resolves.
  if (options.threads === false) {
    const made = setPdf(await teiToTypst(tei, { paper: 'a4', onWorkerThread: false, ...looks(options) }));
    return { pdf: Promise.resolve(made) };
  }
  const pdf = teiToTypst(tei, { paper: 'a4', onWorkerThread: true, ...looks(options) }).then(setPdfOnThread);
  pdf.catch(() => undefined); // awaited by the render stage; not an unhandled rejection meanwhile
  await new Promise((next) => setImmediate(next)); // lets the run reach the worker
  const [{ releaseThreads }, { releaseTypstThread }] = await Promise.all([import('../render/xslt-threads.js'), import('../render/pdf/typst-thread.js')]);
  // A refused build does not wait for the PDF it no longer wants.
  return { pdf, release: () => (releaseThreads(), releaseTypstThread()) };
}

/**
 * The web edition's files under `html/`. With `onWorkerThread` the stylesheet runs on the print
 * thread, after the print's markup, and this thread is free once the run is handed over.
 */
export async function webEdition(tei: string, options: Looks & { readonly onWorkerThread?: boolean } = {}): Promise<Rendered> {
  const { renderHtmlFiles } = await import('../render/html/index.js');
  const site = await renderHtmlFiles(tei, { ...looks(options), ...(options.onWorkerThread ? { onWorkerThread: true } : {}) });
  const files = new Map<string, Uint8Array>();
  for (const [path, text] of site.files) files.set(`${htmlFolder}/${path}`, utf8(text));
  return { files, diagnostics: site.diagnostics };
}

/**
 * Starts the web edition on the print thread (webEdition with `onWorkerThread`) and resolves
 * once its run has been handed to that thread, so that the check runs beside it rather than
 * before it: the stylesheet is compiled and the renderer loaded first, after which nothing
 * between the start and the hand-over waits for the event loop.
 */
export async function startWebEdition(tei: string, options: Looks = {}): Promise<{ readonly site: Promise<Rendered> }> {
  const { htmlSef } = await import('../render/html/index.js');
  await htmlSef(options.overrides);
  const site = webEdition(tei, { ...looks(options), onWorkerThread: true });
  site.catch(() => undefined); // awaited by the render stage; not an unhandled rejection meanwhile
  await new Promise((next) => setImmediate(next)); // lets the run reach the worker
  return { site };
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
    const site = await (options.webEdition ?? webEdition(tei, options));
    for (const [path, data] of site.files) files.set(path, data);
    diagnostics.push(...site.diagnostics);
  }
  let pages: number | undefined;
  if (want.has('pdf')) {
    const pdf = await (options.printPdf ?? (await startPrint(tei, { ...options, threads: options.printThreads !== false })).pdf);
    files.set(`${edition.id}.pdf`, pdf.pdf);
    diagnostics.push(...pdf.diagnostics);
    pages = pdf.pages;
  }
  return { files, diagnostics, ...(pages !== undefined ? { pages } : {}) };
}
