import type { Division } from '../../model/block.js';
import type { Edition } from '../../model/edition.js';
import type { NameNode } from '../../model/inline.js';
import type { Span } from '../../model/position.js';
import type { ReviewItem } from '../../model/review.js';
import type { Cert } from '../../registers/types.js';
import type { ExclusionRule } from '../data.js';
import { canWrap, correctionsAsAtoms, flattenRun, wrapRanges, type FlatRun, type WrapRange } from '../flatten.js';
import { inQuotation, isAnnotatable, locate, primarySpan, quoteTracker, rewriteRuns } from '../runs.js';
import { findNames } from './find.js';
import type { EntryRef, NameForm, NameIndex } from './index-forms.js';

/** A name found in the first traversal, before it is linked. */
interface Mention {
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly form: NameForm;
  readonly text: string;
  readonly division: string;
  /** Inside quotation marks or a block quotation: a speaker's words, not the author's. */
  readonly quoted: boolean;
  /** Covers a correction (so an erroneous form in it is already corrected). */
  readonly corrected: boolean;
  readonly span?: Span;
}

/** How a mention is linked. */
interface Link {
  readonly entry?: EntryRef;
  readonly cert?: Cert;
  readonly review: boolean;
  readonly rule: string;
  readonly message?: string;
  readonly proposal?: string;
}

export interface NamesResult {
  readonly front: Division[];
  readonly body: Division[];
  readonly review: ReviewItem[];
  /** Every name tagged, for statistics and tests: its text, place and link. */
  readonly mentions: ReadonlyArray<{ text: string; span?: Span; ref?: string; nameType: string; rule: string }>;
}

interface CompiledExclusion {
  readonly rule: ExclusionRule;
  readonly before?: RegExp;
  readonly after?: RegExp;
}

const compile = (rules: readonly ExclusionRule[]): CompiledExclusion[] =>
  rules.map((rule) => ({
    rule,
    ...(rule.before !== undefined ? { before: new RegExp(`(?:${rule.before})$`, 'u') } : {}),
    ...(rule.after !== undefined ? { after: new RegExp(`^(?:${rule.after})`, 'u') } : {}),
  }));

function excluded(flat: FlatRun, start: number, end: number, form: NameForm, rules: readonly CompiledExclusion[]): boolean {
  return rules.some(
    (r) =>
      r.rule.form === form.text &&
      (!r.before || r.before.test(flat.text.slice(Math.max(0, start - 80), start))) &&
      (!r.after || r.after.test(flat.text.slice(end, end + 80))),
  );
}

const distance = (a: Mention, b: Mention): number =>
  a.span && b.span && a.span.wit === b.span.wit ? Math.abs(a.span.start.offset - b.span.start.offset) : Number.POSITIVE_INFINITY;

const where = (m: Mention): string => (m.span ? `line ${m.span.start.line}` : 'elsewhere');

/**
 * Resolves a form that several entries share from the nearest explicit mention of one of them
 * in the same division (a chapter or section): unquoted mentions first, since a quoted speaker
 * may name someone else ("Moishe Lurie told me"). None: left to an editor.
 */
function resolveShared(m: Mention, all: readonly Mention[]): Link {
  const ids = new Set(m.form.entries.map((e) => e.id));
  const explicit = all.filter((x) => x.division === m.division && x.form.entries.length === 1 && ids.has(x.form.entries[0]!.id));
  const pick = (pool: Mention[]) =>
    pool.reduce<Mention | undefined>((best, x) => {
      if (!best) return x;
      const dx = distance(m, x);
      const db = distance(m, best);
      // Equal distance: the earlier mention, the one the reader has already seen.
      return dx < db || (dx === db && x.span!.start.offset < best.span!.start.offset) ? x : best;
    }, undefined);
  const nearest = pick(explicit.filter((x) => !x.quoted && Number.isFinite(distance(m, x)))) ?? pick(explicit.filter((x) => Number.isFinite(distance(m, x))));
  const candidates = m.form.entries.map((e) => `#${e.id}`).join(', ');
  if (!nearest) {
    return {
      review: true,
      rule: 'name-ambiguous',
      message: `“${m.text}” may be ${candidates}; no explicit mention of either in its section`,
    };
  }
  const entry = nearest.form.entries[0]!;
  return {
    entry,
    cert: 'medium',
    review: true,
    rule: 'name-nearest-explicit',
    message: `“${m.text}” read as #${entry.id} (one of ${candidates}) from the nearest explicit mention, “${nearest.text}” (${where(nearest)})`,
    proposal: `#${entry.id}`,
  };
}

