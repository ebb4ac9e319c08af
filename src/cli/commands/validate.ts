import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option } from 'commander';
import { defaultConfigFile } from '../../config/defaults.js';
import type { EditionConfig } from '../../config/load.js';
import { EditionError, hasErrors, info, warning, type Diagnostic } from '../../diagnostics/index.js';
import { ruleSets, type RuleSet } from '../../validate/rule-sets.js';
import { runCommand } from '../action.js';
import { intakeLimits, withLimitOptions, type LimitOptions } from '../limits.js';
import type { CommandContext } from '../main.js';
import type { RegisterCommand } from './index.js';

interface ValidateOptions extends LimitOptions {
  schema?: string;
  rules?: RuleSet;
  format: 'text' | 'json';
  config?: string;
}

const help = `
Checks each FILE in turn: well-formedness, RELAX NG (tei_all or --schema), unique xml:ids, then
  --rules tei      the Schematron rules embedded in the schema
  --rules edition  the edition rules (tei/edition-rules.sch, then "validation.rules" of the config, as a build runs them)
  --rules all      both (the default for the edition's own TEI, named in edition.config.json,
                   checked with the witnesses, note types and register ids of the edition's data;
                   otherwise tei)
  --rules none     RELAX NG and xml:ids only (what jing checks)
Messages: FILE:LINE:COL severity message validate:RULE, on stderr. Exit 1 when any file has an error.

The schema is the first of: --schema, "validation.schema" in the edition config, $TEI_ALL_RNG.
It is converted once and cached (node_modules/.cache/tei-edition, or $TEI_EDITION_CACHE), with a
V8 snapshot of the loaded schema that later runs start from (TEI_EDITION_NO_SNAPSHOT=1: load in process).
Files with a DOCTYPE that declares entities or names a DTD, and files over the size limit, are
refused before parsing; elements nested deeper than the depth limit stop the reading. Against
tei_all (no schema named), a root other than TEI or teiCorpus is one error.`;

/**
 * What `read` gives, or, when it fails on the edition's own files, nothing and a warning
 * (`say` words it from the failure): validating a TEI file must not depend on them.
 */
function readOrWarn<T>(read: () => T, notes: Diagnostic[], say: (first: string, err: EditionError) => Pick<Diagnostic, 'message' | 'rule' | 'file' | 'hint'>): T | undefined {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof EditionError)) throw err;
    notes.push(warning({ ...say(err.diagnostics[0]?.message ?? err.message, err), stage: 'validate' }));
    return undefined;
  }
}

/** Loads the config named with --config, or edition.config.json when present; else none. */
async function configFor(opts: ValidateOptions, ctx: CommandContext, notes: Diagnostic[]): Promise<EditionConfig | undefined> {
  if (!opts.config && !existsSync(resolve(ctx.io.cwd, defaultConfigFile))) return undefined;
  const { loadConfig } = await import('../../config/load.js');
  if (opts.config) return loadConfig(opts.config, ctx.io.cwd);
  return readOrWarn(() => loadConfig(defaultConfigFile, ctx.io.cwd), notes, (first) => ({
    message: `${defaultConfigFile} is not used: ${first}`,
    rule: 'config-ignored',
    file: defaultConfigFile,
    hint: 'fix it, or pass --schema and --rules explicitly',
  }));
}

