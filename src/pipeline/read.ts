import { resolve } from 'node:path';
import { collationOptions, regularizationTable } from '../config/sections/collation.js';
import { checkRules, correctionsFile, rulesFile } from '../annotate/data.js';
import { loadConfig, displayPath, resolveFromConfig, type EditionConfig } from '../config/load.js';
import { loadJsonData } from '../config/json-data.js';
import { baseIndex } from '../config/schema.js';
import { witnessIds } from '../config/witness-ids.js';
import { EditionError, type Diagnostic } from '../diagnostics/index.js';
import { readWitness } from '../ingest/read-witness.js';
import { headerData } from '../model/header.js';
import type { Register, RegisterKind } from '../model/register.js';
import type { Witness } from '../model/witness.js';
import { loadRegister } from '../registers/load.js';
import { interventionsFile, overridesFile, tableOfContentsFile } from '../structure/data-files.js';
import { noteAttribution } from '../structure/notes.js';
import { defaultEditionRulesFile } from '../validate/edition/default-rules.js';
import { readEditionRules } from '../validate/edition/read-rules.js';
import { ruleParameters } from './rule-parameters.js';
import type { EditionSource, RulesSource } from './source.js';

export interface ReadOptions {
  /** Working directory for relative paths and messages (default: process.cwd()). */
  readonly cwd?: string;
  /**
   * Collects the absolute path of every file the stage reads, in a fixed order: what a
   * rebuild's cache key and `build --watch` look at.
   */
  readonly files?: string[];
}

