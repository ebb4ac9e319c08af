import type { Division } from '../../model/block.js';
import type { Edition } from '../../model/edition.js';
import type { NameNode } from '../../model/inline.js';
import type { Span } from '../../model/position.js';
import type { ReviewItem } from '../../model/review.js';
import { recordedPath } from '../../model/witness.js';
import type { Cert } from '../../registers/types.js';
import type { ExclusionRule } from '../data.js';
import { canWrap, correctionsAsAtoms, flattenRun, wrapRanges, type FlatRun, type WrapRange } from '../flatten.js';
import { inQuotation, isAnnotatable, locate, primarySpan, quoteTracker, rewriteRuns } from '../runs.js';
import { findNames } from './find.js';
import { nameEndings } from './inflections.js';
import type { EntryRef, NameForm, NameIndex } from './index-forms.js';
import { conflictOf, mentionCues, type MentionCues } from './guard.js';
import { citedName, orgHeads } from '../discover/lexicon.js';
import { entryXml } from '../discover/propose.js';
import { reviewId } from '../review/apply.js';
import type { ReviewAction } from '../../model/review.js';

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
  /** What the given name, initials, title or apposition around it say against or for its entry. */
  readonly guard?: { readonly conflict?: string; readonly unverified?: string; readonly chosen?: EntryRef; readonly why?: string; readonly byTitle?: boolean };
  /** A signature under a note ("(A.B.)"). */
  readonly signature?: boolean;
  /** The word as printed when the form was read through an ending of the language ("Lottens"). */
  readonly inflected?: string;
}

/** How a mention is linked. */
interface Link {
  readonly entry?: EntryRef;
  readonly cert?: Cert;
  readonly review: boolean;
  readonly rule: string;
  readonly message?: string;
  readonly proposal?: string;
  readonly id?: string;
  readonly action?: ReviewAction;
}

