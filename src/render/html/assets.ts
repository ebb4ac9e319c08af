import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { xsltDir } from '../xslt.js';

const require = createRequire(import.meta.url);

/** A static file of the site: where it goes (relative to the output folder) and its bytes. */
export interface Asset {
  readonly path: string;
  readonly data: string;
}

/**
 * The site's static files: the stylesheet (screen and print), the page script, and
 * MiniSearch's browser build, copied from the installed package so the page and the build
 * use the same version.
 */
export function siteAssets(): Asset[] {
  const own = join(xsltDir, 'html', 'assets');
  return [
    { path: 'assets/edition.css', data: readFileSync(join(own, 'edition.css'), 'utf8') },
    { path: 'assets/edition.js', data: readFileSync(join(own, 'edition.js'), 'utf8') },
    { path: 'assets/minisearch.js', data: minisearchBrowserBuild() },
  ];
}

/** MiniSearch's UMD build (it sets `window.MiniSearch`), without its source-map comment. */
function minisearchBrowserBuild(): string {
  // The package exports only its ESM and CJS entries; the UMD build sits beside them in dist/.
  const umd = join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
  return readFileSync(umd, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
}
