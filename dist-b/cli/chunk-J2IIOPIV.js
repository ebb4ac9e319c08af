// dist/diagnostics/diagnostic.js
var atSpan = (span, file) => ({
  file,
  line: span.start.line,
  column: span.start.column,
  span
});
var error = (init) => ({ severity: "error", ...init });
var warning = (init) => ({ severity: "warning", ...init });
var info = (init) => ({ severity: "info", ...init });
var hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === "error");
function formatDiagnostic(d) {
  const place = d.file === void 0 ? "tei-edition:" : d.file;
  const where = d.line === void 0 || d.file === void 0 ? place : `${place}:${d.line}:${d.column ?? 1}`;
  const hint = d.hint === void 0 ? "" : ` (${d.hint})`;
  return `${where} ${d.severity} ${d.message}${hint} ${d.stage}:${d.rule}`;
}
function sortDiagnostics(list) {
  return [...list].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule));
}

// dist/diagnostics/errors.js
var ExitCode = {
  ok: 0,
  input: 1,
  usage: 2,
  internal: 3
};
var EditionError = class extends Error {
  diagnostics;
  exitCode;
  constructor(diagnostics, exitCode = ExitCode.input) {
    super(diagnostics.map((d) => d.message).join("; ") || "edition error");
    this.name = "EditionError";
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
};
var UsageError = class extends Error {
  exitCode = ExitCode.usage;
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

export {
  atSpan,
  error,
  warning,
  info,
  hasErrors,
  formatDiagnostic,
  sortDiagnostics,
  ExitCode,
  EditionError,
  UsageError
};
