import { annotationConfig, type AnnotationConfig } from '../config/sections/annotation.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import type { Register } from '../model/register.js';
import type { ReviewItem } from '../model/review.js';
import { applyCorrections } from './corrections.js';
import { emptyRules, type AnnotationRules, type CorrectionRule } from './data.js';
import { annotateDates } from './dates/annotate-dates.js';
import { createDateParser } from './dates/parse.js';
import { annotateNames } from './names/annotate-names.js';
import { buildNameIndex } from './names/index-forms.js';
import { findUnknownNames } from './review/candidates.js';
import { nearestForm } from './review/near-miss.js';
import { linkSpeakers } from './speakers.js';

export { renderReview } from './review/render.js';

/** The annotation stage's slice of the options, its data read beforehand by the read stage. */
export interface AnnotateOptions {
  /** Registers to use (default: the edition's). */
  readonly registers?: readonly Register[];
  /** The editors' corrections, and the file they come from (for messages). */
  readonly corrections?: readonly CorrectionRule[];
  readonly correctionsFile?: string;
  /** Context rules and decisions about capitalised words. */
  readonly rules?: AnnotationRules;
  /** How dates are read (the config's `annotation.dates`; defaults when absent). */
  readonly dates?: AnnotationConfig['dates'];
  /** Look for capitalised names in no register (default: true). */
  readonly unknownNames?: boolean;
  /** Largest edit distance of a near-miss spelling (default 1 / 2). */
  readonly nearMiss?: { readonly short: number; readonly long: number };
  /** Who corrects when a correction does not say (a pointer, e.g. the editors' `#editor`). */
  readonly editorResp?: string;
}

const defaults = annotationConfig.parse({});

/**
 * The annotation stage: applies the editor's corrections, tags and links the names of the
 * registers (and the speakers of dialogues), tags and normalises dates, and lists for review
 * what is uncertain and every
 * capitalised name no register covers. Returns a new edition; the witness text and its
 * sources are kept exactly (every character stays in a text node, cut only where a tag
 * starts or ends). It reads no file: its data come in `options`.
 */
export function annotate(edition: Edition, options: AnnotateOptions = {}): Edition {
  const diagnostics: Diagnostic[] = [];
  const registers = options.registers ?? edition.registers;
  const index = buildNameIndex(registers);
  diagnostics.push(...index.diagnostics);

  const rules = options.rules ?? emptyRules;
  // Without a pointer given, the editors are the header's first responsibility.
  const editors = edition.header.responsibilities?.[0]?.id;
  const editorResp = options.editorResp ?? (editors ? `#${editors}` : '#editor');
  const corrected = applyCorrections(edition, options.corrections ?? [], index, options.correctionsFile ?? 'corrections', editorResp);
  diagnostics.push(...corrected.diagnostics);

  const names = annotateNames({ ...edition, front: corrected.front, body: corrected.body }, index, rules.exclusions);
  const parser = createDateParser(options.dates ?? defaults.dates);
  const dates = annotateDates({ ...edition, front: names.front, body: names.body }, parser);

  const review: ReviewItem[] = [...names.review, ...dates.review];
  if (options.unknownNames ?? defaults.review.unknownNames) {
    review.push(...unknownNameItems({ ...edition, front: dates.front, body: dates.body }, index, rules, options.nearMiss ?? defaults.review.nearMiss));
  }
  return {
    ...edition,
    front: linkSpeakers(dates.front),
    body: linkSpeakers(dates.body),
    registers,
    review: [...edition.review, ...review],
    diagnostics: [...edition.diagnostics, ...diagnostics],
  };
}

function unknownNameItems(
  edition: Pick<Edition, 'front' | 'body' | 'base' | 'witnesses'>,
  index: ReturnType<typeof buildNameIndex>,
  rules: AnnotationRules,
  limits: { short: number; long: number },
): ReviewItem[] {
  const decided = new Map(rules.decisions.map((d) => [d.form, d]));
  const fileOf = (wit: string | undefined) => edition.witnesses.find((w) => w.id === wit)?.file;
  return findUnknownNames(edition, edition.base).map((c): ReviewItem => {
    const file = fileOf(c.span?.wit);
    const where = { ...(c.span ? { at: c.span } : {}), ...(file ? { file } : {}) };
    const decision = decided.get(c.text) ?? decided.get(c.text.replace(/['’]s?$/u, ''));
    if (decision) {
      return { rule: 'name-decided', text: c.text, message: `${decision.decision}: ${decision.reason}`, proposal: `${decision.decision}: ${decision.reason}`, ...where };
    }
    const near = nearestForm(c.text, index, limits);
    if (near) {
      return {
        rule: 'name-near-miss',
        text: c.text,
        message: `“${c.text}” is ${near.distance} edit(s) from the register form “${near.form}” (${near.ids.map((id) => `#${id}`).join(', ')})`,
        proposal: `correct to “${near.form}” (${near.ids.map((id) => `#${id}`).join(', ')})`,
        ...where,
      };
    }
    return { rule: 'name-unknown', text: c.text, message: `“${c.text}” is in no register`, ...where };
  });
}
