import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../cache.js';

/**
 * A process started from a snapshot blob, waiting for requests on stdin, one per line; it
 * answers each with one line, in order. Its output is collected from the start, so nothing is
 * missed if it ends before anyone asks.
 */
export interface SnapshotProcess {
  readonly blob: string;
  /**
   * Sends a request; resolves to the process's answer, or undefined when it failed. Unless
   * `keepOpen`, it is the last request: the process ends after answering it.
   */
  ask(request: string, keepOpen?: boolean): Promise<string | undefined>;
  /** Requests sent and not yet answered. */
  readonly busy: number;
  /** Ends the process: at once when nobody waits for it, else after its answers. */
  discard(): void;
}

let starts = 0;

export function startSnapshotProcess(blob: string): SnapshotProcess {
  starts++;
  const child = spawn(process.execPath, ['--no-warnings', '--snapshot-blob', blob], { stdio: ['pipe', 'pipe', 'pipe'] });
  const answers: ((answer: string | undefined) => void)[] = [];
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
    answers.shift()?.(line);
    if (answers.length === 0) hold(false);
  });
  child.stderr.resume();
  child.stdin.on('error', () => undefined); // a process that already ended: its exit tells
  const ended = (): void => {
    for (const resolve of answers.splice(0)) resolve(undefined);
  };
  child.on('error', ended);
  child.on('close', ended);
  // While nobody waits for an answer, the process must not keep this one alive.
  const handles = [child, child.stdin, child.stdout, child.stderr] as { ref(): void; unref(): void }[];
  const hold = (on: boolean): void => {
    for (const h of handles) on ? h.ref() : h.unref();
  };
  hold(false);
  return {
    blob,
    ask(request, keepOpen = false) {
      hold(true);
      const answer = new Promise<string | undefined>((resolve) => answers.push(resolve));
      if (child.exitCode !== null || child.signalCode !== null) ended();
      else {
        child.stdin.write(`${request}\n`);
        if (!keepOpen) child.stdin.end();
      }
      return answer;
    },
    get busy() {
      return answers.length;
    },
    discard() {
      if (answers.length === 0) child.kill();
      else child.stdin.end();
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

/**
 * Processes kept between builds (a watched edition): each answers the next build's request
 * with its schema loaded and its code warm, instead of a new process starting cold.
 */
const kept = new Map<string, SnapshotProcess>();
let keeping = false;

/** Keeps validator processes for later requests (true), or ends the kept ones (false). */
export function keepSnapshotProcesses(on: boolean): void {
  keeping = on;
  if (on) return;
  for (const p of kept.values()) p.discard();
  kept.clear();
}

/**
 * Sends one request to a process of this blob: a kept one when processes are kept and one is
 * idle, else one started early or a new one, which ends after answering.
 */
export async function askSnapshot(blob: string, request: string): Promise<string | undefined> {
  if (!keeping) return snapshotProcess(blob).ask(request);
  let proc = kept.get(blob);
  if (proc && proc.busy > 0) return snapshotProcess(blob).ask(request);
  if (!proc) kept.set(blob, (proc = snapshotProcess(blob)));
  const answer = await proc.ask(request, true);
  if (answer === undefined && kept.get(blob) === proc) kept.delete(blob); // it failed: the next request starts another
  return answer;
}

/** For tests: how many processes started early are still waiting, and how many were started. */
export function processCounts(): { readonly waiting: number; readonly started: number } {
  return { waiting: waiting.length, started: starts };
}
