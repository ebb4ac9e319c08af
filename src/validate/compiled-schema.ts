import { cachePaths, readCached, writeCached } from './cache.js';
import { convertSchema, grammarFromJson, type Grammar } from './relaxng/convert.js';
import { extractSchematron } from './schematron/extract.js';
import type { SchematronSchema } from './schematron/model.js';
import { markUnsupported, prepareSchematron, type PreparedSchematron } from './schematron/run.js';
import { loadSchemaSource, type SchemaSource } from './schema-source.js';

/** A schema converted once and reused for every file of a run (and, through the cache, of later runs). */
export interface CompiledSchema {
  /** The schema as the user named it. */
  readonly name: string;
  readonly sha256: string;
  readonly grammar: Grammar;
  /** The Schematron embedded in the schema (ISO namespace), ready to run. */
  readonly schematron: PreparedSchematron;
  /** Whether this process converted the schema or read the cache. */
  readonly from: 'conversion' | 'cache';
  /** The cache files, for tools that want to reuse them (the fast validator process). */
  readonly cacheFiles: { readonly grammar: string; readonly schematron: string } | undefined;
}

export { cachePaths };

/**
 * Loads a RELAX NG schema (path or URL) and everything validation needs from it. The first run
 * converts it with salve and extracts its Schematron (~3 s for tei_all); later runs read the
 * cache keyed by the schema's sha256.
 */
export async function compileSchema(schema: string, options: { cwd?: string; cacheDir?: string } = {}): Promise<CompiledSchema> {
  const source = await loadSchemaSource(schema, options.cwd);
  return compileSource(source, options.cacheDir);
}

export async function compileSource(source: SchemaSource, cacheDir?: string): Promise<CompiledSchema> {
  const paths = cachePaths(source.sha256, cacheDir);
  const [grammarJson, schematronJson] = await Promise.all([readCached(paths.grammar), readCached(paths.schematron)]);
  if (grammarJson !== undefined && schematronJson !== undefined) {
    try {
      const schematron = JSON.parse(schematronJson) as SchematronSchema;
      return {
        name: source.name,
        sha256: source.sha256,
        grammar: grammarFromJson(grammarJson),
        schematron: prepareSchematron(schematron, false),
        from: 'cache',
        cacheFiles: paths,
      };
    } catch {
      // A damaged cache entry is simply converted again.
    }
  }
  const { grammar, json } = await convertSchema(source);
  const schematron = markUnsupported(extractSchematron(source.text, source.name));
  const written = (await writeCached(paths.grammar, json)) && (await writeCached(paths.schematron, JSON.stringify(schematron)));
  return {
    name: source.name,
    sha256: source.sha256,
    grammar,
    schematron: prepareSchematron(schematron, false),
    from: 'conversion',
    cacheFiles: written ? paths : undefined,
  };
}
