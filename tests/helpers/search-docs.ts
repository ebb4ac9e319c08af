import { expect } from 'vitest';
import { searchGlobal, type SearchDoc } from '../../src/render/html/search-index.js';

/** The search documents a site's assets/search-index.js hands to the search page. */
export function searchDocsOf(script: string): SearchDoc[] {
  expect(script.startsWith(`window.${searchGlobal} =`)).toBe(true);
  const json = script.slice(script.indexOf('=') + 1).trim().replace(/;$/, '');
  return (JSON.parse(json) as { documents: SearchDoc[] }).documents;
}
