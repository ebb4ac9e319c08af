import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheRoot } from '../cache.js';
import { askSnapshot } from './process.js';
import { snapshotEnv, type SnapshotRequest, type SnapshotResponse } from './protocol.js';
import { temporaryPath } from '../../io/temp-files.js';

const here = dirname(fileURLToPath(import.meta.url));
const validateDir = dirname(here);
/** snapshot-main.js next to this file once compiled, snapshot-main.ts under vitest. */
const entry = [join(here, 'snapshot-main.js'), join(here, 'snapshot-main.ts')].find((p) => existsSync(p)) ?? join(here, 'snapshot-main.js');

/** What the snapshot is built from: the converted schema and the edition rules file. */
export interface SnapshotInputs {
  readonly schemaName: string;
  readonly schemaSha256: string;
  readonly grammarFile: string;
  readonly schematronFile: string;
  readonly editionRulesFile: string;
}

/** The toolkit's own validation code, hashed: a snapshot of other code is never used. Once per process (a watched build asks every time). */
let code: string | undefined;
function codeHash(): string {
  return (code ??= hashCode());
}

function hashCode(): string {
  const hash = createHash('sha256').update(`${process.version} ${process.arch}\n`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(validateDir);
  return hash.digest('hex');
}

function snapshotKey(inputs: SnapshotInputs): string {
  return createHash('sha256')
    .update(codeHash())
    .update(inputs.schemaSha256)
    .update(inputs.grammarFile)
    .update(readFileSync(inputs.schematronFile))
    .update(readFileSync(inputs.editionRulesFile))
    .digest('hex')
    .slice(0, 32);
}

/** Where snapshots live. */
export const snapshotDir = (): string => join(cacheRoot(), 'snapshots');

/**
 * The snapshot blob for these inputs, built on first use (~3 s: bundle with esbuild, then
 * `node --build-snapshot`). Undefined when it cannot be built here (the caller validates in
 * process instead); a failure is remembered so that it is not retried on every run.
 */
export async function ensureSnapshot(inputs: SnapshotInputs): Promise<string | undefined> {
  if (process.env.TEI_EDITION_NO_SNAPSHOT) return undefined;
  const dir = snapshotDir();
  const key = snapshotKey(inputs);
  const blob = join(dir, `${key}.blob`);
  if (existsSync(blob)) return blob;
  // A failed build is not retried for an hour (it would slow every run), then tried again.
  if (existsSync(`${blob}.failed`) && Date.now() - statSync(`${blob}.failed`).mtimeMs < 3_600_000) return undefined;
  try {
    mkdirSync(dir, { recursive: true });
    const bundle = temporaryPath(join(dir, key), 'cjs');
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: bundle,
      logLevel: 'silent',
      // import.meta.url is read only to find files beside the sources; the values sent in the
      // request are what the process uses.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    });
    const tmp = temporaryPath(blob);
    const built = spawnSync(process.execPath, ['--no-warnings', '--snapshot-blob', tmp, '--build-snapshot', bundle], {
      env: {
        ...process.env,
        [snapshotEnv.name]: inputs.schemaName,
        [snapshotEnv.sha256]: inputs.schemaSha256,
        [snapshotEnv.grammar]: inputs.grammarFile,
        [snapshotEnv.schematron]: inputs.schematronFile,
        [snapshotEnv.rules]: inputs.editionRulesFile,
      },
      encoding: 'utf8',
      timeout: 300_000,
    });
    rmSync(bundle, { force: true });
    if (built.status !== 0 || !existsSync(tmp)) throw new Error(`node --build-snapshot failed: ${built.stderr || built.error?.message || built.status}`);
    renameSync(tmp, blob);
    pruneSnapshots(dir, blob);
    return blob;
  } catch (err) {
    try {
      writeFileSync(`${blob}.failed`, err instanceof Error ? (err.stack ?? err.message) : String(err));
    } catch {
      // an unwritable cache: nothing to remember
    }
    return undefined;
  }
}

/** Keeps the few most recent snapshots (one per schema and rules file in use); each is ~16 MB. */
function pruneSnapshots(dir: string, keep: string, max = 4): void {
  const blobs = readdirSync(dir)
    .filter((f) => f.endsWith('.blob'))
    .map((f) => join(dir, f))
    .filter((f) => f !== keep)
    .map((f) => ({ f, t: statSync(f).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of blobs.slice(max - 1)) rmSync(f, { force: true });
}

/**
 * Texts longer than this go to the process in a temporary file: a pipe takes about 64 KB at
 * once, and the rest would wait until this thread is idle, which in a build is after the
 * edition rules it checks meanwhile.
 */
const pipeBytes = 32 * 1024;

/**
 * Runs a request in a process started from the snapshot. The request reaches the process
 * before this returns. Undefined when that process fails; the caller then validates in process.
 */
export async function runInSnapshot(blob: string, request: SnapshotRequest): Promise<SnapshotResponse | undefined> {
  const temporary: string[] = [];
  const files = request.files.map((f) => {
    if (f.text === undefined || f.text.length < pipeBytes) return f;
    const textFile = temporaryPath(join(snapshotDir(), 'text'));
    if (temporary.length === 0) mkdirSync(snapshotDir(), { recursive: true });
    writeFileSync(textFile, f.text);
    temporary.push(textFile);
    return { path: f.path, file: f.file, textFile };
  });
  try {
    const text = await askSnapshot(blob, JSON.stringify({ ...request, files }));
    if (text === undefined) return undefined;
    return JSON.parse(text) as SnapshotResponse;
  } catch {
    return undefined;
  } finally {
    for (const f of temporary) rmSync(f, { force: true });
  }
}
