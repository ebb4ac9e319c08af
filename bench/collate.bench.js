// Collation at book length, the two cases of issue 13:
// - pair: two 1 MB witnesses, the second with ~1 % token edits (omissions, additions,
//   substitutions, case changes) and three 30-token passages moved elsewhere (budget ≤ 2 s, ≤ 300 MB);
// - novel: five witnesses of a whole novel, 450 KB each, four of them edited the same way,
//   collated whole, not cut into chapters (budget ≤ 10 s).
// Each case runs at ¼, ½, 1, 2 and 4 times its size, so the growth of time is visible. The text
// is prose made by a word-level Markov chain from the repository's witnesses (a real book that
// never repeats itself; repeating one text would make every word frequent and every passage
// ambiguous, which no book is). Every run is one cold `collate` in a fresh process that reads the
// files as the CLI does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const scales = [0.25, 0.5, 1, 2, 4];
const seedFiles = [
  'witnesses/red-book-part2-sph-compilation.txt',
  'examples/frankenstein/witnesses/frankenstein-1818.txt',
  'examples/frankenstein/witnesses/frankenstein-1831.txt',
];

/** Small deterministic PRNG (mulberry32), so every run builds the same witnesses. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `bytes` of prose: an order-2 word Markov chain over the seed texts, with paragraphs. */
export function prose(seedTexts, bytes, seed) {
  const rnd = prng(seed);
  const words = seedTexts.join('\n\n').split(/\s+/).filter(Boolean);
  const next = new Map();
  for (let i = 0; i + 2 < words.length; i++) {
    const key = `${words[i]} ${words[i + 1]}`;
    if (!next.has(key)) next.set(key, []);
    next.get(key).push(words[i + 2]);
  }
  const keys = [...next.keys()];
  let [a, b] = keys[0].split(' ');
  const out = [a, b];
  let length = a.length + b.length + 2;
  let sinceBreak = 0;
  while (length < bytes) {
    const list = next.get(`${a} ${b}`);
    let c;
    if (!list || rnd() < 0.02) {
      [a, b] = keys[Math.floor(rnd() * keys.length)].split(' ');
      out.push(a);
      length += a.length + 1;
      c = b;
    } else c = list[Math.floor(rnd() * list.length)];
    a = b;
    b = c;
    out.push(c);
    length += c.length + 1;
    sinceBreak++;
    if (/[.!?]$/.test(c) && sinceBreak > 80 && rnd() < 0.3) {
      out.push('\n\n');
      sinceBreak = 0;
    }
  }
  return out.join(' ').replace(/ ?\n\n ?/g, '\n\n');
}

/** ~`rate` token edits (a quarter each: omission, addition, substitution, case) and `moves` moved passages. */
export function edited(text, rate, moves, moveLength, seed) {
  const rnd = prng(seed);
  const parts = text.match(/\S+\s*/g);
  const vocabulary = [...new Set(parts.map((p) => p.trim()))];
  const word = () => vocabulary[Math.floor(rnd() * vocabulary.length)];
  const out = [];
  let edits = 0;
  for (const part of parts) {
    const r = rnd();
    if (r < rate) edits++;
    if (r < rate * 0.25) continue;
    if (r < rate * 0.5) out.push(`${word()} `);
    else if (r < rate * 0.75) {
      out.push(part.replace(/^\S+/, word()));
      continue;
    } else if (r < rate) {
      out.push(part.replace(/^\S/, (ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())));
      continue;
    }
    out.push(part);
  }
  for (let k = 0; k < moves; k++) {
    const from = Math.floor(rnd() * (out.length - moveLength));
    const passage = out.splice(from, moveLength);
    out.splice(Math.floor(rnd() * out.length), 0, ...passage);
  }
  return { text: out.join(''), edits };
}

/** Collates witness files in a child process of its own, so the peak memory is the collation's. */
function runInChild(files) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--collate-bench-child', ...files], { execArgv: [] });
    child.once('message', (m) => {
      resolve(m);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`bench child exited with ${code}`)));
  });
}

const cases = [
  { name: 'pair', witnesses: 2, bytes: 1024 * 1024, budget: '≤ 2 s and ≤ 300 MB at 1×' },
  { name: 'novel', witnesses: 5, bytes: 450 * 1024, budget: '≤ 10 s at 1×' },
];

export async function bench(ctx) {
  const load = loadavg();
  const seeds = seedFiles.map((f) => readFileSync(join(ctx.root, f), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-collate-bench-'));
  try {
    for (const c of cases) {
      ctx.print(`\n${c.name}: ${c.witnesses} witnesses of ${(c.bytes / 1024).toFixed(0)} KB × scale, ~1 % token edits and 3 moved 30-token passages each (${c.budget})`);
      ctx.print('scale  size each  tokens/witness  collate     (CPU)       ×time/×size  peak RSS  TEI        peak RSS  variant places  transpositions');
      let previous;
      for (const scale of scales) {
        const base = prose(seeds, c.bytes * scale, 11);
        const texts = [base, ...Array.from({ length: c.witnesses - 1 }, (_, i) => edited(base, 0.01, 3, 30, 100 + i).text)];
        const files = texts.map((t, i) => {
          const f = join(dir, `${c.name}-${scale}-${i}.txt`);
          writeFileSync(f, t);
          return f;
        });
        const r = await runInChild(files);
        const growth = previous ? `${(r.collateMs / previous.collateMs).toFixed(2)}/${(scale / previous.scale).toFixed(0)}` : '';
        ctx.print(
          [
            `${scale}×`.padEnd(6),
            `${(base.length / 1024).toFixed(0)} KB`.padEnd(10),
            String(r.tokens).padEnd(15),
            ctx.ms(r.collateMs).padEnd(11),
            ctx.ms(r.cpuMs).padEnd(11),
            growth.padEnd(12),
            `${r.collateRss.toFixed(0)} MB`.padEnd(9),
            ctx.ms(r.teiMs).padEnd(10),
            `${r.peakMb.toFixed(0)} MB`.padEnd(9),
            String(r.variants).padEnd(15),
            String(r.transpositions),
          ].join(' '),
        );
        previous = { scale, collateMs: r.collateMs };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.print(`(one cold run per size, each in a fresh process; collate: wall clock, (CPU): its user+system time, which a busy
 machine inflates less; ×time/×size: how the wall time grew against the size step; peak RSS after collate, then after the TEI.
 Load average when the run started: ${load.map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores: figures are wall-clock times)`);
}

// Child side: read the files, then time one cold run of `collate` and of the TEI, as a CLI user gets them.
const childAt = process.argv.indexOf('--collate-bench-child');
if (childAt !== -1 && process.send) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { collate, toTei } = await import(join(root, 'dist/collate/index.js'));
  const input = process.argv.slice(childAt + 1).map((f, i) => ({ siglum: `W${i + 1}`, text: readFileSync(f, 'utf8') }));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const collation = collate(input);
  const collateMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const collateRss = process.resourceUsage().maxRSS / 1024;
  const t1 = performance.now();
  toTei(collation);
  const teiMs = performance.now() - t1;
  process.send({
    collateMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    collateRss,
    teiMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    tokens: collation.witnesses[0].tokens.length,
    variants: collation.places.filter((p) => p.kind === 'variant').length,
    transpositions: collation.transpositions.length,
  });
}
