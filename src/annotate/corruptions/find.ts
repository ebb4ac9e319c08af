import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import type { Division } from '../../model/block.js';
import type { Inline } from '../../model/inline.js';
import type { Span } from '../../model/position.js';
import { BARRIER, correctionsAsAtoms, flattenRun, type AtomText } from '../flatten.js';
import { isAnnotatable, locate, primarySpan, rewriteRuns } from '../runs.js';

/** A word (or a few) that looks corrupt, with the emendation and the evidence, scored. */
export interface Corruption {
  readonly sic: string;
  readonly corr: string;
  readonly reasons: readonly string[];
  readonly score: number;
  readonly span?: Span;
  readonly context: string;
}

interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

// nspell with dictionary-en and dictionary-en-gb (Hunspell's en_US and en_GB, kept by
// wooorm/dictionaries): a word either knows is English (a London edition spells "travelled").
// Loaded on first use: about a second each, and only a review needs them. The packages read
// their files with a top-level await, which a synchronous stage cannot wait for, so the files
// are read here.
const require = createRequire(import.meta.url);
let speller: Speller | undefined;
export function englishSpeller(): Speller {
  if (speller) return speller;
  const nspell = require('nspell') as (d: { aff: Buffer; dic: Buffer }) => Speller;
  const load = (pkg: string) => {
    const dir = dirname(require.resolve(pkg));
    return nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
  };
  const us = load('dictionary-en');
  const gb = load('dictionary-en-gb');
  // The answers depend on the word alone (nothing is added to the dictionaries): a book asks
  // for the same words thousands of times, and a watched edition asks again on every rebuild.
  const known = new Map<string, boolean>();
  const suggested = new Map<string, string[]>();
  speller = {
    correct: (w) => remembered(known, w, () => us.correct(w) || gb.correct(w)),
    suggest: (w) => [...remembered(suggested, w, () => [...new Set([...us.suggest(w), ...gb.suggest(w)])])],
  };
  return speller;
}

/** Most answers a speller keeps before it starts afresh (a book has some tens of thousands of words). */
const maxRemembered = 200_000;

function remembered<T>(answers: Map<string, T>, word: string, find: () => T): T {
  const known = answers.get(word);
  if (known !== undefined) return known;
  if (answers.size >= maxRemembered) answers.clear();
  const found = find();
  answers.set(word, found);
  return found;
}

/** Early Modern English forms the dictionary lacks and no verb ending explains. */
const archaicWords = new Set(['hast', 'hath', 'shalt', 'wilt', 'wast', 'wert', 'art', 'thou', 'thee', 'thy', 'thine', 'ye', 'doth', 'dost', 'didst', 'canst', 'goest', 'goeth', 'seest', 'seeth']);

/**
 * Whether a word is an Early Modern English form of a verb the dictionary knows, as older
 * books print them: the second person singular in -est or -st (viewest, couldst, buriest from
 * bury, lov'st) and the third in -eth or -th (maketh); and the few irregular ones (hath,
 * shalt). A dictionary of today lacks them, so without this every older book's verbs would be
 * proposed as corruptions.
 */
