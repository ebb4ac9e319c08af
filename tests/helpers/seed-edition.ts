import { readEdition } from '../../src/pipeline/read.js';
import { editionModel } from '../../src/pipeline/process.js';
import { toTei } from '../../src/tei/document.js';
import type { Edition } from '../../src/model/edition.js';
import { repoRoot } from './edition-dir.js';

let cached: { edition: Edition; tei: string } | undefined;

/** The Red Book edition model (loaded and annotated) from the repository's config, once per test file. */
export function seedEdition(): { edition: Edition; tei: string } {
  cached ??= (() => {
    const edition = editionModel(readEdition('edition.config.json', { cwd: repoRoot }).source);
    return { edition, tei: toTei(edition) };
  })();
  return cached;
}
