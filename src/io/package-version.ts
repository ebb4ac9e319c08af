import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The installed version of a dependency, for cache keys; 'unknown' when it cannot be told. A
 * package whose `exports` hides its package.json (compromise) is found from its main file up.
 */
export function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    // exports without ./package.json: below
  }
  try {
    for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // no package.json at this level
      }
    }
  } catch {
    // not installed
  }
  return 'unknown';
}
