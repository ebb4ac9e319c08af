import { distance } from 'fastest-levenshtein';
import type { ReviewItem, ReviewPlace } from '../../model/review.js';
import type { CorrectionRule, RejectionRule } from '../data.js';
import type { NameIndex } from '../names/index-forms.js';
import { reviewId } from '../review/apply.js';
import type { Corruption } from './find.js';

/** The authority of a spelling emendation: the Hunspell dictionary the check uses. */
export const dictionarySource = 'https://www.npmjs.com/package/dictionary-en';

/**
 * The suspected corruptions as review items, ranked (most likely first): one item per
 * emendation with all its places, and the correction that accepting it writes (restricted to
 * its witness and line when it occurs once). Rejected items are not proposed again.
 */
export function proposeCorrections(found: readonly Corruption[], fileOf: (wit: string | undefined) => string | undefined, rejections: readonly RejectionRule[]): ReviewItem[] {
  const rejected = new Set(rejections.filter((r) => r.rule === 'corruption').map((r) => r.text));
  const groups = new Map<string, Corruption[]>();
  for (const c of found) {
    if (rejected.has(c.sic)) continue;
    const key = `${c.sic}\u0000${c.corr}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const ranked = [...groups.values()]
    .map((cs) => ({ cs, score: Math.max(...cs.map((c) => c.score)) }))
    .sort((a, b) => b.score - a.score || a.cs[0]!.sic.localeCompare(b.cs[0]!.sic) || a.cs[0]!.corr.localeCompare(b.cs[0]!.corr));
  return ranked.map(({ cs, score }, k): ReviewItem => {
    const first = cs[0]!;
    const places: ReviewPlace[] = cs.flatMap((c) => (c.span ? [{ at: c.span, ...(fileOf(c.span.wit) ? { file: fileOf(c.span.wit)! } : {}) }] : []));
    const one = cs.length === 1 && first.span ? { witness: first.span.wit, line: first.span.start.line } : {};
    const cert = score >= 4 ? 'high' : 'medium';
    const reason = `transcription error: ${first.reasons.join('; ')}`;
    return {
      rule: 'corruption',
      id: reviewId('corr', first.sic, first.corr),
      text: first.sic,
      message: `“${first.sic}” → “${first.corr}”: ${first.reasons.join('; ')}`,
      proposal: `correct to “${first.corr}”`,
      action: { kind: 'add-correction', correction: { sic: first.sic, corr: first.corr, reason, cert, source: dictionarySource, ...one, expect: cs.length } },
      places,
      details: [`score: ${score.toFixed(1)}`, `context: ${first.context}`],
      rank: k + 1,
      ...(places[0] ? { at: places[0].at, ...(places[0].file ? { file: places[0].file } : {}) } : {}),
    };
  });
}

/**
 * Corrections already in the data, checked against the registers: a correction to a form that
 * is itself a variant spelling (its entry's regularised name spells the word otherwise, as
 * "Edinbrugh" of "Edinburgh") or an erroneous form is flagged.
 */
export function checkCorrections(rules: readonly CorrectionRule[], index: NameIndex, file: string): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const rule of rules) {
    const form = index.forms.find((f) => f.text === rule.corr);
    if (!form) continue;
    for (const ref of form.entries) {
      const record = index.records.get(ref.id);
      if (!record) continue;
      const regWords = record.forms.filter((f) => f.type === 'reg').flatMap((f) => f.text.split(/[\s()]+/).filter(Boolean));
      const corrWords = rule.corr.split(/\s+/);
      const variant = corrWords.flatMap((w) => regWords.filter((r) => r !== w && distance(r, w) <= 2 && !regWords.includes(w)).map((r) => [w, r] as const))[0];
      if (form.type === 'error') {
        items.push({ rule: 'correction-to-variant', text: rule.sic, file, message: `the correction “${rule.sic}” → “${rule.corr}” corrects to a form #${ref.id} lists as an error`, proposal: `correct to the regularised name “${record.name}”` });
      } else if (variant) {
        items.push({
          rule: 'correction-to-variant',
          text: rule.sic,
          file,
          message: `the correction “${rule.sic}” → “${rule.corr}” corrects to a variant spelling: #${ref.id}’s regularised name spells “${variant[0]}” as “${variant[1]}” (${record.name})`,
          proposal: `correct to “${rule.corr.replace(variant[0], variant[1])}”, and mark “${rule.corr}” as an error form if the witnesses print it`,
        });
      }
    }
  }
  return items;
}
