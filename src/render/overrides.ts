import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EditionError, error } from '../diagnostics/index.js';
import { compiledStylesheet, overrideCompilationsKept, renderCacheDir, xsltDir } from './xslt.js';
import { pruneLeastRecent, touch } from '../io/prune.js';
import { temporaryPath } from '../io/temp-files.js';

/**
 * An edition's own rendering rules, from its `render.overrides` folder, without forking xslt/:
 *
 * - `html.xsl`, `print.xsl`: an XSLT 3 module each, imported after the toolkit's stylesheet,
 *   so its templates and functions win (xsl:import precedence); it may use everything the
 *   core defines (f:, m: names);
 * - `strings.json`: strings by key (xslt/core/strings.xsl lists them), each a text or an
 *   object of language → text, replacing the toolkit's.
 */
export interface RenderOverrides {
  /** The folder (absolute or relative to the current directory). */
  readonly dir: string;
}

export type Driver = 'html.xsl' | 'print.xsl';

const overrideRule = 'render-overrides';

/** The strings of an overrides folder as the stylesheet parameter `strings`. */
export function overrideStrings(overrides: string | undefined): Record<string, unknown> {
  if (!overrides) return {};
  const file = join(resolve(overrides), 'strings.json');
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new EditionError([error({ message: `cannot read the strings file: ${(err as Error).message}`, rule: overrideRule, stage: 'render', file, hint: 'a JSON object of key → text (or key → { language: text })' })]);
  }
  const ok =
    typeof data === 'object' && data !== null && !Array.isArray(data) &&
    Object.values(data).every((v) => typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((t) => typeof t === 'string')));
  if (!ok) {
    throw new EditionError([error({ message: 'the strings file is not an object of key → text (or key → { language: text })', rule: overrideRule, stage: 'render', file })]);
  }
  return data as Record<string, unknown>;
}

/**
 * The compiled stylesheet for a driver with an edition's module imported after it, or the
 * toolkit's own when the folder has none. The wrapper is named after the module's content,
 * so an edited module compiles anew.
 */
export async function stylesheetWithOverrides(driver: Driver, overrides: string | undefined): Promise<string> {
  if (!overrides) return compiledStylesheet(driver);
  const dir = resolve(overrides);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new EditionError([error({ message: `the render overrides folder does not exist: ${overrides}`, rule: overrideRule, stage: 'render', hint: 'set render.overrides to a folder (it may hold html.xsl, print.xsl, strings.json)' })]);
  }
  const module = join(dir, driver);
  if (!existsSync(module)) return compiledStylesheet(driver);
  const hash = createHash('sha256').update(readFileSync(module)).update(module).update('2').digest('hex').slice(0, 16);
  const wrappers = join(renderCacheDir, 'overrides');
  mkdirSync(wrappers, { recursive: true });
  const base = driver.replace(/\.xsl$/, '');
  const wrapper = join(wrappers, `${base}-${hash}.xsl`);
  if (existsSync(wrapper)) touch(wrapper);
  else {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated: the toolkit's ${driver} with an edition's overrides imported after it. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xpath-default-namespace="http://www.tei-c.org/ns/1.0">
  <xsl:import href="${pathToFileURL(join(xsltDir, driver)).href}"/>
  <xsl:import href="${pathToFileURL(module).href}"/>
</xsl:stylesheet>
`;
    const tmp = temporaryPath(wrapper);
    (await import('node:fs')).writeFileSync(tmp, text);
    renameSync(tmp, wrapper);
    const ofDriver = new RegExp(`^${base}-[0-9a-f]{16}\\.xsl$`, 'u');
    pruneLeastRecent(wrappers, (f) => ofDriver.test(f), overrideCompilationsKept);
  }
  try {
    return await compiledStylesheet(wrapper);
  } catch (err) {
    // The wrapper is the toolkit's; what fails to compile is the edition's module: named as such.
    if (!(err instanceof EditionError)) throw err;
    throw new EditionError(
      err.diagnostics.map((d) => {
        if (d.rule !== 'xslt-compile') return d;
        const line = /on line (\d+)/.exec(d.message)?.[1];
        const shown = relative(process.cwd(), module) || module;
        return error({
          message: d.message.replace(/^cannot compile \S+:/, `cannot compile the edition's ${driver} (imported after the toolkit's):`),
          rule: d.rule,
          stage: 'render',
          file: shown,
          ...(line ? { line: Number(line) } : {}),
          hint: `correct ${shown}, or remove it to render with the toolkit's ${driver} alone`,
        });
      }),
    );
  }
}
