import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { EditionError, error, type Diagnostic } from '../../diagnostics/index.js';
import { writeOutputs } from '../../io/write-files.js';
import { compiledStylesheet, stylesheetKey, xsltDir } from '../xslt.js';
import { overrideStrings, stylesheetWithOverrides } from '../overrides.js';
import { transformOnThread, transformShares, transformThreads } from '../xslt-threads.js';
import { siteAssets } from './assets.js';
import { unhandledElements } from './report.js';
import { parseSearchDocs, searchIndexScript } from './search-index.js';
import { asOneTei, withoutText } from '../corpus.js';
import { placingParseErrors } from '../well-formed.js';

/** Options of the HTML renderer that make the files (renderHtmlFiles). */
export interface HtmlRenderOptions {
  /**
   * Where the TEI file's relative addresses (graphics) start, as seen from the site: the
   * relative path from the site folder to the TEI file's folder ('' when they are the same).
   */
  readonly sourceBase?: string;
  /** The language of the edition's own words (labels, headings): a code; default the TEI's. */
  readonly lang?: string;
  /** An edition's render overrides folder (src/render/overrides.ts). */
  readonly overrides?: string;
  /** Variant classes the edition hides (collation.hide): off in the filter, their places and entries hidden. */
  readonly hiddenVariants?: readonly string[];
  /** Style mentions left to an editor (names without a register link) so they stand out. */
  readonly showUnresolved?: boolean;
  /**
   * What to do with a TEI element no stylesheet rule renders: 'render' its content and
   * warn (the default), or 'fail' with an error naming the element and its place.
   */
  readonly onUnhandled?: 'render' | 'fail';
  /**
   * How many threads render the pages: 1 renders everything on the calling thread; 2 shares
   * the pages with a worker thread. The files are the same either way. Two pay off in a
   * process that renders more than once (bench: 0.87 s against 0.98 s warm) and for a large
   * TEI, whose pages outweigh the second thread's start; a first render of a small one in a
   * new process is slower on two (1.7 s against 1.2 s), because each thread starts SaxonJS
   * and warms its code up on its own. Default: 2 from `largeTei` characters on a machine of
   * two cores or more, else 1.
   */
  readonly threads?: number;
  /**
   * Run the stylesheet on the worker thread that makes the print's markup (after it), leaving
   * this thread free: a build checks the edition rules meanwhile. Overrides `threads`.
   */
  readonly onWorkerThread?: boolean;
}

/** Options of renderHtml, which also writes the files. */
export interface HtmlOptions extends HtmlRenderOptions {
  /** Directory the static site is written to (created; files replaced atomically). */
  readonly outDir: string;
  /** The folder of the TEI file, for the relative addresses it holds (default: none). */
  readonly sourceDir?: string;
}

