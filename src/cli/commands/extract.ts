import { resolve } from 'node:path';
import { readTextFile } from '../../io/read-text.js';
import { runCommand } from '../action.js';
import { defaultConfigFile } from '../../config/defaults.js';
import type { RegisterCommand } from './index.js';

export const registerExtract: RegisterCommand = (program, ctx) => {
  program
    .command('extract')
    .description("Write a witness's text, given back from the TEI, to stdout.")
    .requiredOption('-w, --wit <siglum>', 'the witness: its siglum as printed (e.g. "Ms. B") or its xml:id (as in listWit)')
    .option('-c, --config <file>', 'edition config, used to find the TEI file when none is given', defaultConfigFile)
    .argument('[tei-file]', 'TEI file (default: the edition named in the config)')
    .action(async (teiFile: string | undefined, opts: { wit: string; config: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          const { loadConfig } = await import('../../config/load.js');
          const { extractWitness } = await import('../../tei/extract.js');
          const path = teiFile ?? (() => {
            const config = loadConfig(opts.config, ctx.io.cwd);
            return resolve(config.root, config.output.tei);
          })();
          const shown = teiFile ?? path;
          const xml = readTextFile(resolve(ctx.io.cwd, path), {
            what: shown,
            rule: 'extract-unreadable',
            stage: 'extract',
            file: shown,
            hint: teiFile ? 'check the path' : 'build the edition first (npm run edition)',
          });
          ctx.io.stdout(extractWitness(xml, opts.wit, shown));
        }),
      );
    });
};
