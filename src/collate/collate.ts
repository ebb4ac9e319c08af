import { EditionError, error } from '../diagnostics/index.js';
import { alignWitnesses, type TokenRef } from './align.js';
import { analyse } from './analyse.js';
import { defaultNormalizeOptions, regularizer, tokenNormalizer } from './normalize.js';
import { buildSymbols } from './symbols.js';
import { tokenize } from './tokenize.js';
import type {
  CollateOptions,
  CollatedWitness,
  Collation,
  Column,
  ResolvedOptions,
  Token,
  Transposition,
  TranspositionSide,
  WitnessInput,
} from './types.js';

import { siglumPattern } from './siglum.js';

export { siglumPattern };

/** Fills in the defaults of the collation options. */
export function resolveOptions(witnesses: readonly Pick<WitnessInput, 'siglum'>[], options: CollateOptions = {}): ResolvedOptions {
  return {
    normalize: { ...defaultNormalizeOptions, ...options.normalize },
    regularize: options.regularize ?? {},
    whitespaceVariants: options.whitespaceVariants ?? false,
    minAnchor: options.minAnchor ?? 3,
    hide: options.hide ?? [],
    base: options.base ?? witnesses[0]?.siglum ?? '',
    nearMatch: options.nearMatch ?? 0.5,
    orthographic: options.orthographic ?? 0.7,
    transpositions: { enabled: true, nearDistance: 12, farMinLength: 6, rareWord: 2, ...options.transpositions },
  };
}

function checkInput(witnesses: readonly WitnessInput[], options: ResolvedOptions): void {
  const problems = [];
  if (witnesses.length === 0) {
    problems.push(error({ message: 'nothing to collate: no witness given', rule: 'collate-no-witness', stage: 'collate' }));
  }
  const seen = new Set<string>();
  for (const w of witnesses) {
    if (!siglumPattern.test(w.siglum)) {
      problems.push(
        error({
          message: `siglum "${w.siglum}" is not an XML name`,
          rule: 'collate-bad-siglum',
          stage: 'collate',
          ...(w.file ? { file: w.file } : {}),
          hint: 'use a letter followed by letters, digits, "_", "-" or "."',
        }),
      );
    }
    if (seen.has(w.siglum)) {
      problems.push(error({ message: `siglum "${w.siglum}" is used twice`, rule: 'collate-duplicate-siglum', stage: 'collate' }));
    }
    seen.add(w.siglum);
  }
  if (witnesses.length > 0 && !seen.has(options.base)) {
    problems.push(
      error({
        message: `base "${options.base}" is not the siglum of a witness (${[...seen].join(', ')})`,
        rule: 'collate-bad-base',
        stage: 'collate',
      }),
    );
  }
  if (problems.length > 0) throw new EditionError(problems);
}

/** Orders witnesses by content; identical witnesses share a rank. */
function contentRanks(tokens: readonly (readonly Token[])[]): number[] {
  const cmp = (a: readonly Token[], b: readonly Token[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i]!.norm !== b[i]!.norm) return a[i]!.norm < b[i]!.norm ? -1 : 1;
    }
    if (a.length !== b.length) return a.length - b.length;
    for (let i = 0; i < a.length; i++) {
      if (a[i]!.text !== b[i]!.text) return a[i]!.text < b[i]!.text ? -1 : 1;
    }
    return 0;
  };
  const order = [...tokens.keys()].sort((i, j) => cmp(tokens[i]!, tokens[j]!) || i - j);
  const ranks = new Array<number>(tokens.length);
  order.forEach((w, k) => {
    const prev = order[k - 1];
    ranks[w] = prev !== undefined && cmp(tokens[prev]!, tokens[w]!) === 0 ? ranks[prev]! : k;
  });
  return ranks;
}

/**
 * Collates any number of witnesses: tokenise, normalise, align, analyse. The alignment is the
 * same for every order of the witnesses; the order only decides how results are listed and,
 * unless `options.base` says otherwise, which witness the variant types are relative to.
 *
 * @throws EditionError when sigla are not XML names, repeat, or the base is not a witness
 */
export function collate(input: readonly WitnessInput[], options: CollateOptions = {}): Collation {
  const resolved = resolveOptions(input, options);
  checkInput(input, resolved);
  const norm = tokenNormalizer(resolved.normalize, regularizer(resolved.regularize, resolved.normalize));
  const witnesses: CollatedWitness[] = input.map((w) => ({
    siglum: w.siglum,
    ...(w.file !== undefined ? { file: w.file } : {}),
    text: w.text,
    ...(w.start ? { start: w.start } : {}),
    tokens: tokenize(w.siglum, w.text, w.start, norm),
  }));
  const tokenLists = witnesses.map((w) => w.tokens);
  const symbols = buildSymbols(tokenLists);
  const table = alignWitnesses(symbols.ofWitness, symbols.vocab, contentRanks(tokenLists), resolved);

  const columns: Column[] = [];
  const columnOf = witnesses.map((w) => new Int32Array(w.tokens.length));
  for (let c = 0; c < table.length; c++) {
    columns.push({
      cells: witnesses.map((w, i) => {
        const t = table.cells[i]![c]!;
        if (t < 0) return null;
        columnOf[i]![t] = c;
        return w.tokens[t]!;
      }),
    });
  }
  const side = (refs: readonly TokenRef[]): TranspositionSide => {
    const cols = refs.map((r) => columnOf[r.w]![r.t]!);
    const present = new Set(refs.map((r) => r.w));
    return {
      witnesses: witnesses.filter((_, i) => present.has(i)).map((w) => w.siglum),
      from: Math.min(...cols),
      to: Math.max(...cols) + 1,
      tokens: [...refs].sort((a, b) => a.w - b.w || a.t - b.t).map((r) => witnesses[r.w]!.tokens[r.t]!),
    };
  };
  const transpositions: Transposition[] = table.moved
    .map((m) => [side(m.a), side(m.b)].sort((a, b) => a.from - b.from || a.to - b.to) as [TranspositionSide, TranspositionSide])
    .sort((a, b) => a[0].from - b[0].from || a[1].from - b[1].from)
    .map((sides, i) => ({ id: `t${i + 1}`, sides }));
  const places = analyse(witnesses, columns, transpositions, resolved);
  return { witnesses, columns, transpositions, places, options: resolved };
}
