import { join, resolve } from 'node:path';
import { defaultConfigFile } from '../../config/defaults.js';
import { UsageError } from '../../diagnostics/index.js';
import { runCommand } from '../action.js';
import type { RegisterCommand } from './index.js';

/** Rules whose items mean the registers or corrections are not complete yet. */
const openRules = new Set(['name-unknown', 'name-near-miss', 'name-ambiguous', 'name-error-form', 'date-year-unknown']);

export const registerReview: RegisterCommand = (program, ctx) => {
  program
    .command('review')
    .description(
      'List what an editor should look at: capitalised names in no register (with counts and file:line:col), ' +
        'near-miss spellings of register forms (proposed corrections), and ambiguous or low-certainty links and dates. ' +
        'Each item names the rule that raised it.',
    )
    .option('-c, --config <file>', 'edition config file', defaultConfigFile)
    .option('-f, --format <format>', 'what to print on stdout: markdown or json', 'markdown')
    .option('-o, --out <dir>', 'also write review.md and review.json to this directory')
    .option('--strict', 'exit with status 1 when unknown names, near misses, unresolved names or undated dates remain')
    .action(async (opts: { config: string; format: string; out?: string; strict?: boolean }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          if (opts.format !== 'markdown' && opts.format !== 'json') {
            throw new UsageError(`--format must be markdown or json, not "${opts.format}"`);
          }
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
};
