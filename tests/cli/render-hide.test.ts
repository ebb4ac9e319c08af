// `render html` and `render pdf` hide the variant classes --hide names, as an edition build hides
// its config's collation.hide (which they take for the edition's own TEI). The TEI holds a few
// lines of Frankenstein, chapter IV, in the first (1818) and revised (1831) editions, as
// FrankensteinVariorum/fv-data has them (commit 6065acb2fa7cc7d04e748960e7aeec665a06a0c7,
// 2023-variorum-chapters/f1818_vol_1_chapter_iv.xml and f1831_chapter_v.xml; the novel public
// domain, the transcriptions CC BY-SA 3.0; plain in tests/fixtures/frankenstein): the chapter's
// number differs (substantive), and Coleridge's "turn’d" is "turned" in 1831 (orthographic).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { variantTypes } from '../../src/config/sections/collation.js';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, tempFolders } from '../helpers/edition-dir.js';
import { pdfText, popplerAvailable, popplerMissing } from '../render/pdf/poppler.js';

const temp = tempFolders();

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Two printings</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><listWit>
<witness xml:id="A">first edition, 1818</witness><witness xml:id="B">revised edition, 1831</witness>
</listWit></sourceDesc></fileDesc></teiHeader><text><body><div type="chapter">
<head>CHAPTER <app type="substantive"><lem wit="#A">IV</lem><rdg wit="#B">V</rdg></app>.</head>
<p>I traversed the streets, without any clear conception of where I was, or what I was doing.
My heart palpitated in the sickness of fear; and I hurried on with irregular steps, not daring
to look about me:</p>
<lg><l>Like one who, on a lonely road,</l><l>Doth walk in fear and dread,</l>
<l>And, having once <app type="orthographic"><lem wit="#A">turn’d</lem><rdg wit="#B">turned</rdg></app> round, walks on,</l>
<l>And turns no more his head;</l></lg></div></body></text></TEI>`;

const folder = (): string => {
  const dir = temp('tei-render-hide-');
  writeFileSync(join(dir, 'two.xml'), tei);
  return dir;
};

/** Whether the site's variant filter starts with each class on. */
const boxes = (dir: string): Record<string, boolean> => {
  const page = parse(readFileSync(join(dir, 'part1.html'), 'utf8'));
  return Object.fromEntries(page.querySelectorAll('input[name="variant-type"]').map((b) => [b.getAttribute('value')!, b.hasAttribute('checked')]));
};

describe('render --hide', () => {
  it('pdf: the hidden class has no entry in the apparatus, the other keeps its own', { timeout: 60_000 }, async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const dir = folder();
    expect((await runCli(['render', 'pdf', 'two.xml', '--out', 'all.pdf'], dir)).code).toBe(0);
    const all = pdfText(join(dir, 'all.pdf'));
    expect(all).toContain('IV] V B');
    expect(all).toContain('turn’d] turned B');
    const r = await runCli(['render', 'pdf', 'two.xml', '--out', 'hidden.pdf', '--hide', 'orthographic'], dir);
    expect(r.code, r.stderr).toBe(0);
    const hidden = pdfText(join(dir, 'hidden.pdf'));
    expect(hidden).toContain('IV] V B');
    expect(hidden).toContain('having once turn’d round');
    expect(hidden).not.toContain('turned');
  });

  it('html: the hidden class starts unchecked in the filter, and its places are off', { timeout: 60_000 }, async () => {
    const dir = folder();
    const r = await runCli(['render', 'html', 'two.xml', '--out', 'site', '--hide', ' orthographic, punctuation'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(boxes(join(dir, 'site'))).toEqual({ substantive: true, orthographic: false });
    const page = parse(readFileSync(join(dir, 'site', 'part1.html'), 'utf8'));
    expect(page.querySelector('span.app[data-vt="orthographic"]')!.classList.contains('vt-off')).toBe(true);
    expect(page.querySelector('span.app[data-vt="substantive"]')!.classList.contains('vt-off')).toBe(false);
  });

  it.each(['html', 'pdf'])('%s: an unknown class is bad usage naming the known ones, and nothing is written', async (format) => {
    const dir = folder();
    const r = await runCli(['render', format, 'two.xml', '--out', 'out', '--hide', 'orthographic,spelling'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--hide: "spelling" is not a variant class (${variantTypes.join(', ')})`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it("html: the edition's own TEI hides the config's collation.hide, unless --hide names others", { timeout: 60_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'A chapter.\n' }], extraConfig: { collation: { hide: ['orthographic'] } } });
    temp.keep(dir);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'edition.xml'), tei);
    expect((await runCli(['render', 'html'], dir)).code).toBe(0);
    expect(boxes(join(dir, 'out', 'html'))).toEqual({ substantive: true, orthographic: false });
    expect((await runCli(['render', 'html', '--hide', 'substantive'], dir)).code).toBe(0);
    expect(boxes(join(dir, 'out', 'html'))).toEqual({ substantive: false, orthographic: true });
  });
});
