import { resolve } from 'node:path';
import { defaultConfigFile } from '../../config/defaults.js';
import { UsageError } from '../../diagnostics/index.js';
import { runCommand } from '../action.js';
import type { RegisterCommand } from './index.js';

/**
 * `registers export` and `registers import`: the round trip of the registers through a
 * reconciliation tool (OpenRefine), which finds VIAF, GND, Wikidata and GeoNames ids for the
 * entries; the ids come back checked for form and uniqueness.
 */
export const registerRegisters: RegisterCommand = (program, ctx) => {
  const registers = program.command('registers').description('Work on the edition’s registers of persons, places, organisations and periodicals.');
  registers
    .command('export')
    .description('Write the registers as CSV for reconciliation (OpenRefine): id, register, type, name, forms, description, and a column per authority (viaf, gnd, wikidata, geonames).')
    .option('-c, --config <file>', 'edition config file', defaultConfigFile)
    .option('-f, --format <format>', 'output format (csv)', 'csv')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action(async (opts: { config: string; format: string; out?: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          if (opts.format !== 'csv') throw new UsageError(`--format must be csv, not "${opts.format}"`);
          const { loadConfig } = await import('../../config/load.js');
          const { readRegisters } = await import('../../pipeline/read.js');
          const { exportCsv } = await import('../../registers/authority.js');
          const { writeFileAtomic } = await import('../../io/write-atomic.js');
          const config = loadConfig(opts.config, ctx.io.cwd);
          const csv = exportCsv(readRegisters(config, ctx.io.cwd));
          if (opts.out === undefined) ctx.io.stdout(csv);
          else {
            writeFileAtomic(resolve(ctx.io.cwd, opts.out), csv);
            ctx.io.stderr(`wrote ${opts.out}\n`);
          }
        }),
      );
    });
  registers
    .command('import <file>')
    .description('Read reconciled authority ids back from a CSV (columns id and any of viaf, gnd, wikidata, geonames; entity URIs are reduced to ids) into the register files. Ids are checked for form and uniqueness; nothing is written if any is wrong.')
    .option('-c, --config <file>', 'edition config file', defaultConfigFile)
    .option('-n, --dry-run', 'check only; write nothing')
    .action(async (file: string, opts: { config: string; dryRun?: boolean }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          const { readFileSync, existsSync } = await import('node:fs');
          const { loadConfig, resolveFromConfig } = await import('../../config/load.js');
          const { readRegisters } = await import('../../pipeline/read.js');
          const { importCsv } = await import('../../registers/authority.js');
          const { replaceOutputsTogether } = await import('../../io/replace-together.js');
          const path = resolve(ctx.io.cwd, file);
          if (!existsSync(path)) throw new UsageError(`CSV file not found: ${file}`);
          const config = loadConfig(opts.config, ctx.io.cwd);
          const loaded = readRegisters(config, ctx.io.cwd).map((register: import('../../model/register.js').Register) => {
            const p = resolveFromConfig(config, config.registers[register.kind as keyof typeof config.registers]!);
            return { register, text: readFileSync(p, 'utf8'), path: p };
          });
          const result = importCsv(readFileSync(path, 'utf8'), file, loaded);
          if (result.diagnostics.length > 0) return { diagnostics: result.diagnostics };
          // The changed registers are replaced together: a fault leaves every one as it was.
          if (!opts.dryRun) replaceOutputsTogether(loaded.flatMap((l) => (result.changed.has(l.register.kind) ? [{ path: l.path, data: result.changed.get(l.register.kind)!, shown: l.register.file }] : [])));
          const files = loaded.filter((l) => result.changed.has(l.register.kind)).map((l) => l.register.file);
          ctx.io.stderr(`${result.set} authority id(s) ${opts.dryRun ? 'would be set' : 'set'}${files.length > 0 ? ` in ${files.join(', ')}` : ''}\n`);
          return { diagnostics: [] };
        }),
      );
    });
};
