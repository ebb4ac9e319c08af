import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { EditionError, UsageError, error } from '../../diagnostics/index.js';
import { runCommand } from '../action.js';
import type { RegisterCommand } from './index.js';

/** "1818=texts/a.txt": the siglum is everything before the first "=". */
function parseWitness(spec: string): { siglum: string; path: string } {
  const at = spec.indexOf('=');
  if (at <= 0 || at === spec.length - 1) throw new UsageError(`--witness takes SIGLUM=FILE, not "${spec}"`);
  return { siglum: spec.slice(0, at), path: spec.slice(at + 1) };
}

/** Today as an ISO date, or the day of SOURCE_DATE_EPOCH when it is set (reproducible runs). */
function today(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}

export const registerInit: RegisterCommand = (program, ctx) => {
  program
    .command('init')
    .description('Start a new edition in a new folder: config, header data, registers and a README, with the witnesses copied in.')
    .argument('<dir>', 'folder to create (it must not exist, or be empty)')
    .option('--title <title>', 'title of the work (default: the one a Project Gutenberg header of the first witness gives)')
    .option('--author <name>', 'author of the work (default: as the title)')
    .option('--witness <siglum=file>', 'a plain-text witness and its siglum (repeat for each witness)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--base <siglum>', 'siglum of the base witness (default: the first)')
    .option('--language <code>', 'language of the text, BCP 47 (default: as the title, else en)')
    .option('--date <iso>', 'when the work was written (ISO year or date)')
    .action(async (dir: string, opts: { title?: string; author?: string; witness: string[]; base?: string; language?: string; date?: string }) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          if (opts.witness.length === 0) throw new UsageError('give at least one --witness SIGLUM=FILE');
          const target = resolve(ctx.io.cwd, dir);
          if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
            throw new EditionError([
              error({ message: `${dir} already exists and is not an empty folder; init writes only into a new one`, rule: 'init-target-exists', stage: 'config', file: dir, hint: 'choose another folder name' }),
            ]);
          }
          const witnesses = opts.witness.map(parseWitness).map((w) => {
            try {
              return { siglum: w.siglum, fileName: w.path, bytes: readFileSync(resolve(ctx.io.cwd, w.path)) };
            } catch (err) {
              throw new EditionError([
                error({ message: `cannot read witness ${w.siglum}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, rule: 'init-witness-unreadable', stage: 'ingest', file: w.path, hint: 'check the path after "="' }),
              ]);
            }
          });
          // What the user does not give, a library's header of the first witness may (a
          // Project Gutenberg e-text names its title, author and language).
          const { catalogueFacts } = await import('../../init/catalogue.js');
          const facts = catalogueFacts(new TextDecoder('utf-8').decode(witnesses[0]!.bytes));
          const title = opts.title ?? facts.title;
          const author = opts.author ?? facts.author;
          const missing = [title === undefined ? '--title' : '', author === undefined ? '--author' : ''].filter(Boolean);
          if (missing.length > 0) throw new UsageError(`give ${missing.join(' and ')}: the first witness has no header that names ${missing.length > 1 ? 'them' : 'it'} (Project Gutenberg's "Title:", "Author:")`);
          const { scaffoldEdition } = await import('../../init/scaffold.js');
          const { packageFile } = await import('../../package-root.js');
          const { replaceOutputsTogether } = await import('../../io/replace-together.js');
          const schemaRef = relative(target, packageFile('schema', 'edition-config.schema.json')).split(sep).join('/');
          const scaffold = scaffoldEdition({
            title: title!,
            author: author!,
            witnesses,
            ...(opts.base ? { base: opts.base } : {}),
            language: opts.language ?? facts.language ?? 'en',
            ...(opts.date ? { workDate: opts.date } : {}),
            date: today(),
            schemaRef,
          });
          // All files or none: a fault while writing leaves no half-made edition folder's files.
          // All files or none; a folder this run made is removed again, so that init can be run again.
          const existed = existsSync(target);
          try {
            replaceOutputsTogether([...scaffold.files].sort(([a], [b]) => a.localeCompare(b)).map(([path, data]) => ({ path: join(target, path), data, shown: join(dir, path) })));
          } catch (err) {
            if (!existed) rmSync(target, { recursive: true, force: true });
            throw err;
          }
          ctx.io.stderr(`created ${dir}/ (${scaffold.files.size} files); next: cd ${dir} && npx tei-edition build\n`);
        }),
      );
    });
};
