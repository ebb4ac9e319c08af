// HTML edition: render time of the whole edition (SEF already compiled) and the weight of
// each chapter page (HTML + CSS + JS, and with the search files a reader loads on search).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHtml } from '../dist/render/html/index.js';
import { compiledStylesheet, transform } from '../dist/render/xslt.js';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function bench(ctx) {
  const tei = readFileSync(join(ctx.root, 'tei', 'red-book.xml'), 'utf8');
  const out = mkdtempSync(join(tmpdir(), 'tei-edition-html-bench-'));
  try {
    const first = await renderHtml(tei, { outDir: out }); // compiles the SEF when the stylesheets changed (not timed)
    const sef = await compiledStylesheet('html.xsl');
    const runs = 7;
    const cpu = [];
    const wall = await ctx.time(async () => {
      const c0 = process.cpuUsage();
      await renderHtml(tei, { outDir: out });
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }, runs);
    const xslt = await ctx.time(() => transform(sef, tei, {}), runs);
    ctx.print(`render html, whole edition (${first.files.length} files written): ${ctx.ms(wall)} wall, ${ctx.ms(ctx.median(cpu))} CPU (median of ${runs}; target ≤ 1 s)`);
    ctx.print(`  of which the XSLT (SaxonJS, ${tei.length} chars of TEI): ${ctx.ms(xslt)}`);

    const size = (f) => statSync(join(out, f)).size;
    const shared = size('assets/edition.css') + size('assets/edition.js');
    const search = size('search.html') + size('assets/minisearch.js') + size('assets/search-index.js');
    ctx.print(`page weight per chapter (HTML + CSS ${kb(size('assets/edition.css'))} + JS ${kb(size('assets/edition.js'))}; search adds ${kb(search)}: page, MiniSearch, index ${kb(size('assets/search-index.js'))}):`);
    const chapters = readdirSync(out)
      .filter((f) => /^ch\d+\.html$/.test(f))
      .sort((a, b) => parseInt(a.slice(2), 10) - parseInt(b.slice(2), 10));
    for (const f of chapters) {
      ctx.print(`  ${f.padEnd(10)} ${kb(size(f)).padStart(9)} HTML  ${kb(size(f) + shared).padStart(9)} with CSS+JS  ${kb(size(f) + shared + search).padStart(9)} with search`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
