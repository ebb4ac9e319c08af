import { displayPath, resolveFromConfig } from '../config/load.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import type { Register, RegisterKind } from '../model/register.js';
import type { ReviewItem } from '../model/review.js';
import { loadRegister } from '../registers/load.js';
import { applyCorrections } from './corrections.js';
import { loadCorrections, loadRules, type AnnotationRules, type CorrectionRule } from './data.js';
import { annotateDates } from './dates/annotate-dates.js';
import { createDateParser } from './dates/parse.js';
import { annotateNames } from './names/annotate-names.js';
import { buildNameIndex } from './names/index-forms.js';
import { findUnknownNames } from './review/candidates.js';
import { nearestForm } from './review/near-miss.js';
import { linkSpeakers } from './speakers.js';

export { renderReview } from './review/render.js';

export interface AnnotateOptions {
  /** Registers to use instead of the edition's (or those the config names). */
  readonly registers?: readonly Register[];
  /** Corrections to apply instead of the config's file. */
  readonly corrections?: readonly CorrectionRule[];
  /** Context rules and decisions instead of the config's file. */
  readonly rules?: AnnotationRules;
  /** Look for capitalised names in no register (default: the config's `review.unknownNames`). */
  readonly unknownNames?: boolean;
}

const kinds: readonly RegisterKind[] = ['persons', 'places', 'orgs', 'bibls'];

/** The registers named by the config, read from disk. */
export function loadRegisters(config: Edition['config']): Register[] {
  return kinds.flatMap((kind) => {
    const path = config.registers[kind];
    return path === undefined ? [] : [loadRegister(kind, resolveFromConfig(config, path), displayPath(config, path))];
  });
}

/**
 * The annotation stage: applies the editor's corrections, tags and links the names of the
 * registers (and the speakers of dialogues), tags and normalises dates, and lists for review
 * what is uncertain and every
 * capitalised name no register covers. Returns a new edition; the witness text and its
 * sources are kept exactly (every character stays in a text node, cut only where a tag
 * starts or ends).
 */
export function annotate(edition: Edition, options: AnnotateOptions = {}): Edition {
  const { config } = edition;
  const diagnostics: Diagnostic[] = [];
  const registers = options.registers ?? (edition.registers.length > 0 ? edition.registers : loadRegisters(config));
  const index = buildNameIndex(registers);
  diagnostics.push(...index.diagnostics);

  const corrections = options.corrections ? { rules: [...options.corrections], file: 'corrections' } : loadCorrections(config);
  const rules = options.rules ?? loadRules(config).rules;

  const corrected = applyCorrections(edition, corrections.rules, index, corrections.file);
  diagnostics.push(...corrected.diagnostics);

  const names = annotateNames({ ...edition, front: corrected.front, body: corrected.body }, index, rules.exclusions);
  const parser = createDateParser(config.annotation.dates);
  const dates = annotateDates({ ...edition, front: names.front, body: names.body }, parser);

  const review: ReviewItem[] = [...names.review, ...dates.review];
  if (options.unknownNames ?? config.annotation.review.unknownNames) {
    review.push(...unknownNameItems({ ...edition, front: dates.front, body: dates.body }, index, rules, config.annotation.review.nearMiss));
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
  edition: Pick<Edition, 'front' | 'body' | 'config' | 'witnesses'>,
  index: ReturnType<typeof buildNameIndex>,
  rules: AnnotationRules,
  limits: { short: number; long: number },
): ReviewItem[] {
  const decided = new Map(rules.decisions.map((d) => [d.form, d]));
  const fileOf = (wit: string | undefined) => edition.witnesses.find((w) => w.siglum === wit)?.file;
  return findUnknownNames(edition, edition.config.base).map((c): ReviewItem => {
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
