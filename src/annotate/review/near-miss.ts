import { distance } from 'fastest-levenshtein';
import type { NameIndex } from '../names/index-forms.js';

export interface NearMissLimits {
  /** Largest distance for words of 5 to 8 characters. */
  readonly short: number;
  /** Largest distance for words of 9 characters or more. */
  readonly long: number;
}

/** A register form close to an unknown word: probably a misspelling of it. */
export interface NearMiss {
  readonly form: string;
  readonly ids: readonly string[];
  readonly distance: number;
}

const stripPossessive = (s: string) => s.replace(/['’]s?$/u, '');

/**
 * The register form nearest to a word in edit distance, when it is near enough to be a
 * misspelling: ≤ `short` edits for 5–8 characters, ≤ `long` from 9, none below 5 (short names
 * differ by one letter too often). Forms with another number of words are not compared.
 */
export function nearestForm(word: string, index: NameIndex, limits: NearMissLimits): NearMiss | undefined {
  const w = stripPossessive(word);
  const limit = w.length >= 9 ? limits.long : w.length >= 5 ? limits.short : 0;
  if (limit === 0) return undefined;
  const words = w.split(/\s+/).length;
  let best: NearMiss | undefined;
  for (const form of index.forms) {
    if (form.text === w || form.text.split(/\s+/).length !== words) continue;
    if (Math.abs(form.text.length - w.length) > limit) continue;
    const d = distance(w, form.text);
    if (d <= limit && (!best || d < best.distance)) best = { form: form.text, ids: form.entries.map((e) => e.id), distance: d };
  }
  return best;
}
