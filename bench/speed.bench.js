// The cases of the speed-and-scale issue, each as a whole process as a user runs it, ending in
// one table: case, ours, peer or target, ratio (ours / peer or target; below 1 is better).
// Figures depend on the machine and its load (printed first): on a shared machine they are
// indicative. BENCH_POOL_N sets the number of editions of the pool case (default 8), and
// BENCH_POOL_EDITION=seed builds copies of the seed edition there, as the case (100
// copies) does, instead of the smaller Frankenstein example.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexWithFastXmlParser, indexWithSaxes } from './lib/title-index.js';

const cli = (root) => join(root, 'bin', 'tei-edition.js');

/** Wall time of one process, in ms; throws with its stderr when it fails. `pin` runs it on core 0 only. */
function wall(args, cwd, env = {}, pin = false) {
  const t0 = performance.now();
  const [cmd, argv] = pin ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return ms;
}

/** A copy of the seed edition without checksums, so that its witnesses can be corrected. */
function seedCopy(root) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-speed-seed-'));
  for (const d of ['witnesses', 'editorial', 'tei']) cpSync(join(root, d), join(dir, d), { recursive: true });
  writeFileSync(join(dir, 'edition.config.json'), readFileSync(join(root, 'edition.config.json'), 'utf8').replace(/"sha256": "[0-9a-f]+",?/g, ''));
  return dir;
}

