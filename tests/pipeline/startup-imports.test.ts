import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/edition-dir.js';

/** The packages a module loads when it is imported: its static imports, followed through our own modules. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s(?!type\s)[^'"]*['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const ts = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
        if (existsSync(ts)) walk(ts);
      } else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  walk(resolve(repoRoot, entry));
  return packages;
}

describe('what a build loads before it knows what it must make', () => {
  it('loads none of the engines of the stages: a rebuild whose outputs are all cached needs none', () => {
    const loaded = packagesLoadedBy('src/pipeline/build.ts');
    expect(loaded.has('zod')).toBe(true); // the config is read: the walk sees the imports
    for (const engine of ['fontoxpath', 'slimdom', 'saxon-js', 'salve', 'compromise', 'nspell', 'chrono-node', 'minisearch', '@myriaddreamin/typst-ts-node-compiler']) {
      expect(loaded.has(engine), engine).toBe(false);
    }
  });
});
