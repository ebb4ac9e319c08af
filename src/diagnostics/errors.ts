import type { Diagnostic } from './diagnostic.js';

/** Exit codes of the CLI: 0 ok, 1 errors in the input, 2 bad usage, 3 a bug in this toolkit. */
export const ExitCode = {
  ok: 0,
  input: 1,
  usage: 2,
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Thrown when a stage cannot go on; carries the diagnostics that explain why.
 * Stages throw it only for fatal problems; everything else travels as values.
 */
export class EditionError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly exitCode: ExitCode;

  constructor(diagnostics: readonly Diagnostic[], exitCode: ExitCode = ExitCode.input) {
    super(diagnostics.map((d) => d.message).join('; ') || 'edition error');
    this.name = 'EditionError';
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
}

/** Bad command-line usage (unknown option, missing argument). */
export class UsageError extends Error {
  readonly exitCode = ExitCode.usage;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
