// Per-stage times of the TEI build (median of several runs) for the seed edition and for the
// seed text repeated 10x and 100x, so the growth with input size is visible.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readEdition, readWitnesses, readRegisters } from '../dist/pipeline/read.js';
import { structureEdition } from '../dist/pipeline/process.js';
import { checkEdition } from '../dist/pipeline/check.js';
import { collateEdition } from '../dist/collate/edition.js';
import { toTei } from '../dist/tei/document.js';
import { extractWitness } from '../dist/tei/extract.js';
import { annotate } from '../dist/annotate/index.js';

/** A copy of the seed edition whose base witness is the seed text repeated `times` times. */
function scaledEdition(root, times) {
  if (times === 1) return root;
  const dir = mkdtempSync(join(tmpdir(), `bench-x${times}-`));
  for (const d of ['witnesses', 'editorial', 'tei']) cpSync(join(root, d), join(dir, d), { recursive: true });
  const config = readFileSync(join(root, 'edition.config.json'), 'utf8').replace(/"sha256": "[0-9a-f]+",?/g, '');
  writeFileSync(join(dir, 'edition.config.json'), config);
  const a = join(dir, 'witnesses/red-book-part2-sph-compilation.txt');
  const text = readFileSync(a, 'utf8');
  writeFileSync(a, Array.from({ length: times }, () => text).join('\n\n\n'));
  return dir;
}

function stages(dir) {
  const { source, config } = readEdition('edition.config.json', { cwd: dir });
  return {
    source,
    ingest: () => readWitnesses(config, dir),
    // structure, then collate (the copies that differ), as the TEI needs them.
    structure: () => collateEdition(structureEdition(source), { base: source.base, collation: source.collation }),
    registers: () => readRegisters(config, dir),
  };
}

export async function bench(ctx) {
  ctx.print('Stages in one process (median; the first, cold run of each stage is included in the count).');
  ctx.print('| input | size | ingest | structure | registers | TEI (core) | annotate | TEI (annotated) | edition rules | extract A | core total | TEI size |');
  ctx.print('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const times of [1, 10, 100]) {
    const dir = scaledEdition(ctx.root, times);
    const st = stages(dir);
    const runs = times === 100 ? 3 : 7;
    const { witnesses } = st.ingest();
    const edition = st.structure();
    const annotateOptions = { ...st.source.annotation, registers: st.source.registers };
    const annotated = annotate(edition, annotateOptions);
    const tei = toTei(annotated);
    const t = {
      ingest: await ctx.time(() => st.ingest(), runs),
      structure: await ctx.time(() => st.structure(), runs),
      registers: await ctx.time(() => st.registers(), runs),
      tei: await ctx.time(() => toTei(edition), runs),
      annotate: await ctx.time(() => annotate(edition, annotateOptions), runs),
      teiAnnotated: await ctx.time(() => toTei(annotated), runs),
      rules: times === 100 ? NaN : await ctx.time(() => checkEdition(tei, 'edition.xml', st.source), runs),
      extract: await ctx.time(() => extractWitness(tei, 'A'), runs),
    };
    const total = t.ingest + t.structure + t.registers + t.tei;
    const size = witnesses.reduce((n, w) => n + w.byteLength, 0);
    const ms = (x) => (Number.isNaN(x) ? 'not run' : ctx.ms(x));
    ctx.print(
      `| seed x${times} | ${(size / 1024).toFixed(0)} KB | ${ms(t.ingest)} | ${ms(t.structure)} | ${ms(t.registers)} | ${ms(t.tei)} | ${ms(t.annotate)} | ${ms(t.teiAnnotated)} | ${ms(t.rules)} | ${ms(t.extract)} | ${ms(total)} | ${(tei.length / 1024).toFixed(0)} KB |`,
    );
  }
  // Whole processes, as a user runs them: Node start, imports, work, write.
  const out = mkdtempSync(join(tmpdir(), 'bench-out-'));
  const whole = (args) => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: ctx.root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      times.push(performance.now() - t0);
    }
    return ctx.ms(ctx.median(times));
  };
  ctx.print('\nWhole process, seed edition (median of 5):');
  ctx.print(`- core TEI build (config, ingest, structure, registers, TEI; bench/lib/core-build.js): ${whole([join(ctx.root, 'bench/lib/core-build.js'), 'edition.config.json', join(out, 'core.xml')])}`);
  ctx.print(`- \`tei-edition build --only tei\` (with annotation and the edition rules): ${whole([join(ctx.root, 'bin/tei-edition.js'), 'build', '--only', 'tei'])}`);
  ctx.print(`- \`tei-edition build\` (TEI, review, HTML, PDF): ${whole([join(ctx.root, 'bin/tei-edition.js'), 'build'])}`);
}
