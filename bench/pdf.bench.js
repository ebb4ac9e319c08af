// The print edition: the PDF build time of the whole edition (tei/red-book.xml), as
// `tei-edition render pdf` and `npm run edition` do it, split into its two stages:
// TEI → Typst markup (xslt/print.xsl in SaxonJS, stylesheet compiled to SEF once and cached)
// and Typst markup → PDF/A-2a (the Typst compiler in process).
//
// "first build": a new process builds the PDF once (the compiler loads its fonts and has no
// cache), which is what a command-line run costs; "again": the same process builds it again.
// Both exclude Node's start-up and module loading. The load average is printed because the
// machine is shared: figures taken under load are slower.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const child = `
const [{ readFileSync, writeFileSync }, { teiToTypst }, { compileTypst }] = await Promise.all([
  import('node:fs'), import(process.env.ROOT + '/dist/render/pdf/typst-source.js'), import(process.env.ROOT + '/dist/render/pdf/typst-compile.js')]);
const tei = readFileSync(process.env.TEI, 'utf8');
const t0 = performance.now();
const source = await teiToTypst(tei, { paper: 'a4' });
const t1 = performance.now();
const { pdf, pages } = compileTypst(source);
const t2 = performance.now();
writeFileSync(process.env.OUT, pdf);
process.stdout.write(JSON.stringify({ xslt: t1 - t0, typst: t2 - t1, total: t2 - t0, pages }));
`;

export async function bench(ctx) {
  const tei = join(ctx.root, 'tei', 'red-book.xml');
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-pdf-bench-'));
  const out = join(dir, 'red-book.pdf');
  const env = { ...process.env, ROOT: ctx.root, TEI: tei, OUT: out };
  const runOnce = () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`PDF build failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  runOnce(); // compiles the stylesheet to SEF if it changed, so that no run below pays for it
  const runs = Array.from({ length: 5 }, runOnce);
  const med = (k) => ctx.median(runs.map((r) => r[k]));
  ctx.print(`load average ${loadavg()[0].toFixed(2)}; ${(readFileSync(tei).length / 1024).toFixed(0)} KiB of TEI, ${runs[0].pages} pages`);
  ctx.print(`first build (new process, median of 5): ${ctx.ms(med('total'))} = XSLT ${ctx.ms(med('xslt'))} + Typst ${ctx.ms(med('typst'))}`);

  const { renderPdf } = await import(join(ctx.root, 'dist/render/pdf/index.js'));
  const text = readFileSync(tei, 'utf8');
  await renderPdf(text, { outFile: out });
  const again = await ctx.time(() => renderPdf(text, { outFile: out }), 5);
  ctx.print(`again (same process, median of 5): ${ctx.ms(again)}`);
  rmSync(dir, { recursive: true, force: true });
}
