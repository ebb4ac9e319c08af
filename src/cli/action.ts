import { EditionError, ExitCode, UsageError, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { faultMessage, isSystemFault } from '../io/faults.js';
import { printDiagnostics, type CliIO } from './io.js';

/** What a command hands back: its diagnostics decide the exit code unless it names one. */
export interface CommandResult {
  diagnostics?: readonly Diagnostic[];
  exitCode?: number;
}

/**
 * Runs a command body and turns its outcome into an exit code. This is the only place where
 * errors from the stages become text on stderr.
 */
export async function runCommand(io: CliIO, body: () => Promise<CommandResult | void>): Promise<number> {
  try {
    const result = (await body()) ?? {};
    const diagnostics = result.diagnostics ?? [];
    printDiagnostics(io, diagnostics);
    if (result.exitCode !== undefined) return result.exitCode;
    return hasErrors(diagnostics) ? ExitCode.input : ExitCode.ok;
  } catch (err) {
    if (err instanceof EditionError) {
      printDiagnostics(io, err.diagnostics);
      return err.exitCode;
    }
    if (err instanceof UsageError) {
      io.stderr(`tei-edition: ${err.message}\n`);
      return ExitCode.usage;
    }
    // A file-system fault no helper turned into a diagnostic (full disk, read-only folder,
    // permission denied) is the user's to fix, not a bug: one line, exit 1.
    if (isSystemFault(err) && (err as { syscall?: unknown }).syscall !== undefined) {
      io.stderr(`tei-edition: ${faultMessage(err)}\n`);
      return ExitCode.input;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr(`tei-edition: internal error, please report it with the command you ran:\n${detail}\n`);
    return ExitCode.internal;
  }
}
