import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EditionError, error } from '../diagnostics/index.js';

/** A schema as the user named it, loaded: its text, where it came from and its sha256. */
export interface SchemaSource {
  /** The schema as named (path or URL), for messages. */
  readonly name: string;
  /** file: or http(s): URL of the schema; includes are resolved against it. */
  readonly url: URL;
  readonly text: string;
  readonly sha256: string;
}

/** Where to get tei_all, said in every message about a missing schema. */
export const teiAllHint =
  'pass --schema PATH_OR_URL, set the TEI_ALL_RNG environment variable, or set "validation.schema" in edition.config.json; ' +
  'tei_all.rng comes with the TEI Guidelines release (tei-c.org, "P5/xml/tei/custom/schema/relaxng/tei_all.rng") ' +
  "or your XML editor's TEI framework";

/**
 * Picks the schema: an explicit option first, then the edition config's, then `TEI_ALL_RNG`.
 * Throws an EditionError that says how to get tei_all when none is given.
 */
export function chooseSchema(explicit: string | undefined, fromConfig: string | undefined, env = process.env): string {
  const chosen = explicit ?? fromConfig ?? (env.TEI_ALL_RNG || undefined);
  if (chosen === undefined) {
    throw new EditionError([
      error({ message: 'no RELAX NG schema to validate against', rule: 'schema-missing', stage: 'validate', hint: teiAllHint }),
    ]);
  }
  return chosen;
}

/** Reads (or, for an http(s) URL the user named, downloads) the schema. */
export async function loadSchemaSource(name: string, cwd = process.cwd()): Promise<SchemaSource> {
  const isUrl = /^https?:\/\//i.test(name);
  const url = isUrl ? new URL(name) : name.startsWith('file:') ? new URL(name) : pathToFileURL(isAbsolute(name) ? name : resolve(cwd, name));
  let text: string;
  try {
    if (isUrl) {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000), redirect: 'follow' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } else {
      text = await readFile(url, 'utf8');
    }
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new EditionError([
      error({ message: `cannot read the schema ${name} (${reason})`, rule: 'schema-unreadable', stage: 'validate', hint: teiAllHint }),
    ]);
  }
  if (!/<grammar\b|<element\b/.test(text.slice(0, 20_000)) || !text.includes('http://relaxng.org/ns/structure/1.0')) {
    throw new EditionError([
      error({
        message: `${name} is not a RELAX NG schema in XML syntax`,
        rule: 'schema-not-rng',
        stage: 'validate',
        hint: 'use the .rng file (the compact .rnc syntax is not read); ' + teiAllHint,
      }),
    ]);
  }
  return { name, url, text, sha256: createHash('sha256').update(text).digest('hex') };
}
