// The annotation stage (corrections, names, dates, review candidates) on the seed edition and on
// its base witness repeated 10x, beside the stages of the TEI build it runs between, so its
// share of the build is visible. Uses the seed config with every register
// (tests/fixtures/annotate/edition.config.json).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEdition } from '../dist/pipeline/read.js';
import { structureEdition } from '../dist/pipeline/process.js';
import { collateEdition } from '../dist/collate/edition.js';
import { annotate, renderReview } from '../dist/annotate/index.js';
import { toTei } from '../dist/tei/document.js';

/** A copy of the seed edition (all registers, annotation data), base witness repeated `times` times. */
function editionDir(root, times) {
  const dir = mkdtempSync(join(tmpdir(), `bench-annotate-x${times}-`));
  for (const d of ['witnesses', 'editorial', 'tei']) cpSync(join(root, d), join(dir, d), { recursive: true });
  const config = readFileSync(join(root, 'tests/fixtures/annotate/edition.config.json'), 'utf8')
    .replaceAll('../../../', '')
    .replace(/"sha256": "[0-9a-f]+",?/g, '');
  writeFileSync(join(dir, 'edition.config.json'), config);
  const a = join(dir, 'witnesses/red-book-part2-sph-compilation.txt');
  const text = readFileSync(a, 'utf8');
  writeFileSync(a, Array.from({ length: times }, () => text).join('\n\n\n'));
  return dir;
}

/** Median CPU time of `runs` calls (user + system), less disturbed than wall time on a busy machine. */
function cpuTime(ctx, fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  return ctx.median(times);
}

export async function bench(ctx) {
  ctx.print('CPU time (median); annotate also as wall time. Share: annotate / (load model + annotate + TEI).');
  ctx.print('| input | load model | annotate (wall) | of which review candidates | TEI | review report | annotate share | tags |');
  ctx.print('|---|---|---|---|---|---|---|---|');
  for (const times of [1, 10]) {
    const dir = editionDir(ctx.root, times);
    const runs = times === 1 ? 7 : 3;
    // read → structure → collate: the model annotation receives.
    const load = () => {
      const { source } = readEdition('edition.config.json', { cwd: dir });
      return { source, model: collateEdition(structureEdition(source), { base: source.base, collation: source.collation }) };
    };
    const { source, model } = load();
    const options = { ...source.annotation, registers: source.registers };
    const annotated = annotate(model, options); // warms wink-nlp's model and chrono
    const t = {
      load: cpuTime(ctx, load, runs),
      annotate: cpuTime(ctx, () => annotate(model, options), runs),
      noCandidates: cpuTime(ctx, () => annotate(model, { ...options, unknownNames: false }), runs),
      tei: cpuTime(ctx, () => toTei(annotated), runs),
      report: cpuTime(ctx, () => renderReview(annotated), runs),
    };
    const wall = await ctx.time(() => annotate(model, options), runs);
    const tei = toTei(annotated);
    const tags = (tei.match(/<(persName|placeName|orgName|date) |<title level="j"/g) ?? []).length;
    const share = t.annotate / (t.load + t.annotate + t.tei);
    ctx.print(
      `| seed x${times} | ${ctx.ms(t.load)} | ${ctx.ms(t.annotate)} (${ctx.ms(wall)}) | ${ctx.ms(t.annotate - t.noCandidates)} | ${ctx.ms(t.tei)} | ${ctx.ms(t.report)} | ${(share * 100).toFixed(0)} % | ${tags} |`,
    );
  }
}
