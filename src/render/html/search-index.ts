import { EditionError, error } from '../../diagnostics/index.js';

/** One unit of search as the stylesheet writes it to search-docs.tsv. */
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
 * The MiniSearch options the search page indexes the documents with (assets/edition.js reads
 * them from the script searchIndexScript writes).
 */
export const searchOptions = {
  fields: ['title', 'text', 'names'],
  storeFields: ['url', 'page', 'kind', 'title', 'text'],
} as const;

/** Global name under which search-index.js hands the index to the page. */
export const searchGlobal = 'TEI_EDITION_SEARCH';

/** The fields of a search document, in the order of a line of search-docs.tsv. */
const fields = ['id', 'url', 'page', 'kind', 'title', 'text', 'names'] as const;

/**
 * Reads the documents the stylesheet wrote to search-docs.tsv (xslt/html/search.xsl,
 * f:search-line): one line a document, its seven fields apart by tabs.
 */
export function parseSearchDocs(tsv: string): SearchDoc[] {
  if (tsv === '') return [];
  return tsv.split('\n').map((line, i) => {
    const values = line.split('\t');
    if (values.length !== fields.length) {
      throw new EditionError([error({ message: `the stylesheet wrote search document ${i + 1} with ${values.length} fields, not ${fields.length}`, rule: 'html-search-docs', stage: 'render' })]);
    }
    return Object.fromEntries(fields.map((f, k) => [f, values[k]!])) as unknown as SearchDoc;
  });
}

/**
 * The search documents as a script that sets `window.TEI_EDITION_SEARCH` to the MiniSearch
 * options and the documents; the search page indexes them when it opens (xslt/html/assets/
 * edition.js). Not an index built here: MiniSearch's serialised index of the corpus's 1.3 MB
 * drama is twice the size of its documents (2.4 MB against 1.2 MB) and took 0.43 s to build
 * and serialise at render time, where indexing the documents in the page takes 0.17 s against
 * 0.10 s for loading the serialised index (bench/html-any-tei.bench.js). A script rather than
 * a JSON file, because browsers refuse fetch() on file:// pages and the edition must work
 * opened from disk.
 */
export function searchIndexScript(docs: readonly SearchDoc[]): string {
  // Keys are unique by construction in the stylesheet (xslt/html/links.xsl, f:id-of), however
  // the input repeats its xml:ids; a repeated key is the stylesheet's error, reported as one
  // (MiniSearch would refuse it in the reader's browser).
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) {
      throw new EditionError([error({ message: `the stylesheet wrote the search key ${JSON.stringify(d.id)} twice`, rule: 'html-search-docs', stage: 'render' })]);
    }
    seen.add(d.id);
  }
  // JSON.stringify escapes nothing that could end an external script; the file is never
  // inlined in HTML, so "</script>" in the text is harmless here.
  return `window.${searchGlobal} = ${JSON.stringify({ options: searchOptions, documents: docs })};\n`;
}
