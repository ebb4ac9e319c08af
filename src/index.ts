/**
 * The toolkit as a library: one typed function per stage. The CLI (`tei-edition`) is a thin
 * layer over these.
 */
export { loadConfig, defaultConfigFile, resolveFromConfig, type EditionConfig } from './config/load.js';
export { readWitness, indexLines } from './ingest/read-witness.js';
export { decodeWitness } from './ingest/decode.js';
export { recoverStructure, type StructureInput, type StructureResult } from './structure/index.js';
export { loadEdition, loadEditionModel, readWitnesses, readRegisters } from './pipeline/load.js';
export { buildEdition, type BuildOptions, type BuildResult } from './pipeline/build.js';
export { editionModel } from './pipeline/model.js';
export { annotate, renderReview, type AnnotateOptions } from './annotate/index.js';
export { toTei } from './tei/document.js';
export { extractWitness } from './tei/extract.js';
export {
  collate,
  collateParagraph,
  toTei as collationToTei,
  toTable as collationToTable,
  toJson as collationToJson,
  type Collation,
  type CollateOptions,
  type WitnessInput,
} from './collate/index.js';
export { validateFiles, validateText, checkEditionRules } from './validate/index.js';
export { renderHtml, type HtmlOptions, type HtmlResult } from './render/html/index.js';
export { renderPdf, type PdfOptions, type PdfResult, type Paper } from './render/pdf/index.js';
export * from './diagnostics/index.js';
export * from './model/index.js';
export { run as runCli } from './cli/main.js';
