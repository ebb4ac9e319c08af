import { annotate, annotateText, proposalKinds, proposeReview } from '../annotate/index.js';
import { startProposalThread, type ProposalThread } from '../annotate/propose-thread.js';
import type { ReviewItem } from '../model/review.js';
import { collateEdition } from '../collate/edition.js';
import { EditionError, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { blockTooLong, defaultIntakeLimits, longestBlock } from '../io/intake.js';
import { witnessFile, type Edition } from '../model/edition.js';
import { recoverStructure } from '../structure/index.js';
import { toTei } from '../tei/document.js';
import { checkEdition, startSchemaCheck } from './check.js';
import { buildOutputs, renderEdition, startPrint, startWebEdition, type BuildOutput } from './render.js';
import type { EditionSource } from './source.js';
import { readEdition, type ReadOptions } from './read.js';
import type { BuildCache } from './build-cache.js';
import { lazyEdition, renderKey, teiKey, type RenderEntry, type TeiEntry } from './cached.js';
import { staged, type OnStage } from './progress.js';

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
    ...(structure.back.length > 0 ? { back: structure.back } : {}),
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
  /** Told when each stage starts and ends (timings, progress); never prints. */
  readonly onStage?: OnStage;
  /**
   * Reuse what earlier builds made: `inputs` is the hash of everything the read stage read
   * (see {@link BuildCache}); without it every stage runs.
   */
  readonly cache?: { readonly store: BuildCache; readonly inputs: string };
  /** Make the PDF on threads of its own beside the rest (default true; see BuildOptions). */
  readonly printThreads?: boolean;
  /**
   * Make the review's proposals on a thread of their own beside the rest (default true; the
   * build pool's workers, one per core already, make them in line).
   */
  readonly reviewThread?: boolean;
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
  /** The outputs taken from the cache rather than made (`tei`, `review`, `html`, `pdf`); empty without a cache. */
  readonly reused: readonly BuildOutput[];
}

/**
 * The processor, from the edition's data to its files, in memory: structure → collate →
 * annotate → toTei → check → render. Reads no edition file and writes nothing; an edition
 * that breaks its rules comes back with `passed: false`, its TEI and the reasons. With a
 * cache, a stage whose inputs are unchanged since an earlier build is not run: its result is
 * taken from the cache (the same bytes).
 */