const tinyTei = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>One paragraph</title></titleStmt>
<publicationStmt><p>Bench input.</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>A chapter</head><p>One short paragraph of text.</p></div></body></text></TEI>
`;

const xmlFilesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? xmlFilesUnder(join(dir, e.name)) : e.name.endsWith('.xml') ? [join(dir, e.name)] : []));

/**
 * Starts `build --watch --only tei,review,html` on the edition, corrects one word `n` times
 * (a new word each time) and returns the time of each rebuild as the watch reports it.
 */
async function watchRebuilds(root, cwd, env, witness, original, n) {
  const child = spawn(process.execPath, [cli(root), 'build', '--watch', '--only', 'tei,review,html'], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines = [];
  let said = '';
  let wake = () => undefined;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => {
    said += d;
    const parts = said.split('\n');
    said = parts.pop();
    lines.push(...parts.filter((l) => l.includes('watching')));
    wake();
  });
  const next = async (count) => {
    const end = Date.now() + 120_000;
    while (lines.length < count) {
      if (Date.now() > end || child.exitCode !== null) throw new Error(`build --watch did not report a build: ${lines.join('\n')}`);
      await new Promise((r) => { wake = r; setTimeout(r, 200); });
    }
    return lines[count - 1];
  };
  const times = [];
  try {
    await next(1);
    for (let i = 0; i < n; i++) {
      writeFileSync(witness, original.replace('extraordinary', `extraordinar${'i'.repeat(i + 1)}`));
      const line = await next(i + 2);
      const m = /\((\d+(?:\.\d+)?) (ms|s)\)/.exec(line);
      if (!m || !line.includes('changed')) throw new Error(`unexpected watch report: ${line}`);
      times.push(Number(m[1]) * (m[2] === 's' ? 1000 : 1));
    }
  } finally {
    child.kill('SIGINT');
    writeFileSync(witness, original);
  }
  return times;
}

export async function bench(ctx) {
  const root = ctx.root;
  const rows = [];
  const row = (name, ours, peer, note = '') => rows.push({ name, ours, peer, note });
  ctx.print(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);

  // 1. The seed edition, whole process, from nothing (no cache of earlier builds).
  const seed = seedCopy(root);
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-speed-cache-'));
  const env = { TEI_EDITION_CACHE: cacheDir };
  wall([cli(root), 'build', '--no-cache'], seed, env); // compiles the SEFs into this cache (not timed)
  const cold = ctx.median([0, 1, 2].map(() => wall([cli(root), 'build', '--no-cache'], seed, env)));
  row('seed build, whole process, nothing reused', cold, 1200, 'target');

  // 2. Fixed cost of a render on a one-paragraph file.
  const tinyDir = mkdtempSync(join(tmpdir(), 'bench-speed-tiny-'));
  writeFileSync(join(tinyDir, 'tiny.xml'), tinyTei);
  wall([cli(root), 'render', 'html', 'tiny.xml', '--out', 'html'], tinyDir, env);
  row('render html, one-paragraph TEI', ctx.median([0, 1, 2].map(() => wall([cli(root), 'render', 'html', 'tiny.xml', '--out', 'html'], tinyDir, env))), 400, 'target');
  wall([cli(root), 'render', 'pdf', 'tiny.xml', '--out', 'tiny.pdf'], tinyDir, env);
  row('render pdf, one-paragraph TEI', ctx.median([0, 1, 2].map(() => wall([cli(root), 'render', 'pdf', 'tiny.xml', '--out', 'tiny.pdf'], tinyDir, env))), 400, 'target');

  // 3. Rebuilds with the cache: nothing changed; one word corrected (each run a new word).
  wall([cli(root), 'build'], seed, env);
  row('seed rebuild, nothing changed', ctx.median([0, 1, 2].map(() => wall([cli(root), 'build'], seed, env))), 300, 'target');
  const witness = join(seed, 'witnesses/red-book-part2-sph-compilation.txt');
  const original = readFileSync(witness, 'utf8');
  const corrected = (i, only) => {
    writeFileSync(witness, original.replace('extraordinary', `extraordinary${'y'.repeat(i + 1)}`));
    return wall([cli(root), 'build', ...(only ? ['--only', only] : [])], seed, env);
  };
  row('seed rebuild after a one-word correction, TEI + review + HTML', ctx.median([0, 1, 2].map((i) => corrected(i, 'tei,review,html'))), 300, 'target (plus the PDF)');
  row('seed rebuild after a one-word correction, everything', ctx.median([3, 4, 5].map((i) => corrected(i))), cold, 'the build from nothing');
  writeFileSync(witness, original);
  // The editor's loop: `build --watch` rebuilds in its warm process; the time it reports.
  const watched = await watchRebuilds(root, seed, env, witness, original, 4);
  row('seed rebuild after a one-word correction, TEI + review + HTML, in build --watch', ctx.median(watched.slice(1)), 300, 'target (plus the PDF)');

  // 4. Many editions: one worker against one per core.
  const n = Number(process.env.BENCH_POOL_N ?? 8);
  const ofSeed = process.env.BENCH_POOL_EDITION === 'seed';
  const corpus = mkdtempSync(join(tmpdir(), 'bench-speed-pool-'));
  const configs = [];
  for (let i = 0; i < n; i++) {
    if (ofSeed) cpSync(seed, join(corpus, `e${i}`), { recursive: true, filter: (from) => !from.endsWith('/output') });
    else cpSync(join(root, 'examples/frankenstein'), join(corpus, `e${i}`), { recursive: true });
    configs.push('--config', `e${i}/edition.config.json`);
  }
  const editions = ofSeed ? 'seed editions' : 'Frankenstein editions';
  // The baseline is the throughput of one core: a build alone already keeps more than
  // one core busy (print and Typst threads, the schema's process), so the single run is held
  // to one core with taskset (Linux) where it is there.
  const pin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const one = wall([cli(root), 'build', '--no-cache', '--jobs', '1', ...configs], corpus, env, pin);
  const all = wall([cli(root), 'build', '--no-cache', ...configs], corpus, env);
  ctx.print(`pool: ${n} ${editions}: one worker${pin ? ' on one core' : ''} ${ctx.ms(one)}, ${availableParallelism()} workers on ${availableParallelism()} cores ${ctx.ms(all)}`);
  rows.push({ name: `pool of ${availableParallelism()} workers, ${n} ${editions} (throughput vs ${pin ? 'one core' : 'one worker'})`, ours: one / all, peer: 1.8, note: 'target speed-up (ratio: target / ours)', speedup: true });

  // 5. A corpus index (id and title of each file) of every TEI file in the repository.
  const files = [...xmlFilesUnder(join(root, 'tests')), ...xmlFilesUnder(join(root, 'examples')), join(root, 'tei', 'red-book.xml')];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const over = (fn) => () => {
    for (const t of texts) {
      try {
        fn(t);
      } catch {
        // ill-formed test files: saxes refuses them (as it should)
      }
    }
  };
  const sax = await ctx.time(over(indexWithSaxes), 7);
  const fxp = await ctx.time(over(indexWithFastXmlParser), 7);
  const lenient = texts.filter((t) => {
    try {
      indexWithSaxes(t);
      return false;
    } catch {
      try {
        indexWithFastXmlParser(t);
        return true;
      } catch {
        return false;
      }
    }
  }).length;
  ctx.print(`corpus index over ${files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB): saxes ${ctx.ms(sax)}, fast-xml-parser ${ctx.ms(fxp)}; fast-xml-parser accepted ${lenient} file(s) saxes refuses as not well-formed`);
  row('corpus index (id, title) of the repository TEI: fast-xml-parser vs saxes', fxp, sax, 'saxes (peer)');

  for (const d of [seed, cacheDir, tinyDir, corpus]) rmSync(d, { recursive: true, force: true });

  ctx.print('\n| case | ours | peer or target | ratio |');
  ctx.print('|---|---|---|---|');
  for (const r of rows) {
    if (r.speedup) ctx.print(`| ${r.name} | ${r.ours.toFixed(2)}× | ${r.peer.toFixed(2)}× ${r.note} | ${(r.peer / r.ours).toFixed(2)} |`);
    else ctx.print(`| ${r.name} | ${ctx.ms(r.ours)} | ${ctx.ms(r.peer)} ${r.note} | ${(r.ours / r.peer).toFixed(2)} |`);
  }
  ctx.print(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}
