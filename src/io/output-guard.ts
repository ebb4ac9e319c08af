import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { EditionError, ExitCode, error, type Stage } from '../diagnostics/index.js';
import { shownPath } from './write-atomic.js';

/** A file a command reads: what it is and how messages show it. */
export interface InputFile {
  /** Absolute path (symbolic links allowed: they are resolved here). */
  readonly path: string;
  /** What it is ("the TEI being rendered", "witness B", "the edition config"). */
  readonly what: string;
  /** As messages show it (default: relative to the process's working directory when inside it). */
  readonly shown?: string;
}

/** A place a command is about to write. */
export interface PlannedOutput {
  readonly path: string;
  /** As the user named it. */
  readonly shown: string;
  /** A folder the command owns (it replaces and removes files in it), or one file. */
  readonly kind: 'file' | 'folder';
  /** What to do instead (default: choose another file or folder with --out). */
  readonly hint?: string;
}

/**
 * The real path of `path` even when it does not exist yet: the real path of its deepest
 * existing ancestor, with the rest appended. Symbolic links on the way are resolved.
 */
export function realTarget(path: string): string {
  const absolute = resolve(path);
  let head = absolute;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...rest);
    } catch {
      const parent = dirname(head);
      if (parent === head) return absolute;
      rest.unshift(basename(head));
      head = parent;
    }
  }
}

/** Device and inode of an existing file: hard links to an input are the input too. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

const inside = (folder: string, path: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Refuses, before any work, an output that would overwrite an input: a file output that is
 * an input (by real path, through symbolic links, or by inode, through hard links), or a
 * folder output that is an input or holds one (a renderer replaces and removes files in its
 * folder). Thrown as an EditionError with exit code 2 (bad usage), naming both files.
 */
export function refuseOutputsOverInputs(outputs: readonly PlannedOutput[], inputs: readonly InputFile[], stage: Stage): void {
  const known = inputs.map((i) => ({ ...i, real: realTarget(i.path), id: identity(i.path) }));
  const problems = [];
  for (const out of outputs) {
    const real = realTarget(out.path);
    const id = identity(out.path);
    for (const input of known) {
      const same = real === input.real || (id !== undefined && id === input.id);
      const holds = out.kind === 'folder' && inside(real, input.real);
      if (!same && !holds) continue;
      problems.push(
        error({
          message: same
            ? `the output would overwrite ${input.what} (${input.shown ?? shownPath(input.path)}); an input is never an output`
            : `the output folder holds ${input.what} (${input.shown ?? shownPath(input.path)}); the command replaces and removes files in its folder, so an input may not live there`,
          rule: 'output-is-input',
          stage,
          file: out.shown,
          hint: out.hint ?? (out.kind === 'folder' ? 'choose an output folder that holds none of the inputs (--out)' : 'choose another output file (--out)'),
        }),
      );
      break;
    }
  }
  if (problems.length > 0) throw new EditionError(problems, ExitCode.usage);
}

/**
 * The files an edition config names, as inputs: every string value in it (at any depth) that
 * names an existing file relative to the config's folder, with the key path as what it is,
 * and the config file itself. Keys under `skip` (e.g. `output` for the build, whose outputs
 * they are) are left out. Generic on purpose: a new data file in the config is guarded too.
 */
export function configInputs(configPath: string, data: unknown, root: string, skip: readonly string[] = []): InputFile[] {
  const out: InputFile[] = [{ path: resolve(configPath), what: 'the edition config' }];
  const visit = (value: unknown, key: string): void => {
    if (skip.some((s) => key === s || key.startsWith(`${s}.`))) return;
    if (typeof value === 'string') {
      const path = resolve(root, value);
      if (value !== '' && existsSync(path) && identity(path) !== undefined) out.push({ path, what: `the file ${key} of the edition config names` });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${key}[${i}]`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, key === '' ? k : `${key}.${k}`);
  };
  visit(data, '');
  return out;
}
