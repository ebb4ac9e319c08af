import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/**
 * Temporary folders for one test file, removed after it: the returned function makes one, and
 * its `keep` takes a folder made elsewhere into the same clean-up.
 */
export function tempFolders(): ((prefix: string) => string) & { keep: (dir: string) => string } {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const keep = (dir: string): string => {
    made.push(dir);
    return dir;
  };
  return Object.assign((prefix: string) => keep(mkdtempSync(join(tmpdir(), prefix))), { keep });
}

/** A copy of the Frankenstein example in a new folder of `temp`, without its outputs (and, asked, its TEI). */
export function frankensteinCopy(temp: (prefix: string) => string, prefix: string, options: { withoutTei?: boolean } = {}): string {
  const example = join(repoRoot, 'examples', 'frankenstein');
  const dir = temp(prefix);
  cpSync(example, dir, { recursive: true, filter: (src) => !/^output(?:[\\/]|$)/.test(src.slice(example.length + 1)) });
  if (options.withoutTei) rmSync(join(dir, 'tei'), { recursive: true, force: true });
  return dir;
}

export interface TestWitness {
  siglum: string;
  content: string | Uint8Array;
  scope?: string;
}

export interface TestEditionOptions {
  witnesses: TestWitness[];
  base?: string;
  overrides?: unknown;
  interventions?: unknown;
  toc?: unknown;
  firstChapter?: number;
  maxWitnessBytes?: number;
  /** The notes section of the config (default: notes signed "(L.S.)" are the author's, others the translator's, all `#editor`). */
  notes?: unknown;
  /** Other sections of the config, merged in as given. */
  extraConfig?: Record<string, unknown>;
}

/** A notes section for tests: notes signed "(L.S.)" are the author's, the others the translator's. */
export const testNotes = (authorResp: string, otherResp = authorResp) => ({
  rules: [{ signature: '(L.S.)', type: 'author', resp: authorResp }],
  default: { type: 'translator', resp: otherResp, cert: 'medium' },
  editorResp: '#editor',
});

/**
 * A throwaway edition: a temp directory with a config, a minimal header and the given
 * witnesses, so tests can build editions from any text.
 */
export function makeEditionDir(options: TestEditionOptions): { dir: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-'));
  mkdirSync(join(dir, 'witnesses'));
  cpSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), join(dir, 'header.json'));
  for (const w of options.witnesses) writeFileSync(join(dir, 'witnesses', `${w.siglum}.txt`), w.content);
  const structure: Record<string, unknown> = { firstChapter: options.firstChapter ?? 1 };
  for (const [key, value] of [
    ['overrides', options.overrides],
    ['interventions', options.interventions],
    ['tableOfContents', options.toc],
  ] as const) {
    if (value === undefined) continue;
    writeFileSync(join(dir, `${key}.json`), JSON.stringify(value, null, 2));
    structure[key] = `${key}.json`;
  }
  const config = {
    id: 'test-book',
    header: 'header.json',
    witnesses: options.witnesses.map((w) => ({
      siglum: w.siglum,
      file: `witnesses/${w.siglum}.txt`,
      title: `Witness ${w.siglum}`,
      provenance: 'made by a test',
      ...(w.scope ? { scope: { chapter: w.scope } } : {}),
    })),
    base: options.base ?? options.witnesses[0]!.siglum,
    structure,
    notes: options.notes ?? testNotes('#editor'),
    output: { tei: 'out/edition.xml', dir: 'out' },
    ...(options.maxWitnessBytes ? { limits: { maxWitnessBytes: options.maxWitnessBytes } } : {}),
    ...options.extraConfig,
  };
  writeFileSync(join(dir, 'edition.config.json'), JSON.stringify(config, null, 2));
  return { dir, config: join(dir, 'edition.config.json') };
}

export const readText = (path: string): string => readFileSync(path, 'utf8');
