/** What the editors say about a witness (the TEI `witness` entry). */
export interface WitnessDescription {
  /** Short description used in listWit. */
  readonly title: string;
  /** Where the text comes from: site, archive, transcription history. */
  readonly provenance: string;
  readonly url?: string;
  /** A fragmentary witness carries only this chapter of the base witness. */
  readonly scope?: { readonly chapter: string };
}

/** A witness as read: decoded text plus what ingest learnt about its bytes. */
export interface Witness extends WitnessDescription {
  /** The siglum as the editors print it (`1818`, `Q1`, `Ms. B`). */
  readonly siglum: string;
  /**
   * The witness's `xml:id`, derived from the siglum (an XML name, unique in the edition): the
   * key of the witness in every span, `lb` and reading of the model.
   */
  readonly id: string;
  /** The path as the user wrote it in the config, for messages (`file:line:col`). */
  readonly file: string;
  /**
   * The path as written in the config (relative to the config file, `/`-separated): what the
   * TEI header records, so the edition is the same wherever the build is started from.
   */
  readonly source?: string;
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

/**
 * The witness's path as the files the toolkit writes name it (review.md, review.json, a proposed
 * register note): relative to the config folder, so they are the same wherever the build is
 * started. `file` is relative to the working directory, for messages only.
 */
export const recordedPath = (w: Pick<Witness, 'file' | 'source'>): string => w.source ?? w.file;

/** Text of line `n` (1-based), without its line break. */
export function lineText(w: Pick<Witness, 'text' | 'lineStarts'>, n: number): string {
  const start = w.lineStarts[n - 1];
  if (start === undefined) return '';
  const next = w.lineStarts[n];
  return w.text.slice(start, next === undefined ? w.text.length : next - 1);
}
