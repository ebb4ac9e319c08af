import { error, type Diagnostic, type Stage } from '../diagnostics/index.js';

/** An error from the file system (or another system call): it carries an errno code. */
export interface SystemFault {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
}

export function isSystemFault(err: unknown): err is SystemFault {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/** What an errno code means to a user, and what to do about it, for reading and for writing. */
const explained: Record<string, { what: string; read: string; write: string }> = {
  ENOENT: { what: 'it does not exist', read: 'check the path (relative paths start in the current folder)', write: 'check that the folder can be created' },
  EACCES: { what: 'permission denied', read: 'check the permissions of the file and of its folders', write: 'choose a folder you may write to, or change its permissions' },
  EPERM: { what: 'the operation is not permitted', read: 'check the permissions of the file and of its folders', write: 'choose a folder you may write to, or change its permissions' },
  EROFS: { what: 'the file system is read-only', read: 'check the path', write: 'write to another place (see --out), or mount the folder writable' },
  ENOSPC: { what: 'no space left on the device', read: 'free some space', write: 'free some space or write to another disk; the previous file was left as it was' },
  EDQUOT: { what: 'the disk quota is used up', read: 'free some space', write: 'free some space or write to another disk; the previous file was left as it was' },
  EISDIR: { what: 'it is a folder, not a file', read: 'name a file, not a folder', write: 'name a file, not a folder' },
  ENOTDIR: { what: 'a part of the path is a file, not a folder', read: 'check the path', write: 'choose a path whose folders are folders' },
  EEXIST: { what: 'a file stands where a folder is needed', read: 'check the path', write: 'choose a path whose folders are folders' },
  ENAMETOOLONG: { what: 'the name is too long', read: 'use a shorter path', write: 'use a shorter path' },
  ELOOP: { what: 'too many symbolic links (a loop?)', read: 'check the symbolic links on the path', write: 'check the symbolic links on the path' },
  EMFILE: { what: 'too many open files', read: 'raise the limit of open files (ulimit -n)', write: 'raise the limit of open files (ulimit -n)' },
  ENFILE: { what: 'too many open files on the system', read: 'close other programs and try again', write: 'close other programs and try again' },
  EIO: { what: 'an input/output error of the device', read: 'check the disk', write: 'check the disk' },
  EBUSY: { what: 'the file is busy', read: 'try again when no other program uses it', write: 'try again when no other program uses it' },
  ETXTBSY: { what: 'the file is busy', read: 'try again when no other program uses it', write: 'try again when no other program uses it' },
  EFBIG: { what: 'the file is too large for the file system', read: 'check the file', write: 'write to another file system' },
};

function describe(err: unknown, mode: 'read' | 'write'): { reason: string; hint: string } {
  if (!isSystemFault(err)) return { reason: err instanceof Error ? err.message : String(err), hint: mode === 'read' ? 'check the file' : 'check the output path' };
  const known = explained[err.code];
  return known ? { reason: `${known.what} (${err.code})`, hint: known[mode] } : { reason: err.code, hint: mode === 'read' ? 'check the file and its permissions' : 'check the output path and its permissions' };
}

/** A failed read of a file the user named, as one error: what, where, what to do. */
export function readFault(err: unknown, shown: string, stage: Stage, what = 'the file'): Diagnostic {
  const { reason, hint } = describe(err, 'read');
  return error({ message: `cannot read ${what}: ${reason}`, rule: 'input-unreadable', stage, file: shown, hint });
}

/** A failed write, as one error naming the file that was to be written (not a temporary file). */
export function writeFault(err: unknown, shown: string, stage: Stage, what = 'the output'): Diagnostic {
  const { reason, hint } = describe(err, 'write');
  return error({ message: `cannot write ${what}: ${reason}`, rule: 'output-unwritable', stage, file: shown, hint });
}

/** The file a temporary file of an atomic write (`dir/.name.t<thread>-<n>.<pid>.tmp`, see temporaryPath) stands for: the one the user knows. */
export function targetOf(path: string): string {
  const m = /^(.*[\\/])?\.(.+?)(?:\.t\d+-\d+)?\.\d+\.tmp$/.exec(path);
  return m ? `${m[1] ?? ''}${m[2]}` : path;
}

/** Any other system fault (a path no helper wrapped) as one line for the CLI: never a stack trace. */
export function faultMessage(err: SystemFault): string {
  const known = explained[err.code];
  const mode = /write|open|mkdir|rename|unlink|rm|copy|symlink|chmod/.test(err.syscall ?? '') ? 'write' : 'read';
  const on = err.path ? ` ${targetOf(err.path)}` : '';
  return known
    ? `cannot ${err.syscall ?? 'access'}${on}: ${known.what} (${err.code}); ${known[mode]}`
    : `cannot ${err.syscall ?? 'access'}${on}: ${err.code}`;
}
