import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceFiles } from '../../src/docs/reference.js';
import { repoRoot } from '../helpers/edition-dir.js';

describe('the generated reference', () => {
  const files = referenceFiles();

  it('is what `npm run docs` makes from the schemas (regenerate it after changing one)', () => {
    for (const [path, text] of files) {
      expect(existsSync(join(repoRoot, path)), path).toBe(true);
      expect(readFileSync(join(repoRoot, path), 'utf8'), path).toBe(text);
    }
  });

  it('describes every key of the config, and every data file the config names', () => {
    const config = files.get('docs/reference/edition-config.md')!;
    const undescribed = config.split('\n').filter((l) => /^\| `[^`]+` \|/.test(l) && / \| {0,1}\|$/.test(l.trimEnd()));
    expect(undescribed).toEqual([]);
    for (const key of ['witnesses[].siglum', 'base', 'notes.rules', 'structure.overrides', 'annotation.corrections', 'collation.regularize', 'render.overrides', 'output.tei']) {
      expect(config).toContain(`\`${key}\``);
    }
    for (const page of ['header', 'structure-overrides', 'interventions', 'corrections', 'annotation-rules']) expect(files.has(`docs/reference/${page}.md`)).toBe(true);
  });

  it('gives editors a JSON Schema for the config that names its own $schema key', () => {
    const schema = JSON.parse(files.get('schema/edition-config.schema.json')!) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('$schema');
    expect(Object.keys(schema.properties)).toContain('witnesses');
  });
});
