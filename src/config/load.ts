import { dirname, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadJsonData } from './json-data.js';
import { editionConfig, type EditionConfigData } from './schema.js';
import { EditionError, error } from '../diagnostics/index.js';

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
  const data = loadJsonData(path, file, editionConfig, 'config');
  const config: EditionConfig = { ...data, root: dirname(path), configFile: file };
  const missing = [
    ['header', config.header],
    ...config.witnesses.map((w) => [`witness ${w.siglum}`, w.file] as const),
    ['structure.overrides', config.structure.overrides],
    ['structure.tableOfContents', config.structure.tableOfContents],
    ['structure.interventions', config.structure.interventions],
    ...Object.entries(config.registers).map(([k, v]) => [`registers.${k}`, v] as const),
    ['annotation.corrections', config.annotation.corrections],
    ['annotation.rules', config.annotation.rules],
  ].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !existsSync(resolveFromConfig(config, entry[1])));
  if (missing.length > 0) {
    throw new EditionError(
      missing.map(([what, p]) =>
        error({
          message: `${what}: file not found: ${p}`,
          rule: 'config-file-missing',
          stage: 'config',
          file,
          hint: 'paths in the config are relative to the config file',
        }),
      ),
    );
  }
  return config;
}
