import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option } from 'commander';
import type { CollateOptions, WitnessInput } from '../../collate/types.js';
import { parseJsonData } from '../../config/json-data.js';
import { regularizationTable, variantTypes } from '../../config/sections/collation.js';
import { siglumPattern } from '../../collate/siglum.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { readFault } from '../../io/faults.js';
import { refuseOutputsOverInputs } from '../../io/output-guard.js';
import { EditionError, UsageError, error, hasErrors, type Diagnostic } from '../../diagnostics/index.js';
import { decodeWitness } from '../../ingest/decode.js';
import { runCommand } from '../action.js';
import { parseHide } from '../variant-classes.js';
import type { RegisterCommand } from './index.js';

const formats = ['tei', 'table', 'json'] as const;
type Format = (typeof formats)[number];

/** Larger files are refused before they are read (the same default as an edition's witnesses). */
const maxBytes = 64 * 1024 * 1024;

interface CollateCliOptions {
  sigla?: string;
  format: Format;
  base?: string;
  out?: string;
  width: string;
  caseSensitive?: boolean;
  keepQuotes?: boolean;
  keepDashes?: boolean;
  keepInvisible?: boolean;
  ignoreInnerPunctuation?: boolean;
  ignoreDiacritics?: boolean;
  transpositions: boolean;
  regularize?: string;
  whitespaceVariants?: boolean;
  hide?: string;
  minAnchor?: string;
}

// Whitespace is left out of the table by not asking for --whitespace-variants, not by --hide.
const hideable = variantTypes.filter((t) => t !== 'whitespace');

