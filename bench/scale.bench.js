// Linear print and HTML (speed issue, points 3 and 4): the seed TEI repeated n times
// (bench/lib/scaled-tei.js), rendered as a user renders it, one new process per case; wall
// time and peak memory (maxRSS) of each. BENCH_SCALE sets the factors (default "1,10"; the
// issue's 50 takes minutes: BENCH_SCALE=1,10,50).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaledTei } from './lib/scaled-tei.js';

/** One render as a whole process: its wall time (ms) and peak resident memory (MB). */
function measured(root, args, cwd) {
  const probe = `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, join(root, 'bin', 'tei-edition.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { ms, mb: kb / 1024 };
}

export async function bench(ctx) {
  const factors = (process.env.BENCH_SCALE ?? '1,10').split(',').map(Number);
  const seed = readFileSync(join(ctx.root, 'tei', 'red-book.xml'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  ctx.print(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  try {
    const results = new Map();
    for (const n of factors) {
      const file = join(dir, `seed-${n}x.xml`);
      writeFileSync(file, scaledTei(seed, n));
      if (n === factors[0]) measured(ctx.root, ['render', 'html', file, '--out', join(dir, 'warm')], dir); // compiles the stylesheets (not timed)
      const pdf = measured(ctx.root, ['render', 'pdf', file, '--out', join(dir, `seed-${n}x.pdf`)], dir);
      const html = measured(ctx.root, ['render', 'html', file, '--out', join(dir, `html-${n}x`)], dir);
      results.set(n, { pdf, html });
      ctx.print(`${n}× seed (${(readFileSync(file).length / 1024 / 1024).toFixed(1)} MB TEI): PDF ${ctx.ms(pdf.ms)}, ${pdf.mb.toFixed(0)} MB; HTML ${ctx.ms(html.ms)}, ${html.mb.toFixed(0)} MB`);
    }
    const one = results.get(1);
    if (one) {
      for (const [n, r] of results) {
        if (n === 1) continue;
        ctx.print(`${n}×: PDF time ${(r.pdf.ms / one.pdf.ms).toFixed(1)}× the 1× time (linear: ${n}×), HTML ${(r.html.ms / one.html.ms).toFixed(1)}×`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
