#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.js module in name order and prints its figures.
// A module exports `async function bench(ctx)`; ctx.time(label, fn, runs) returns the median
// of `runs` timed calls and ctx.print(line) writes one line of the report.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const ctx = {
  root: join(here, '..'),
  print: (line) => process.stdout.write(`${line}\n`),
  async time(fn, runs = 5) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      globalThis.gc?.();
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    return median(times);
  },
  ms: (x) => `${x.toFixed(1)} ms`,
  median,
};

const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of modules) {
  ctx.print(`\n## ${file.replace(/\.bench\.js$/, '')}`);
  const mod = await import(join(here, file));
  await mod.bench(ctx);
}
