import { loadEdition } from '../../src/pipeline/load.js';
import { toTei } from '../../src/tei/document.js';
import type { Edition } from '../../src/model/edition.js';
import { repoRoot } from './edition-dir.js';

let cached: { edition: Edition; tei: string } | undefined;

/** The Red Book edition built from the repository's config (once per test file). */
export function seedEdition(): { edition: Edition; tei: string } {
  cached ??= (() => {
    const edition = loadEdition('edition.config.json', { cwd: repoRoot });
    return { edition, tei: toTei(edition) };
  })();
  return cached;
}