function link(m: Mention, all: readonly Mention[], index: NameIndex): Link {
  if (m.form.entries.length > 1) return resolveShared(m, all);
  const entry = m.form.entries[0]!;
  if (m.form.type === 'error' && !m.corrected) {
    const forms = index.records.get(entry.id)?.forms ?? [];
    const reg = (forms.find((f) => f.type === 'form') ?? forms.find((f) => f.type === 'reg'))?.text;
    return {
      entry,
      cert: 'medium',
      review: true,
      rule: 'name-error-form',
      message: `“${m.text}” is marked as an erroneous form of #${entry.id} in the register, and no correction applies here`,
      ...(reg ? { proposal: `correct to “${reg}”` } : {}),
    };
  }
  if (m.form.cert && m.form.cert !== 'high') {
    return {
      entry,
      cert: m.form.cert,
      review: true,
      rule: 'name-form-cert',
      message: `“${m.text}” linked to #${entry.id} with cert="${m.form.cert}", as the register marks this form`,
      proposal: `#${entry.id}`,
    };
  }
  return { entry, review: false, rule: m.form.type === 'error' ? 'name-corrected-form' : 'name-form' };
}

/**
 * Tags the names of the registers in every run: a first traversal finds them (whole words,
 * longest first, across line breaks, note markers and corrections), the links are decided
 * with the whole edition in view (shared forms need their context), and a second traversal
 * wraps them in name nodes. Excluded contexts (rules data) are skipped.
 */
export function annotateNames(
  edition: Pick<Edition, 'front' | 'body' | 'config' | 'witnesses'>,
  index: NameIndex,
  exclusions: readonly ExclusionRule[],
): NamesResult {
  const rules = compile(exclusions);
  const base = edition.config.base;
  const mentions: Mention[] = [];
  rewriteRuns(edition, (run, ctx, ordinal) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === 'text')) return run;
    const flat = flattenRun(run, correctionsAsAtoms);
    const quotedBlock = inQuotation(ctx);
    const insideQuotes = quoteTracker(flat.text);
    for (const m of findNames(flat.text, index)) {
      if (!canWrap(flat, m.start, m.end) || excluded(flat, m.start, m.end, m.form, rules)) continue;
      const span = primarySpan(locate(flat, m.start, m.end), base);
      mentions.push({
        ordinal,
        start: m.start,
        end: m.end,
        form: m.form,
        text: flat.text.slice(m.start, m.end),
        division: ctx.division?.id ?? '',
        quoted: insideQuotes(m.start) || quotedBlock,
        corrected: flat.pieces.some((p) => p.kind === 'atom' && p.start >= m.start && p.end <= m.end),
        ...(span ? { span } : {}),
      });
    }
    return run;
  });

  const links = mentions.map((m) => link(m, mentions, index));
  const byRun = new Map<number, WrapRange[]>();
  const review: ReviewItem[] = [];
  const fileOf = (wit: string | undefined) => edition.witnesses.find((w) => w.siglum === wit)?.file;
  const tagged: Array<{ text: string; span?: Span; ref?: string; nameType: string; rule: string }> = [];
  mentions.forEach((m, k) => {
    const l = links[k]!;
    const nameType = l.entry?.nameType ?? m.form.entries[0]!.nameType;
    const ref = l.entry ? `#${l.entry.id}` : undefined;
    const range: WrapRange = {
      start: m.start,
      end: m.end,
      build: (children, src): NameNode => ({
        kind: 'name',
        nameType,
        ...(ref ? { ref } : {}),
        ...(l.cert ? { cert: l.cert } : {}),
        ...(l.review ? { review: true } : {}),
        rule: l.rule,
        children,
        src,
      }),
    };
    // Appended in place: copying the list per mention made a long paragraph quadratic.
    const ranges = byRun.get(m.ordinal);
    if (ranges) ranges.push(range);
    else byRun.set(m.ordinal, [range]);
    tagged.push({ text: m.text, ...(m.span ? { span: m.span } : {}), ...(ref ? { ref } : {}), nameType, rule: l.rule });
    if (l.review) {
      const file = fileOf(m.span?.wit);
      review.push({
        rule: l.rule,
        message: l.message ?? `“${m.text}”`,
        text: m.text,
        ...(m.span ? { at: m.span } : {}),
        ...(file ? { file } : {}),
        ...(l.proposal ? { proposal: l.proposal } : {}),
      });
    }
  });

  // Flattened again: the traversal rebuilds nodes that hold nested runs (notes), so the run
  // holds new objects in the same places as before.
  const { front, body } = rewriteRuns(edition, (run, _ctx, ordinal) => {
    const ranges = byRun.get(ordinal);
    return ranges ? wrapRanges(flattenRun(run, correctionsAsAtoms), ranges) : run;
  });
  return { front, body, review, mentions: tagged };
}
