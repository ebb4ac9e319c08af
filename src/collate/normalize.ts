import type { NormalizeOptions, Token } from './types.js';

/** Defaults: the acceptance cases compare lower-cased tokens; typography is ignored. */
export const defaultNormalizeOptions: NormalizeOptions = {
  case: true,
  quotes: true,
  dashes: true,
  whitespace: true,
  punctuation: false,
  diacritics: false,
};

/** Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u3003\uFF02]/gu;
// (Greek texts also mark elision with the koronis or the spacing psili: "δι᾽", "δι᾿".)
const singleQuotes = /[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u02BC\u0060\u00B4\uFF07\u1FBD\u1FBF]/gu;
const dashes = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/gu;
/** Punctuation and symbols that may sit inside a word token. */
const innerPunctuation = /['\-.,:/]/gu;

/** One normalisation step: a plain function, so steps can be swapped or added. */
export type Normalizer = (s: string) => string;

/**
 * The steps for a set of options, in the order they run. Each step is idempotent and none
 * undoes another, so normalising twice changes nothing.
 */
export function normalizers(options: NormalizeOptions): Normalizer[] {
  const steps: Normalizer[] = [];
  if (options.whitespace) steps.push((s) => s.replace(invisible, '').normalize('NFC'));
  // Composed first: a character whose canonical form is a quotation mark (Greek varia U+1FEF
  // is U+0060) would otherwise become one only in a later step, and a second pass change it.
  if (options.quotes) steps.push((s) => s.normalize('NFC').replace(doubleQuotes, '"').replace(singleQuotes, "'"));
  if (options.dashes) steps.push((s) => s.replace(dashes, '-'));
  if (options.case) steps.push((s) => s.toLowerCase().normalize('NFC'));
  // Letters without their marks (a word alone: a token made only of marks keeps them), and
  // sigma in one form.
  if (options.diacritics) steps.push((s) => s.normalize('NFD').replace(/(\P{M})\p{M}+/gu, '$1').replace(/[ςϲ]/gu, 'σ').replace(/Ϲ/gu, 'Σ').normalize('NFC'));
  if (options.punctuation) {
    // A token made only of punctuation keeps it (it is the token); a word loses its inner marks.
    steps.push((s) => {
      const stripped = s.replace(innerPunctuation, '');
      return stripped === '' ? s : stripped;
    });
    // Removing a mark can bring a letter and a combining accent together: compose them again.
    if (options.whitespace || options.case || options.quotes) steps.push((s) => s.normalize('NFC'));
  }
  return steps;
}

/** Normalises one string. */
export function normalizeText(s: string, options: NormalizeOptions = defaultNormalizeOptions): string {
  let out = s;
  for (const step of normalizers(options)) out = step(out);
  return out;
}

/**
 * A regularisation table keyed by normalised form: an entry can be written as in the witness
 * or already normalised, and the form it maps to is normalised too (so "Shew" finds "shew").
 */
export function regularizer(table: Readonly<Record<string, string>>, options: NormalizeOptions): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(table)) map.set(normalizeText(from, options), normalizeText(to, options));
  return map;
}

/**
 * Gives every token its normalised form (`norm`), the form the aligner compares: the
 * normalisation steps, then the regularisation table. A token that normalises to nothing (an
 * invisible character on its own) keeps its surface form.
 */
export function normalizeTokens(
  tokens: readonly Token[],
  options: NormalizeOptions = defaultNormalizeOptions,
  regularize: ReadonlyMap<string, string> = new Map(),
): Token[] {
  const norm = tokenNormalizer(options, regularize);
  return tokens.map((t) => {
    const n = norm(t.text);
    return n === t.norm ? t : { ...t, norm: n };
  });
}

/** The normalised form of a token's text (cached: a book repeats its words). */
export function tokenNormalizer(options: NormalizeOptions, regularize: ReadonlyMap<string, string> = new Map()): (text: string) => string {
  const steps = normalizers(options);
  const cache = new Map<string, string>();
  return (text) => {
    let norm = cache.get(text);
    if (norm === undefined) {
      norm = text;
      for (const step of steps) norm = step(norm);
      if (norm === '') norm = text;
      norm = regularize.get(norm) ?? norm;
      cache.set(text, norm);
    }
    return norm;
  };
}
