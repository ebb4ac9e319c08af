import { Command, CommanderError } from 'commander';
import { ExitCode } from '../diagnostics/index.js';
import { processIO, type CliIO } from './io.js';
import { commands } from './commands/index.js';
import { toolkitVersion } from '../version.js';

/** A command module adds itself to the program; its action records the exit code. */
export interface CommandContext {
  io: CliIO;
  setExitCode(code: number): void;
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('tei-edition')
    .description('Build, collate, validate and render TEI P5 critical editions from plain-text witnesses.')
    .version(toolkitVersion, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
    })
    .exitOverride();
  for (const register of commands) register(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  }
  return program;
}

/** Runs the CLI on `argv` (as in `process.argv`) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let code: number = ExitCode.ok;
  const program = buildProgram({ io, setExitCode: (c) => (code = c) });
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return ExitCode.ok;
      }
      return ExitCode.usage;
    }
    throw err;
  }
  if (argv.length <= 2) {
    program.outputHelp();
    return ExitCode.usage;
  }
  return code;
}
