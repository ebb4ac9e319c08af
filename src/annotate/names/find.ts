import type { NameForm, NameIndex } from './index-forms.js';

/** A form found in a flat text: [start, end). */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly form: NameForm;
  /** The ending the language joined to the form ("Lottens": "ns"), when the match needed one. */
  readonly ending?: string;
}

const wordChar = /[\p{L}\p{N}]/u;

/** Letters and digits make words; everything else (apostrophes, hyphens, dashes) ends them. */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && wordChar.test(c);

/**
 * Finds register forms in a text, whole words only, leftmost first and, at each place, the
 * longest form that matches ("Echo de Paris" before "Paris", "Gorky Pedagogical Institute"
 * before "Gorky", "J.R. Smith" before "Smith"). A form must not be followed by a letter
 * or digit, so "Smithson", "Darwinist" and "Marxism" hold no name; an apostrophe may follow
 * (possessives). A hyphen ends a word, so "Kirov-Zhdanov" holds two names; compounds that are
 * one name ("Berman-Yurin") are forms of their own and win as the longer match. A form may
 * be followed by one of the language's `endings` ("Lottens"); a form the text prints as it is
 * wins over one read through an ending.
 */
export function findNames(text: string, index: NameIndex, endings: readonly string[] = []): NameMatch[] {
  const found: NameMatch[] = [];
  // Only word starts and punctuation can start a form: visit those, not every character.
  const starts = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  for (let s = starts.exec(text); s; s = starts.exec(text)) {
    const i = s.index;
    const word = s[0] === "'" ? '’' : s[0];
    // A one-word form with an ending is indexed under the word without it ("Lottens": "Lotte").
    const stems = endings.filter((e) => word.length > e.length && word.endsWith(e)).map((e) => word.slice(0, -e.length));
    const candidates = [word, ...stems].flatMap((k) => index.byFirst.get(k) ?? []);
    if (candidates.length === 0) continue;
    let best: NameMatch | undefined;
    for (const form of candidates) {
      form.pattern.lastIndex = i;
      const m = form.pattern.exec(text);
      if (!m) continue;
      const end = i + m[0].length;
      if (isWordChar(m[0][m[0].length - 1]) && isWordChar(text[end])) {
        const ending = endings.find((e) => text.startsWith(e, end) && !isWordChar(text[end + e.length]));
        if (ending && (!best || end + ending.length > best.end)) best = { start: i, end: end + ending.length, form, ending };
        continue;
      }
      if (!best || end > best.end || (end === best.end && best.ending)) best = { start: i, end, form };
    }
    if (best) {
      found.push(best);
      starts.lastIndex = best.end;
    }
  }
  return found;
}
