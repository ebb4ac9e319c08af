#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('tei-edition: the toolkit is not compiled yet; run `npm ci` (or `npm run build:ts`) first.\n');
  process.exit(3);
}
// `validate` starts its validator processes from the last snapshot before loading the CLI, so
// that their start overlaps the CLI's own (src/validate/fast/process.ts).
const args = process.argv.slice(2);
if (args[0] === 'validate' && !process.env.TEI_EDITION_NO_SNAPSHOT) {
  const { prestart } = await import(new URL('../dist/validate/fast/process.js', import.meta.url).href);
  const rng = args.some((a, i) => a === 'none' && (args[i - 1] === '--rules' || args[i - 1] === '-r')) || args.includes('--rules=none');
  prestart(rng ? 1 : 2);
}
// A reader that stops early (`tei-edition validate --help | head`) closes the pipe: there is
// nothing more to say to it, and no stack trace to print. Outputs are written atomically, so
// leaving now loses nothing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
