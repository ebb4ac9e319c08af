import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { correctionsFile, rulesFile } from '../../src/annotate/data.js';
import { editionConfig } from '../../src/config/schema.js';
import { closestKey, editDistance, keysAt, objectSchemas } from '../../src/config/schema-walk.js';
import { regularizationTable } from '../../src/config/sections/collation.js';
import { headerData } from '../../src/model/header.js';
import { interventionsFile, overridesFile, tableOfContentsFile } from '../../src/structure/data-files.js';

/** Every schema a file the editors write goes through: the config, the header and the data files the config names. */
const schemas = {
  'edition.config.json': editionConfig,
  'header.json': headerData,
  corrections: correctionsFile,
  'annotation rules': rulesFile,
  'structure overrides': overridesFile,
  'table of contents': tableOfContentsFile,
  interventions: interventionsFile,
  'regularisation table': regularizationTable,
};

describe('every object of the schemas editors write against is strict', () => {
  it.each(Object.entries(schemas))('%s: an unknown key is an error at every level', (_, schema) => {
    const loose = objectSchemas(schema).filter((o) => o.unknownKeys !== 'strict');
    expect(loose.map((o) => `${o.path} (${o.unknownKeys})`)).toEqual([]);
  });

  it('the walk reaches the objects inside arrays, defaults, optionals, unions and refinements', () => {
    const paths = objectSchemas(editionConfig).map((o) => o.path);
    expect(paths).toEqual(
      expect.arrayContaining(['(top)', 'witnesses[]', 'witnesses[].scope', 'notes.rules[]', 'notes.default', 'collation', 'collation.normalize', 'collation.relations[]', 'render', 'annotation.review.nearMiss', 'limits']),
    );
    expect(objectSchemas(headerData).map((o) => o.path)).toEqual(expect.arrayContaining(['author', 'responsibilities[]', 'sources[]', 'licence', 'language', 'workDate']));
  });

  it('finds a loose object where there is one', () => {
    const schema = z.object({ a: z.array(z.object({ b: z.object({}).passthrough().optional() }).strict()).default([]) }).strict();
    expect(objectSchemas(schema).filter((o) => o.unknownKeys !== 'strict').map((o) => o.path)).toEqual(['a[].b']);
    expect(objectSchemas(z.object({ x: z.string() })).map((o) => o.unknownKeys)).toEqual(['strip']);
  });
});

describe('the keys known at a place of the data, and the nearest to a misspelt one', () => {
  it('knows the keys at a path through arrays and wrappers', () => {
    expect(keysAt(editionConfig, ['witnesses', 1])).toEqual(['siglum', 'id', 'file', 'title', 'provenance', 'url', 'sha256', 'scope']);
    expect(keysAt(editionConfig, ['render'])).toEqual(['overrides', 'lang']);
    expect(keysAt(editionConfig, ['collation', 'normalize'])).toContain('punctuation');
    expect(keysAt(editionConfig, ['nowhere'])).toEqual([]);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('sha265', 'sha256')).toBe(1);
    expect(editDistance('ulr', 'url')).toBe(1);
    expect(editDistance('hidden', 'hide')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a near key, a key the unknown one starts or continues, and nothing far or ambiguous', () => {
    const known = ['siglum', 'id', 'file', 'title', 'provenance', 'url', 'sha256', 'scope'];
    expect(closestKey('sha265', known)).toBe('sha256');
    expect(closestKey('provenence', known)).toBe('provenance');
    expect(closestKey('Title', known)).toBe('title');
    expect(closestKey('language', ['overrides', 'lang'])).toBe('lang');
    expect(closestKey('colour', ['overrides', 'lang'])).toBeUndefined();
    expect(closestKey('xy', known)).toBeUndefined();
    expect(closestKey('ab', ['aa', 'bb'])).toBeUndefined();
  });
});
