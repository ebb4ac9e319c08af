import { dirname, relative, resolve } from 'node:path';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadJsonDocument } from './json-data.js';
import { readFault } from '../io/faults.js';
import { editionConfig, type EditionConfigData } from './schema.js';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';

export { defaultConfigFile } from './defaults.js';

/** A loaded config: its data plus where it lives, so its relative paths can be resolved. */
export interface EditionConfig extends EditionConfigData {
  /** Absolute directory of the config file; relative paths in it start here. */
  readonly root: string;
  /** The config file as the user named it (for messages). */
  readonly configFile: string;
}

/** Resolves a path written in the config (relative to the config file). */
export const resolveFromConfig = (config: Pick<EditionConfig, 'root'>, path: string): string => resolve(config.root, path);

/** How a config path is shown in messages: relative to the working directory. */
export const displayPath = (config: Pick<EditionConfig, 'root'>, path: string, cwd = process.cwd()): string =>
  relative(cwd, resolve(config.root, path)) || path;

/**
 * Loads and checks an edition config. Problems (syntax, missing keys, unknown keys, missing
 * files) are reported at their place in the file, all at once.
 */
export function loadConfig(file: string, cwd = process.cwd()): EditionConfig {
  const path = resolve(cwd, file);
  if (!existsSync(path)) {
    throw new EditionError([
      error({
        message: `edition config not found: ${file}`,
        rule: 'config-missing',
        stage: 'config',
        file,
        hint: `create it (see README, "Start an edition of another book") or pass --config FILE`,
      }),
    ]);
  }
  const doc = loadJsonDocument(path, file, editionConfig, 'config');
  const config: EditionConfig = { ...doc.data, root: dirname(path), configFile: file };
  const problems = namedFiles(config).flatMap(({ key, path: p }) => {
    const problem = fileProblem(config, key, p, cwd);
    return problem ? [{ ...problem, file, ...doc.placeOf(key) }] : [];
  });
  if (problems.length > 0) throw new EditionError(problems);
  return config;
}

/** A key of the config as messages write it: `witnesses[1].file`. */
export const keyName = (key: readonly (string | number)[]): string =>
  key.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/** The files (not folders, not URLs) a config names, with the key that names each. */
export function namedFiles(config: EditionConfigData): { key: (string | number)[]; path: string }[] {
  const out: { key: (string | number)[]; path: string }[] = [{ key: ['header'], path: config.header }];
  config.witnesses.forEach((w, i) => out.push({ key: ['witnesses', i, 'file'], path: w.file }));
  for (const k of ['overrides', 'tableOfContents', 'interventions'] as const) {
    const p = config.structure[k];
    if (p !== undefined) out.push({ key: ['structure', k], path: p });
  }
  for (const [k, p] of Object.entries(config.registers)) if (typeof p === 'string') out.push({ key: ['registers', k], path: p });
  for (const k of ['corrections', 'rules'] as const) {
    const p = config.annotation[k];
    if (p !== undefined) out.push({ key: ['annotation', k], path: p });
  }
  if (typeof config.collation.regularize === 'string') out.push({ key: ['collation', 'regularize'], path: config.collation.regularize });
  if (config.validation.rules !== undefined) out.push({ key: ['validation', 'rules'], path: config.validation.rules });
  return out;
}

/**
 * Why the file a config key names cannot be read, if it cannot: missing, a folder, or
 * unreachable. The message names the key and the path as written; the hint says what to do.
 */
export function fileProblem(config: Pick<EditionConfig, 'root'>, key: readonly (string | number)[], path: string, cwd = process.cwd()): Diagnostic | undefined {
  const full = resolveFromConfig(config, path);
  const named = `${keyName(key)} "${path}"`;
  const shownPath = displayPath(config, path, cwd);
  const relativeHint = `paths in the config are relative to the config file${shownPath === path ? '' : `; this one is ${shownPath}`}`;
  let stat;
  try {
    stat = statSync(full);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return error({ message: `${named}: file not found`, rule: 'config-file-missing', stage: 'config', hint: relativeHint });
    }
    return { ...readFault(err, shownPath, 'config', named), rule: 'config-file-unreadable' };
  }
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) {
    let inside: string[] = [];
    try {
      inside = readdirSync(full, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
    } catch {
      // an unreadable folder: nothing to suggest
    }
    const shown = inside.slice(0, 3).map((n) => `${path.replace(/[\\/]+$/, '')}/${n}`);
    return error({
      message: `${named} is a folder, not a file`,
      rule: 'config-not-a-file',
      stage: 'config',
      hint: `name a file${shown.length ? ` in it (${shown.join(', ')}${inside.length > 3 ? ', …' : ''})` : ''}; ${relativeHint}`,
    });
  }
  return error({ message: `${named} is not a regular file`, rule: 'config-not-a-file', stage: 'config', hint: `name a file; ${relativeHint}` });
}
