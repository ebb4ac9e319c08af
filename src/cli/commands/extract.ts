import { resolve } from 'node:path';
import { runCommand } from '../action.js';
import { defaultConfigFile } from '../../config/defaults.js';
import { intakeLimits, withLimitOptions, type LimitOptions } from '../limits.js';
import type { RegisterCommand } from './index.js';

export const registerExtract: RegisterCommand = (program, ctx) => {
  const command = program
    .command('extract')
    .description("Write a witness's text, given back from the TEI, to stdout.")
    .requiredOption('-w, --wit <siglum>', 'the witness: its siglum as printed (e.g. "Ms. B") or its xml:id (as in listWit)')
    .option('-c, --config <file>', 'edition config, used to find the TEI file when none is given', defaultConfigFile)
    .argument('[tei-file]', 'TEI file (default: the edition named in the config)');
  withLimitOptions(command).action(async (teiFile: string | undefined, opts: LimitOptions & { wit: string; config: string }) => {
    ctx.setExitCode(
      await runCommand(ctx.io, async () => {
        const [{ loadConfig }, { extractWitness }, { readXmlInput, acceptedOrThrow }] = await Promise.all([
          import('../../config/load.js'),
          import('../../tei/extract.js'),
          import('../../io/intake.js'),
        ]);
        const config = teiFile === undefined ? loadConfig(opts.config, ctx.io.cwd) : undefined;
        const path = config ? resolve(config.root, config.output.tei) : resolve(ctx.io.cwd, teiFile!);
        const shown = teiFile ?? config!.output.tei;
        const limits = intakeLimits(opts, config);
        const read = await readXmlInput(path, shown, { stage: 'extract', limits });
        // The edition's own TEI is missing when it was never built.
        const missing = !read.ok && !teiFile && read.diagnostics.length === 1 && read.diagnostics[0]?.rule === 'input-unreadable';
        const { text, notes } = acceptedOrThrow(missing ? { ok: false, diagnostics: [{ ...read.diagnostics[0]!, hint: 'build the edition first (npm run edition)' }] } : read);
        ctx.io.stdout(extractWitness(text, opts.wit, shown, { maxDepth: limits.maxDepth }));
        return { diagnostics: notes };
      }),
    );
  });
};
