import { join, resolve } from 'node:path';
import { displayPath, loadConfig, resolveFromConfig, type EditionConfig } from '../config/load.js';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import { configInputs, refuseOutputsOverInputs, type PlannedOutput } from '../io/output-guard.js';
import { previousKept, replaceOutputsTogether, type SetOutput } from '../io/replace-together.js';
import { manifestName, manifestOf, writeOutputs } from '../io/write-files.js';
import { sourceFromInput, type EditionInput } from './memory.js';
import { processEdition, type Processed } from './process.js';
import { readConfigured } from './read.js';
import { buildOutputs, htmlFolder, type BuildOutput } from './render.js';

export { buildOutputs, type BuildOutput };

export interface BuildOptions {
  /** Working directory for the config path and messages (default: process.cwd()). */
  cwd?: string;
  /** Write the outputs (default true); false builds everything in memory only. */
  write?: boolean;
  /** Outputs to make (default: all). */
  only?: readonly BuildOutput[];
}

export interface BuildResult {
  readonly edition: Edition;
  readonly tei: string;
  /** The rendered files by their path in the output folder: `review.md`, `review.json`, `html/…`, `<id>.pdf`. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Files written, as shown to the user (none for an edition built in memory). */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Where each output goes, from the config. */
export function outputPaths(config: EditionConfig): { tei: string; dir: string } {
  return { tei: resolveFromConfig(config, config.output.tei), dir: resolveFromConfig(config, config.output.dir) };
}

const refused = (diagnostics: readonly Diagnostic[], file: string, kept?: string): EditionError =>
  new EditionError([
    ...diagnostics,
    error({
      message: `the edition breaks the rules above and was not written${kept ? `; the rejected TEI is kept at ${kept} for inspection (the positions above are in it)` : ''}`,
      rule: 'build-refused',
      stage: 'tei',
      file,
    }),
  ]);

/**
 * Builds an edition: read → structure → collate → annotate → toTei → check → render → write.
 *
 * - `buildEdition(configFile, options)` reads the config and the files it names and writes the
 *   TEI and the outputs where the config says (unless `write: false`).
 * - `buildEdition(input, options)` builds an edition held in memory ({@link EditionInput}:
 *   witnesses as `{ siglum, text }`, the header, registers as TEI text…) and returns the TEI and
 *   the rendered files without touching the disk.
 *
 * Nothing is written when any stage reports an error (an `EditionError` carries the reasons);
 * each file is written whole or not at all.
 */
export async function buildEdition(configFile: string, options?: BuildOptions): Promise<BuildResult>;
export async function buildEdition(input: EditionInput, options?: Pick<BuildOptions, 'only'>): Promise<BuildResult>;
export async function buildEdition(from: string | EditionInput, options: BuildOptions = {}): Promise<BuildResult> {
  if (typeof from !== 'string') {
    const built = await processEdition(sourceFromInput(from), { schema: false, ...(options.only ? { only: options.only } : {}) });
    if (!built.passed) throw refused(built.diagnostics, `${built.edition.id}.xml`);
    return { edition: built.edition, tei: built.tei, files: built.files, written: [], diagnostics: built.diagnostics };
  }
  const cwd = options.cwd ?? process.cwd();
  const config = loadConfig(from, cwd);
  const paths = outputPaths(config);
  const shown = (p: string) => displayPath(config, p, cwd);
  const write = options.write !== false;
  // An output over an input (a witness, the config, a register, the header…) is refused before any work.
  if (write) {
    const inputs = configInputs(resolve(cwd, from), config, config.root, ['output']).map((i) => ({ ...i, shown: displayPath(config, i.path, cwd) }));
    refuseOutputsOverInputs(plannedOutputs(config, paths, shown), inputs, 'write');
  }
  const source = readConfigured(config, { cwd });
  const only = write ? options.only : (options.only ?? ['tei']);
  try {
    const built: Processed = await processEdition(source, { teiFile: shown(paths.tei), ...(only ? { only } : {}) });
    if (!built.passed) {
      const rejected = join(paths.dir, `${config.id}.rejected.xml`);
      if (write) writeOutputs(new Map([[rejected, built.tei]]));
      throw refused(built.diagnostics, shown(paths.tei), write ? shown(rejected) : undefined);
    }
    const result = { edition: built.edition, tei: built.tei, files: built.files, diagnostics: built.diagnostics };
    if (!write) return { ...result, written: [] };
    return { ...result, written: writeBuild(built, paths, shown) };
  } catch (err) {
    // Nothing is replaced unless everything was made and written: a failed build says so.
    if (!write || !(err instanceof EditionError) || err.diagnostics.some((d) => d.rule === 'outputs-kept')) throw err;
    throw new EditionError([...err.diagnostics, previousKept('write')], err.exitCode);
  }
}

/** Every place a build from this config may write: the TEI, the files of the output folder, the web edition's folder. */
function plannedOutputs(config: EditionConfig, paths: { tei: string; dir: string }, shown: (p: string) => string): PlannedOutput[] {
  const hint = 'change the output paths of the config (output.tei, output.dir) so that no input is an output';
  const file = (path: string): PlannedOutput => ({ path, shown: shown(path), kind: 'file', hint });
  return [
    file(paths.tei),
    ...['review.md', 'review.json', `${config.id}.pdf`, `${config.id}.rejected.xml`].map((name) => file(join(paths.dir, name))),
    { path: join(paths.dir, htmlFolder), shown: shown(join(paths.dir, htmlFolder)), kind: 'folder', hint },
  ];
}

/**
 * The write stage of a build from a config: the TEI, the loose files and the web edition's
 * folder, replaced all together or not at all (staged beside them first).
 */
function writeBuild(built: Processed, paths: { tei: string; dir: string }, shown: (p: string) => string): string[] {
  const outputs: SetOutput[] = [{ path: paths.tei, data: built.tei, shown: shown(paths.tei) }];
  const html = new Map<string, Uint8Array | string>();
  for (const [name, data] of built.files) {
    if (name.startsWith(`${htmlFolder}/`)) html.set(name.slice(htmlFolder.length + 1), data);
    else outputs.push({ path: join(paths.dir, name), data, shown: shown(join(paths.dir, name)) });
  }
  const htmlDir = join(paths.dir, htmlFolder);
  const pages = html.size;
  if (pages > 0) {
    html.set(manifestName, manifestOf([...html.keys()]));
    outputs.push({ path: htmlDir, tree: html, shown: shown(htmlDir) });
  }
  replaceOutputsTogether(outputs);
  return outputs.map((o) => (o.tree ? `${o.shown}/ (${pages} files)` : o.path.endsWith('.pdf') && built.pages !== undefined ? `${o.shown} (${built.pages} pages)` : o.shown!));
}
