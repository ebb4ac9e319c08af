import { readFile } from 'node:fs/promises';
import salve from 'salve';
import { EditionError, error } from '../../diagnostics/index.js';
import type { SchemaSource } from '../schema-source.js';
import { fixSalveDatatypes } from './datatype-fixes.js';
import { memoizeSalveDatatypes } from './datatype-memo.js';
import { installLazyChoice } from './lazy-choice.js';

fixSalveDatatypes();
memoizeSalveDatatypes();
installLazyChoice();

export type Grammar = salve.Grammar;

/**
 * Converts a RELAX NG schema with salve (simplification and checks as the RELAX NG spec says)
 * and serialises it, so that later runs only read the JSON.
 */
export async function convertSchema(source: SchemaSource): Promise<{ grammar: Grammar; json: string }> {
  let result: salve.ConversionResult;
  try {
    result = await salve.convertRNGToPattern(source.url, {
      createManifest: false,
      manifestHashAlgorithm: 'SHA-256',
      resourceLoader: new ScopedLoader(source),
    });
  } catch (err) {
    if (err instanceof EditionError) throw err;
    throw new EditionError([
      error({
        message: `the schema ${source.name} cannot be used: ${err instanceof Error ? err.message : String(err)}`,
        rule: 'schema-invalid',
        stage: 'validate',
        hint: 'check it with jing, or use an official tei_all.rng',
      }),
    ]);
  }
  return { grammar: result.pattern, json: salve.writeTreeToJSON(result.simplified, 3) };
}

/** Rebuilds the grammar from its cached JSON. */
export function grammarFromJson(json: string): Grammar {
  return salve.readTreeFromJSON(json);
}

/**
 * Gives salve the schema we already read, and files it includes only from the schema's own
 * directory (or, for a URL, below the same path): nothing is read that the user did not point at.
 */
class ScopedLoader implements salve.ResourceLoader {
  constructor(private readonly source: SchemaSource) {}

  async load(url: URL): Promise<salve.Resource> {
    if (url.href === this.source.url.href) {
      const text = this.source.text;
      return { url, getText: async () => text };
    }
    const base = new URL('.', this.source.url);
    if (!url.href.startsWith(base.href)) {
      throw new EditionError([
        error({
          message: `the schema ${this.source.name} includes ${url.href}, outside its own directory; it is not read`,
          rule: 'schema-include-refused',
          stage: 'validate',
          hint: 'put the included schemas next to the main one',
        }),
      ]);
    }
    const text = url.protocol === 'file:' ? await readFile(url, 'utf8') : await (await fetch(url, { signal: AbortSignal.timeout(60_000) })).text();
    return { url, getText: async () => text };
  }
}
