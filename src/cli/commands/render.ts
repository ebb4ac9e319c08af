import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EditionError, ExitCode, UsageError, error, type Diagnostic } from '../../diagnostics/index.js';
import type { InputFile } from '../../io/output-guard.js';
import type { Paper } from '../../render/pdf/index.js';
import { runCommand } from '../action.js';
import { defaultConfigFile } from '../../config/defaults.js';
import { variantTypes } from '../../config/sections/collation.js';
import { intakeLimits, withLimitOptions, type LimitOptions } from '../limits.js';
import { parseHide } from '../variant-classes.js';
import type { CommandContext } from '../main.js';
import type { RegisterCommand } from './index.js';
import { languageCodeProblem } from '../../model/language-code.js';

const papers: readonly Paper[] = ['a4', 'a5', 'us-letter'];

const hideHelp = `variant classes the reading views hide, comma-separated (${variantTypes.join(', ')}): `
  + "off at first in the site's variant filter, left out of the print's apparatus (default: the config's collation.hide, for the edition's own TEI)";

/** What a render reads: the TEI, the edition's files (never to be outputs), and the limits. */
interface Source {
  readonly path: string;
  readonly shown: string;
  /** Named on the command line (else the edition's, which may not be built yet). */
  readonly named: boolean;
  readonly outDir: string;
  readonly id: string;
  readonly inputs: readonly InputFile[];
  readonly limits: ReturnType<typeof intakeLimits>;
  /** The edition's own rendering rules (a folder) and the language of its words, from the config or the options. */
  readonly overrides?: string;
  readonly lang?: string;
  /** Variant classes the reading views hide: --hide, else the config's collation.hide for the edition's own TEI. */
  readonly hiddenVariants?: readonly string[];
}

interface RenderOptions extends LimitOptions {
  config: string;
  overrides?: string;
  lang?: string;
  xincludeRoot?: string;
  hide?: string;
}