export function isArchaicInflection(word: string, known: (w: string) => boolean): boolean {
  const w = word.toLowerCase().replace(/[’']/g, '');
  if (archaicWords.has(w)) return true;
  for (const ending of ['est', 'st', 'eth', 'th']) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue; // short stems are the list's: ofth is "of the" run together
    const stem = w.slice(0, -ending.length);
    const stems = [stem, `${stem}e`, ...(stem.endsWith('i') ? [`${stem.slice(0, -1)}y`] : [])];
    if (stems.some(known)) return true;
  }
  return false;
}

/**
 * Whether a stretch of a paragraph's text overlaps a tagged name or date (or a barrier): a
 * binary search of the pieces, which come in text order without overlapping (a look at every
 * piece for every word made long paragraphs cost the square of their length).
 */
function taggedSpans(pieces: readonly { readonly kind: string; readonly start: number; readonly end: number }[]): (start: number, end: number) => boolean {
  const tagged = pieces.filter((p) => p.kind === 'atom' || p.kind === 'barrier');
  return (start, end) => {
    let lo = 0;
    let hi = tagged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tagged[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    // the last piece that starts before the stretch ends is the only one that can overlap it
    return lo > 0 && tagged[lo - 1]!.end > start;
  };
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Words one edit away that the dictionary knows. nspell's own `suggest` finds the same for
 * common words but takes up to two seconds on a long unknown word (it tries two edits), so
 * the one-edit variants are made here and only checked by nspell.
 */
function oneEdit(word: string, spell: Speller): string[] {
  const out = new Set<string>();
  const check = (w: string) => {
    if (w !== word && w.length > 0 && spell.correct(w)) out.add(w);
  };
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) check(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1) check(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of letters) {
      if (i < word.length) check(word.slice(0, i) + c + word.slice(i + 1));
      check(word.slice(0, i) + c + word.slice(i));
    }
  }
  return [...out];
}

/** Typical confusions of OCR and of typists: what the eye or the machine took for what. */
const confusions: ReadonlyArray<[string, string]> = [
  ['rn', 'm'], ['m', 'rn'], ['in', 'm'], ['m', 'in'], ['ii', 'il'], ['ii', 'i'], ['li', 'h'], ['cl', 'd'], ['vv', 'w'], ['l', 'i'], ['1', 'l'], ['0', 'o'],
];

/** What kind of edit leads from the word to the emendation. */
function editKind(sic: string, corr: string): string {
  for (const [a, b] of confusions) {
    let i = sic.indexOf(a);
    while (i !== -1) {
      if (sic.slice(0, i) + b + sic.slice(i + a.length) === corr) return `a typical transcription confusion (${a} for ${b})`;
      i = sic.indexOf(a, i + 1);
    }
  }
  if (corr.length === sic.length + 1) {
    for (let i = 0; i < corr.length; i++) if (corr.slice(0, i) + corr.slice(i + 1) === sic) return corr[i] === corr[i - 1] || corr[i] === corr[i + 1] ? `a doubled letter written once (“${corr[i]}”)` : `a letter missing (“${corr[i]}”)`;
  }
  if (sic.length === corr.length + 1) {
    for (let i = 0; i < sic.length; i++) if (sic.slice(0, i) + sic.slice(i + 1) === corr) return sic[i] === sic[i - 1] || sic[i] === sic[i + 1] ? `a letter doubled (“${sic[i]}”)` : `a letter too many (“${sic[i]}”)`;
  }
  if (sic.length === corr.length) return 'a letter changed or two letters swapped';
  return 'the nearest dictionary word';
}

/** Words that need a modal or "to" before "be" ("can be verified"): one letter from "on be". */
const modals = ['can', 'may', 'will', 'must', 'shall', 'could', 'would', 'should', 'might'];
/** Words after which "be" is a subjunctive or an infinitive: "let us be", "Far be it", "So be it". */
const subjunctive = new Set(['me', 'us', 'him', 'her', 'them', 'thee', 'far', 'so']);
/** Whether the two words before a place hold a modal, "let" or "to", which "be" after them needs. */
const governed = (before: string): boolean => {
  const words = before.toLowerCase().match(/\p{L}+/gu) ?? [];
  // "had best be", "had better be": the idiom's "had" governs it as a modal would.
  return words.slice(-2).some((w) => w === 'let' || w === 'to' || w === 'not' || w === 'had' || modals.includes(w));
};
const beforeBe = new Set(['to', 'not', 'but', 'also', 'only', 'ever', 'never', 'then', 'thus', 'all', 'both', 'and', 'or', 'must', 'cannot', 'always', 'still', 'just', 'even', 'certainly', 'probably', 'perhaps', 'soon', 'easily', 'hardly', 'rather', 'it', 'let', 'that', 'there', 'i', 'you', 'we', 'they', 'he', 'she', 'may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should']);

/** Read what a tag holds as its text: names and corrections are the editors' already, so never reported. */
const tagged: AtomText = (node: Inline) =>
  node.kind === 'name' || node.kind === 'date' || node.kind === 'title' ? plain(node.children) : correctionsAsAtoms(node);

function plain(run: readonly Inline[]): string {
  return run.map((n) => (n.kind === 'text' ? n.value : n.kind === 'lb' ? ' ' : n.kind === 'choice' ? n.corr : n.kind === 'name' || n.kind === 'date' || n.kind === 'title' ? plain(n.children) : '')).join('');
}

export interface CorruptionOptions {
  /** Words that are names (register forms): never spelling errors. */
  readonly names: ReadonlySet<string>;
  /** Forms of the registers: an emendation to one of them is a name's business, not the speller's. */
  readonly registerForms: ReadonlySet<string>;
}

/**
 * Finds suspected corruptions in the witness text of an edition: words the Hunspell dictionary
 * does not know, one edit from a word it knows (scored higher for the typical confusions of
 * transcription, and when the text itself uses the near word often and this one once), stray
 * symbols inside words, words run together, a lone "m" for "in", and a word before "be" that
 * is one letter from a modal ("on be verified"). Capitalised words are names' business and
 * are left to the name review.
 */
export function findCorruptions(edition: { front: readonly Division[]; body: readonly Division[] }, base: string, o: CorruptionOptions): Corruption[] {
  const spell = englishSpeller();
  const frequency = new Map<string, number>();
  const texts: Array<{ flat: ReturnType<typeof flattenRun> }> = [];
  rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === 'text')) return run;
    const flat = flattenRun(run, tagged);
    texts.push({ flat });
    for (const m of flat.text.matchAll(/\p{L}+/gu)) frequency.set(m[0].toLowerCase(), (frequency.get(m[0].toLowerCase()) ?? 0) + 1);
    return run;
  });
  const plainKnown = (w: string) => spell.correct(w) || spell.correct(w.toLowerCase()) || o.names.has(w) || isArchaicInflection(w, (s) => spell.correct(s));
  // A word set with a ligature or an accent the dictionary spells without ("mediæval",
  // "aërial", "rôle") is the same word in the printer's spelling, not a corruption.
  const known = (w: string) => plainKnown(w) || (/[^\p{ASCII}]/u.test(w) && typographicFolds(w).some(plainKnown));
  const out: Corruption[] = [];
  for (const { flat } of texts) {
    const text = flat.text;
    // Tagged names and dates are read (for the context) but never judged.
    const inTag = taggedSpans(flat.pieces);
    const push = (start: number, end: number, corr: string, reasons: string[], score: number) => {
      const sic = text.slice(start, end);
      if (o.registerForms.has(corr)) return;
      const span = primarySpan(locate(flat, start, end), base);
      // A variant or another element in the context is no character of the text: '…', as the
      // names' contexts print it.
      const context = `${text.slice(Math.max(0, start - 35), start)}[${sic}]${text.slice(end, end + 35)}`.replace(/\s+/g, ' ').replaceAll(BARRIER, '…');
      out.push({ sic, corr, reasons, score, ...(span ? { span } : {}), context });
    };
    // Stray symbols inside a word: "him·after".
    for (const m of text.matchAll(/(\p{L}+)([·•¬|~^*_¦§])(\p{L}+)/gu)) {
      if (inTag(m.index, m.index + m[0].length)) continue;
      const [, a, sym, b] = m as unknown as [string, string, string, string];
      const joined = a + b;
      const corr = known(joined) ? joined : `${a} ${b}`;
      push(m.index, m.index + m[0].length, corr, [`a stray “${sym}” inside a word`], 4);
    }
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      if (inTag(start, end)) continue;
      if (/[·•¬|~^*_¦§]/u.test(text[start - 1] ?? '') || /[·•¬|~^*_¦§]/u.test(text[end] ?? '')) continue;
      const prev = text.slice(Math.max(0, start - 2), start);
      const capital = /^\p{Lu}/u.test(word);
      const opens = /(?:^|[.!?:;“"(]\s*)$/u.test(text.slice(Math.max(0, start - 3), start)) || start === 0;
      if (capital && !opens) continue; // a name, or a word an editor capitalised: the name review's
      if (/^\p{Lu}{2,}$/u.test(word)) continue; // acronyms
      if (/['’]$/u.test(prev) || /^['’]\p{L}/u.test(text.slice(end))) continue; // inside a contraction
      const lower = word.toLowerCase();
      // "trial m August": a lone "m" is "in" with its first stroke lost.
      if (lower === 'm' && /^\s+\S/u.test(text.slice(end)) && /\p{L}\s+$/u.test(text.slice(0, start))) {
        push(start, end, 'in', ['a lone “m” between words, where “in” fits: a typical transcription confusion (m for in)'], 4);
        continue;
      }
      // "on be verified": "be" after a word that is one letter from a modal. Not where a modal,
      // "let", "had" or "to" stands in the two words before ("may well be", "let us be", "had
      // best be"), nor after "but" ("do nothing but be"), nor in the wishes that open with "be"
      // ("Far be it", "So be it").
      if (/^\s+be\s/u.test(text.slice(end)) && !beforeBe.has(lower) && !subjunctive.has(lower) && lower.length <= 4 && !governed(text.slice(Math.max(0, start - 40), start))) {
        const modal = modals.map((x) => ({ x, d: distance(x, lower) })).filter((m) => m.d <= 2).sort((a, b) => a.d - b.d)[0]?.x;
        if (modal) {
          const be = /^\s+be/u.exec(text.slice(end))![0];
          push(start, end + be.length, `${modal}${be}`, [`“be” needs a modal or “to” before it; “${word}” is ${distance(modal, lower)} letter(s) from “${modal}”`], 3.5);
          continue;
        }
      }
      if (word.length < 3 || known(word)) continue;
      // A part of a hyphenated compound ("pre-war") is judged with its compound, not alone.
      if (/[-‐]$/u.test(text.slice(Math.max(0, start - 1), start)) || /^[-‐]/u.test(text.slice(end))) continue;
      const freq = frequency.get(lower) ?? 0;
      const candidates = oneEdit(lower, spell);
      let corr: string | undefined;
      const reasons: string[] = [];
      let score = 0;
      if (candidates.length > 0) {
        // The emendation the text itself uses most, then the typical confusions, then the first.
        const ranked = [...candidates].sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || confusionFirst(lower, a) - confusionFirst(lower, b) || a.localeCompare(b));
        corr = ranked[0]!;
        const kind = editKind(lower, corr);
        reasons.push(`not in the dictionary; one edit from “${corr}”: ${kind}`);
        score += kind.startsWith('a typical') ? 3 : kind.includes('doubled') || kind.includes('missing') ? 2.5 : 2;
        const used = frequency.get(corr) ?? 0;
        if (used >= 2 && freq === 1) {
          reasons.push(`occurs once, beside ${used}× “${corr}” in the text`);
          score += 1;
        }
        if (candidates.length > 1) score -= 0.5;
        if (corr === `${lower}s` || lower === `${corr}s`) score -= 1.5; // a number the dictionary lacks, not a slip
        else if (lower.length >= 8) score += 1; // one near word for a long word: little room for chance
      } else {
        // Two words run together: both halves known.
        for (let i = 2; i <= lower.length - 2 && !corr; i++) {
          const a = lower.slice(0, i);
          const b = lower.slice(i);
          if (spell.correct(a) && spell.correct(b) && b.length > 2 && !suffixes.has(b) && (a.length > 2 || ['an', 'as', 'at', 'by', 'he', 'if', 'in', 'is', 'it', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'we'].includes(a))) {
            corr = `${a} ${b}`;
            reasons.push(`not in the dictionary; two words run together (“${a}” “${b}”)`);
            score += 2;
          }
        }
      }
      if (!corr) continue;
      if (freq > 2) score -= 1.5; // a word used often is more likely a term than a slip
      // Fiction spells a speaker's way of talking ("goin’", "supposin’"): before an apostrophe
      // that marks a letter left out, a word off the dictionary is more likely meant; it stays
      // in the review, ranked below the slips. (Direct speech alone is no such sign: a quoted
      // document's slips are slips.)
      if (/^['’](?!\p{L})/u.test(text.slice(end))) {
        reasons.push('an apostrophe after it marks a letter left out on purpose');
        score -= 2;
      } else if (inForeignQuotation(text, start, end, known)) {
        reasons.push('in quotation marks with words the dictionary does not know: likely another language');
        score -= 2.5;
      }
      const emended = capital ? corr[0]!.toUpperCase() + corr.slice(1) : corr;
      push(start, end, emended, reasons, score);
    }
  }
  return out;
}

