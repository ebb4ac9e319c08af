import MiniSearch from 'minisearch';
import { EditionError, error } from '../../diagnostics/index.js';

/** One unit of search as the stylesheet writes it to search-docs.json. */
export interface SearchDoc {
  readonly id: string;
  readonly url: string;
  readonly page: string;
  readonly kind: string;
  readonly title: string;
  readonly text: string;
  readonly names: string;
}

/**
 * The MiniSearch options shared by the build (here) and the browser (assets/edition.js
 * passes the same fields to MiniSearch.loadJSON): a serialised index only loads with the
 * options it was built with.
 */
export const searchOptions = {
  fields: ['title', 'text', 'names'],
  storeFields: ['url', 'page', 'kind', 'title', 'text'],
} as const;

/** Global name under which search-index.js hands the index to the page. */
export const searchGlobal = 'TEI_EDITION_SEARCH';

/** Reads and checks the documents the stylesheet wrote (a JSON array of objects). */
export function parseSearchDocs(json: string): SearchDoc[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new EditionError([error({ message: `the stylesheet wrote invalid search documents: ${(err as Error).message}`, rule: 'html-search-docs', stage: 'render' })]);
  }
  const fields = ['id', 'url', 'page', 'kind', 'title', 'text', 'names'] as const;
  if (!Array.isArray(data) || !data.every((d) => typeof d === 'object' && d !== null && fields.every((f) => typeof (d as Record<string, unknown>)[f] === 'string'))) {
    throw new EditionError([error({ message: 'the stylesheet wrote search documents of the wrong shape', rule: 'html-search-docs', stage: 'render' })]);
  }
  return data as SearchDoc[];
}

/**
 * Builds the client-side search index with MiniSearch at render time and returns it as a
 * script that sets `window.TEI_EDITION_SEARCH` to the serialised index. A script rather than
 * a JSON file, because browsers refuse fetch() on file:// pages and the edition must work
 * opened from disk.
 */
export function searchIndexScript(docs: readonly SearchDoc[]): string {
  const index = new MiniSearch<SearchDoc>({ ...searchOptions, fields: [...searchOptions.fields], storeFields: [...searchOptions.storeFields] });
  // Keys are unique by construction in the stylesheet (xslt/html/links.xsl, f:id-of), however
  // the input repeats its xml:ids; a repeated key is the stylesheet's error, reported as one.
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) {
      throw new EditionError([error({ message: `the stylesheet wrote the search key ${JSON.stringify(d.id)} twice`, rule: 'html-search-docs', stage: 'render' })]);
    }
    seen.add(d.id);
  }
  index.addAll(docs);
  // JSON.stringify escapes nothing that could end an external script; the file is never
  // inlined in HTML, so "</script>" in the text is harmless here.
  return `window.${searchGlobal} = ${JSON.stringify({ options: searchOptions, index: index.toJSON() })};\n`;
}