async function source(ctx: CommandContext, file: string | undefined, opts: RenderOptions): Promise<Source> {
  const { loadConfig, resolveFromConfig } = await import('../../config/load.js');
  const { configInputs } = await import('../../io/output-guard.js');
  const configPath = resolve(ctx.io.cwd, opts.config);
  // (checked before anything is read: a wrong class is bad usage, whatever the files)
  const hide = opts.hide === undefined ? undefined : parseHide(opts.hide, variantTypes);
  const notACode = opts.lang === undefined ? undefined : languageCodeProblem(opts.lang);
  if (notACode) throw new UsageError(`--lang ${notACode}`);
  const own = {
    ...(opts.overrides ? { overrides: resolve(ctx.io.cwd, opts.overrides) } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(hide ? { hiddenVariants: hide } : {}),
  };
  if (file) {
    // The edition config beside the TEI, when there is one, and its files are inputs too.
    let inputs: InputFile[] = [];
    if (existsSync(configPath)) {
      try {
        const config = loadConfig(opts.config, ctx.io.cwd);
        inputs = configInputs(configPath, config, config.root);
      } catch {
        inputs = [{ path: configPath, what: 'the edition config' }];
      }
    }
    const path = resolve(ctx.io.cwd, file);
    return { path, shown: file, named: true, outDir: resolve(ctx.io.cwd, 'output'), id: 'edition', inputs: [{ path, what: 'the TEI being rendered' }, ...inputs], limits: intakeLimits(opts), ...own };
  }
  const config = loadConfig(opts.config, ctx.io.cwd);
  const path = resolveFromConfig(config, config.output.tei);
  return {
    path,
    shown: config.output.tei,
    named: false,
    outDir: resolveFromConfig(config, config.output.dir),
    id: config.id,
    inputs: [{ path, what: 'the TEI being rendered' }, ...configInputs(configPath, config, config.root, ['output'])],
    limits: intakeLimits(opts, config),
    ...(config.render.overrides ? { overrides: resolveFromConfig(config, config.render.overrides) } : {}),
    ...(config.render.lang ? { lang: config.render.lang } : {}),
    ...(config.collation.hide?.length ? { hiddenVariants: config.collation.hide } : {}),
    ...own,
  };
}

/**
 * The TEI through the one intake (size, decoding, DOCTYPE, depth, TEI root): the renderers get
 * only what it accepts. Its xi:includes are followed inside `root` (default: its folder); the
 * files they bring are inputs too, which no output may replace.
 */
async function readTei(src: Source, root: string | undefined): Promise<{ text: string; notes: readonly Diagnostic[]; inputs: readonly InputFile[] }> {
  const { takeXmlFile, acceptedOrThrow } = await import('../../io/intake.js');
  const intake = await takeXmlFile(src.path, src.shown, { stage: 'render', limits: src.limits, requireTei: true });
  if (!intake.ok && !src.named && intake.diagnostics[0]?.rule === 'input-unreadable' && !existsSync(src.path)) {
    throw new EditionError([{ ...intake.diagnostics[0], hint: 'build the edition first (npm run edition) or name a TEI file' }]);
  }
  const { text, notes } = acceptedOrThrow(intake);
  const { expandXIncludes } = await import('../../io/xinclude.js');
  const expanded = await expandXIncludes(text, src.path, src.shown, { stage: 'render', limits: src.limits, requireTei: true, ...(root ? { root } : {}) });
  const included = expanded.files.map((path) => ({ path, what: 'a file the TEI includes (xi:include)' }));
  return { text: expanded.text, notes: [...notes, ...expanded.notes], inputs: [...src.inputs, ...included] };
}

/**
 * A renderer's messages name the TEI being rendered where they name no file; a stylesheet
 * that runs out of stack on deeply nested TEI says so about the input, not its cache file.
 */
async function namingInput<T extends { diagnostics: readonly Diagnostic[] }>(src: Source, text: string, run: () => Promise<T>): Promise<T> {
  const named = (list: readonly Diagnostic[]): Diagnostic[] => list.map((d) => (d.file === undefined ? { ...d, file: src.shown } : d));
  try {
    const result = await run();
    return { ...result, diagnostics: named(result.diagnostics) };
  } catch (err) {
    if (!(err instanceof EditionError)) throw err;
    // the stylesheets' stack, or Typst's limit on nested styles (about 64 phrases in phrases)
    const overflow = err.diagnostics.find((d) => (d.rule === 'xslt-runtime' && /Maximum call stack size exceeded/.test(d.message))
      || (d.rule === 'typst' && /maximum (show rule|call) depth exceeded/.test(d.message)));
    if (!overflow) throw new EditionError(named(err.diagnostics), err.exitCode);
    const { deepest } = await import('../../io/intake.js');
    const at = deepest(text);
    throw new EditionError([
      error({
        message: `${overflow.rule === 'typst' ? 'the print cannot set styles nested so deep' : 'the stylesheets ran out of stack'} on this TEI: its elements nest ${at.depth} deep here`,
        rule: 'render-too-deep',
        stage: 'render',
        file: src.shown,
        line: at.line,
        column: at.column,
        hint: 'flatten the nesting, or lower --max-depth so that such files are refused at once',
      }),
    ]);
  }
}

/** The folder named by --xinclude-root, from the working directory. */
const xincludeRoot = (ctx: CommandContext, opts: RenderOptions): string | undefined => (opts.xincludeRoot ? resolve(ctx.io.cwd, opts.xincludeRoot) : undefined);

export const registerRender: RegisterCommand = (program, ctx) => {
  const render = program
    .command('render')
    .description('Render the TEI edition as a static web edition (html) or a print PDF (pdf).')
    // Commander runs this only when no subcommand is named: that is bad usage, not success.
    .action(() => {
      ctx.io.stderr(`tei-edition: render needs a subcommand, html or pdf\n${render.helpInformation()}`);
      ctx.setExitCode(ExitCode.usage);
    });

  const html = render
    .command('html')
    .description('Write the static HTML edition (index, chapters, registers, editorial page, search).')
    .argument('[tei-file]', 'TEI file (default: the edition named in the config)')
    .option('-c, --config <file>', 'edition config', defaultConfigFile)
    .option('-o, --out <dir>', 'output directory (default: <output>/html)')
    .option('--show-unresolved', 'mark names not linked to a register, for editors')
    .option('--on-unhandled <policy>', 'a TEI element no rule renders: "render" its content and warn, or "fail"', 'render')
    .option('--overrides <dir>', "a folder of the edition's rendering rules (html.xsl, print.xsl, strings.json)")
    .option('--lang <code>', "language of the edition's own words (labels, headings), e.g. en or de")
    .option('--hide <classes>', hideHelp)
    .option('--xinclude-root <dir>', 'the folder xi:includes may read from (default: the folder of the TEI file)');
  withLimitOptions(html).action(async (file: string | undefined, opts: RenderOptions & { out?: string; showUnresolved?: boolean; onUnhandled: string }) => {
    ctx.setExitCode(
      await runCommand(ctx.io, async () => {
        if (opts.onUnhandled !== 'render' && opts.onUnhandled !== 'fail') throw new UsageError(`--on-unhandled must be render or fail, not "${opts.onUnhandled}"`);
        const src = await source(ctx, file, opts);
        const outDir = opts.out ? resolve(ctx.io.cwd, opts.out) : resolve(src.outDir, 'html');
        const { refuseOutputsOverInputs } = await import('../../io/output-guard.js');
        const { text, notes, inputs } = await readTei(src, xincludeRoot(ctx, opts));
        refuseOutputsOverInputs([{ path: outDir, shown: opts.out ?? outDir, kind: 'folder' }], inputs, 'render');
        const { renderHtml } = await import('../../render/html/index.js');
        const result = await namingInput(src, text, () => renderHtml(text, {
            outDir,
            sourceDir: dirname(src.path),
            showUnresolved: opts.showUnresolved === true,
            onUnhandled: opts.onUnhandled as 'render' | 'fail',
            ...(src.lang ? { lang: src.lang } : {}),
            ...(src.overrides ? { overrides: src.overrides } : {}),
            ...(src.hiddenVariants ? { hiddenVariants: src.hiddenVariants } : {}),
          }),
        );
        ctx.io.stderr(`wrote ${result.files.length} files to ${outDir}\n`);
        return { diagnostics: [...notes, ...result.diagnostics] };
      }),
    );
  });

  const pdf = render
    .command('pdf')
    .description('Write the print edition as PDF/A (Typst).')
    .argument('[tei-file]', 'TEI file (default: the edition named in the config)')
    .option('-c, --config <file>', 'edition config', defaultConfigFile)
    .option('-o, --out <file>', 'PDF file (default: <output>/<edition id>.pdf)')
    .option('--paper <size>', `paper size: ${papers.join(', ')}`, 'a4')
    .option('--overrides <dir>', "a folder of the edition's rendering rules (html.xsl, print.xsl, strings.json)")
    .option('--lang <code>', "language of the edition's own words (labels, headings), e.g. en or de")
    .option('--hide <classes>', hideHelp)
    .option('--xinclude-root <dir>', 'the folder xi:includes may read from (default: the folder of the TEI file)');
  withLimitOptions(pdf).action(async (file: string | undefined, opts: RenderOptions & { out?: string; paper: string }) => {
    ctx.setExitCode(
      await runCommand(ctx.io, async () => {
        if (!papers.includes(opts.paper as Paper)) throw new UsageError(`unknown paper size "${opts.paper}" (use ${papers.join(', ')})`);
        const src = await source(ctx, file, opts);
        const outFile = opts.out ? resolve(ctx.io.cwd, opts.out) : resolve(src.outDir, `${src.id}.pdf`);
        const { refuseOutputsOverInputs } = await import('../../io/output-guard.js');
        const { text, notes, inputs } = await readTei(src, xincludeRoot(ctx, opts));
        refuseOutputsOverInputs([{ path: outFile, shown: opts.out ?? outFile, kind: 'file' }], inputs, 'render');
        const { renderPdf } = await import('../../render/pdf/index.js');
        const result = await namingInput(src, text, () => renderPdf(text, {
            outFile,
            paper: opts.paper as Paper,
            fallbackDate: statSync(src.path).mtime,
            ...(src.lang ? { lang: src.lang } : {}),
            ...(src.overrides ? { overrides: src.overrides } : {}),
            ...(src.hiddenVariants ? { hiddenVariants: src.hiddenVariants } : {}),
          }),
        );
        ctx.io.stderr(`wrote ${result.file} (${result.pages} pages)\n`);
        return { diagnostics: [...notes, ...result.diagnostics] };
      }),
    );
  });
};