/** Reads a regularisation table (a JSON object of strings); problems are diagnostics at their place. */
function readTable(cwd: string, file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new EditionError([
      error({
        message: `the regularisation table cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
        rule: 'collate-regularize-unreadable',
        stage: 'collate',
        file,
        hint: 'name a JSON file such as {"shew": "show"}',
      }),
    ]);
  }
  return parseJsonData(text, file, regularizationTable, 'collate');
}

/** A, B, … Z, AA, AB, … */
export function defaultSiglum(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sigla(files: readonly string[], option: string | undefined): string[] {
  if (option === undefined) return files.map((_, i) => defaultSiglum(i));
  const list = option.split(',').map((s) => s.trim());
  if (list.length !== files.length) {
    throw new UsageError(`--sigla names ${list.length} sigla for ${files.length} files; give one siglum per file, in order`);
  }
  for (const s of list) {
    if (!siglumPattern.test(s)) throw new UsageError(`siglum "${s}" is not an XML name (use a letter followed by letters, digits, "_", "-" or ".")`);
  }
  const twice = list.find((s, i) => list.indexOf(s) !== i);
  if (twice !== undefined) throw new UsageError(`siglum "${twice}" is given twice in --sigla`);
  return list;
}

/** Reads and strictly decodes one witness file; problems come back as diagnostics. */
function readWitnessFile(cwd: string, file: string, siglum: string): { witness?: WitnessInput; diagnostics: Diagnostic[] } {
  const path = resolve(cwd, file);
  const fail = (message: string, rule: string, hint: string) => ({
    diagnostics: [error({ message, rule, stage: 'collate', file, hint })],
  });
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('the witness is a directory, not a text file', 'collate-not-a-file', 'name a plain-text witness file');
    size = stat.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail('the witness file was not found', 'collate-file-missing', 'check the path (relative paths start in the current directory)')
      : fail(`the witness file cannot be read (${code ?? String(err)})`, 'collate-unreadable', 'check its permissions');
  }
  if (size > maxBytes) {
    return fail(`the witness has ${size} bytes, more than the limit of ${maxBytes}`, 'collate-too-large', 'collate the text in parts (e.g. by chapter)');
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { diagnostics: [readFault(err, file, 'collate', 'the witness')] };
  }
  const decoded = decodeWitness(bytes, file);
  // Ingest's hints speak of the edition config; here the file was named on the command line.
  decoded.diagnostics = decoded.diagnostics.map((d) =>
    d.hint?.includes('config') ? { ...d, hint: 'check that the right file is named on the command line' } : d,
  );
  if (hasErrors(decoded.diagnostics)) return { diagnostics: decoded.diagnostics };
  if (!/[^\s]/u.test(decoded.text)) {
    return {
      diagnostics: [
        ...decoded.diagnostics,
        error({ message: 'the witness has no text to collate (only whitespace)', rule: 'collate-no-tokens', stage: 'collate', file, hint: 'check that the right file is named' }),
      ],
    };
  }
  return { witness: { siglum, text: decoded.text, file }, diagnostics: decoded.diagnostics };
}

/** `tei-edition collate FILES…`: the collator on arbitrary witness files. */
export const registerCollate: RegisterCommand = (program, ctx) => {
  program
    .command('collate')
    .description(
      'Collate two or more plain-text witnesses: align them (the same result for any order), type the variants and write a TEI apparatus (parallel segmentation), a table or JSON.',
    )
    .argument('<files...>', 'witness files (UTF-8 plain text), at least two')
    .option('--sigla <list>', 'comma-separated sigla, one per file, in order (default: A,B,C…)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('tei'))
    .option('--base <siglum>', 'witness the variant types are relative to (default: the first)')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--width <columns>', 'width of the table format', '100')
    .option('--case-sensitive', 'do not ignore upper/lower case when aligning')
    .option('--keep-quotes', 'do not ignore curly vs straight quotes and apostrophes')
    .option('--keep-dashes', 'do not ignore hyphen/en dash/em dash differences')
    .option('--keep-invisible', 'do not ignore soft hyphens, zero-width characters and Unicode composition')
    .option('--ignore-inner-punctuation', 'ignore punctuation inside words ("re-elect" = "reelect")')
    .option('--ignore-diacritics', 'ignore accents, breathings and vowel points ("ἕν" = "ἓν" = "εν")')
    .option('--no-transpositions', 'do not look for transpositions')
    .option('--regularize <file>', 'regularisation table: a JSON object of forms and the form each counts as ({"shew": "show"})')
    .option('--whitespace-variants', 'report spacing and line-break differences as variants (by default they are not)')
    .option('--hide <classes>', `variant classes the table shows as agreement, comma-separated (${hideable.join(', ')})`)
    .option('--min-anchor <tokens>', 'agreement shorter than this inside a rewritten passage does not cut it (default 3; 0: off)')
    .addHelpText(
      'after',
      '\nExamples:\n  tei-edition collate a.txt b.txt c.txt --sigla A,B,C > collation.xml\n  tei-edition collate a.txt b.txt --format table\n\nExit codes: 0 ok, 1 unreadable or invalid input, 2 bad usage, 3 internal error.\n',
    )
    .action(async (files: string[], opts: CollateCliOptions) => {
      ctx.setExitCode(
        await runCommand(ctx.io, async () => {
          if (files.length < 2) throw new UsageError(`collate needs at least two witness files (got ${files.length})`);
          if (opts.out !== undefined) {
            const witnesses = files.map((f, i) => ({ path: resolve(ctx.io.cwd, f), what: `witness ${i + 1}` }));
            refuseOutputsOverInputs([{ path: resolve(ctx.io.cwd, opts.out), shown: opts.out, kind: 'file' }], witnesses, 'collate');
          }
          const names = sigla(files, opts.sigla);
          if (opts.base !== undefined && !names.includes(opts.base)) {
            throw new UsageError(`--base ${opts.base} is not one of the sigla (${names.join(', ')})`);
          }
          const width = Number(opts.width);
          if (!Number.isInteger(width) || width < 20) throw new UsageError(`--width must be a whole number of at least 20 (got "${opts.width}")`);
          const hide = parseHide(opts.hide, hideable);
          const minAnchor = opts.minAnchor === undefined ? undefined : Number(opts.minAnchor);
          if (minAnchor !== undefined && (!Number.isInteger(minAnchor) || minAnchor < 0)) {
            throw new UsageError(`--min-anchor must be a whole number of tokens, 0 or more (got "${opts.minAnchor}")`);
          }
          const regularize = opts.regularize === undefined ? undefined : readTable(ctx.io.cwd, opts.regularize);
          const read = files.map((f, i) => readWitnessFile(ctx.io.cwd, f, names[i]!));
          const diagnostics = read.flatMap((r) => r.diagnostics);
          if (hasErrors(diagnostics)) throw new EditionError(diagnostics);
          const options: CollateOptions = {
            ...(opts.base !== undefined ? { base: opts.base } : {}),
            normalize: {
              case: !opts.caseSensitive,
              quotes: !opts.keepQuotes,
              dashes: !opts.keepDashes,
              whitespace: !opts.keepInvisible,
              punctuation: opts.ignoreInnerPunctuation === true,
              ...(opts.ignoreDiacritics ? { diacritics: true } : {}),
            },
            transpositions: { enabled: opts.transpositions },
            ...(regularize ? { regularize } : {}),
            ...(opts.whitespaceVariants ? { whitespaceVariants: true } : {}),
            ...(hide.length > 0 ? { hide } : {}),
            ...(minAnchor !== undefined ? { minAnchor } : {}),
          };
          // Loaded on use, so other commands start fast.
          const { collate, toJson, toTable, toTei } = await import('../../collate/index.js');
          const collation = collate(
            read.map((r) => r.witness!),
            options,
          );
          const output = opts.format === 'tei' ? toTei(collation) : opts.format === 'json' ? toJson(collation) : toTable(collation, { width });
          if (opts.out !== undefined) {
            writeFileAtomic(resolve(ctx.io.cwd, opts.out), output, { stage: 'collate', shown: opts.out });
            ctx.io.stderr(`wrote ${opts.out}\n`);
          } else ctx.io.stdout(output);
          return { diagnostics };
        }),
      );
    });
};