/** Options of name tagging, from the edition's rules data and config. */
export interface NameOptions {
  readonly exclusions: readonly ExclusionRule[];
  /** Signature strings of the edition's notes ("(A.B.)"). */
  readonly signatures?: readonly string[];
  /** Whether a signature counts as a mention of its signer (editorial decision). */
  readonly signaturesAreMentions?: boolean;
  /** The text's language (BCP 47): the endings its names take are read too ("Lottens"). */
  readonly language?: string;
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
  if (m.guard?.conflict) {
    // Another person of the same name: a new entry is proposed (the editor may instead add the form to the right entry).
    const taken = new Set(index.records.keys());
    const base = (m.text.split(/\s+/).at(-1) ?? 'person').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
    let entryId = `${base}-2`;
    for (let k = 3; taken.has(entryId); k++) entryId = `${base}-${k}`;
    const note = `Proposed as another person than #${m.form.entries.map((e) => e.id).join(', #')}: ${m.guard.conflict}. Describe it here.`;
    return {
      review: true,
      rule: 'name-conflict',
      message: `“${m.text}” is not linked: ${m.guard.conflict}`,
      proposal: `add a new person #${entryId} with the form “${m.text}”`,
      id: reviewId('conflict', m.text, m.form.entries.map((e) => e.id).join(',')),
      action: { kind: 'add-register-entry', register: 'persons', entryId, xml: entryXml(entryId, 'person', [m.text], note) },
    };
  }
  if (m.guard?.chosen && m.guard.byTitle) {
    // A title tells man from woman, not this person from a namesake the register lacks.
    const entry = m.guard.chosen;
    return { entry, cert: 'medium', review: true, rule: 'name-by-title', message: `“${m.text}” read as #${entry.id}: ${m.guard.why}`, proposal: `#${entry.id}` };
  }
  if (m.guard?.chosen) {
    return { entry: m.guard.chosen, review: false, rule: 'name-by-initials' };
  }
  if (m.form.entries.length > 1) return resolveShared(m, all);
  const entry = m.form.entries[0]!;
  if (m.guard?.unverified) {
    return { entry, cert: 'medium', review: true, rule: 'name-given-unverified', message: `“${m.text}” linked to #${entry.id} with cert="medium": ${m.guard.unverified}`, proposal: `#${entry.id}` };
  }
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
  if (m.inflected) {
    // "Lottens" is Lotte's genitive, but "Peters" may be a surname: the editor decides once.
    return {
      entry,
      cert: 'medium',
      review: true,
      rule: 'name-inflected',
      message: `“${m.inflected}” read as “${m.form.text}” with an ending of the language, linked to #${entry.id} with cert="medium"`,
      proposal: `add “${m.inflected}” as a form of #${entry.id}`,
      id: reviewId('inflected', m.inflected, entry.id),
      action: { kind: 'add-register-form', register: entry.kind, entryId: entry.id, form: m.inflected, formType: 'form' },
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
  edition: Pick<Edition, 'front' | 'body' | 'witnesses'>,
  index: NameIndex,
  options: NameOptions,
  base: string,
): NamesResult {
  const rules = compile(options.exclusions);
  const mentions: Mention[] = [];
  const knownGiven = givenNamesOf(index);
  const endings = nameEndings(options.language);
  rewriteRuns(edition, (run, ctx, ordinal) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === 'text')) return run;
    const flat = flattenRun(run, correctionsAsAtoms);
    const quotedBlock = inQuotation(ctx);
    const insideQuotes = quoteTracker(flat.text);
    const inNote = ctx.path.includes('note');
    // A heading set in capitals is matched without regard to case ("THE HARBOUR MASTER JONES").
    const capitals = ctx.path.includes('head') && isCapitals(flat.text);
    const matchText = capitals ? titleCase(flat.text) : flat.text;
    for (const m of findNames(matchText, index, endings)) {
      if (!canWrap(flat, m.start, m.end) || excluded(flat, m.start, m.end, m.form, rules)) continue;
      // A name cited as a word ("changed his surname to “Smith”") is not a mention.
      if (citedName.test(flat.text.slice(Math.max(0, m.start - 20), m.start)) && /^[”"’']/u.test(flat.text.slice(m.end))) continue;
      // Longest match across types: "Northern Center" is a body, not the place; left to discovery.
      const next = /^\s+(\p{Lu}\p{L}+)/u.exec(matchText.slice(m.end))?.[1];
      if (next && orgHeads.has(next)) continue;
      let start = m.start;
      let guard: Mention['guard'];
      if (m.form.entries.every((e) => e.kind === 'persons') && !/[\s.]/u.test(m.form.text)) {
        const cues = mentionCues(matchText, m.start, m.end, (w) => knownGiven.has(w));
        const judged = judge(cues, m.form, index);
        guard = judged.guard;
        if (cues.prefix && judged.extend && canWrap(flat, cues.prefix.start, m.end)) start = cues.prefix.start;
      }
      const span = primarySpan(locate(flat, start, m.end), base);
      const text = flat.text.slice(start, m.end);
      mentions.push({
        ordinal,
        start,
        end: m.end,
        form: m.form,
        text,
        division: ctx.division?.id ?? '',
        quoted: insideQuotes(start) || quotedBlock,
        corrected: flat.pieces.some((p) => p.kind === 'atom' && p.start >= start && p.end <= m.end),
        ...(span ? { span } : {}),
        ...(guard ? { guard } : {}),
        ...(inNote && isSignature(flat.text, start, m.end, options.signatures ?? []) ? { signature: true } : {}),
        ...(m.ending ? { inflected: flat.text.slice(m.start, m.end) } : {}),
      });
    }
    return run;
  });

  const links = mentions.map((m) => link(m, mentions, index));
  const byRun = new Map<number, WrapRange[]>();
  const review: ReviewItem[] = [];
  // For review items only: their places are written to review.md, relative to the config folder.
  const fileOf = (wit: string | undefined) => {
    const w = edition.witnesses.find((x) => x.id === wit);
    return w ? recordedPath(w) : undefined;
  };
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
        ...(m.signature && !options.signaturesAreMentions ? { signature: true } : {}),
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
        ...(l.id ? { id: l.id } : {}),
        ...(l.action ? { action: l.action } : {}),
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

/** Every given name the person registers print (first words of forms), for reading cues. */
function givenNamesOf(index: NameIndex): Set<string> {
  const out = new Set<string>();
  for (const r of index.records.values()) {
    if (r.kind !== 'persons') continue;
    for (const f of r.forms) {
      const words = f.text.split(/\s+/);
      if (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) out.add(words[0]!);
    }
  }
  return out;
}

/**
 * Decides a person's form from its cues: one entry → conflict, unverified or fine (the given
 * name or initials then join the mention); several entries of one surname → the one the
 * initials or given name fit, when exactly one does.
 */
function judge(cues: MentionCues, form: NameForm, index: NameIndex): { guard?: Mention['guard']; extend: boolean } {
  if (!cues.prefix && !cues.sex) return { extend: false };
  const records = form.entries.map((e) => index.records.get(e.id)).filter((r) => r !== undefined);
  const verdicts = records.map((r) => ({ r, v: conflictOf(cues, r, form.text) }));
  if (form.entries.length === 1) {
    const v = verdicts[0]?.v ?? {};
    if (v.conflict) return { guard: { conflict: v.conflict }, extend: true };
    if (v.unverified) return { guard: { unverified: v.unverified }, extend: true };
    return { extend: true };
  }
  const fitting = verdicts.filter((x) => !x.v.conflict && !x.v.unverified);
  // A given name, initials or a title that says man or woman ("madame de Vernon") may fit one
  // of the entries that share a surname only.
  if ((cues.prefix || cues.sex) && fitting.length === 1) {
    const chosen = form.entries.find((e) => e.id === fitting[0]!.r.id)!;
    if (cues.prefix) return { guard: { chosen, why: `“${cues.prefix.text}” fits #${chosen.id} only` }, extend: true };
    return { guard: { chosen, why: `${cues.sex!.why} fits #${chosen.id} only`, byTitle: true }, extend: false };
  }
  if (verdicts.every((x) => x.v.conflict)) return { guard: { conflict: verdicts.map((x) => x.v.conflict).join('; ') }, extend: true };
  return { extend: false };
}

const isCapitals = (text: string): boolean => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length > 0.8;
};

/** Each word with a capital and the rest in lower case, when that keeps every offset. */
function titleCase(text: string): string {
  const out = text.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());
  return out.length === text.length ? out : text;
}

/** A name that is the edition's signature ("(A.B.)") or all of a closing bracket at the end of a note's paragraph. */
function isSignature(text: string, start: number, end: number, signatures: readonly string[]): boolean {
  const name = text.slice(start, end);
  for (const sig of signatures) {
    const k = sig.indexOf(name);
    if (k >= 0 && text.slice(start - k, start - k + sig.length) === sig) return true;
  }
  return /\(\s*$/u.test(text.slice(0, start)) && /^\s*\)[\s.]*$/u.test(text.slice(end)) && /^(?:\p{Lu}\.\s?)+$/u.test(name);
}
