/**
 * HTML ids and search keys are unique by construction (issue 12, point 6): for every corpus
 * file, no id repeats on a page of the site and no key repeats among the search documents,
 * whatever ids the input repeats or leaves out. The search index refuses a repeated key
 * (src/render/html/search-index.ts), so the stylesheet must never write one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { searchDocsOf } from '../helpers/search-docs.js';
import { corpusDir } from './render-corpus.js';

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.xml')).sort();

const repeated = (values: readonly string[]): string[] => {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.has(v) || !seen.add(v)))];
};


describe('HTML ids and search keys of the corpus', () => {
  for (const file of files) {
    it(file, { timeout: 300_000 }, async () => {
      const site = await renderHtmlFiles(readFileSync(join(corpusDir, file), 'utf8'));
      let pages = 0;
      for (const [path, text] of site.files) {
        if (!path.endsWith('.html')) continue;
        pages++;
        const ids = parse(text).querySelectorAll('[id]').map((e) => e.getAttribute('id')!);
        expect(repeated(ids), `ids repeated on ${path}`).toEqual([]);
      }
      expect(pages).toBeGreaterThan(1);
      // (a file whose text is all stand-off or facsimile has no search documents)
      const keys = searchDocsOf(site.files.get('assets/search-index.js')!).map((d) => d.id);
      expect(repeated(keys), 'search keys repeated').toEqual([]);
    });
  }
});
