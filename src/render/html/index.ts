import { isAbsolute, join, normalize, sep } from 'node:path';
import { EditionError, error, type Diagnostic } from '../../diagnostics/index.js';
import { writeOutputs } from '../../io/write-files.js';
import { compiledStylesheet, stylesheetKey, xsltDir } from '../xslt.js';
import { transformShares } from '../xslt-threads.js';
import { siteAssets } from './assets.js';
import { unhandledElements } from './report.js';
import { parseSearchDocs, searchIndexScript } from './search-index.js';
import { placingParseErrors } from '../well-formed.js';

/** Options of the HTML renderer. */
export interface HtmlOptions {
  /** Directory the static site is written to (created; files replaced atomically). */
  readonly outDir: string;
  /** Style mentions left to an editor (names without a register link) so they stand out. */
  readonly showUnresolved?: boolean;
  /**
   * What to do with a TEI element no stylesheet rule renders: 'render' its content and
   * warn (the default), or 'fail' with an error naming the element and its place.
   */
  readonly onUnhandled?: 'render' | 'fail';
  /**
   * How many threads render the pages: 1 (the default) renders everything on the calling
   * thread; 2 shares the pages with a worker thread. The files are the same either way. Two
   * pay off only in a process that renders more than once (bench: 0.87 s against 0.98 s
   * warm); a first render in a new process is slower on two (1.7 s against 1.2 s), because
   * each thread starts SaxonJS and warms its code up on its own.
   */
  readonly threads?: number;
}

/** The site as files in memory (see {@link htmlSite}). */
export interface HtmlSite {
  /** Each file's text, by its path relative to the site's folder. */
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface HtmlResult {
  /** Files written, relative to outDir. */
  readonly files: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * How the pages are shared between two threads: the chapter pages (with the contents page)
 * weigh about as much as the registers, the editorial page and the search documents together.
 */
const pageShares: readonly (readonly string[])[] = [
  ['index', 'chapters'],
  ['registers', 'editorial', 'search'],
];

/** The stylesheet's intermediate output: read here, not written to the site. */
const searchDocsHref = 'search-docs.json';

/**
 * Renders the TEI edition as a static HTML site and writes it to `outDir` (see
 * {@link htmlSite}; the files are written by the write stage, atomically). Nothing is written
 * when the transformation fails.
 */
export async function renderHtml(tei: string, options: HtmlOptions): Promise<HtmlResult> {
  const site = await htmlSite(tei, options);
  writeOutputs(new Map(), [{ dir: options.outDir, files: site.files }]);
  return { files: [...site.files.keys()].sort(), diagnostics: site.diagnostics };
}

/**
 * The static HTML site of a TEI edition, in memory: every page comes from the XSLT 3
 * stylesheet xslt/html.xsl (compiled to SEF once, run with SaxonJS); this function adds the
 * search index (MiniSearch, built from the documents the stylesheet lists) and the static
 * assets. Writes nothing.
 */
export async function htmlSite(tei: string, options: Omit<HtmlOptions, 'outDir'>): Promise<HtmlSite> {
  const threads = options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1) {
    throw new EditionError([error({ message: `threads must be a whole number of 1 or more, not ${threads}`, rule: 'html-threads', stage: 'render' })]);
  }
  const sef = await htmlStylesheet();
  const params = {
    'show-unresolved': options.showUnresolved === true,
    'on-unhandled': options.onUnhandled ?? 'render',
  };
  // With two cores or more the pages are shared between two threads (the stylesheet's
  // parameter `pages`): each runs the whole stylesheet on the whole TEI but writes only its
  // pages. The shares follow the stylesheet's page order, so the merged documents are in
  // the order one run gives.
  const shares = threads > 1 ? pageShares.map((pages) => ({ ...params, pages })) : [params];
  const results = await placingParseErrors(tei, 'html', () => transformShares(sef, tei, shares, threads));
  const documents = Object.assign({}, ...results.map((r) => r.documents)) as Record<string, string>;

  const docsJson = documents[searchDocsHref];
  if (docsJson === undefined) {
    throw new EditionError([error({ message: `the HTML stylesheet wrote no ${searchDocsHref}`, rule: 'html-search-docs', stage: 'render' })]);
  }
  const files = new Map<string, string>();
  for (const [href, text] of Object.entries(documents)) {
    if (href !== searchDocsHref) files.set(checkedPath(href), text);
  }
  files.set('assets/search-index.js', searchIndexScript(parseSearchDocs(docsJson)));
  for (const asset of siteAssets()) files.set(asset.path, asset.data);

  const diagnostics: Diagnostic[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith('.html')) continue;
    for (const u of unhandledElements(text)) {
      diagnostics.push({
        severity: 'warning',
        message: `no rule renders <${u.element}> (${u.where}); its text is shown unstyled`,
        rule: 'html-unhandled-element',
        stage: 'render',
        file: path,
        hint: 'add a template for it in xslt/html/ or render with --on-unhandled fail to stop',
      });
    }
  }

  return { files, diagnostics };
}

// One compilation per version of the stylesheets even when renders start together:
// compiledStylesheet writes one temporary file per process, so two compilations of the same
// stylesheet at once in one process would race for it.
const compiling = new Map<string, Promise<string>>();
function htmlStylesheet(): Promise<string> {
  const key = stylesheetKey(join(xsltDir, 'html.xsl'));
  let sef = compiling.get(key);
  if (!sef) {
    sef = compiledStylesheet('html.xsl');
    sef.catch(() => compiling.delete(key));
    compiling.set(key, sef);
  }
  return sef;
}

/** A result href as a relative path inside the output folder, or an error. */
function checkedPath(href: string): string {
  const path = normalize(href);
  if (href === '' || isAbsolute(path) || path.split(sep).includes('..') || /[\\:]/.test(href)) {
    throw new EditionError([error({ message: `the HTML stylesheet named an output outside the site: ${JSON.stringify(href)}`, rule: 'html-output-path', stage: 'render' })]);
  }
  return path.split(sep).join('/');
}
