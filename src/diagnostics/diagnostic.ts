/**
 * Diagnostics are values, in the spirit of vfile messages: every stage returns them instead of
 * printing, and only the CLI decides how to show them and which exit code follows.
 */

import type { Span } from '../model/position.js';

export type Severity = 'error' | 'warning' | 'info';

export type Stage =
  | 'config'
  | 'ingest'
  | 'structure'
  | 'annotate'
  | 'collate'
  | 'tei'
  | 'extract'
  | 'validate'
  | 'render'
  | 'review'
  | 'write'
  | 'cli';

export interface Diagnostic {
  readonly severity: Severity;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** Stable identifier of the rule that produced the message, e.g. `note-orphan-marker`. */
  readonly rule: string;
  readonly stage: Stage;
  /** File the problem is in (as the user named it), when there is one. */
  readonly file?: string;
  /** 1-based line and column of the start of the problem. */
  readonly line?: number;
  readonly column?: number;
  /** What the user can do about it. */
  readonly hint?: string;
  /** The model span the problem is in (a witness's characters), when a stage knows it. */
  readonly span?: Span;
}

export interface DiagnosticInit {
  message: string;
  rule: string;
  stage: Stage;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  span?: Span;
}

/** File, line, column and span of a diagnostic about witness text: `file` is the witness's file as the user names it. */
export const atSpan = (span: Span, file: string): Pick<DiagnosticInit, 'file' | 'line' | 'column' | 'span'> => ({
  file,
  line: span.start.line,
  column: span.start.column,
  span,
});

export const error = (init: DiagnosticInit): Diagnostic => ({ severity: 'error', ...init });
export const warning = (init: DiagnosticInit): Diagnostic => ({ severity: 'warning', ...init });
export const info = (init: DiagnosticInit): Diagnostic => ({ severity: 'info', ...init });

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** `file:line:col severity message stage:rule`, the shape compilers and editors understand. */
export function formatDiagnostic(d: Diagnostic): string {
  // A message about no file (a missing schema, a bad option) is the tool's own.
  const place = d.file === undefined ? 'tei-edition:' : d.file;
  const where = d.line === undefined || d.file === undefined ? place : `${place}:${d.line}:${d.column ?? 1}`;
  const hint = d.hint === undefined ? '' : ` (${d.hint})`;
  return `${where} ${d.severity} ${d.message}${hint} ${d.stage}:${d.rule}`;
}

/** Stable order for reports: by file, line, column, then rule. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}
