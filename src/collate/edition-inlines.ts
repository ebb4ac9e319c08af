import { collate } from './collate.js';
import type { CollateOptions } from './types.js';
import type { App, Inline, LineStart, Reading, WitnessLine as SourceLine } from '../model/inline.js';
import type { Span } from '../model/position.js';

/** The `lb` group that opens a line in every copy that has it. */
const lineStart = (lines: readonly SourceLine[]): LineStart => ({ kind: 'lb', lines: lines.map((l) => ({ wit: l.wit, line: l.n })) });

/** One witness's copy of a block: its lines, as the collator's input. */
interface Copy {
  readonly wit: string;
  readonly lines: readonly SourceLine[];
  readonly text: string;
}

/** The file position of character `i` of a copy (lines joined by LF). */
function locate(copy: Copy, i: number): { line: SourceLine; col: number } {
  let rest = i;
  for (const line of copy.lines) {
    if (rest <= line.text.length) return { line, col: rest };
    rest -= line.text.length + 1;
  }
  const last = copy.lines[copy.lines.length - 1]!;
  return { line: last, col: last.text.length };
}

const spanOf = (copy: Copy, from: number, to: number): Span => {
  const a = locate(copy, from);
  const b = locate(copy, to);
  return {
    wit: copy.wit,
    start: { line: a.line.n, column: a.col + 1, offset: a.line.offset + a.col },
    end: { line: b.line.n, column: b.col + 1, offset: b.line.offset + b.col },
  };
};

/**
 * The same characters in several copies, as inlines: text cut at line breaks, each break an
 * `lb` group naming the line in every copy.
 */
function shared(copies: readonly Copy[], ranges: readonly { start: number; end: number }[]): Inline[] {
  const first = copies[0]!;
  const r0 = ranges[0]!;
  const text = first.text.slice(r0.start, r0.end);
  const out: Inline[] = [];
  let from = 0;
  const piece = (a: number, b: number) => {
    if (b > a) out.push({ kind: 'text', value: text.slice(a, b), src: copies.map((c, k) => spanOf(c, ranges[k]!.start + a, ranges[k]!.start + b)) });
  };
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    piece(from, i);
    out.push(lineStart(copies.map((c, k) => locate(c, ranges[k]!.start + i + 1).line)));
    from = i + 1;
  }
  piece(from, text.length);
  return out;
}

/**
 * Agreement whose copies differ only in the spacing between the same runs of characters (a
 * double space, a line broken elsewhere): the runs are shared and only each differing space
 * becomes a small `app` of type `whitespace`. Undefined when the runs do not pair up.
 */
function spacingOnly(copies: readonly Copy[], ranges: readonly { start: number; end: number }[], idPrefix: string, base: string): Inline[] | undefined {
  const runs = copies.map((c, k) => {
    const r = ranges[k]!;
    const parts: { start: number; end: number; space: boolean }[] = [];
    for (const m of c.text.slice(r.start, r.end).matchAll(/\s+|\S+/gu)) {
      parts.push({ start: r.start + m.index, end: r.start + m.index + m[0].length, space: /^\s/u.test(m[0]) });
    }
    return parts;
  });
  const n = runs[0]!.length;
  if (runs.some((rs) => rs.length !== n)) return undefined;
  const out: Inline[] = [];
  for (let i = 0; i < n; i++) {
    const at = runs.map((rs) => rs[i]!);
    const texts = at.map((a, k) => copies[k]!.text.slice(a.start, a.end));
    if (texts.every((t) => t === texts[0])) {
      out.push(...shared(copies, at));
      continue;
    }
    if (!at.every((a) => a.space)) return undefined;
    const forms = new Map<string, number[]>();
    texts.forEach((t, k) => forms.set(t, [...(forms.get(t) ?? []), k]));
    const readings: Reading[] = [...forms].map(([, ks]) => ({
      lemma: ks.some((k) => copies[k]!.wit === base),
      wit: ks.map((k) => copies[k]!.wit),
      children: shared(ks.map((k) => copies[k]!), ks.map((k) => at[k]!)),
    }));
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    out.push({ kind: 'app', id: `${idPrefix}${i}`, variantType: 'whitespace', readings });
  }
  return out;
}

/**
 * Inline content of a block whose copies differ (the same paragraph, not quite the same text
 * in two witnesses): the collator aligns them, agreement becomes shared text and every place
 * of variation an `app` with one reading per distinct form (an explicit empty reading where a
 * copy has nothing). Where copies differ only in spacing or line breaks, the app is typed
 * `whitespace`, so each witness still comes back exactly.
 */
export function collatedInlines(
  parts: readonly { wit: string; lines: readonly SourceLine[] }[],
  base: string,
  idPrefix: string,
  options: CollateOptions = {},
): Inline[] {
  const copies: Copy[] = parts.map((p) => ({ wit: p.wit, lines: p.lines, text: p.lines.map((l) => l.text).join('\n') }));
  // A passage the base lacks (nested in the reading of the witnesses that have it) is typed
  // against its first witness; none of its readings is the lemma.
  const typedAgainst = copies.some((c) => c.wit === base) ? base : copies[0]!.wit;
  const collation = collate(
    copies.map((c) => ({ siglum: c.wit, text: c.text })),
    { ...options, base: typedAgainst },
  );
  const out: Inline[] = [lineStart(copies.map((c) => c.lines[0]!))];
  for (const place of collation.places) {
    const forms = new Map<string, Copy[]>();
    for (const c of copies) {
      const r = place.ranges[c.wit]!;
      const s = c.text.slice(r.start, r.end);
      forms.set(s, [...(forms.get(s) ?? []), c]);
    }
    const rangesOf = (cs: readonly Copy[]) => cs.map((c) => place.ranges[c.wit]!);
    if (forms.size === 1) {
      out.push(...shared(copies, rangesOf(copies)));
      continue;
    }
    if (place.kind === 'agreement') {
      const spaced = spacingOnly(copies, rangesOf(copies), `${idPrefix}ws${out.length}-`, base);
      if (spaced) {
        out.push(...spaced);
        continue;
      }
    }
    const readings: Reading[] = [...forms].map(([s, cs]) => ({
      lemma: cs.some((c) => c.wit === base),
      wit: cs.map((c) => c.wit),
      ...(place.readings.find((r) => r.witnesses.includes(cs[0]!.wit))?.type ? { variantType: place.readings.find((r) => r.witnesses.includes(cs[0]!.wit))!.type! } : {}),
      children: s === '' ? [] : shared(cs, rangesOf(cs)),
    }));
    readings.sort((a, b) => Number(b.lemma) - Number(a.lemma));
    const app: App = {
      kind: 'app',
      id: `${idPrefix}${place.id ?? `ws${out.length}`}`,
      variantType: place.kind === 'variant' && place.type ? place.type : 'whitespace',
      ...(place.corresp?.length ? { corresp: place.corresp.map((c) => `${idPrefix}${c}`) } : {}),
      readings,
    };
    out.push(app);
  }
  return out;
}
