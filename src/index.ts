/**
 * The toolkit as a library: one typed function per stage. The CLI (`tei-edition`) is a thin
 * layer over these.
 */
export { loadConfig, defaultConfigFile, resolveFromConfig, type EditionConfig } from './config/load.js';
export { readWitness, ingestWitness, indexLines } from './ingest/read-witness.js';
export { decodeWitness } from './ingest/decode.js';
export { recoverStructure, type StructureInput, type StructureResult } from './structure/index.js';
export { readEdition, readWitnesses, readRegisters } from './pipeline/read.js';
export { sourceFromInput, editionInput, type EditionInput } from './pipeline/memory.js';
export type { EditionSource } from './pipeline/source.js';
export { structureEdition, loadEdition, editionModel, processEdition, type Processed, type ProcessOptions } from './pipeline/process.js';
export { collateEdition } from './collate/edition.js';
export { checkEdition, ruleParameters } from './pipeline/check.js';
export { renderEdition, type Rendered } from './pipeline/render.js';
export { writeOutputs } from './io/write-files.js';
export { buildEdition, type BuildOptions, type BuildResult } from './pipeline/build.js';
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
export { renderHtml, renderHtmlFiles, type HtmlOptions, type HtmlResult } from './render/html/index.js';
export { renderPdf, setPdf, teiToTypst, type PdfOptions, type PdfResult, type Paper } from './render/pdf/index.js';
export * from './diagnostics/index.js';
export * from './model/index.js';
export { run as runCli } from './cli/main.js';
