import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The toolkit's own folder (where package.json, xslt/, tei/ and schema/ live), from this
 * module's place in src/ or dist/: the same whether it runs from a checkout or is installed in
 * another project's node_modules.
 */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A file shipped with the toolkit, by its path inside the package. */
export const packageFile = (...parts: string[]): string => resolve(packageRoot, ...parts);
