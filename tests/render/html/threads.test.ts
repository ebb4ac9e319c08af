// The pages may be shared between threads (renderHtml's `threads`): the site must not depend
// on it, and a failure on the worker thread must reach the caller as it would on one thread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../../src/diagnostics/index.js';
import { renderHtml } from '../../../src/render/html/index.js';
import { compiledStylesheet, transform } from '../../../src/render/xslt.js';
import { transformShares } from '../../../src/render/xslt-threads.js';
import { fixturesDir, listFiles, renderSite, repoRoot } from './site.js';

const sameSite = (a: { dir: string; files: readonly string[] }, b: { dir: string; files: readonly string[] }): void => {
  expect(b.files).toEqual(a.files);
  expect(listFiles(b.dir)).toEqual(listFiles(a.dir));
  for (const f of listFiles(a.dir)) expect(readFileSync(join(b.dir, f), 'utf8'), f).toBe(readFileSync(join(a.dir, f), 'utf8'));
};

describe('rendering on two threads', () => {
  it('writes the same files, byte for byte, as one thread (the Red Book)', async () => {
    const one = await renderSite('tei/red-book.xml', { threads: 1 });
    const two = await renderSite('tei/red-book.xml', { threads: 2 });
    expect(one.files.length).toBeGreaterThan(10);
    sameSite(one, two);
    // and a second render on the same (now warm) worker thread gives the same again
    sameSite(one, await renderSite('tei/red-book.xml', { threads: 2 }));
  });

  it('writes the same files for the constructs fixture with names left to an editor shown', async () => {
    const one = await renderSite('tests/fixtures/html/constructs.xml', { threads: 1, showUnresolved: true });
    const two = await renderSite('tests/fixtures/html/constructs.xml', { threads: 2, showUnresolved: true });
    sameSite(one, two);
  });

  it('reports a failure in the pages of the worker thread as one thread does', async () => {
    // a witness note is rendered on the editorial page, which the worker thread writes
    const tei = readFileSync(join(fixturesDir, 'constructs.xml'), 'utf8').replace('A web page.</note>', 'A <madeUp>web</madeUp> page.</note>');
    const failure = async (threads: number): Promise<EditionError> => {
      const err = await renderHtml(tei, { outDir: join(fixturesDir, 'never-written'), onUnhandled: 'fail', threads }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EditionError);
      return err as EditionError;
    };
    const [one, two] = [await failure(1), await failure(2)];
    expect(two.diagnostics).toEqual(one.diagnostics);
    expect(two.message).toMatch(/no rule renders <madeUp> in mode m:html/);
  });

  it('refuses a thread count that is not a whole number of 1 or more', async () => {
    await expect(renderHtml('<TEI/>', { outDir: join(fixturesDir, 'never-written'), threads: 0 })).rejects.toThrow(/threads must be a whole number/);
  });
});

describe('transformShares', () => {
  it('gives each share the result transform() gives it, in order, with more shares than threads', async () => {
    const sef = await compiledStylesheet('html.xsl');
    const tei = readFileSync(join(repoRoot, 'tests', 'fixtures', 'html', 'chapters.xml'), 'utf8');
    const shares = [{ pages: ['index'] }, { pages: ['registers'] }, { pages: ['search'] }];
    const results = await transformShares(sef, tei, shares, 2);
    expect(results.map((r) => Object.keys(r.documents).sort())).toEqual([
      ['index.html'],
      ['organisations.html', 'periodicals.html', 'persons.html', 'places.html'],
      ['search-docs.tsv', 'search.html'],
    ]);
    results.forEach((r, i) => expect(r).toEqual(transform(sef, tei, shares[i]!)));
  });

  it('rejects a share the stylesheet refuses with the stylesheet error', async () => {
    const sef = await compiledStylesheet('html.xsl');
    const tei = readFileSync(join(repoRoot, 'tests', 'fixtures', 'html', 'chapters.xml'), 'utf8');
    await expect(transformShares(sef, tei, [{ pages: ['index'] }, { pages: ['nonsense'] }], 2)).rejects.toThrow(
      /parameter pages takes index, chapters, registers, editorial and search, not nonsense/,
    );
  });
});
