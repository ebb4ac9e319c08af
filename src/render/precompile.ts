import { readdirSync } from 'node:fs';
import { compiledStylesheet, xsltDir } from './xslt.js';

/**
 * Compiles every driver stylesheet (xslt/*.xsl) to SEF, so the first build after `npm ci` does
 * not pay for compilation. Run by the prepare script; safe to run again (cached).
 */
export async function precompileStylesheets(): Promise<string[]> {
  const drivers = readdirSync(xsltDir).filter((f) => f.endsWith('.xsl')).sort();
  const out: string[] = [];
  for (const d of drivers) out.push(await compiledStylesheet(d));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  precompileStylesheets().then(
    (sefs) => process.stdout.write(`compiled ${sefs.length} stylesheet(s) to SEF\n`),
    (err: Error) => {
      process.stderr.write(`precompile failed: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
