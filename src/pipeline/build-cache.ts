import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheRoot, toolkitRoot } from '../io/cache-dir.js';
import { toolkitVersion } from '../version.js';
import { temporaryPath } from '../io/temp-files.js';
import { pruneLeastRecent, touch } from '../io/prune.js';

/**
 * What earlier builds made, kept by content hash so that a rebuild of unchanged inputs reuses
 * it and a change redoes only the outputs that depend on it: the TEI (with the check's and the
 * review's results) by the hash of every input file and the toolkit; the web edition's files
 * and the PDF by the hash of the TEI and of what renders it. Entries are V8-serialised values
 * written whole (temporary file, then rename), so a build that stops half-way leaves no
 * half entry; an entry that cannot be read is a miss, never a failure. The cache is an
 * optimisation only: every output is the same bytes with or without it (tests/pipeline/incremental.test.ts).
 */
export class BuildCache {
  constructor(
    readonly dir: string = join(cacheRoot(), 'builds'),
    /** Entries kept of each kind; the least recently used beyond this are removed. */
    readonly keep = 24,
  ) {}

  private file(kind: string, key: string): string {
    return join(this.dir, kind, `${key}.v8`);
  }

  get<T>(kind: string, key: string): T | undefined {
    const file = this.file(kind, key);
    try {
      const value = deserialize(readFileSync(file)) as T;
      touch(file);
      return value;
    } catch {
      return undefined;
    }
  }

  set(kind: string, key: string, value: unknown): void {
    const file = this.file(kind, key);
    // The writer's process id in the name lets the next build remove what a killed one left.
    const tmp = temporaryPath(file);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, serialize(value));
      renameSync(tmp, file);
      this.prune(kind);
    } catch {
      // An unwritable cache only makes the next build slower.
      rmSync(tmp, { force: true });
    }
  }

  private prune(kind: string): void {
    pruneLeastRecent(join(this.dir, kind), (f) => f.endsWith('.v8'), this.keep);
  }
}

/** SHA-256 of the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Every file under a folder, sorted, as absolute paths (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      return e.isDirectory() ? filesUnder(path) : e.isFile() ? [path] : [];
    })
    .sort();
}

/** Hash of files' names (relative to `base`) and contents; a missing file counts as such. */
export function hashFiles(files: readonly string[], base = ''): string {
  const parts: (string | Uint8Array)[] = [];
  for (const f of files) {
    parts.push(base ? relative(base, f) : f);
    try {
      parts.push(readFileSync(f));
    } catch {
      parts.push('\u0000missing');
    }
  }
  return hashOf(...parts);
}

let fingerprint: string | undefined;

/**
 * Everything of the toolkit an output depends on: its version, its compiled code (or its
 * sources when run from src/), its stylesheets, Typst design, default rules and schemas, the
 * installed packages (npm's record of node_modules) and the Node version. Computed once per
 * process (about 20 ms).
 */
export function toolkitFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const code = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const parts = toolkitRoot.split(sep);
  const installed = parts.lastIndexOf('node_modules');
  const project = installed === -1 ? toolkitRoot : parts.slice(0, installed).join(sep) || sep;
  const files = [
    ...filesUnder(code).filter((f) => /\.(js|ts|json)$/.test(f) && !f.endsWith('.d.ts')),
    ...filesUnder(join(toolkitRoot, 'xslt')),
    ...filesUnder(join(toolkitRoot, 'tei')).filter((f) => f.endsWith('.sch')),
    join(project, 'node_modules', '.package-lock.json'),
  ];
  fingerprint = hashOf(toolkitVersion, process.version, hashFiles(files, toolkitRoot));
  return fingerprint;
}
