import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../../src/diagnostics/index.js';
import { fixturesDir, renderSite } from './site.js';

// An element no rule renders: rendered with a warning by default, an error when asked to fail.
const withUnknown = readFileSync(join(fixturesDir, 'constructs.xml'), 'utf8').replace(
  'The first point.',
  'The <madeUp xml:id="x-1">first</madeUp> <madeUp>point</madeUp>.',
);

describe('the catch-all rule', () => {
  it('renders the content of an unknown element and reports it once, with its count', async () => {
    const site = await renderSite('tests/fixtures/html/constructs.xml');
    expect(site.diagnostics).toEqual([]);
    const { renderHtml } = await import('../../../src/render/html/index.js');
    const result = await renderHtml(withUnknown, { outDir: site.dir });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'html-unhandled-element', message: expect.stringContaining('<madeUp> (2 times)') }),
    ]);
    expect(site.page('ch1.html').querySelector('#item-A15')!.textContent).toContain('The first point.');
  });

  it('stops with an error naming the element when on-unhandled is fail', async () => {
    const { renderHtml } = await import('../../../src/render/html/index.js');
    const run = renderHtml(withUnknown, { outDir: join(fixturesDir, 'never-written'), onUnhandled: 'fail' });
    await expect(run).rejects.toBeInstanceOf(EditionError);
    await expect(run).rejects.toThrow(/no rule renders <madeUp> in mode m:html \(#x-1, line A 15\)/);
  });
});
