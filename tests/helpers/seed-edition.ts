import { loadConfig } from '../../src/config/load.js';
import { editionModel } from '../../src/pipeline/model.js';
import { toTei } from '../../src/tei/document.js';
import type { Edition } from '../../src/model/edition.js';
import { repoRoot } from './edition-dir.js';

let cached: { edition: Edition; tei: string } | undefined;

/** The Red Book edition model (loaded and annotated) from the repository's config, once per test file. */
export function seedEdition(): { edition: Edition; tei: string } {
  cached ??= (() => {
    const edition = editionModel(loadConfig('edition.config.json', repoRoot), { cwd: repoRoot });
    return { edition, tei: toTei(edition) };
  })();
  return cached;
}
