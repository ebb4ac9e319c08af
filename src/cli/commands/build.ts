import { defaultConfigFile } from '../../config/load.js';
import { buildEdition } from '../../pipeline/build.js';
import { runCommand } from '../action.js';
import type { RegisterCommand } from './index.js';

export const registerBuild: RegisterCommand = (program, ctx) => {
  program
    .command('build')
    .description('Build the edition named by the config: TEI (and the outputs later stages add).')
    .option('-c, --config <file>', 'edition config file', defaultConfigFile)
    .action(async (opts: { config: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          const result = buildEdition(opts.config, { cwd: ctx.io.cwd });
          for (const f of result.written) ctx.io.stderr(`wrote ${f}\n`);
          return { diagnostics: result.diagnostics };
        }),
      );
    });
};
