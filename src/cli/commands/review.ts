import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultConfigFile } from '../../config/defaults.js';
import { UsageError } from '../../diagnostics/index.js';
import { runCommand } from '../action.js';
import type { RegisterCommand } from './index.js';

/** Rules whose items mean the registers or corrections are not complete yet. */
const openRules = new Set(['name-unknown', 'name-near-miss', 'name-plural', 'name-conflict', 'name-ambiguous', 'name-error-form', 'date-year-unknown', 'corruption', 'correction-to-variant']);

export const registerReview: RegisterCommand = (program, ctx) => {
  const review = program
    .command('review')
    .description(
      'List what an editor should look at: capitalised names in no register (with counts and file:line:col), ' +
        'near-miss spellings of register forms (proposed corrections), and ambiguous or low-certainty links and dates. ' +
        'Each item names the rule that raised it.',
    )
    .option('-c, --config <file>', 'edition config file', defaultConfigFile)
    .option('-f, --format <format>', 'what to print on stdout: markdown or json', 'markdown')
    .option('-o, --out <dir>', 'also write review.md and review.json to this directory')
    .option('--strict', 'exit with status 1 when unknown names, near misses, held-back links, suspected corruptions or undated dates remain (accept or reject each)')
    .action(async (opts: { config: string; format: string; out?: string; strict?: boolean }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          if (opts.format !== 'markdown' && opts.format !== 'json') {
            throw new UsageError(`--format must be markdown or json, not "${opts.format}"`);
          }
          if (opts.out !== undefined) await refuseReviewOverInputs(ctx.io.cwd, opts.config, opts.out);
          // Loaded on use, so other commands start fast.
          const { readEdition } = await import('../../pipeline/read.js');
          const { editionModel } = await import('../../pipeline/process.js');
          const { renderReview } = await import('../../annotate/index.js');
          const { writeOutputs } = await import('../../io/write-files.js');
          const edition = editionModel(readEdition(opts.config, { cwd: ctx.io.cwd }).source);
          const report = renderReview(edition);
          ctx.io.stdout(opts.format === 'json' ? report.json : `${report.markdown}\n`);
          if (opts.out !== undefined) {
            const dir = resolve(ctx.io.cwd, opts.out);
            writeOutputs(
              new Map([
                [join(dir, 'review.md'), `${report.markdown}\n`],
                [join(dir, 'review.json'), report.json],
              ]),
            );
            ctx.io.stderr(`wrote ${join(opts.out, 'review.md')}\nwrote ${join(opts.out, 'review.json')}\n`);
          }
          const open = edition.review.filter((i) => openRules.has(i.rule)).length;
          return { diagnostics: edition.diagnostics.filter((d) => d.stage === 'annotate'), ...(opts.strict && open > 0 ? { exitCode: 1 } : {}) };
        }),
      );
    });
  for (const verb of ['accept', 'reject'] as const) {
    review
      .command(`${verb} <id>`)
      .description(
        verb === 'accept'
          ? 'Apply the proposal of a review item to the edition data (a register entry or form, a correction, a decision); witnesses are never changed.'
          : 'Record that the editors rejected a review item, so that it is not proposed again.',
      )
      // Listed for the help only: `review` has the same option, and commander gives it to the
      // parent wherever it stands (before or after the verb), so the value is read with the parent's.
      .option('-c, --config <file>', `edition config file (default: "${defaultConfigFile}")`)
      .option('-r, --reason <text>', 'why (recorded with a rejection)', 'rejected by the editor')
      .action(async (id: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ config?: string; reason: string }>();
        ctx.setExitCode(await runCommand(ctx.io, () => decide(ctx, verb, id, { ...opts, config: opts.config ?? defaultConfigFile })));
      });
  }
};

/** Finds the item in a fresh review of the edition and applies the decision to its data files. */
async function decide(ctx: Parameters<RegisterCommand>[1], verb: 'accept' | 'reject', id: string, opts: { config: string; reason: string }) {
  const { loadConfig, resolveFromConfig, displayPath } = await import('../../config/load.js');
  const { readConfigured } = await import('../../pipeline/read.js');
  const { editionModel } = await import('../../pipeline/process.js');
  const { acceptChanges, rejectChanges, ReviewApplyError } = await import('../../annotate/review/apply.js');
  const { replaceOutputsTogether } = await import('../../io/replace-together.js');
  const { readFileSync } = await import('node:fs');
  const config = loadConfig(opts.config, ctx.io.cwd);
  const edition = editionModel(readConfigured(config, { cwd: ctx.io.cwd }));
  const item = edition.review.find((i) => i.id === id);
  if (!item || !item.id) {
    throw new UsageError(
      `no review item "${id}" in the current review of ${opts.config}: the id is unknown or stale (the data or the witnesses changed since the report was made); run "tei-edition review" for the current ids`,
    );
  }
  if (verb === 'accept' && !item.action) throw new UsageError(`review item "${id}" (${item.rule}) proposes nothing to accept; reject it or edit the data by hand`);
  const file = (path: string | undefined) => (path === undefined ? undefined : { path: resolveFromConfig(config, path), display: displayPath(config, path, ctx.io.cwd) });
  const files = {
    registers: Object.fromEntries(Object.entries(config.registers).flatMap(([k, p]) => (typeof p === 'string' ? [[k, file(p)!]] : []))),
    ...(config.annotation.corrections ? { corrections: file(config.annotation.corrections)! } : {}),
    ...(config.annotation.rules ? { rules: file(config.annotation.rules)! } : {}),
  };
  const read = (f: { path: string }) => readFileSync(f.path, 'utf8');
  let changes;
  try {
    changes = verb === 'accept' ? acceptChanges(item.action!, files, read) : rejectChanges({ ...item, id: item.id }, opts.reason, files, read);
  } catch (err) {
    if (err instanceof ReviewApplyError) throw new UsageError(err.message);
    throw err;
  }
  // Every new text is computed (and checked) before the first file is written; the files are
  // then replaced together (a fault leaves every one as it was).
  replaceOutputsTogether(changes.map((c) => ({ path: c.file.path, data: c.text, shown: c.file.display })), 'review');
  ctx.io.stderr(`${verb === 'accept' ? 'accepted' : 'rejected'} ${id} (${item.rule} “${item.text}”): wrote ${changes.map((c) => c.file.display).join(', ')}\n`);
  return { diagnostics: [] };
}

/** review.md and review.json may not overwrite the config or a file it names (exit 2, before any work). */
async function refuseReviewOverInputs(cwd: string, configFile: string, out: string): Promise<void> {
  const { loadConfig } = await import('../../config/load.js');
  const { configInputs, refuseOutputsOverInputs } = await import('../../io/output-guard.js');
  const config = loadConfig(configFile, cwd);
  const outputs = ['review.md', 'review.json'].map((name) => ({ path: resolve(cwd, out, name), shown: join(out, name), kind: 'file' as const }));
  refuseOutputsOverInputs(outputs, configInputs(resolve(cwd, configFile), config, config.root, ['output']), 'review');
}
