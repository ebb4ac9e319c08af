#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('tei-edition: the toolkit is not compiled yet; run `npm ci` (or `npm run build:ts`) first.\n');
  process.exit(3);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
