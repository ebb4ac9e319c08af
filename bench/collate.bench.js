// Collation of two book-length witnesses. Both are made deterministically from the base witness
// of the flagship edition, repeated to the wanted size; the second gets ~1 % token edits
// (substitutions, deletions, insertions) and a few passages moved elsewhere. Prints, per size,
// the time of `collate` (tokenise, normalise, align, analyse), of the TEI serialisation, the
// peak resident memory and what the collation found, so the growth is visible.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sizes = [0.1, 0.5, 1, 2];

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

/** Builds the two witnesses of about `megabytes` MB each. */
export function makeWitnesses(seedText, megabytes, seed = 42) {
  const target = Math.round(megabytes * 1024 * 1024);
  let base = '';
  while (base.length < target) base += (base ? '\n\n' : '') + seedText;
  base = base.slice(0, target);
  base = base.slice(0, base.lastIndexOf(' '));
  const rnd = prng(seed);
  // Words with the whitespace that follows them.
  const parts = base.match(/\S+\s*/g);
  const vocabulary = [...new Set(parts.map((p) => p.trim()))];
  const edited = [];
  let edits = 0;
  for (const part of parts) {
    const r = rnd();
    if (r < 0.004) {
      edits++;
      continue; // deletion
    }
    if (r < 0.007) {
      edits++;
      edited.push(`${vocabulary[Math.floor(rnd() * vocabulary.length)]} `); // insertion before
    } else if (r < 0.01) {
      edits++;
      edited.push(part.replace(/^\S+/, vocabulary[Math.floor(rnd() * vocabulary.length)])); // substitution
      continue;
    }
    edited.push(part);
  }
  // A few passages (40–120 words) moved a few thousand words away.
  let moves = 0;
  for (let k = 0; k < 4; k++) {
    const len = 40 + Math.floor(rnd() * 80);
    const from = Math.floor(rnd() * (edited.length - len));
    const passage = edited.splice(from, len);
    const to = Math.min(edited.length, Math.max(0, from + (rnd() < 0.5 ? -1 : 1) * (2000 + Math.floor(rnd() * 3000))));
    edited.splice(to, 0, ...passage);
    moves++;
  }
  return { a: base, b: edited.join(''), edits, moves };
}

/**
 * Collates two witness files in a child process of its own (reading them as the CLI does), so
 * the peak memory is that of the collation, not of building the witnesses.
 */
function runInChild(fileA, fileB) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--collate-bench-child', fileA, fileB], {
      execArgv: ['--expose-gc'],
    });
    child.once('message', (m) => {
      resolve(m);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`bench child exited with ${code}`)));
  });
}

export async function bench(ctx) {
  const load = loadavg();
  const seedText = readFileSync(join(ctx.root, 'witnesses/red-book-part2-sph-compilation.txt'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-collate-bench-'));
  try {
    ctx.print('size     tokens A/B       collate    TEI        peak RSS  columns  variant places  transpositions  edits/moves made');
    for (const mb of sizes) {
      const { a, b, edits, moves } = makeWitnesses(seedText, mb);
      const fileA = join(dir, `a-${mb}.txt`);
      const fileB = join(dir, `b-${mb}.txt`);
      writeFileSync(fileA, a);
      writeFileSync(fileB, b);
      const r = await runInChild(fileA, fileB);
      ctx.print(
        [
          `${mb} MB`.padEnd(8),
          `${r.tokensA}/${r.tokensB}`.padEnd(16),
          ctx.ms(r.collateMs).padEnd(10),
          ctx.ms(r.teiMs).padEnd(10),
          `${r.peakMb.toFixed(0)} MB`.padEnd(9),
          String(r.columns).padEnd(8),
          String(r.variants).padEnd(15),
          String(r.transpositions).padEnd(15),
          `${edits}/${moves}`,
        ].join(' '),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.print(`(budget at 1 MB: collate ≤ 2 s and ≤ 300 MB peak; one cold run per size, each in a fresh process;
 load average when the run started: ${load.map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores: figures are wall-clock times)`);
}

// Child side: read the two files, then time one cold run of `collate`, as a CLI user gets it.
const childAt = process.argv.indexOf('--collate-bench-child');
if (childAt !== -1 && process.send) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { collate } = await import(join(root, 'dist/collate/index.js'));
  const { toTei } = await import(join(root, 'dist/collate/serialize-tei.js'));
  const input = [
    { siglum: 'A', text: readFileSync(process.argv[childAt + 1], 'utf8') },
    { siglum: 'B', text: readFileSync(process.argv[childAt + 2], 'utf8') },
  ];
  const t0 = performance.now();
  const collation = collate(input);
  const collateMs = performance.now() - t0;
  const t1 = performance.now();
  toTei(collation);
  const teiMs = performance.now() - t1;
  process.send({
    collateMs,
    teiMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    tokensA: collation.witnesses[0].tokens.length,
    tokensB: collation.witnesses[1].tokens.length,
    columns: collation.columns.length,
    variants: collation.places.filter((p) => p.kind === 'variant').length,
    transpositions: collation.transpositions.length,
  });
}
