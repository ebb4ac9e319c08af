import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';

/** Where the CLI writes; tests pass a recorder instead of the process streams. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Progress may be drawn on stderr: a terminal, outside CI (default false). */
  interactive?: boolean;
}

export const processIO = (): CliIO => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  interactive: process.stderr.isTTY === true && !process.env.CI,
});

/** Prints diagnostics one per line on stderr, in a stable order. */
export function printDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);
}
