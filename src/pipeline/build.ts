import { join } from 'node:path';
import { loadConfig, resolveFromConfig, displayPath, type EditionConfig } from '../config/load.js';
import { EditionError, error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import { toTei } from '../tei/document.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { editionModel } from './model.js';

/**
 * Starts the print stylesheet on a worker thread; resolves once the run has been handed to
 * the worker, so the caller's own work (the edition rules, the review report, the HTML
 * edition) runs beside it rather than before it. The Typst markup is set as a PDF later.
 */
async function startPrintMarkup(tei: string): Promise<{ readonly markup: Promise<string> }> {
  const { teiToTypst } = await import('../render/pdf/index.js');
  const markup = teiToTypst(tei, { paper: 'a4', onWorkerThread: true });
  markup.catch(() => undefined); // awaited by the caller; not an unhandled rejection meanwhile
  await new Promise((next) => setImmediate(next)); // lets the run reach the worker
  return { markup };
}

/** What a build can produce; `tei` is always made (every other output is made from it). */
export const buildOutputs = ['tei', 'review', 'html', 'pdf'] as const;
export type BuildOutput = (typeof buildOutputs)[number];

export interface BuildOptions {
  cwd?: string;
  /** Write the outputs (default true); false only computes the TEI. */
  write?: boolean;
  /** Outputs to make (default: all). */
  only?: readonly BuildOutput[];
}

export interface BuildResult {
  readonly edition: Edition;
  readonly tei: string;
  /** Files written, as shown to the user. */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Where each output goes, from the config. */
export function outputPaths(config: EditionConfig): Record<BuildOutput, string> {
  const dir = resolveFromConfig(config, config.output.dir);
  return {
    tei: resolveFromConfig(config, config.output.tei),
    review: join(dir, 'review'),
    html: join(dir, 'html'),
    pdf: join(dir, `${config.id}.pdf`),
  };
}

/**
 * Builds the edition named by a config: model, TEI, and the files in `output`. Nothing is
 * written when any stage reports an error; each file is written whole or not at all.
 */
export async function buildEdition(configFile: string, options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const want = new Set<BuildOutput>(options.only ?? buildOutputs);
  const config = loadConfig(configFile, cwd);
  // Unknown names are looked for only when the review report is made (it needs an NLP model).
  const edition = editionModel(config, { cwd, ...(want.has('review') ? {} : { annotate: { unknownNames: false } }) });
  const tei = toTei(edition);
  const paths = outputPaths(config);
  const shown = (p: string) => displayPath(config, p, cwd);
  // The print markup is made from the TEI while the rules check it; it becomes a PDF only if
  // the edition passes.
  const print = want.has('pdf') && options.write !== false ? await startPrintMarkup(tei) : undefined;
  // The edition rules run on every build: an edition that breaks them is not written.
  const { checkEditionRules } = await import('../validate/edition/check.js');
  const rules = config.validation.rules ? resolveFromConfig(config, config.validation.rules) : undefined;
  const diagnostics = [...edition.diagnostics, ...checkEditionRules(tei, shown(paths.tei), rules)];
  if (hasErrors(diagnostics)) {
    const rejected = join(resolveFromConfig(config, config.output.dir), `${config.id}.rejected.xml`);
    if (options.write !== false) writeFileAtomic(rejected, tei);
    throw new EditionError([
      ...diagnostics,
      error({
        message: `the edition breaks the rules above and was not written${options.write !== false ? `; the rejected TEI is kept at ${shown(rejected)} for inspection (the positions above are in it)` : ''}`,
        rule: 'build-refused',
        stage: 'tei',
        file: shown(paths.tei),
      }),
    ]);
  }
  const written: string[] = [];
  if (options.write === false) return { edition, tei, written, diagnostics };

  writeFileAtomic(paths.tei, tei);
  written.push(shown(paths.tei));
  if (want.has('review')) {
    const { renderReview } = await import('../annotate/index.js');
    const report = renderReview(edition);
    writeFileAtomic(`${paths.review}.md`, `${report.markdown}\n`);
    writeFileAtomic(`${paths.review}.json`, report.json);
    written.push(shown(`${paths.review}.md`), shown(`${paths.review}.json`));
  }
  if (want.has('html')) {
    const { renderHtml } = await import('../render/html/index.js');
    const html = await renderHtml(tei, { outDir: paths.html });
    diagnostics.push(...html.diagnostics);
    written.push(`${shown(paths.html)}/ (${html.files.length} files)`);
  }
  if (print) {
    const { writePdf } = await import('../render/pdf/index.js');
    const pdf = writePdf(await print.markup, paths.pdf);
    diagnostics.push(...pdf.diagnostics);
    written.push(`${shown(pdf.file)} (${pdf.pages} pages)`);
  }
  return { edition, tei, written, diagnostics };
}