/**
 * Whether a word stands in double quotation marks (“…”) of its paragraph whose words are, at
 * least half of them, unknown to the dictionary: a word or a phrase of another language cited
 * in the text (“Isten szek!”, “Ordog”), which the dictionary cannot judge.
 */
function inForeignQuotation(text: string, start: number, end: number, known: (w: string) => boolean): boolean {
  const open = text.lastIndexOf('“', start);
  const close = text.indexOf('”', end);
  if (open < 0 || close < 0 || text.lastIndexOf('”', start) > open || close - open > 200) return false;
  const words = text.slice(open + 1, close).match(/\p{L}+/gu) ?? [];
  return words.filter((w) => !known(w)).length * 2 >= words.length;
}

/**
 * A word without its accents, its ligatures written out or as the one letter spellings without
 * them keep: "aërial" → "aerial", "mediæval" → "mediaeval" or "medieval", "fœtus" → "foetus" or "fetus".
 */
function typographicFolds(w: string): string[] {
  const bare = w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const out = (pair: boolean) => bare.replace(/[æœ]/gu, (c) => (pair ? (c === 'æ' ? 'ae' : 'oe') : 'e')).replace(/[ÆŒ]/gu, (c) => (pair ? (c === 'Æ' ? 'Ae' : 'Oe') : 'E'));
  return [out(true), out(false)];
}

/** Endings that make a word, not a second word run in ("gangster" + "ism"). */
const suffixes = new Set(['ism', 'ist', 'ists', 'isms', 'ing', 'ings', 'ness', 'less', 'ful', 'ment', 'ments', 'ship', 'dom', 'hood', 'like', 'wise', 'ward', 'wards']);

const confusionFirst = (sic: string, corr: string) => (editKind(sic, corr).startsWith('a typical') ? 0 : 1);
