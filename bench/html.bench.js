// HTML edition: render time of the whole edition (SEF already compiled) and the weight of
// each chapter page (HTML + CSS + JS, and with the search files a reader loads on search).
//
// "render html": renderHtml as `tei-edition render html` calls it, in a process that has
// rendered before (its threads are started and SaxonJS's code is compiled), median of 7; with
// two cores or more the pages are shared between this thread and a worker thread.
// "first render in a new process": what one command-line run costs (a new process renders
// once: the worker thread starts, loads SaxonJS and the SEF, and nothing is compiled yet),
// without Node's own start-up; median of 3 processes. The load average is printed because
// the machine is shared: figures taken under load are slower.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { renderHtml } from '../dist/render/html/index.js';
import { compiledStylesheet, transform } from '../dist/render/xslt.js';
import { transformShares } from '../dist/render/xslt-threads.js';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const require = createRequire(import.meta.url);

const child = `
const [{ readFileSync }, { renderHtml }] = await Promise.all([import('node:fs'), import(process.env.ROOT + '/dist/render/html/index.js')]);
const tei = readFileSync(process.env.TEI, 'utf8');
const t0 = performance.now();
await renderHtml(tei, { outDir: process.env.OUT, threads: Number(process.env.THREADS) });
process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }));
`;

/** A new thread that loads SaxonJS and says so: the fixed cost of a worker thread. */
function workerStart() {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const w = new Worker("require('node:worker_threads').parentPort.postMessage(typeof require(require('node:worker_threads').workerData).transform)", {
      eval: true,
      workerData: require.resolve('saxon-js'),
    });
    w.once('message', () => {
      resolve(performance.now() - t0);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

export async function bench(ctx) {
  const teiFile = join(ctx.root, 'tei', 'red-book.xml');
  const tei = readFileSync(teiFile, 'utf8');
  const out = mkdtempSync(join(tmpdir(), 'tei-edition-html-bench-'));
  try {
    ctx.print(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const first = await renderHtml(tei, { outDir: out }); // compiles the SEF when the stylesheets changed (not timed)
    await renderHtml(tei, { outDir: out, threads: 1 });
    const sef = await compiledStylesheet('html.xsl');
    const runs = 7;
    const timed = async (threads) => {
      const cpu = [];
      const wall = await ctx.time(async () => {
        const c0 = process.cpuUsage();
        await renderHtml(tei, { outDir: out, threads });
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }, runs);
      return { wall, cpu: ctx.median(cpu) };
    };
    const one = await timed(undefined); // the default: one thread
    const two = await timed(2);
    const xslt = await ctx.time(() => transform(sef, tei, {}), runs);
    const shared = await ctx.time(() => transformShares(sef, tei, [{ pages: ['index', 'chapters'] }, { pages: ['registers', 'editorial', 'search'] }], 2), runs);
    ctx.print(`render html, whole edition (${first.files.length} files written): ${ctx.ms(one.wall)} wall, ${ctx.ms(one.cpu)} CPU (median of ${runs}, same process; target ≤ 1 s)`);
    ctx.print(`  on two threads: ${ctx.ms(two.wall)} wall, ${ctx.ms(two.cpu)} CPU`);
    ctx.print(`  of which the XSLT (SaxonJS, ${tei.length} chars of TEI): ${ctx.ms(xslt)} on one thread, ${ctx.ms(shared)} shared by two`);

    const starts = [];
    for (let i = 0; i < 3; i++) starts.push(await workerStart());
    ctx.print(`  start of a worker thread (new thread, SaxonJS loaded): ${ctx.ms(ctx.median(starts))} (median of 3)`);
    const cold = (threads) => {
      const ms = [];
      for (let i = 0; i < 3; i++) {
        const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], {
          env: { ...process.env, ROOT: ctx.root, TEI: teiFile, OUT: out, THREADS: String(threads) },
          encoding: 'utf8',
        });
        if (r.status !== 0) throw new Error(`render html in a new process failed: ${r.stderr}`);
        ms.push(JSON.parse(r.stdout).ms);
      }
      return ctx.median(ms);
    };
    ctx.print(`first render in a new process: ${ctx.ms(cold(2))} on two threads, ${ctx.ms(cold(1))} on one (median of 3)`);

    const size = (f) => statSync(join(out, f)).size;
    const sharedAssets = size('assets/edition.css') + size('assets/edition.js');
    const search = size('search.html') + size('assets/minisearch.js') + size('assets/search-index.js');
    ctx.print(`page weight per chapter (HTML + CSS ${kb(size('assets/edition.css'))} + JS ${kb(size('assets/edition.js'))}; search adds ${kb(search)}: page, MiniSearch, documents ${kb(size('assets/search-index.js'))}):`);
    const chapters = readdirSync(out)
      .filter((f) => /^ch\d+\.html$/.test(f))
      .sort((a, b) => parseInt(a.slice(2), 10) - parseInt(b.slice(2), 10));
    for (const f of chapters) {
      ctx.print(`  ${f.padEnd(10)} ${kb(size(f)).padStart(9)} HTML  ${kb(size(f) + sharedAssets).padStart(9)} with CSS+JS  ${kb(size(f) + sharedAssets + search).padStart(9)} with search`);
    }
    ctx.print(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