/** The site as files (path relative to the site folder → text), and what the render found. */
export interface HtmlFiles {
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

/**
 * From this size a TEI's web edition renders sooner on two threads than on one, even in a new
 * process (the corpus's 1.3 MB drama, `render html` as a whole command on two cores: 4.4 s
 * against 4.8 s, for 480 MB of memory against 290 MB).
 */
export const largeTei = 512 * 1024;

/** The stylesheet's intermediate output: read here, not written to the site. */
const searchDocsHref = 'search-docs.tsv';

/**
 * Renders the TEI as a static HTML site and returns its files without writing anything: every
 * page comes from the XSLT 3 stylesheet xslt/html.xsl (with an edition's overrides imported
 * after it), compiled to SEF once and run with SaxonJS; this function adds the search index
 * (MiniSearch, built from the documents the stylesheet lists) and the static assets.
 */
export async function renderHtmlFiles(tei: string, options: HtmlRenderOptions = {}): Promise<HtmlFiles> {
  const threads = options.threads ?? (tei.length >= largeTei && transformThreads() > 1 ? 2 : 1);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new EditionError([error({ message: `threads must be a whole number of 1 or more, not ${threads}`, rule: 'html-threads', stage: 'render' })]);
  }
  const sef = await htmlSef(options.overrides);
  const params = {
    'show-unresolved': options.showUnresolved === true,
    'on-unhandled': options.onUnhandled ?? 'render',
    'source-base': options.sourceBase ?? '',
    lang: options.lang ?? '',
    strings: overrideStrings(options.overrides),
    'hidden-variants': [...(options.hiddenVariants ?? [])],
  };
  // With two cores or more the pages are shared between two threads (the stylesheet's
  // parameter `pages`): each runs the whole stylesheet on the whole TEI but writes only its
  // pages. The shares follow the stylesheet's page order, so the merged documents are in
  // the order one run gives.
  const shares = threads > 1 ? pageShares.map((pages) => ({ ...params, pages })) : [params];
  const results = await placingParseErrors(tei, 'html', async () => {
    const one = await asOneTei(tei);
    return options.onWorkerThread === true ? [await transformOnThread(sef, one, params)] : transformShares(sef, one, shares, threads);
  });
  const documents = Object.assign({}, ...results.map((r) => r.documents)) as Record<string, string>;

  const docsText = documents[searchDocsHref];
  if (docsText === undefined) {
    throw new EditionError([error({ message: `the HTML stylesheet wrote no ${searchDocsHref}`, rule: 'html-search-docs', stage: 'render' })]);
  }
  const files = new Map<string, string>();
  for (const [href, text] of Object.entries(documents)) {
    if (href !== searchDocsHref) files.set(checkedPath(href), text);
  }
  files.set('assets/search-index.js', searchIndexScript(parseSearchDocs(docsText)));
  for (const asset of siteAssets()) files.set(asset.path, asset.data);

  // Each element no rule renders is reported once, with how often it occurs.
  const counts = new Map<string, number>();
  for (const [path, text] of files) {
    if (!path.endsWith('.html')) continue;
    for (const u of unhandledElements(text)) counts.set(u.element, (counts.get(u.element) ?? 0) + 1);
  }
  const diagnostics: Diagnostic[] = [...withoutText(tei), ...[...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([element, count]): Diagnostic => ({
    severity: 'warning',
    message: `no rule renders <${element}> (${count} ${count === 1 ? 'time' : 'times'}); its text is shown by the generic rule`,
    rule: 'html-unhandled-element',
    stage: 'render',
    hint: 'add a template for it in the edition\'s render overrides (html.xsl), or render with --on-unhandled fail to stop',
  }))];
  const sorted = new Map([...files.keys()].sort().map((k) => [k, files.get(k)!]));
  return { files: sorted, diagnostics };
}

/**
 * Renders the TEI edition as a static HTML site (renderHtmlFiles) and writes every file
 * into options.outDir by the write stage (atomically; files of an earlier render that are no
 * longer made are removed). Nothing is written when the transformation fails.
 */
export async function renderHtml(tei: string, options: HtmlOptions): Promise<HtmlResult> {
  const sourceBase = options.sourceBase ?? (options.sourceDir ? relativeBase(options.outDir, options.sourceDir) : '');
  const { files, diagnostics } = await renderHtmlFiles(tei, { ...options, sourceBase });
  writeOutputs(new Map(), [{ dir: options.outDir, files }]);
  return { files: [...files.keys()], diagnostics };
}

/** The relative address of a folder from the site folder, ending in '/' ('' for the same folder). */
function relativeBase(outDir: string, sourceDir: string): string {
  const rel = relative(outDir, sourceDir).split(sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

/**
 * The compiled HTML stylesheet (with the edition's overrides), compiled on first use: a caller
 * that awaits it first knows that a render started next reaches its thread without waiting.
 */
export function htmlSef(overrides: string | undefined): Promise<string> {
  return overrides ? stylesheetWithOverrides('html.xsl', overrides) : htmlStylesheet();
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
