/** The part of @myriaddreamin/typst-ts-node-compiler the toolkit uses (its types are CJS-only). */
export interface TypstDiagnostic {
  message: string;
  path: string;
  range: { start: { line: number; character: number } } | null;
  severity: number;
}
interface NodeError {
  readonly shortDiagnostics: TypstDiagnostic[];
}
interface CompileResult {
  readonly result: { readonly numOfPages: number } | null;
  takeError(): NodeError | null;
  takeWarnings(): NodeError | null;
}
export interface NodeCompiler {
  mapShadow(path: string, content: Buffer): void;
  compile(args: { mainFilePath: string }): CompileResult;
  fetchDiagnostics(e: NodeError): TypstDiagnostic[];
  pdf(doc: NonNullable<CompileResult['result']>, opts?: { pdfStandard?: string; creationTimestamp?: number }): Buffer;
  evictCache(maxAge: number): void;
}

/** One compilation as plain data (a worker thread sends it as it is): Typst's own diagnostics. */
export interface TypstRun {
  /** The PDF; absent when compilation or export failed. */
  readonly pdf?: Uint8Array;
  readonly pages: number;
  readonly errors: TypstDiagnostic[];
  readonly warnings: TypstDiagnostic[];
  /** Why the export to the PDF standard failed (Typst checks its rules). */
  readonly exportError?: string;
  /**
   * The characters no font has, when they alone kept the PDF from its standard (which forbids a
   * character without a glyph): the PDF is then the same document without the standard.
   */
  readonly withoutGlyph?: string[];
}

/**
 * Compiles the markup `source`, mapped at `mainFile`, to a PDF of `pdfStandard`. It uses nothing
 * but its arguments: the print thread (typst-thread.ts) runs this function's own source text,
 * so the thread and this one compile the same way. With `keepCaches` false, Typst's caches are
 * dropped between the layout and the PDF export, which then takes its memory from theirs rather
 * than adding to it (90 MB less at the peak of a 2,000-page book); for a process that compiles
 * once, since the next compilation starts cold.
 */
export function runTypst(compiler: NodeCompiler, mainFile: string, source: string, pdfStandard: string, keepCaches = true): TypstRun {
  compiler.mapShadow(mainFile, Buffer.from(source, 'utf8'));
  const result = compiler.compile({ mainFilePath: mainFile });
  if (!keepCaches) compiler.evictCache(0);
  const failure = result.takeError();
  const warned = result.takeWarnings();
  const warnings = warned ? compiler.fetchDiagnostics(warned) : [];
  const doc = result.result;
  if (failure || !doc) return { pages: 0, errors: failure ? compiler.fetchDiagnostics(failure) : [], warnings };
  let pdf: Buffer;
  try {
    pdf = compiler.pdf(doc, { pdfStandard });
  } catch (err) {
    const exportError = err instanceof Error ? err.message : String(err);
    // A script no face has (Ol Chiki, Runic, a private-use letter of MUFI) is the one failure
    // the text itself causes: the same document is written without the standard, never lost.
    // The message writes a character it cannot print as a Rust escape (\\u{e8b3}).
    const missing = [...exportError.matchAll(/the text `\\?"([^]*?)\\?"` could not be displayed with font/g)].map((m) =>
      m[1]!.replace(/\\+u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
    );
    const failures = exportError.match(/PDF\/A-\w+ error:/g)?.length ?? 0;
    if (missing.length === 0 || missing.length !== failures) return { pages: 0, errors: [], warnings, exportError };
    try {
      pdf = compiler.pdf(doc, {});
    } catch {
      return { pages: 0, errors: [], warnings, exportError };
    }
    compiler.evictCache(10);
    return { pdf: new Uint8Array(pdf), pages: doc.numOfPages, errors: [], warnings, exportError, withoutGlyph: [...new Set(missing)] };
  }
  compiler.evictCache(10);
  return { pdf: new Uint8Array(pdf), pages: doc.numOfPages, errors: [], warnings };
}
