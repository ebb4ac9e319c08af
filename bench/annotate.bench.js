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
import { locateGold, measureUnseen } from '../dist/annotate/evaluate.js';
import { loadUnseen, unseenTexts } from './lib/unseen.js';
import { createRequire } from 'node:module';

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
  await unseen(ctx);
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;

/**
 * Precision and recall per type on the held-aside texts, before the review's proposals are
 * accepted and after an editor accepts the right ones; link accuracy; and what the two NLP
 * libraries on hand say of the hand-annotated persons and places on their own (why discovery
 * types names with compromise: wink-nlp's English model tags proper nouns but names no type).
 */
async function unseen(ctx) {
  ctx.print('');
  ctx.print('Held-aside texts (tests/fixtures/annotate/unseen, annotated by hand). P/R: precision/recall of tagged names; "after": once the right proposals are accepted.');
  ctx.print('| text (registers) | type | gold | before P | before R | after P | after R |');
  ctx.print('|---|---|---|---|---|---|---|');
  const require = createRequire(import.meta.url);
  const nlp = require('compromise');
  const winkNLP = require('wink-nlp');
  const wink = winkNLP(require('wink-eng-lite-web-model'));
  const libs = [];
  for (const t of unseenTexts) {
    const u = loadUnseen(ctx.root, t);
    const r = measureUnseen(u.model, u.text, u.gold, u.registers, u.annotation);
    for (const type of Object.keys(r.after.perType).sort()) {
      const b = r.before.perType[type];
      const a = r.after.perType[type];
      ctx.print(`| ${t.name} (${t.registers}) | ${type} | ${a.gold} | ${b ? pct(b.precision) : '–'} | ${b ? pct(b.recall) : '–'} | ${pct(a.precision)} | ${pct(a.recall)} |`);
    }
    ctx.print(
      `| ${t.name} | links | ${r.after.links.checked} | ${pct(r.before.links.accuracy)} (${r.before.links.checked}) | | ${pct(r.after.links.accuracy)} | proposals accepted ${r.proposals.accepted} of ${r.proposals.made} |`,
    );
    // The libraries alone: a hand-annotated person or place that compromise types right; that wink-nlp calls a proper noun.
    const gold = locateGold(u.text, u.gold).filter((g) => g.type === 'person' || g.type === 'place');
    const cdoc = nlp(u.text).json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms);
    const wdoc = wink.readDoc(u.text);
    const wtokens = [];
    let offset = 0;
    wdoc.tokens().each((tok) => {
      offset += tok.out(wink.its.precedingSpaces).length;
      const v = tok.out(wink.its.value);
      wtokens.push({ start: offset, end: offset + v.length, pos: tok.out(wink.its.pos) });
      offset += v.length;
    });
    let compromiseTyped = 0;
    let winkProper = 0;
    for (const g of gold) {
      const terms = cdoc.filter((x) => x.offset.start < g.end && g.start < x.offset.start + x.offset.length);
      const want = g.type === 'person' ? 'Person' : 'Place';
      if (terms.some((x) => x.tags.includes(want))) compromiseTyped++;
      if (wtokens.some((x) => x.start < g.end && g.start < x.end && x.pos === 'PROPN')) winkProper++;
    }
    libs.push(`| ${t.name} | ${gold.length} | ${pct(compromiseTyped / gold.length)} | ${pct(winkProper / gold.length)} (untyped) |`);
  }
  ctx.print('');
  ctx.print('The libraries alone on the same persons and places: typed right by compromise; found as proper nouns by wink-nlp (which gives no type).');
  ctx.print('| text | persons and places | compromise | wink-nlp |');
  ctx.print('|---|---|---|---|');
  for (const l of libs) ctx.print(l);
}
