/**
 * Analysis: turns the alignment table into places of agreement and variation, and types each
 * variant relative to the base witness.
 */
import { similarity } from './score.js';
import { numberValue } from '../structure/rules/headings.js';
import { phraseSegments, type Segment } from './segment.js';
import type { CollatedWitness, Column, Place, PlaceReading, Range, ResolvedOptions, Token, Transposition, VariantType } from './types.js';

/** From the most to the least telling: a place takes the most telling type of its readings. */
export const variantSeverity: readonly VariantType[] = [
  'transposition',
  'substantive',
  'omission',
  'addition',
  'orthographic',
  'hyphenation',
  'punctuation',
  'case',
  'typography',
  'whitespace',
];

const punctuationOrSymbol = /[\p{P}\p{S}]/gu;
/** Tokens as a reader sees them: each followed by a space where the witness has whitespace. */
export const spell = (tokens: readonly Token[]): string =>
  tokens
    .map((t, i) => t.text + (i < tokens.length - 1 && t.ws !== '' ? ' ' : ''))
    .join('');

/** Letters all capitals (two or more of them). */
const isCapitals = (s: string): boolean => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const bare = (s: string): string => s.replace(punctuationOrSymbol, '').replace(/\s+/gu, ' ').trim().toLowerCase();
/** The letters of a reading, whatever divides them into words (space, hyphen or nothing). */
const compact = (s: string): string => s.replace(/[\s\-\u00AD\u2010\u2011]+/gu, '').toLowerCase().normalize('NFC');
const dividers = /[\s\-\u00AD\u2010\u2011]/u;
const ligatures: Readonly<Record<string, string>> = { Œ: 'OE', œ: 'oe', Æ: 'AE', æ: 'ae' };
/**
 * Letters as printers vary them without changing the word: the ligatures œ and æ written out
 * ("oeil", "œil"), and capitals set without their accents, as French printing long did ("A
 * l'heure", "À l’heure"; "Etat", "État"). Small letters keep theirs: "a" and "à" are two words.
 */
const typographic = (s: string): string =>
  s
    .replace(/[ŒœÆæ]/gu, (c) => ligatures[c] ?? c)
    .normalize('NFD')
    .replace(/(\p{Lu})\p{M}+/gu, '$1')
    .normalize('NFC');

/**
 * Greek printing writes a word's last acute as a grave before another word ("ἀληθινὸν ὃ", but
 * "ἀληθινόν, ὃ"): the accent's form follows its place, not the word, so the grave counts as the acute.
 */
const barytone = (s: string): string => s.normalize('NFD').replace(/(\p{Script=Greek}\p{M}*)\u0300/gu, '$1\u0301').normalize('NFC');

/** Letters without their marks, in lower case. */
const unmarked = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/**
 * Quotation marks, apostrophes, dashes and the ellipsis in one form each: printings set them
 * otherwise ("“" and "\"", "’" and "'", "—", "–" and "--", "…" and "...") with no change of
 * the text, and a transcription keeps the printing's.
 */
