import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadConfig, type EditionConfig } from '../../src/config/load.js';
import { annotationConfig } from '../../src/config/sections/annotation.js';
import type { Edition } from '../../src/model/edition.js';
import { readConfigured } from '../../src/pipeline/read.js';
import { structureEdition } from '../../src/pipeline/process.js';
import type { EditionSource } from '../../src/pipeline/source.js';
import { annotate } from '../../src/annotate/index.js';
import { collateEdition } from '../../src/collate/edition.js';

/** The repository root (the seed edition's config lives there). */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The seed edition's config with every register and the annotation data, whatever the
 * repository config names (so the tests show the annotation stage's own data at work).
 */
export function seedConfig(): EditionConfig {
  const config = loadConfig('edition.config.json', root);
  return {
    ...config,
    registers: {
      persons: 'tei/registers/persons.xml',
      places: 'tei/registers/places.xml',
      orgs: 'tei/registers/orgs.xml',
      bibls: 'tei/registers/bibls.xml',
    },
    annotation: annotationConfig.parse({
      ...config.annotation,
      corrections: 'editorial/corrections.json',
      rules: 'editorial/annotation/rules.json',
    }),
  };
}

let cached: { model: Edition; annotated: Edition; source: EditionSource } | undefined;

/** The seed edition before and after annotation (built once per test file). */
export function seedEdition(): { model: Edition; annotated: Edition; source: EditionSource } {
  if (!cached) {
    const source = readConfigured(seedConfig(), { cwd: root });
    const model = collateEdition(structureEdition(source), { base: source.base, collation: source.collation });
    cached = { model, annotated: annotate(model, { ...source.annotation, registers: source.registers }), source };
  }
  return cached;
}
