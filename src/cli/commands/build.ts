import { runCommand } from '../action.js';
import { defaultConfigFile } from '../../config/defaults.js';
import type { RegisterCommand } from './index.js';

export const registerBuild: RegisterCommand = (program, ctx) => {
  program
    .command('build')
    .description('Build the edition named by the config: TEI (and the outputs later stages add).')
    .option('-c, --config <file>', 'edition config file', defaultConfigFile)
    .action(async (opts: { config: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          // Loaded on use, so `tei-edition --help` and other commands start fast.
          const { buildEdition } = await import('../../pipeline/build.js');
          const result = await buildEdition(opts.config, { cwd: ctx.io.cwd });
          for (const f of result.written) ctx.io.stderr(`wrote ${f}\n`);
          return { diagnostics: result.diagnostics };
        }),
      );
    });
};
