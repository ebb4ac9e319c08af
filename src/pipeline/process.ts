import { annotate } from '../annotate/index.js';
import { collateEdition } from '../collate/edition.js';
import { EditionError, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { blockTooLong, defaultIntakeLimits, longestBlock } from '../io/intake.js';
import { witnessFile, type Edition } from '../model/edition.js';
import { recoverStructure } from '../structure/index.js';
import { toTei } from '../tei/document.js';
import { checkEdition, checkSchema } from './check.js';
import { buildOutputs, renderEdition, startPrintMarkup, type BuildOutput } from './render.js';
import type { EditionSource } from './source.js';
import { readEdition, type ReadOptions } from './read.js';

/**
 * The structure stage over an edition source: chapters, headings, blocks and notes of every
 * witness, aligned block by block (the copies that differ are left to the collate stage).
 * Fatal problems throw an `EditionError`; the rest travel in `diagnostics`.
 */
export function structureEdition(source: EditionSource): Edition {
  const structure = recoverStructure({ ...source.structure, witnesses: source.witnesses, base: source.base });
  const diagnostics = [...source.diagnostics, ...structure.diagnostics];
  if (hasErrors(diagnostics)) throw new EditionError(diagnostics);
  return {
    id: source.id,
    base: source.base,
    header: source.header,
    witnesses: source.witnesses,
    front: structure.front,
    body: structure.body,
    registers: source.registers,
    review: structure.review,
    diagnostics,
  };
}

/** structure → collate: the model as annotation receives it. */
export function collatedEdition(source: EditionSource): Edition {
  const structured = structureEdition(source);
  return collateEdition(structured, { base: source.base, collation: source.collation, fileOf: (w) => witnessFile(structured, w), siglumOf: (w) => structured.witnesses.find((x) => x.id === w)?.siglum ?? w });
}

/** structure → collate → annotate: the edition model every output is made from. */
export function editionModel(source: EditionSource, options: { readonly unknownNames?: boolean } = {}): Edition {
  const collated = collatedEdition(source);
  return annotate(collated, {
    ...source.annotation,
    registers: source.registers,
    ...(options.unknownNames === false ? { unknownNames: false } : {}),
  });
}

export interface ProcessOptions {
  /** Outputs to make (default: all). */
  readonly only?: readonly BuildOutput[];
  /** The name of the TEI file in messages of the check stage. */
  readonly teiFile?: string;
  /** Check the TEI against the source's RELAX NG schema (default true; false for an edition built in memory). */
  readonly schema?: boolean;
}

export interface Processed {
  readonly edition: Edition;
  readonly tei: string;
  /** The rendered files by their path in the output folder (empty when the check refused the edition). */
  readonly files: Map<string, Uint8Array>;
  readonly diagnostics: readonly Diagnostic[];
  /** False when the edition breaks its rules: nothing was rendered. */
  readonly passed: boolean;
  readonly pages?: number;
}

/**
 * The processor, from the edition's data to its files, in memory: structure → collate →
 * annotate → toTei → check → render. Reads no edition file and writes nothing; an edition
 * that breaks its rules comes back with `passed: false`, its TEI and the reasons.
 */
export async function processEdition(source: EditionSource, options: ProcessOptions = {}): Promise<Processed> {
  const want = new Set<BuildOutput>(options.only ?? buildOutputs);
  // Unknown names are looked for only when the review report is made (it needs an NLP model).
  const edition = editionModel(source, want.has('review') ? {} : { unknownNames: false });
  const tei = toTei(edition);
  const teiFile = options.teiFile ?? `${source.id}.xml`;
  // The renderers take paragraphs up to a limit (their time grows with its square): a longer
  // one is refused before any rendering starts.
  if (want.has('html') || want.has('pdf')) {
    const limit = source.render.maxBlockChars ?? defaultIntakeLimits.maxBlockChars;
    const longest = longestBlock(tei);
    if (longest.chars > limit) throw new EditionError([...edition.diagnostics, blockTooLong(longest, limit, undefined, teiFile, 'render')]);
  }
  // The print markup is made from the TEI while the rules check it; it becomes a PDF only if
  // the edition passes.
  const print = want.has('pdf') ? await startPrintMarkup(tei, source.render) : undefined;
  const diagnostics = [...edition.diagnostics, ...checkEdition(tei, teiFile, source)];
  // RELAX NG (tei_all) too, for a build from a config: a TEI the schema rejects is never written.
  if (options.schema !== false) diagnostics.push(...(await checkSchema(tei, teiFile, source.schema)));
  if (hasErrors(diagnostics)) return { edition, tei, files: new Map(), diagnostics, passed: false };
  const rendered = await renderEdition(tei, edition, { outputs: want, ...source.render, ...(print ? { printMarkup: print.markup } : {}) });
  return {
    edition,
    tei,
    files: rendered.files,
    diagnostics: [...diagnostics, ...rendered.diagnostics],
    passed: true,
    ...(rendered.pages !== undefined ? { pages: rendered.pages } : {}),
  };
}

/** read → structure from a config file: the structured model alone (for tools and tests that look at structure). */
export function loadEdition(configFile: string, options: ReadOptions = {}): Edition {
  return structureEdition(readEdition(configFile, options).source);
}
