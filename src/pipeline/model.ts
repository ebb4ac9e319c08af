import { annotate, type AnnotateOptions } from '../annotate/index.js';
import type { EditionConfig } from '../config/load.js';
import type { Edition } from '../model/edition.js';
import { loadEditionModel, type LoadOptions } from './load.js';

/**
 * The edition model as every output is made from it: loaded (ingest, structure, registers)
 * and annotated (corrections, names, dates, review items).
 */
export function editionModel(config: EditionConfig, options: LoadOptions & { annotate?: AnnotateOptions } = {}): Edition {
  return annotate(loadEditionModel(config, options), options.annotate);
}
