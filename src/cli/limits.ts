import type { Command } from 'commander';
import { UsageError } from '../diagnostics/index.js';
import { defaultIntakeLimits, type IntakeLimits } from '../io/intake.js';

/** Options of the intake limits, the same for every command that reads XML. */
export interface LimitOptions {
  maxBytes?: string;
  maxDepth?: string;
}

/** Adds --max-bytes and --max-depth to a command. */
export function withLimitOptions(command: Command): Command {
  return command
    .option('--max-bytes <n>', `refuse XML files larger than this, in bytes, with K, M or G (default ${defaultIntakeLimits.maxBytes / 1024 ** 2}M)`)
    .option('--max-depth <n>', `refuse XML whose elements nest deeper than this (default ${defaultIntakeLimits.maxDepth})`);
}

export function parseBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\s*([kmg]i?b?)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-bytes wants a number of bytes, optionally with K, M or G (got "${value}")`);
  const unit = (m[2] ?? '').toLowerCase()[0];
  return Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
}

function parseDepth(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) throw new UsageError(`--max-depth wants a whole number of at least 1 (got "${value}")`);
  return n;
}

/** The limits from the command line, then the edition config (validation.maxFileBytes, maxDepth), then the defaults. */
export function intakeLimits(opts: LimitOptions, config?: { readonly validation: { readonly maxFileBytes?: number; readonly maxDepth?: number; readonly maxBlockChars?: number } }): IntakeLimits {
  return {
    maxBlockChars: config?.validation.maxBlockChars ?? defaultIntakeLimits.maxBlockChars,
    maxBytes: parseBytes(opts.maxBytes) ?? config?.validation.maxFileBytes ?? defaultIntakeLimits.maxBytes,
    maxDepth: parseDepth(opts.maxDepth) ?? config?.validation.maxDepth ?? defaultIntakeLimits.maxDepth,
  };
}
