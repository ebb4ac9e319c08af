import { loadConfig, resolveFromConfig, displayPath } from '../config/load.js';
import { EditionError, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import { toTei } from '../tei/document.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { loadEditionModel } from './load.js';

export interface BuildOptions {
  cwd?: string;
  /** Write the outputs (default true); false only computes them. */
  write?: boolean;
}

export interface BuildResult {
  readonly edition: Edition;
  readonly tei: string;
  /** Files written, as shown to the user. */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The stages after loading, in order; each takes the edition and returns a new one. */
export type Stage = (edition: Edition) => Edition;

/**
 * Builds the edition named by a config: model, TEI, and the files in `output`. Nothing is
 * written when any stage reports an error; each file is written whole or not at all.
 */
export function buildEdition(configFile: string, options: BuildOptions = {}): BuildResult {
  const cwd = options.cwd ?? process.cwd();
  const config = loadConfig(configFile, cwd);
  const edition = loadEditionModel(config, { cwd });
  const tei = toTei(edition);
  const diagnostics = [...edition.diagnostics];
  if (hasErrors(diagnostics)) throw new EditionError(diagnostics);
  const written: string[] = [];
  if (options.write !== false) {
    writeFileAtomic(resolveFromConfig(config, config.output.tei), tei);
    written.push(displayPath(config, config.output.tei, cwd));
  }
  return { edition, tei, written, diagnostics };
}
