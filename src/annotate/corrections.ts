import { warning, type Diagnostic } from '../diagnostics/index.js';
import { findAnchor, isHit, notFound, type AnchorHit } from '../anchors/find.js';
import type { Span } from '../model/position.js';
import type { Division } from '../model/block.js';
import type { Edition } from '../model/edition.js';
import type { Correction } from '../model/inline.js';
import type { CorrectionRule } from './data.js';
import { canWrap, flattenRun, wrapRanges, type WrapRange } from './flatten.js';
import { formPattern, type NameIndex } from './names/index-forms.js';
import { isWordChar } from './names/find.js';
import { isAnnotatable, locate, rewriteRuns } from './runs.js';

export interface CorrectionsResult {
  readonly front: Division[];
  readonly body: Division[];
  readonly diagnostics: Diagnostic[];
  /** How many times each rule applied, in the order of the file. */
  readonly counts: number[];
}

/**
 * Applies the editor's corrections: every whole-word occurrence of a `sic` (in the given
 * witness and line, when the rule says so) becomes a `choice` of the erroneous text and its
 * correction, with `resp`, `source` and the reason. The witness text stays in `sic`, so
 * extraction gives it back unchanged. A rule whose count differs from `expect` is reported.
 */
export function applyCorrections(
  edition: Pick<Edition, 'front' | 'body' | 'witnesses'>,
  rules: readonly CorrectionRule[],
  index: NameIndex,
  file: string,
  /** Who corrects when a rule does not say (the editors' pointer). */
  defaultResp: string,
): CorrectionsResult {
  const counts = rules.map(() => 0);
  const diagnostics: Diagnostic[] = [];
  // A rule with a context, a witness or a line applies only inside the passage it names.
  const places = rules.map((rule, k): AnchorHit[] | undefined => {
    if (rule.context === undefined && rule.witness === undefined && rule.line === undefined) return undefined;
    const anchor = { text: rule.context ?? rule.sic, ...(rule.line !== undefined ? { line: rule.line } : {}) };
    const owner = { file, what: `correction [${k}] "${rule.sic}"`, stage: 'annotate' as const };
    const searched = edition.witnesses.filter((w) => rule.witness === undefined || w.siglum === rule.witness || w.id === rule.witness);
    const hits = searched.filter((w) => w.text.includes(anchor.text)).map((w) => findAnchor(w, anchor, owner));
    for (const h of hits) if (!isHit(h)) diagnostics.push(h);
    if (hits.length === 0) diagnostics.push(notFound(searched, anchor, owner));
    return hits.filter(isHit);
  });
  const inside = (spans: readonly Span[], placesOf: readonly AnchorHit[]) =>
    spans.some((s) => placesOf.some((p) => p.wit === s.wit && p.start.offset <= s.start.offset && s.end.offset <= p.end.offset));
  const patterns = rules.map((r) => formPattern(r.sic));
  const sourceOf = (rule: CorrectionRule): string | undefined => {
    if (rule.source) return rule.source;
    const form = index.forms.find((f) => f.text === rule.corr && f.entries.length === 1);
    return form ? `#${form.entries[0]!.id}` : undefined;
  };
  const { front, body } = rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === 'text')) return run;
    const flat = flattenRun(run);
    const ranges: WrapRange[] = [];
    let taken = 0;
    const hits: Array<{ start: number; end: number; rule: number }> = [];
    rules.forEach((rule, k) => {
      const pattern = patterns[k]!;
      for (let i = flat.text.indexOf(rule.sic[0]!); i !== -1; i = flat.text.indexOf(rule.sic[0]!, i + 1)) {
        if (isWordChar(flat.text[i - 1])) continue;
        pattern.lastIndex = i;
        const m = pattern.exec(flat.text);
        if (!m) continue;
        const end = i + m[0].length;
        if (isWordChar(flat.text[end]) && isWordChar(m[0][m[0].length - 1])) continue;
        if (!canWrap(flat, i, end)) continue;
        const placesOf = places[k];
        if (placesOf !== undefined && !inside(locate(flat, i, end), placesOf)) continue;
        hits.push({ start: i, end, rule: k });
      }
    });
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const h of hits) {
      if (h.start < taken) continue;
      const rule = rules[h.rule]!;
      counts[h.rule]!++;
      const source = sourceOf(rule);
      ranges.push({
        start: h.start,
        end: h.end,
        build: (children, src): Correction => ({
          kind: 'choice',
          sic: children,
          corr: rule.corr,
          resp: rule.resp ?? defaultResp,
          ...(source ? { source } : {}),
          reason: rule.reason,
          ...(rule.cert ? { cert: rule.cert } : {}),
          src,
        }),
      });
      taken = h.end;
    }
    return ranges.length === 0 ? run : wrapRanges(flat, ranges);
  });
  rules.forEach((rule, k) => {
    const expected = rule.expect;
    const got = counts[k]!;
    if (got === 0 && places[k] === undefined) {
      // Not in the text at all: an error that shows the nearest candidate in the witnesses.
      diagnostics.push(notFound(edition.witnesses, { text: rule.sic }, { file, what: `correction [${k}] "${rule.sic}" → "${rule.corr}"`, stage: 'annotate' }));
      return;
    }
    if (got === 0 && places[k]!.length === 0) return; // reported where the passage was looked for
    if (got === 0) {
      diagnostics.push(warning({ message: `correction "${rule.sic}" → "${rule.corr}": its passage is there, but the error is not a whole word of the edition's text in it`, rule: 'correction-count', stage: 'annotate', file }));
      return;
    }
    if (expected !== undefined && got !== expected) {
      diagnostics.push(
        warning({
          message: `correction "${rule.sic}" → "${rule.corr}" applies ${got} time(s)${expected !== undefined ? `, the file expects ${expected}` : ''}`,
          rule: 'correction-count',
          stage: 'annotate',
          file,
          hint: 'check the witness text or update the rule',
        }),
      );
    }
  });
  return { front, body, diagnostics, counts };
}
