import { annotate, type AnnotateOptions } from '../annotate/index.js';
import type { EditionConfig } from '../config/load.js';
import type { Edition } from '../model/edition.js';
import { collateEdition } from '../collate/edition.js';
import { loadEditionModel, type LoadOptions } from './load.js';

/**
 * The edition model as every output is made from it: loaded (ingest, structure, registers)
 * and annotated (corrections, names, dates, review items).
 */
export function editionModel(config: EditionConfig, options: LoadOptions & { annotate?: AnnotateOptions } = {}): Edition {
  const structured = loadEditionModel(config, options);
  const fileOf = (wit: string) => structured.witnesses.find((w) => w.siglum === wit)?.file ?? wit;
  return annotate(collateEdition(structured, { base: config.base, collation: config.collation, fileOf }), options.annotate);
}
