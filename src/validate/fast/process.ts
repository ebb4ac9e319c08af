import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../cache.js';

/**
 * A process started from a snapshot blob, waiting for its request on stdin. Its output is
 * collected from the start, so nothing is missed if it ends before anyone asks.
 */
export interface SnapshotProcess {
  readonly blob: string;
  /** Sends the request; resolves to what the process wrote, or undefined when it failed. */
  ask(request: string): Promise<string | undefined>;
  /** Ends a process nobody asked. */
  discard(): void;
}

let starts = 0;

export function startSnapshotProcess(blob: string): SnapshotProcess {
  starts++;
  const child = spawn(process.execPath, ['--no-warnings', '--snapshot-blob', blob], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.resume();
  child.stdin.on('error', () => undefined); // a process that already ended: its exit code tells
  const done = new Promise<string | undefined>((resolve) => {
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out).toString('utf8') : undefined));
  });
  // Until asked, the process must not keep this one alive.
  const handles = [child, child.stdin, child.stdout, child.stderr] as { ref(): void; unref(): void }[];
  for (const h of handles) h.unref();
  return {
    blob,
    ask(request) {
      for (const h of handles) h.ref();
      child.stdin.end(request);
      return done;
    },
    discard() {
      child.kill();
    },
  };
}

/**
 * Processes started before the CLI knows which snapshot it needs (see prestart), waiting to be
 * taken by a run that needs that same snapshot.
 */
const waiting: SnapshotProcess[] = [];

/** The process to send a request to: one started early from this blob, or a new one. */
export function snapshotProcess(blob: string): SnapshotProcess {
  const at = waiting.findIndex((p) => p.blob === blob);
  if (at < 0) return startSnapshotProcess(blob);
  const [taken] = waiting.splice(at, 1);
  return taken!;
}

/** Ends the processes started early that no run took (another schema or rules file). */
export function discardWaiting(): void {
  for (const p of waiting.splice(0)) p.discard();
}

const lastUsedFile = (): string => join(cacheRoot(), 'snapshots', 'last-used');

/** Notes the blob a run used, so that the next CLI run can start it early. */
export function rememberLastUsed(blob: string): void {
  try {
    if (readLastUsed() !== blob) writeFileSync(lastUsedFile(), blob);
  } catch {
    // an unwritable cache: the next run starts its process a little later, that is all
  }
}

function readLastUsed(): string | undefined {
  try {
    return readFileSync(lastUsedFile(), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Starts `count` processes from the snapshot the last run used, at the very start of a CLI
 * `validate`, so that their start (~0.16 s to load the heap) overlaps the CLI's own start
 * (loading its modules, the config, hashing the schema). Which snapshot a run needs is known
 * only after that; a process started from another one is discarded unused.
 */
export function prestart(count: number): void {
  const blob = readLastUsed();
  if (!blob || !existsSync(blob)) return;
  for (let i = 0; i < count; i++) waiting.push(startSnapshotProcess(blob));
}

/** For tests: how many processes started early are still waiting, and how many were started. */
export function processCounts(): { readonly waiting: number; readonly started: number } {
  return { waiting: waiting.length, started: starts };
}