/** Reads the witnesses named in a config (size limit, strict decoding, checksums); every failure is reported at once. */
export function readWitnesses(config: EditionConfig, cwd = process.cwd()): { witnesses: Witness[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const witnesses: Witness[] = [];
  const fatal: Diagnostic[] = [];
  const ids = witnessIds(config.witnesses);
  config.witnesses.forEach((wc, i) => {
    try {
      const r = readWitness(
        { ...wc, id: ids[i]! },
        { path: resolveFromConfig(config, wc.file), file: displayPath(config, wc.file, cwd), source: wc.file.split('\\').join('/'), maxBytes: config.limits.maxWitnessBytes },
      );
      witnesses.push(r.witness);
      diagnostics.push(...r.diagnostics);
    } catch (err) {
      if (!(err instanceof EditionError)) throw err;
      fatal.push(...err.diagnostics);
    }
  });
  if (fatal.length) throw new EditionError([...diagnostics, ...fatal]);
  return { witnesses, diagnostics };
}

/** Loads the registers named in the config, in a fixed order. */
export function readRegisters(config: EditionConfig, cwd = process.cwd()): Register[] {
  const order: RegisterKind[] = ['persons', 'places', 'orgs', 'bibls'];
  const taken = new Map<string, string>();
  return order.flatMap((kind) => {
    const file = config.registers[kind];
    return file ? [loadRegister(kind, resolveFromConfig(config, file), displayPath(config, file, cwd), taken)] : [];
  });
}

/**
 * The toolkit's default edition rules, then the edition's own file when it names another. An
 * own file with the default's very text (an edition that started from a copy of it) is not run
 * twice: it would check the same things again and say each finding twice.
 */
export function readRules(config: EditionConfig | undefined, cwd = process.cwd()): RulesSource[] {
  const read = (path: string, file: string): RulesSource => ({ text: readEditionRules(path, file), file });
  const rules = [read(defaultEditionRulesFile, 'edition-rules.sch (tei-edition)')];
  const own = config?.validation.rules;
  if (config && own !== undefined && resolveFromConfig(config, own) !== defaultEditionRulesFile) {
    const added = read(resolveFromConfig(config, own), displayPath(config, own, cwd));
    if (added.text !== rules[0]!.text) rules.push(added);
  }
  return rules;
}

/**
 * The edition rules' closed lists as a build of this config gives them (see ruleParameters),
 * read from its header, notes section and registers alone: `validate` checks the edition's TEI
 * with them, and needs none of the witnesses, which an editor may not have beside the TEI.
 */
export function readRuleParameters(config: EditionConfig, cwd = process.cwd()): Record<string, string[]> {
  const header = loadJsonData(resolveFromConfig(config, config.header), displayPath(config, config.header, cwd), headerData, 'config');
  return ruleParameters({
    witnesses: witnessIds(config.witnesses).map((id) => ({ id })),
    header,
    structure: { notes: noteAttribution(config.notes, header.author.ref), editorResp: config.notes.editorResp },
    annotation: { editorResp: config.notes.editorResp },
    registers: readRegisters(config, cwd),
  });
}

/** The RELAX NG schema the build checks its TEI against: the config's (relative to it), else TEI_ALL_RNG. */
export function schemaOf(config: EditionConfig, env: NodeJS.ProcessEnv = process.env): { schema?: string } {
  const named = config.validation.schema;
  if (named !== undefined) return { schema: /^(https?|file):/i.test(named) ? named : resolveFromConfig(config, named) };
  return env.TEI_ALL_RNG ? { schema: env.TEI_ALL_RNG } : {};
}

/** The rules files a config names, as {@link readRules} reads them (the toolkit's default first). */
export function rulesFiles(config: EditionConfig): string[] {
  const own = config.validation.rules;
  const ownPath = own === undefined ? undefined : resolveFromConfig(config, own);
  return ownPath === undefined || ownPath === defaultEditionRulesFile ? [defaultEditionRulesFile] : [defaultEditionRulesFile, ownPath];
}

/**
 * The read stage: the config and every file it names (header, witnesses, structure data,
 * registers, annotation data, rules), each checked as it is read. Problems in any of them
 * throw an `EditionError` with their places; nothing after this stage reads the edition's files.
 */
export function readEdition(configFile: string, options: ReadOptions = {}): { source: EditionSource; config: EditionConfig; files: string[] } {
  const config = loadConfig(configFile, options.cwd);
  const files = options.files ?? [];
  files.push(resolve(options.cwd ?? process.cwd(), configFile));
  return { source: readConfigured(config, { ...options, files }), config, files };
}

/** As {@link readEdition}, for a config already loaded: reads every file it names. */
export function readConfigured(config: EditionConfig, options: ReadOptions = {}): EditionSource {
  const cwd = options.cwd ?? process.cwd();
  const shown = (path: string) => displayPath(config, path, cwd);
  const read = (path: string): string => {
    const full = resolveFromConfig(config, path);
    options.files?.push(full);
    return full;
  };
  const data = <T>(path: string | undefined, schema: Parameters<typeof loadJsonData<T>>[2], stage: 'structure' | 'annotate'): T | undefined =>
    path === undefined ? undefined : loadJsonData(read(path), shown(path), schema, stage);
  const header = loadJsonData(read(config.header), shown(config.header), headerData, 'config');
  for (const w of config.witnesses) read(w.file);
  for (const kind of ['persons', 'places', 'orgs', 'bibls'] as const) if (config.registers[kind]) read(config.registers[kind]);
  const { witnesses, diagnostics } = readWitnesses(config, cwd);
  const s = config.structure;
  const a = config.annotation;
  const corrections = data(a.corrections, correctionsFile, 'annotate');
  const rules = data(a.rules, rulesFile, 'annotate');
  const source: EditionSource = {
    id: config.id,
    header,
    witnesses,
    base: witnesses[baseIndex(config)]!.id,
    structure: {
      firstChapter: s.firstChapter,
      notes: noteAttribution(config.notes, header.author.ref),
      editorResp: config.notes.editorResp,
      overrides: data(s.overrides, overridesFile, 'structure') ?? {},
      ...(s.overrides ? { overridesFile: shown(s.overrides) } : {}),
      ...(s.tableOfContents ? { toc: data(s.tableOfContents, tableOfContentsFile, 'structure')! } : {}),
      interventions: data(s.interventions, interventionsFile, 'structure') ?? { notes: [], gaps: [] },
      ...(s.interventions ? { interventionsFile: shown(s.interventions) } : {}),
    },
    collation: collationOptions(config.collation, (path) => data(path, regularizationTable, 'structure')!),
    registers: readRegisters(config, cwd),
    annotation: {
      corrections: corrections?.corrections ?? [],
      ...(a.corrections ? { correctionsFile: shown(a.corrections), correctionsSource: a.corrections.split('\\').join('/') } : {}),
      ...(rules && a.rules ? { rules: checkRules(rules, shown(a.rules)) } : {}),
      dates: a.dates,
      unknownNames: a.review.unknownNames,
      nearMiss: a.review.nearMiss,
      highlightMarks: a.highlighting,
      editorResp: config.notes.editorResp,
      signatures: config.notes.rules.flatMap((r) => (r.signature ? [r.signature] : [])),
    },
    render: {
      ...(config.render.overrides ? { overrides: resolveFromConfig(config, config.render.overrides) } : {}),
      ...(config.render.lang ? { lang: config.render.lang } : {}),
      // the variant classes the editor hides in the reading views (the TEI keeps them)
      ...(config.collation.hide?.length ? { hiddenVariants: config.collation.hide } : {}),
      ...(config.validation.maxBlockChars !== undefined ? { maxBlockChars: config.validation.maxBlockChars } : {}),
    },
    rules: readRules(config, cwd),
    ...schemaOf(config),
    diagnostics,
  };
  options.files?.push(...rulesFiles(config));
  return source;
}
