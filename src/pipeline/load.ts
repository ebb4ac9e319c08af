import { loadConfig, displayPath, resolveFromConfig, type EditionConfig } from '../config/load.js';
import { loadJsonData } from '../config/json-data.js';
import { collationOptions, regularizationTable } from '../config/sections/collation.js';
import { EditionError, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import { headerData } from '../model/header.js';
import type { Register, RegisterKind } from '../model/register.js';
import type { Witness } from '../model/witness.js';
import { readWitness } from '../ingest/read-witness.js';
import { loadRegister } from '../registers/load.js';
import { recoverStructure } from '../structure/index.js';
import { interventionsFile, overridesFile, tableOfContentsFile } from '../structure/data-files.js';

export interface LoadOptions {
  /** Working directory for relative paths and messages (default: process.cwd()). */
  cwd?: string;
}

/** Reads the witnesses named in a config (size limit, strict decoding, checksums). */
export function readWitnesses(config: EditionConfig, cwd: string): { witnesses: Witness[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const witnesses: Witness[] = [];
  const fatal: Diagnostic[] = [];
  for (const wc of config.witnesses) {
    try {
      const r = readWitness(wc, {
        path: resolveFromConfig(config, wc.file),
        file: displayPath(config, wc.file, cwd),
        maxBytes: config.limits.maxWitnessBytes,
      });
      witnesses.push(r.witness);
      diagnostics.push(...r.diagnostics);
    } catch (err) {
      if (!(err instanceof EditionError)) throw err;
      fatal.push(...err.diagnostics);
    }
  }
  if (fatal.length) throw new EditionError([...diagnostics, ...fatal]);
  return { witnesses, diagnostics };
}

/** Loads the registers named in the config, in a fixed order. */
export function readRegisters(config: EditionConfig, cwd: string): Register[] {
  const order: RegisterKind[] = ['persons', 'places', 'orgs', 'bibls'];
  return order.flatMap((kind) => {
    const file = config.registers[kind];
    return file ? [loadRegister(kind, resolveFromConfig(config, file), displayPath(config, file, cwd))] : [];
  });
}

/**
 * Config → witnesses → structure → registers: the edition model before annotation and
 * collation. Fatal problems throw an `EditionError`; the rest travel in `diagnostics`.
 */
export function loadEditionModel(config: EditionConfig, options: LoadOptions = {}): Edition {
  const cwd = options.cwd ?? process.cwd();
  const data = <T>(path: string | undefined, schema: Parameters<typeof loadJsonData<T>>[2]): T | undefined =>
    path === undefined ? undefined : loadJsonData(resolveFromConfig(config, path), displayPath(config, path, cwd), schema, 'structure');
  const header = loadJsonData(resolveFromConfig(config, config.header), displayPath(config, config.header, cwd), headerData, 'config');
  const { witnesses, diagnostics } = readWitnesses(config, cwd);
  const s = config.structure;
  const structure = recoverStructure({
    witnesses,
    base: config.base,
    firstChapter: s.firstChapter,
    notes: config.notes,
    overrides: data(s.overrides, overridesFile) ?? {},
    ...(s.overrides ? { overridesFile: displayPath(config, s.overrides, cwd) } : {}),
    ...(s.tableOfContents ? { toc: data(s.tableOfContents, tableOfContentsFile)! } : {}),
    interventions: data(s.interventions, interventionsFile) ?? { notes: [], gaps: [] },
    ...(s.interventions ? { interventionsFile: displayPath(config, s.interventions, cwd) } : {}),
    collation: collationOptions(config.collation, (path) => data(path, regularizationTable)!),
  });
  const all = [...diagnostics, ...structure.diagnostics];
  if (hasErrors(all)) throw new EditionError(all);
  return {
    config,
    header,
    witnesses,
    front: structure.front,
    body: structure.body,
    registers: readRegisters(config, cwd),
    review: [],
    diagnostics: all,
  };
}

/** Loads the config file and the model in one call. */
export function loadEdition(configFile: string, options: LoadOptions = {}): Edition {
  const cwd = options.cwd ?? process.cwd();
  return loadEditionModel(loadConfig(configFile, cwd), { cwd });
}
