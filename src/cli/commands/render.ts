import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../diagnostics/index.js';
import { readTextFile } from '../../io/read-text.js';
import type { Paper } from '../../render/pdf/index.js';
import { runCommand } from '../action.js';
import { defaultConfigFile } from '../../config/defaults.js';
import type { RegisterCommand } from './index.js';

const papers: readonly Paper[] = ['a4', 'a5', 'us-letter'];

function readTei(path: string, shown: string): string {
  return readTextFile(path, {
    what: shown,
    rule: 'render-unreadable',
    stage: 'render',
    file: shown,
    hint: 'build the edition first (npm run edition) or name a TEI file',
  });
}

export const registerRender: RegisterCommand = (program, ctx) => {
  const render = program.command('render').description('Render the TEI edition as a static web edition (html) or a print PDF (pdf).');
  interface Source {
    path: string;
    shown: string;
    outDir: string;
    id: string;
    overrides?: string;
    lang?: string;
  }
  const source = async (file: string | undefined, configFile: string, overrides: string | undefined): Promise<Source> => {
    const own = overrides ? { overrides: resolve(ctx.io.cwd, overrides) } : {};
    if (file) return { path: resolve(ctx.io.cwd, file), shown: file, outDir: resolve(ctx.io.cwd, 'output'), id: 'edition', ...own };
    const { loadConfig, resolveFromConfig } = await import('../../config/load.js');
    const config = loadConfig(configFile, ctx.io.cwd);
    const render = config.render as { overrides?: string; lang?: string };
    return {
      path: resolveFromConfig(config, config.output.tei),
      shown: config.output.tei,
      outDir: resolveFromConfig(config, config.output.dir),
      id: config.id,
      ...(render.overrides ? { overrides: resolveFromConfig(config, render.overrides) } : {}),
      ...(render.lang ? { lang: render.lang } : {}),
      ...own,
    };
  };

  render
    .command('html')
    .description('Write the static HTML edition (index, chapters, registers, editorial page, search).')
    .argument('[tei-file]', 'TEI file (default: the edition named in the config)')
    .option('-c, --config <file>', 'edition config', defaultConfigFile)
    .option('-o, --out <dir>', 'output directory (default: <output>/html)')
    .option('--show-unresolved', 'mark names not linked to a register, for editors')
    .option('--on-unhandled <policy>', 'a TEI element no rule renders: "render" its content and warn, or "fail"', 'render')
    .option('--overrides <dir>', 'a folder of the edition\'s rendering rules (html.xsl, print.xsl, strings.json)')
    .option('--lang <code>', 'language of the edition\'s own words (labels, headings), e.g. en or de')
    .action(async (file: string | undefined, opts: { config: string; out?: string; showUnresolved?: boolean; onUnhandled: string; overrides?: string; lang?: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          if (opts.onUnhandled !== 'render' && opts.onUnhandled !== 'fail') throw new UsageError(`--on-unhandled must be render or fail, not "${opts.onUnhandled}"`);
          const src = await source(file, opts.config, opts.overrides);
          const outDir = opts.out ? resolve(ctx.io.cwd, opts.out) : resolve(src.outDir, 'html');
          const { renderHtml } = await import('../../render/html/index.js');
          const result = await renderHtml(readTei(src.path, src.shown), {
            outDir,
            sourceDir: dirname(src.path),
            showUnresolved: opts.showUnresolved === true,
            onUnhandled: opts.onUnhandled,
            ...((opts.lang ?? src.lang) ? { lang: (opts.lang ?? src.lang)! } : {}),
            ...(src.overrides ? { overrides: src.overrides } : {}),
          });
          ctx.io.stderr(`wrote ${result.files.length} files to ${outDir}\n`);
          return { diagnostics: result.diagnostics };
        }),
      );
    });

  render
    .command('pdf')
    .description('Write the print edition as PDF/A (Typst).')
    .argument('[tei-file]', 'TEI file (default: the edition named in the config)')
    .option('-c, --config <file>', 'edition config', defaultConfigFile)
    .option('-o, --out <file>', 'PDF file (default: <output>/<edition id>.pdf)')
    .option('--paper <size>', `paper size: ${papers.join(', ')}`, 'a4')
    .option('--overrides <dir>', 'a folder of the edition\'s rendering rules (html.xsl, print.xsl, strings.json)')
    .option('--lang <code>', 'language of the edition\'s own words (labels, headings), e.g. en or de')
    .action(async (file: string | undefined, opts: { config: string; out?: string; paper: string; overrides?: string; lang?: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          if (!papers.includes(opts.paper as Paper)) throw new UsageError(`unknown paper size "${opts.paper}" (use ${papers.join(', ')})`);
          const src = await source(file, opts.config, opts.overrides);
          const outFile = opts.out ? resolve(ctx.io.cwd, opts.out) : resolve(src.outDir, `${src.id}.pdf`);
          const { renderPdf } = await import('../../render/pdf/index.js');
          const result = await renderPdf(readTei(src.path, src.shown), {
            outFile,
            paper: opts.paper as Paper,
            fallbackDate: statSync(src.path).mtime,
            ...((opts.lang ?? src.lang) ? { lang: (opts.lang ?? src.lang)! } : {}),
            ...(src.overrides ? { overrides: src.overrides } : {}),
          });
          ctx.io.stderr(`wrote ${result.file} (${result.pages} pages)\n`);
          return { diagnostics: result.diagnostics };
        }),
      );
    });
};
