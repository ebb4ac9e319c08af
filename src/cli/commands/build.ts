import { UsageError } from '../../diagnostics/index.js';
import { runCommand } from '../action.js';

/** Kept in step with `buildOutputs` in src/pipeline/build.ts (not imported: that module is heavy). */
const outputs = ['tei', 'review', 'html', 'pdf'];
import { defaultConfigFile } from '../../config/defaults.js';
import type { RegisterCommand } from './index.js';

export const registerBuild: RegisterCommand = (program, ctx) => {
  program
    .command('build')
    .description('Build the edition named by the config: the TEI, the review report, the HTML edition and the PDF.')
    .option('-c, --config <file>', 'edition config file', defaultConfigFile)
    .option('--only <outputs>', `outputs to make, comma-separated: ${outputs.join(', ')} (the TEI is always made)`)
    .action(async (opts: { config: string; only?: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          // Loaded on use, so `tei-edition --help` and other commands start fast.
          const only = opts.only?.split(',').map((s) => s.trim()).filter(Boolean);
          const unknown = only?.filter((o) => !outputs.includes(o));
          if (unknown?.length) throw new UsageError(`unknown output "${unknown.join(', ')}" (use ${outputs.join(', ')})`);
          const { buildEdition } = await import('../../pipeline/build.js');
          const result = await buildEdition(opts.config, { cwd: ctx.io.cwd, ...(only ? { only: only as never } : {}) });
          for (const f of result.written) ctx.io.stderr(`wrote ${f}\n`);
          return { diagnostics: result.diagnostics };
        }),
      );
    });
};
