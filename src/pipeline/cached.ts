import type { Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import { filesUnder, hashFiles, hashOf, toolkitFingerprint, type BuildCache } from './build-cache.js';
import type { BuildOutput } from './render.js';
import type { EditionSource } from './source.js';

/**
 * The keys and entries of a build's cache (src/pipeline/build-cache.ts), in a module of its
 * own: a rebuild whose every output is cached reads them here without loading the stages.
 */

/** The TEI stage's entry: the TEI, what the model and the check reported, the review made from the model. */
export interface TeiEntry {
  readonly tei: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly review?: ReadonlyMap<string, Uint8Array>;
}

/** A render's entry: the files made, what the renderer reported, the PDF's pages. */
export interface RenderEntry {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly diagnostics: readonly Diagnostic[];
  readonly pages?: number;
}

/** Key of the TEI stage: the inputs' hash, the TEI file's name in messages, whether the review (and its name search) is made. */
export const teiKey = (inputs: string, teiFile: string, want: ReadonlySet<BuildOutput>): string => hashOf(inputs, teiFile, want.has('review') ? 'review' : '');

/** Key of a render: the toolkit, the TEI, the edition's overrides folder, language and hidden variant classes (and for the PDF, SOURCE_DATE_EPOCH). */
export function renderKey(output: 'html' | 'pdf', tei: string, render: EditionSource['render']): string {
  const overrides = render.overrides ? hashFiles(filesUnder(render.overrides), render.overrides) : '';
  return hashOf(toolkitFingerprint(), output, tei, render.lang ?? '', overrides, (render.hiddenVariants ?? []).join(' '), output === 'pdf' ? (process.env['SOURCE_DATE_EPOCH'] ?? '') : '');
}

/** A build whose every output is in the cache. */
export interface WholeFromCache {
  readonly tei: string;
  readonly files: Map<string, Uint8Array>;
  readonly diagnostics: readonly Diagnostic[];
  readonly reused: readonly BuildOutput[];
  readonly pages?: number;
}

/**
 * The whole build from the cache, when every output asked for is there; otherwise undefined
 * (the processor then runs, reusing what it can). The files come in the processor's order.
 */
export function wholeFromCache(store: BuildCache, inputs: string, teiFile: string, want: ReadonlySet<BuildOutput>, render: EditionSource['render']): WholeFromCache | undefined {
  const tei = store.get<TeiEntry>('tei', teiKey(inputs, teiFile, want));
  if (!tei || (want.has('review') && !tei.review)) return undefined;
  const files = new Map<string, Uint8Array>(want.has('review') ? tei.review : []);
  const diagnostics = [...tei.diagnostics];
  const reused: BuildOutput[] = ['tei', ...(want.has('review') ? (['review'] as const) : [])];
  let pages: number | undefined;
  for (const output of ['html', 'pdf'] as const) {
    if (!want.has(output)) continue;
    const entry = store.get<RenderEntry>(output, renderKey(output, tei.tei, render));
    if (!entry) return undefined;
    for (const [path, data] of entry.files) files.set(path, data);
    diagnostics.push(...entry.diagnostics);
    if (entry.pages !== undefined) pages = entry.pages;
    reused.push(output);
  }
  return { tei: tei.tei, files, diagnostics, reused, ...(pages !== undefined ? { pages } : {}) };
}

/**
 * An edition model made only when something asks for it: a build whose TEI comes from the
 * cache needs no model, but its result still offers one.
 */
export function lazyEdition(id: string, make: () => Edition): Edition {
  let model: Edition | undefined;
  const get = (): Edition => (model ??= make());
  return new Proxy({ id } as Edition, {
    get: (_t, key) => (key === 'id' ? id : Reflect.get(get(), key)),
    has: (_t, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      return d ? { ...d, configurable: true } : undefined;
    },
  });
}

