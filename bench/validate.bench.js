// Validation speed: our validator against jing (Debian) on the seed edition, whole processes,
// plus the in-process costs the build pays (edition rules) and what 50 files in one call cost.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

export async function bench(ctx) {
  const schema = [process.env.TEI_ALL_RNG, resolve(ctx.root, '..', 'shared', 'schema', 'tei_all.rng')].find((p) => p && existsSync(p));
  if (!schema) {
    ctx.print('skipped: tei_all.rng not found (set TEI_ALL_RNG or put ../shared/schema/tei_all.rng beside the repo)');
    return;
  }
  const edition = ['tei/red-book.xml', 'tests/fixtures/validate/valid-edition.xml'].find((f) => existsSync(join(ctx.root, f)));
  const bytes = readFileSync(join(ctx.root, edition)).length;
  const cli = join(ctx.root, 'bin', 'tei-edition.js');
  const jing = spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
  ctx.print(`file: ${edition} (${(bytes / 1024).toFixed(0)} KB); load average ${loadavg()[0].toFixed(1)} on 2 cores; whole processes, median of 5`);

  const run = (cmd, args, env = {}) => () => {
    const r = spawnSync(cmd, args, { cwd: ctx.root, encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  };
  const ours = (rules, files, env) => run(process.execPath, [cli, 'validate', '--schema', schema, '--rules', rules, ...files], env);

  // First run converts the schema and builds the snapshot; not timed.
  ours('all', [edition])();

  const rows = [];
  if (jing) rows.push(['jing (Java), RELAX NG', await ctx.time(run('jing', [schema, edition]))]);
  else ctx.print('jing is not installed (Debian package jing): no side-by-side figure');
  rows.push(['tei-edition validate --rules none (RELAX NG + xml:id, as jing)', await ctx.time(ours('none', [edition]))]);
  rows.push(['tei-edition validate --rules all (+ 93 TEI Schematron patterns + edition rules)', await ctx.time(ours('all', [edition]))]);
  rows.push(['same, --rules none, without the snapshot (TEI_EDITION_NO_SNAPSHOT=1)', await ctx.time(ours('none', [edition], { TEI_EDITION_NO_SNAPSHOT: '1' }))]);
  const fifty = Array.from({ length: 50 }, () => edition);
  if (jing) rows.push(['jing, 50 files in one call', await ctx.time(run('jing', [schema, ...fifty]), 3)]);
  rows.push(['tei-edition validate --rules none, 50 files in one call', await ctx.time(ours('none', fifty), 3)]);
  rows.push(['tei-edition validate --rules all, 50 files in one call', await ctx.time(ours('all', fifty), 3)]);
  for (const [label, ms] of rows) ctx.print(`${label.padEnd(86)} ${ctx.ms(ms)}`);
  // The speed issue's point 6, as ratios to jing on the same 50 files.
  const byLabel = new Map(rows);
  const jing50 = byLabel.get('jing, 50 files in one call');
  if (jing50) {
    ctx.print(`50 files, --rules none / jing: ${(byLabel.get('tei-edition validate --rules none, 50 files in one call') / jing50).toFixed(2)} (target ≤ 1.00)`);
    ctx.print(`50 files, --rules all / jing: ${(byLabel.get('tei-edition validate --rules all, 50 files in one call') / jing50).toFixed(2)} (target ≤ 1.50)`);
  }

  // In process: what the build pays for the edition rules on every build.
  const { checkEditionRules } = await import('../dist/validate/edition/check.js');
  const text = readFileSync(join(ctx.root, edition), 'utf8');
  const t0 = performance.now();
  checkEditionRules(text, edition);
  ctx.print(`${'checkEditionRules, first call in a process (rules compiled)'.padEnd(86)} ${ctx.ms(performance.now() - t0)}`);
  ctx.print(`${'checkEditionRules, later calls'.padEnd(86)} ${ctx.ms(await ctx.time(() => checkEditionRules(text, edition)))}`);
}
