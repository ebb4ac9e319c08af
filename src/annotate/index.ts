import { displayPath, resolveFromConfig } from '../config/load.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import type { Register, RegisterKind } from '../model/register.js';
import type { ReviewItem } from '../model/review.js';
import { checkAuthorities } from '../registers/authority.js';
import { loadRegister } from '../registers/load.js';
import { applyCorrections } from './corrections.js';
import { englishSpeller, findCorruptions } from './corruptions/find.js';
import { checkCorrections, proposeCorrections } from './corruptions/propose.js';
import { loadCorrections, loadRules, withRuleDefaults, type AnnotationRules, type CorrectionRule, type ParsedRules } from './data.js';
import { annotateDates } from './dates/annotate-dates.js';
import { createDateParser } from './dates/parse.js';
import { findCandidates } from './discover/find.js';
import { proposeEntities } from './discover/propose.js';
import { describeDecisions } from './editorial.js';
import { annotateNames } from './names/annotate-names.js';
import { buildNameIndex, type NameIndex } from './names/index-forms.js';
import { linkSpeakers } from './speakers.js';

export { renderReview } from './review/render.js';

export interface AnnotateOptions {
  /** Registers to use instead of the edition's (or those the config names). */
  readonly registers?: readonly Register[];
  /** Corrections to apply instead of the config's file. */
  readonly corrections?: readonly CorrectionRule[];
  /** Context rules and decisions instead of the config's file. */
  readonly rules?: AnnotationRules;
  /** Look for names in no register and propose entries (default: the config's `review.unknownNames`). */
  readonly unknownNames?: boolean;
  /** Look for suspected corruptions with the spelling dictionary (default: as `unknownNames`). */
  readonly corruptions?: boolean;
  /** Signature strings of the notes ("(L.S.)"); default: the config's `notes.authorSignature`. */
  readonly signatures?: readonly string[];
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
 * registers (guarded: a given name, initials or sex that contradict the entry leave the name
 * unlinked and in review), tags and normalises dates, and lists for review what is uncertain,
 * every name no register covers (typed, with a register entry to accept), suspected
 * corruptions (ranked, with a correction to accept) and the edition's editorial decisions.
 * Returns a new edition; the witness text and its sources are kept exactly.
 */
export function annotate(edition: Edition, options: AnnotateOptions = {}): Edition {
  const { config } = edition;
  const diagnostics: Diagnostic[] = [];
  const registers = options.registers ?? (edition.registers.length > 0 ? edition.registers : loadRegisters(config));
  const index = buildNameIndex(registers);
  diagnostics.push(...index.diagnostics, ...checkAuthorities(registers));

  const corrections = options.corrections ? { rules: [...options.corrections], file: 'corrections' } : loadCorrections(config);
  const rules: ParsedRules = options.rules ? withRuleDefaults(options.rules) : loadRules(config).rules;
  const base = config.base;

  const corrected = applyCorrections(edition, corrections.rules, index, corrections.file);
  diagnostics.push(...corrected.diagnostics);

  const names = annotateNames({ ...edition, front: corrected.front, body: corrected.body }, index, {
    exclusions: rules.exclusions,
    signatures: options.signatures ?? [config.notes.authorSignature],
    signaturesAreMentions: rules.editorial.signatures.mentions,
  }, base);
  const parser = createDateParser(config.annotation.dates);
  const dates = annotateDates({ ...edition, front: names.front, body: names.body }, parser);

  const review: ReviewItem[] = [...groupById(names.review), ...dates.review, ...checkCorrections(corrections.rules, index, corrections.file)];
  const fileOf = (wit: string | undefined) => edition.witnesses.find((w) => w.siglum === wit)?.file;
  const annotated = { front: dates.front, body: dates.body };
  const discover = options.unknownNames ?? config.annotation.review.unknownNames;
  if (discover) {
    const spell = englishSpeller();
    const candidates = findCandidates(annotated, base, rules.editorial, (w) => spell.correct(w));
    review.push(
      ...proposeEntities(candidates, {
        index,
        decisions: rules.decisions,
        rejections: rules.rejections,
        editorial: rules.editorial,
        nearMiss: config.annotation.review.nearMiss,
        fileOf,
      }),
    );
  }
  if (options.corruptions ?? discover) {
    const found = findCorruptions(annotated, base, { names: nameWords(index), registerForms: new Set(index.forms.map((f) => f.text)) });
    review.push(...proposeCorrections(found, fileOf, rules.rejections));
  }
  for (const d of describeDecisions(rules.editorial)) {
    review.push({ rule: 'editorial-decision', text: d.name, message: `${d.value}. Why: ${d.reason}` });
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

/** Every word of every register form: names, which the speller must not take for errors. */
function nameWords(index: NameIndex): Set<string> {
  return new Set(index.forms.flatMap((f) => f.text.split(/[\s.\-’']+/).filter(Boolean)));
}

/** Items that share an id (one proposal raised at several places) become one item with every place. */
function groupById(items: readonly ReviewItem[]): ReviewItem[] {
  const out: ReviewItem[] = [];
  const byId = new Map<string, number>();
  for (const i of items) {
    if (!i.id) {
      out.push(i);
      continue;
    }
    const k = byId.get(i.id);
    const place = i.at ? [{ at: i.at, ...(i.file ? { file: i.file } : {}) }] : [];
    if (k === undefined) {
      byId.set(i.id, out.length);
      out.push({ ...i, places: place });
    } else {
      const first = out[k]!;
      out[k] = { ...first, places: [...(first.places ?? []), ...place] };
    }
  }
  return out;
}