export async function processEdition(source: EditionSource, options: ProcessOptions = {}): Promise<Processed> {
  const want = new Set<BuildOutput>(options.only ?? buildOutputs);
  const on = options.onStage;
  const store = options.cache?.store;
  const reused: BuildOutput[] = [];
  const teiFile = options.teiFile ?? `${source.id}.xml`;
  // Unknown names are looked for only when the review report is made (it needs an NLP model).
  const modelOptions = want.has('review') ? {} : { unknownNames: false };
  const collated = (): Edition => {
    const structured = staged(on, 'structure', () => structureEdition(source));
    return staged(on, 'collate', () =>
      collateEdition(structured, { base: source.base, collation: source.collation, fileOf: (w) => witnessFile(structured, w), siglumOf: (w) => structured.witnesses.find((x) => x.id === w)?.siglum ?? w }),
    );
  };
  const annotation = { ...source.annotation, registers: source.registers, ...modelOptions };
  const makeModel = (): Edition => {
    const model = collated();
    return staged(on, 'annotate', () => annotate(model, annotation));
  };
  // The model whose review waits for its proposals, made on their thread where there is one.
  const makeText = (thread: ProposalThread | undefined): { edition: Edition; complete: Promise<Edition> } => {
    const model = collated();
    return staged(on, 'annotate', () => {
      const text = annotateText(model, annotation);
      const items: Promise<ReviewItem[]> = thread ? thread.propose(text.proposals) : Promise.resolve(proposeReview(text.proposals, text.index));
      return { edition: text.withProposals([]), complete: items.then((found) => text.withProposals(found)) };
    });
  };
  // A witness line longer than the renderers take is always a paragraph that long: refused
  // before the structure, collate and annotate stages spend their time on it.
  if (want.has('html') || want.has('pdf')) refuseLongLines(source);
  const teiEntryKey = options.cache ? teiKey(options.cache.inputs, teiFile, want) : '';
  const cachedTei = store?.get<TeiEntry>('tei', teiEntryKey);
  let edition: Edition;
  let tei: string;
  // The edition with its review complete: the proposals are awaited only by the review.
  let complete: Promise<Edition>;
  let thread: ProposalThread | undefined;
  if (cachedTei) {
    on?.({ stage: 'tei', phase: 'reused' });
    reused.push('tei');
    edition = lazyEdition(source.id, makeModel);
    complete = Promise.resolve(edition);
    tei = cachedTei.tei;
  } else {
    const kinds = proposalKinds(annotation);
    thread = want.has('review') && options.reviewThread !== false && (kinds.unknownNames || kinds.corruptions) ? startProposalThread() : undefined;
    let made: ReturnType<typeof makeText>;
    try {
      made = makeText(thread);
    } catch (err) {
      thread?.close(); // it was never handed its work (a watched build must not keep it)
      throw err;
    }
    edition = made.edition;
    complete = made.complete;
    complete.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    tei = staged(on, 'tei', () => toTei(edition));
  }
  // The renderers take paragraphs up to a limit (their time grows with its square): a longer
  // one is refused before any rendering starts.
  if (want.has('html') || want.has('pdf')) {
    const limit = source.render.maxBlockChars ?? defaultIntakeLimits.maxBlockChars;
    const longest = longestBlock(tei);
    if (longest.chars > limit) throw new EditionError([...(cachedTei ? [] : edition.diagnostics), blockTooLong(longest, limit, undefined, teiFile, 'render')]);
  }
  const keys = new Map<BuildOutput, string>();
  const cached = new Map<BuildOutput, RenderEntry>();
  if (store) {
    for (const output of ['html', 'pdf'] as const) {
      if (!want.has(output)) continue;
      keys.set(output, renderKey(output, tei, source.render));
      const hit = store.get<RenderEntry>(output, keys.get(output)!);
      if (hit) cached.set(output, hit);
    }
  }
  // The PDF is made from the TEI on worker threads while the rules check it and the web edition
  // renders here; it is kept only if the edition passes.
  const print = want.has('pdf') && !cached.has('pdf') && options.printThreads !== false ? await startPrint(tei, source.render) : undefined;
  // The web edition likewise, on the same thread after the print's markup: this thread then
  // only checks the rules, and the pages are ready about when the check is done.
  const web = want.has('html') && !cached.has('html') && options.printThreads !== false ? (await startWebEdition(tei, source.render)).site : undefined;
  // RELAX NG (tei_all) too, for a build from a config: a TEI the schema rejects is never written.
  // The schema's own process checks it beside the rules and the renderers here; its verdict is
  // awaited before the build counts as passed.
  const schemaStarted = !cachedTei && options.schema !== false ? await startSchemaCheck(tei, teiFile, source.schema) : undefined;
  const schemaCheck = schemaStarted ? staged(on, 'schema', () => schemaStarted.found) : Promise.resolve([]);
  schemaCheck.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // What the TEI is found to have (kept with it in the cache): the model's, the rules', the schema's.
  const found = cachedTei ? [...cachedTei.diagnostics] : [...edition.diagnostics, ...staged(on, 'check', () => checkEdition(tei, teiFile, source))];
  if (hasErrors(found)) {
    print?.release?.();
    thread?.close();
    return { edition, tei, files: new Map(), diagnostics: [...found, ...(await schemaCheck)], passed: false, reused };
  }
  const files = new Map<string, Uint8Array>();
  const rendered: Diagnostic[] = [];
  let pages: number | undefined;
  let review: ReadonlyMap<string, Uint8Array> | undefined;
  // The web edition and the PDF, each from the cache or made, then the review, whose proposals
  // have been made meanwhile; the files in the order review, web edition, PDF.
  const made = new Map<string, Uint8Array>();
  for (const output of ['html', 'pdf'] as const) {
    if (!want.has(output)) continue;
    let entry = cached.get(output);
    if (entry) {
      on?.({ stage: output, phase: 'reused' });
      reused.push(output);
    } else {
      entry = await staged(on, output, () =>
        renderEdition(tei, edition, {
          outputs: new Set([output]),
          ...source.render,
          ...(print ? { printPdf: print.pdf } : {}),
          ...(web ? { webEdition: web } : {}),
          ...(options.printThreads === false ? { printThreads: false } : {}),
        }),
      );
      if (store) store.set(output, keys.get(output)!, { files: entry.files, diagnostics: entry.diagnostics, ...(entry.pages !== undefined ? { pages: entry.pages } : {}) } satisfies RenderEntry);
    }
    for (const [path, data] of entry.files) made.set(path, data);
    rendered.push(...entry.diagnostics);
    if (entry.pages !== undefined) pages = entry.pages;
  }
  edition = await complete;
  if (want.has('review')) {
    review = cachedTei?.review;
    if (review) {
      on?.({ stage: 'review', phase: 'reused' });
      reused.push('review');
    } else review = (await staged(on, 'review', () => renderEdition(tei, edition, { outputs: new Set(['review']) }))).files;
    for (const [path, data] of review) files.set(path, data);
  }
  for (const [path, data] of made) files.set(path, data);
  found.push(...(await schemaCheck));
  if (hasErrors(found)) return { edition, tei, files: new Map(), diagnostics: found, passed: false, reused };
  if (!cachedTei && store) store.set('tei', teiEntryKey, { tei, diagnostics: found, ...(review ? { review } : {}) } satisfies TeiEntry);
  const diagnostics = [...found, ...rendered];
  return { edition, tei, files, diagnostics, passed: true, reused, ...(pages !== undefined ? { pages } : {}) };
}

/** read → structure from a config file: the structured model alone (for tools and tests that look at structure). */
export function loadEdition(configFile: string, options: ReadOptions = {}): Edition {
  return structureEdition(readEdition(configFile, options).source);
}

/** The first witness line longer than the renderers' paragraph limit, refused at its place. */
function refuseLongLines(source: EditionSource): void {
  const limit = source.render.maxBlockChars ?? defaultIntakeLimits.maxBlockChars;
  for (const w of source.witnesses) {
    if (w.text.length <= limit) continue;
    for (let i = 0; i < w.lineStarts.length; i++) {
      const start = w.lineStarts[i]!;
      const end = i + 1 < w.lineStarts.length ? w.lineStarts[i + 1]! - 1 : w.text.length;
      if (end - start <= limit) continue;
      const found = { chars: end - start, name: 'p', opening: w.text.slice(start, start + 40) };
      throw new EditionError([blockTooLong(found, limit, { line: i + 1, column: 1 }, w.file, 'render')]);
    }
  }
}