const typeset = (s: string): string =>
  barytone(s)
    .replace(/[“”„‟«»"]/gu, '"')
    .replace(/[‘’‛′'ʼ᾽᾿]/gu, "'")
    .replace(/—|–|―|-{2,3}/gu, '—')
    .replace(/…|\.{3}/gu, '…');

/**
 * The type of a reading relative to the base reading (`undefined` when they are written alike):
 * - `case`: they differ only in upper and lower case, or one is set in capitals without the
 *   accents and breathings the other has ("ΕΝ ΑΡΧΗ", "Ἐν ἀρχῇ");
 * - `hyphenation`: the same letters divided differently: a hyphen, a space or nothing between
 *   the parts of a word ("window-shutters", "window shutters", "windowshutters");
 * - `typography`: only in the forms of quotation marks, apostrophes (the elision marks "ʼ" and
 *   "’" among them), dashes and the ellipsis, or in a Greek grave for an acute (`typeset`): the
 *   same marks, set otherwise;
 * - `punctuation`: only in punctuation (marks present or absent, or other marks);
 * - `addition` / `omission`: the base has no words there / the reading has none;
 * - `orthographic`: the same words spelt differently: equal once normalised and regularised
 *   (the regularisation table), or alike but for ligatures and the accents of capitals, or
 *   word by word similarity ≥ `orthographic`, or the same number in roman and arabic figures;
 * - `substantive`: anything else;
 * - `whitespace` (only when whitespace variants are asked for): the same tokens, spaced
 *   differently.
 */
/** A number in figures: arabic (with its separators) or roman in capitals. */
const figures = /^(?:\d+(?:[.,]\d+)*|[IVXLCDM]+)$/u;

export function classifyReading(base: readonly Token[], other: readonly Token[], orthographic: number): VariantType | undefined {
  const s1 = base.map((t) => t.text).join(' ');
  const s2 = other.map((t) => t.text).join(' ');
  if (s1 === s2) {
    const ws = (ts: readonly Token[]) => ts.map((t) => t.ws).join('\u0001');
    return ws(base) === ws(other) ? undefined : 'whitespace';
  }
  const t1 = typeset(s1);
  const t2 = typeset(s2);
  if (t1 === t2) return 'typography';
  if (t1.toLowerCase() === t2.toLowerCase()) return 'case';
  const joined = (ts: readonly Token[]) => spell(ts);
  const c1 = compact(joined(base));
  const c2 = compact(joined(other));
  if (c1 !== '' && c1 === c2 && (dividers.test(joined(base)) || dividers.test(joined(other)))) return 'hyphenation';
  const b1 = bare(s1);
  const b2 = bare(s2);
  if (b1 === b2) return 'punctuation';
  if (b1 === '') return 'addition';
  if (b2 === '') return 'omission';
  const n1 = base.filter((t) => t.kind === 'word').map((t) => t.norm).join(' ');
  const n2 = other.filter((t) => t.kind === 'word').map((t) => t.norm).join(' ');
  if (n1 === n2 || b1.normalize('NFC') === b2.normalize('NFC')) return 'orthographic';
  if (bare(typographic(s1)) === bare(typographic(s2))) return 'orthographic';
  // The same number written otherwise ("II" and "2", "xviii" and "18"): a spelling, not a word.
  const v1 = numberValue(b1.toUpperCase());
  if (!b1.includes(' ') && !b2.includes(' ') && v1 !== undefined && v1 === numberValue(b2.toUpperCase())) return 'orthographic';
  // A reading set in capitals, which drop accents and breathings ("ΕΝ ΑΡΧΗ", "Ἐν ἀρχῇ"): its case.
  if ((isCapitals(s1) || isCapitals(s2)) && unmarked(b1) === unmarked(b2)) return 'case';
  const w1 = b1.split(' ');
  const w2 = b2.split(' ');
  // A different number is a different word, however alike its figures ("VII" and "VIII", a
  // chapter numbered anew; "1858" and "1859").
  // (Roman figures are told by their capitals, so the words are taken before bare() lowers them.)
  const cased = (s: string) => s.replace(punctuationOrSymbol, '').replace(/\s+/gu, ' ').trim().split(' ');
  const [f1, f2] = [cased(s1), cased(s2)];
  // Letters and their marks counted apart: a breathing or a diaeresis is a small part of a word.
  const decomposed = (w: string) => w.normalize('NFD');
  const spelt = (i: number) => w1[i] === w2[i] || (!(figures.test(f1[i] ?? '') && figures.test(f2[i] ?? '')) && similarity(decomposed(w1[i]!), decomposed(w2[i]!)) >= orthographic);
  if (w1.length === w2.length && w1.every((_, i) => spelt(i))) return 'orthographic';
  return 'substantive';
}

/** The most telling of several types. */
export function strongestType(types: readonly (VariantType | undefined)[]): VariantType | undefined {
  let best: VariantType | undefined;
  for (const t of types) {
    if (t === undefined) continue;
    if (best === undefined || variantSeverity.indexOf(t) < variantSeverity.indexOf(best)) best = t;
  }
  return best;
}

/**
 * Builds the places of a collation: agreement and variant places in column order, with each
 * witness's character range, the readings and their types relative to the base witness, and
 * the links between places that transpositions make.
 */
export function analyse(
  witnesses: readonly CollatedWitness[],
  columns: readonly Column[],
  transpositions: readonly Transposition[],
  options: Pick<ResolvedOptions, 'base' | 'orthographic' | 'minAnchor' | 'whitespaceVariants'>,
): Place[] {
  const baseIndex = Math.max(
    0,
    witnesses.findIndex((w) => w.siglum === options.base),
  );
  const segments = phraseSegments(witnesses.length, columns, transpositions, options);
  const next = witnesses.map(() => 0);
  const startOf = (w: CollatedWitness, t: number): number => (t === 0 ? 0 : t < w.tokens.length ? w.tokens[t]!.offset : w.text.length);
  let appCount = 0;
  const rangesOf = (counts: readonly number[], last: boolean): Record<string, Range> => {
    const ranges: Record<string, Range> = {};
    witnesses.forEach((w, i) => {
      const start = startOf(w, next[i]!);
      next[i]! += counts[i]!;
      const end = startOf(w, next[i]!);
      if (w.tokens.length === 0) ranges[w.siglum] = last ? { start: 0, end: w.text.length } : { start: 0, end: 0 };
      else ranges[w.siglum] = { start, end: Math.max(start, end) };
    });
    return ranges;
  };
  const places: Place[] = segments.map((seg: Segment, segIndex): Place => {
    const last = segIndex === segments.length - 1;
    const tokens: Token[][] = witnesses.map(() => []);
    for (let c = seg.from; c < seg.to; c++) {
      const cells = columns[c]!.cells;
      for (let i = 0; i < cells.length; i++) if (cells[i]) tokens[i]!.push(cells[i]!);
    }
    const ranges = rangesOf(
      tokens.map((t) => t.length),
      last,
    );
    if (!seg.variant) {
      // Every witness has the same tokens, written alike: one reading.
      const toks = tokens[0]!;
      const reading: PlaceReading = { witnesses: witnesses.map((w) => w.siglum), text: spell(toks), norm: toks.map((t) => t.norm).join(' ') };
      return { kind: 'agreement', from: seg.from, to: seg.to, readings: [reading], ranges };
    }
    const readings: { witnesses: string[]; tokens: Token[]; key: string; text: string; norm: string }[] = [];
    witnesses.forEach((w, i) => {
      const toks = tokens[i]!;
      const key = toks.map((t) => (options.whitespaceVariants ? `${t.text}\u0002${t.ws}` : t.text)).join('\u0001');
      const found = readings.find((r) => r.key === key);
      if (found) found.witnesses.push(w.siglum);
      else readings.push({ witnesses: [w.siglum], tokens: toks, key, text: spell(toks), norm: toks.map((t) => t.norm).join(' ') });
    });
    const baseSiglum = witnesses[baseIndex]?.siglum;
    const baseReading = readings.find((r) => baseSiglum !== undefined && r.witnesses.includes(baseSiglum));
    const moved = seg.sides !== '';
    const typed: PlaceReading[] = readings.map((r) => {
      const { tokens: toks, key: _k, ...rest } = r;
      if (r === baseReading || !baseReading) return rest;
      const type = moved ? 'transposition' : classifyReading(baseReading.tokens, toks, options.orthographic);
      return type ? { ...rest, type } : rest;
    });
    const type = moved ? 'transposition' : strongestType(typed.map((r) => r.type));
    appCount++;
    return {
      kind: 'variant',
      id: `app${appCount}`,
      from: seg.from,
      to: seg.to,
      ...(type ? { type } : {}),
      readings: typed,
      ranges,
    };
  });
  return linkTranspositions(places, transpositions);
}

/** Records on each place the transpositions it is a side of and the places on the other side. */
function linkTranspositions(places: Place[], transpositions: readonly Transposition[]): Place[] {
  if (transpositions.length === 0) return places;
  const within = (from: number, to: number): Place[] => places.filter((p) => p.kind === 'variant' && p.from < to && p.to > from);
  const ids = new Map<Place, Set<string>>();
  const links = new Map<Place, Set<string>>();
  const add = (m: Map<Place, Set<string>>, p: Place, v: string): void => {
    if (!m.has(p)) m.set(p, new Set());
    m.get(p)!.add(v);
  };
  for (const tr of transpositions) {
    const [a, b] = tr.sides.map((s) => within(s.from, s.to)) as [Place[], Place[]];
    for (const p of a) {
      add(ids, p, tr.id);
      for (const q of b) add(links, p, q.id!);
    }
    for (const p of b) {
      add(ids, p, tr.id);
      for (const q of a) add(links, p, q.id!);
    }
  }
  const byNumber = (a: string, b: string): number => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''));
  return places.map((p) => {
    const t = ids.get(p);
    const l = links.get(p);
    if (!t) return p;
    return { ...p, transpositions: [...t].sort(byNumber), corresp: [...(l ?? [])].filter((id) => id !== p.id).sort(byNumber) };
  });
}