/** The closed lists of the edition's data; when that data cannot be read, the rules file's own, with a warning. */
async function ownRuleParameters(config: EditionConfig, ctx: CommandContext, notes: Diagnostic[]): Promise<Record<string, string[]> | undefined> {
  const { readRuleParameters } = await import('../../pipeline/read.js');
  return readOrWarn(() => readRuleParameters(config, ctx.io.cwd), notes, (first, err) => ({
    message: `the edition's lists of witnesses, note types and register entries could not be read (${first}); the edition rules take them from the TEI`,
    rule: 'edition-data-unread',
    file: err.diagnostics[0]?.file ?? defaultConfigFile,
    hint: 'fix the file named, or validate with --rules tei',
  }));
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  const command = program
    .command('validate')
    .description('Validate TEI files against RELAX NG (tei_all), its embedded Schematron and the edition rules.')
    .argument('<file...>', 'TEI files to validate')
    .option('-s, --schema <path-or-url>', 'RELAX NG schema (XML syntax); default: config, then $TEI_ALL_RNG')
    .addOption(new Option('-r, --rules <set>', 'rules besides RELAX NG').choices([...ruleSets]))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', `edition config (default: ${defaultConfigFile} when present)`)
    .addHelpText('after', help);
  withLimitOptions(command).action(async (files: string[], opts: ValidateOptions) => {
    ctx.setExitCode(
      await runCommand(ctx.io, async () => {
        // Loaded here, not at startup: other commands need none of salve and fontoxpath.
        const [{ chooseSchema }, { validateFiles }] = await Promise.all([import('../../validate/schema-source.js'), import('../../validate/validate-files.js')]);
        const notes: Diagnostic[] = [];
        const config = await configFor(opts, ctx, notes);
        const fromConfig = config?.validation.schema === undefined ? undefined : configPath(config, config.validation.schema);
        const schema = chooseSchema(opts.schema, fromConfig);
        // The edition rules are the edition's: by default they check its own TEI, not other
        // projects' files an editor validates in the edition's folder.
        const own = config ? resolve(config.root, config.output.tei) : undefined;
        const onlyOwn = own !== undefined && files.every((f) => resolve(ctx.io.cwd, f) === own);
        const rules: RuleSet = opts.rules ?? (onlyOwn ? 'all' : 'tei');
        if (opts.rules === undefined && config && !onlyOwn) {
          notes.push(
            info({
              message: `the edition rules of ${defaultConfigFile} check the edition's own TEI (${config.output.tei}); the files named are checked with the TEI rules`,
              rule: 'edition-rules-not-applied',
              stage: 'validate',
              hint: 'pass --rules all to check them with the edition rules too',
            }),
          );
        }
        // The edition's own TEI is checked against the closed lists its build used (the
        // config's note types, the registers' ids…), not the rules file's defaults.
        const ruleParameters = config && onlyOwn ? await ownRuleParameters(config, ctx, notes) : undefined;
        const limits = intakeLimits(opts, config);
        const run = await validateFiles(files, {
          schema,
          rules,
          cwd: ctx.io.cwd,
          engine: process.env.TEI_EDITION_NO_SNAPSHOT ? 'in-process' : 'auto',
          maxFileBytes: limits.maxBytes,
          maxDepth: limits.maxDepth,
          // A schema the user names decides which roots it allows; tei_all allows TEI's only.
          requireTei: opts.schema === undefined && fromConfig === undefined,
          ...(ruleParameters ? { ruleParameters } : {}),
          ...(config?.validation.rules === undefined ? {} : { editionRulesFile: resolve(config.root, config.validation.rules) }),
        });
        const all = [...notes, ...run.notices, ...run.results.flatMap((r) => r.diagnostics)];
        const invalid = run.results.filter((r) => hasErrors(r.diagnostics)).length;
        if (opts.format === 'json') {
          const report = {
            schema: run.schema.name,
            rules,
            notices: [...notes, ...run.notices],
            files: run.results.map((r) => ({ file: r.file, valid: !hasErrors(r.diagnostics), diagnostics: r.diagnostics })),
          };
          ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
          return { exitCode: hasErrors(all) ? 1 : 0 };
        }
        ctx.io.stdout(`${run.results.length} file${run.results.length === 1 ? '' : 's'} checked (rules: ${rules}): ${run.results.length - invalid} valid, ${invalid} invalid\n`);
        return { diagnostics: all };
      }),
    );
  });
};

/** A schema in the config is a path relative to it, unless it is a URL. */
const configPath = (config: EditionConfig, value: string): string => (/^https?:\/\//i.test(value) ? value : resolve(config.root, value));
