import type { WitnessConfig } from '../config/schema.js';

/** A witness as read from disk: decoded text plus what ingest learnt about its bytes. */
export interface Witness {
  readonly siglum: string;
  /** The path as the user wrote it in the config, for messages (`file:line:col`). */
  readonly file: string;
  readonly config: WitnessConfig;
  /** Decoded text: BOM removed, CRLF turned into LF. */
  readonly text: string;
  /** Offsets where each line starts; `lineStarts[0]` is line 1. */
  readonly lineStarts: readonly number[];
  readonly byteLength: number;
  readonly sha256: string;
  readonly hadBom: boolean;
  readonly lineEnding: 'lf' | 'crlf';
}

/** Number of lines of a witness (a final newline starts one more, empty, line). */
export const lineCount = (w: Pick<Witness, 'lineStarts'>): number => w.lineStarts.length;

/** Text of line `n` (1-based), without its line break. */
export function lineText(w: Pick<Witness, 'text' | 'lineStarts'>, n: number): string {
  const start = w.lineStarts[n - 1];
  if (start === undefined) return '';
  const next = w.lineStarts[n];
  return w.text.slice(start, next === undefined ? w.text.length : next - 1);
}
