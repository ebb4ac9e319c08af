import { annotationConfig, type AnnotationConfig } from '../config/sections/annotation.js';
import { info, type Diagnostic } from '../diagnostics/index.js';
import type { Edition } from '../model/edition.js';
import type { Division } from '../model/block.js';
import type { Register } from '../model/register.js';
import { recordedPath } from '../model/witness.js';
import type { ReviewItem } from '../model/review.js';
import { checkAuthorities } from '../registers/authority.js';
import { applyCorrections } from './corrections.js';
import { englishSpeller, findCorruptions } from './corruptions/find.js';
import { checkCorrections, proposeCorrections } from './corruptions/propose.js';
import { emptyRules, withRuleDefaults, type AnnotationRules, type CorrectionRule, type ParsedRules } from './data.js';
import { annotateDates } from './dates/annotate-dates.js';
import { annotateEntryDates } from './dates/entry-dates.js';
import { createDateParser } from './dates/parse.js';
import { findCandidates } from './discover/find.js';
import { proposeEntities } from './discover/propose.js';
import { describeDecisions } from './editorial.js';
import { annotateHighlighting, type HighlightMarks } from './emphasis.js';
import { annotateNames } from './names/annotate-names.js';
import { buildNameIndex, type NameIndex } from './names/index-forms.js';
import { annotateQuotations } from './quotations.js';
import { linkSpeakers } from './speakers.js';

export { renderReview } from './review/render.js';

/** The annotation stage's slice of the options, its data read beforehand by the read stage. */
export interface AnnotateOptions {
  /** Registers to use (default: the edition's). */
  readonly registers?: readonly Register[];
  /** The editors' corrections, and the file they come from (for messages). */
  readonly corrections?: readonly CorrectionRule[];
  readonly correctionsFile?: string;
  /** That file relative to the config folder, as review items name it (default: correctionsFile). */
  readonly correctionsSource?: string;
  /** Context rules and decisions about capitalised words. */
  readonly rules?: AnnotationRules;
  /** How dates are read (the config's `annotation.dates`; defaults when absent). */
  readonly dates?: AnnotationConfig['dates'];
  /** Look for names in no register and propose entries (default: true). */
  readonly unknownNames?: boolean;
  /** Largest edit distance of a near-miss spelling (default 1 / 2). */
  readonly nearMiss?: { readonly short: number; readonly long: number };
  /** Who corrects when a correction does not say (a pointer, e.g. the editors' `#editor`). */
  readonly editorResp?: string;
  /** Look for suspected corruptions with the spelling dictionary (default: as `unknownNames`). */
  readonly corruptions?: boolean;
  /** Signatures of the notes (e.g. "(A.B.)"), from the notes rules: signatures are not mentions unless the rules say so. */
  readonly signatures?: readonly string[];
  /** The marks the transcription sets around italic and bold words (default `_` and `=`; empty: none). */
  readonly highlightMarks?: HighlightMarks;
}

const defaults = annotationConfig.parse({});

/**
 * The annotation stage: applies the editor's corrections, tags and links the names of the
 * registers (guarded: a given name, initials or sex that contradict the entry leave the name
 * unlinked and in review), tags and normalises dates, and lists for review what is uncertain,
 * every name no register covers (typed, with a register entry to accept), suspected
 * corruptions (ranked, with a correction to accept) and the edition's editorial decisions.
 * Returns a new edition; the witness text and its sources are kept exactly. It reads no file:
 * its data come in `options`.
 */
export function annotate(edition: Edition, options: AnnotateOptions = {}): Edition {
  const annotated = annotateText(edition, options);
  return annotated.withProposals(proposeReview(annotated.proposals, annotated.index));
}

/**
 * What the review's proposals (names no register holds, suspected corruptions) are made from:
 * plain data, so that a thread of their own can make them (propose-thread.ts) while the build
 * goes on; they change no word of the text.
 */
export interface ProposalInput {
  readonly text: { readonly front: readonly Division[]; readonly body: readonly Division[] };
  readonly base: string;
  readonly registers: readonly Register[];
  readonly rules: ParsedRules;
  readonly nearMiss: { readonly short: number; readonly long: number };
  readonly witnesses: readonly { readonly id: string; readonly file: string }[];
  readonly unknownNames: boolean;
  readonly corruptions: boolean;
  /** The text's language (BCP 47), when the header gives it: register forms of other languages are not looked for. */
  readonly language?: string;
}

/** The annotation stage up to the review's proposals, which come later (withProposals). */
export interface TextAnnotated {
  readonly proposals: ProposalInput;
  /** The registers' name index (the proposals need it; a thread builds its own). */
  readonly index: NameIndex;
  /** The annotated edition, the proposals in its review where annotate puts them. */
  withProposals(items: readonly ReviewItem[]): Edition;
}

/** Which proposals the options ask for: names no register holds, suspected corruptions. */
export function proposalKinds(options: Pick<AnnotateOptions, 'unknownNames' | 'corruptions'>): { readonly unknownNames: boolean; readonly corruptions: boolean } {
  const unknownNames = options.unknownNames ?? defaults.review.unknownNames;
  return { unknownNames, corruptions: options.corruptions ?? unknownNames };
}

/** The review's proposals: names no register holds (typed, with an entry to accept), and suspected corruptions. */
export function proposeReview(input: ProposalInput, index: NameIndex = buildNameIndex(input.registers, input.language)): ReviewItem[] {
  const review: ReviewItem[] = [];
  const fileOf = (wit: string | undefined) => input.witnesses.find((w) => w.id === wit)?.file;
  if (input.unknownNames) {
    const spell = englishSpeller();
    const candidates = findCandidates(input.text, input.base, input.rules.editorial, (w) => spell.correct(w));
    review.push(
      ...proposeEntities(candidates, {
        index,
        decisions: input.rules.decisions,
        rejections: input.rules.rejections,
        editorial: input.rules.editorial,
        nearMiss: input.nearMiss,
        fileOf,
      }),
    );
  }
  if (input.corruptions) {
    const found = findCorruptions(input.text, input.base, { names: nameWords(index), registerForms: new Set(index.forms.map((f) => f.text)) });
    review.push(...proposeCorrections(found, fileOf, input.rules.rejections));
  }
  return review;
}

/** annotate without the review's proposals: corrections, names, dates (everything the text takes). */
export function annotateText(edition: Edition, options: AnnotateOptions = {}): TextAnnotated {
  const diagnostics: Diagnostic[] = [];
  const registers = options.registers ?? edition.registers;
  const language = edition.header?.language?.ident;
  const index = buildNameIndex(registers, language);
  diagnostics.push(...index.diagnostics, ...checkAuthorities(registers));

  const rules: ParsedRules = options.rules ? withRuleDefaults(options.rules) : emptyRules;
  const base = edition.base;
  // Without a pointer given, the editors are the header's first responsibility.
  const editors = edition.header.responsibilities?.[0]?.id;
  const editorResp = options.editorResp ?? (editors ? `#${editors}` : '#editor');
  const correctionsFile = options.correctionsFile ?? 'corrections';
  const corrections = options.corrections ?? [];
  const corrected = applyCorrections(edition, corrections, index, correctionsFile, editorResp);
  diagnostics.push(...corrected.diagnostics);

  // A digital library's frame (Project Gutenberg's header, its licence) is not the book: no
  // name, date or italics of it goes to the indexes or the review. (An editor's correction
  // still applies there.)
  const frame = apartFrame(corrected.front);
  // Before the names, so that a name between the marks of italics is found as it reads.
  const highlighted = annotateHighlighting({ ...corrected, front: frame.book }, options.highlightMarks ?? defaults.highlighting);
  const names = annotateNames({ ...edition, front: highlighted.front, body: highlighted.body }, index, {
    exclusions: rules.exclusions,
    signatures: options.signatures ?? [],
    signaturesAreMentions: rules.editorial.signatures.mentions,
    ...(language ? { language } : {}),
  }, base);
  const parser = createDateParser(options.dates ?? defaults.dates, language);
  const dated = annotateEntryDates(names);
  const dates = annotateDates({ ...edition, front: dated.front, body: dated.body }, parser);

  const review: ReviewItem[] = [...groupById(names.review), ...dates.review, ...checkCorrections(corrections, index, options.correctionsSource ?? correctionsFile)];
  const decisions: ReviewItem[] = describeDecisions(rules.editorial).map((d) => ({ rule: 'editorial-decision', text: d.name, message: `${d.value}${d.asDefault ? ' (the toolkit’s default: the rules data does not decide it)' : ''}. Why: ${d.reason}` }));
  const asked = proposalKinds(options);
  // The finding of unknown names and of corruptions reads English (its dictionary, its
  // tagger): in another language every noun would be a name and every word a misspelling.
  const english = language === undefined || /^en(-|$)/i.test(language);
  const { unknownNames, corruptions } = english ? asked : { unknownNames: false, corruptions: false };
  if (!english && (asked.unknownNames || asked.corruptions)) {
    // In the report too: "None." under names and corruptions would read as "nothing found".
    review.push({
      rule: 'proposals-english-only',
      text: language!,
      message: `Not looked for: the edition is in "${language}", and names no register holds and suspected corruptions are found with an English tagger and dictionary. The names of the registers are tagged and linked; add the others to the registers.`,
    });
    diagnostics.push(info({
      message: `names no register holds and suspected corruptions are proposed for English texts only; this one is in "${language}"`,
      rule: 'proposals-english-only',
      stage: 'annotate',
      hint: 'names in the registers are still tagged and linked; add the others to the registers',
    }));
  }
  const proposals: ProposalInput = {
    text: { front: dates.front, body: dates.body },
    base,
    registers,
    rules,
    nearMiss: options.nearMiss ?? defaults.review.nearMiss,
    // Config-relative: the places end up in review.md and in proposed register notes.
    witnesses: edition.witnesses.map((w) => ({ id: w.id, file: recordedPath(w) })),
    unknownNames,
    corruptions,
    ...(language ? { language } : {}),
  };
  // Last, so that names and dates are found in the text as it reads across the quotation marks.
  const files = new Map(edition.witnesses.map((w) => [w.id, recordedPath(w)] as const));
  const spoken = linkSpeakers({ front: dates.front, body: dates.body }, (wit) => files.get(wit));
  review.push(...spoken.review);
  const quoted = annotateQuotations({ front: spoken.front, body: spoken.body });
  const front = frame.restore(quoted.front);
  const body = quoted.body;
  return {
    proposals,
    index,
    withProposals: (items) => ({
      ...edition,
      front,
      body,
      registers,
      review: [...edition.review, ...review, ...items, ...decisions],
      diagnostics: [...edition.diagnostics, ...diagnostics],
    }),
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

/** The divisions of a front that are a library's frame, taken out and put back where they stood. */
function apartFrame(front: readonly Division[]): { book: Division[]; restore: (annotated: readonly Division[]) => Division[] } {
  const isFrame = (d: Division) => d.subtype === 'library-header' || d.subtype === 'library-licence';
  const book = front.filter((d) => !isFrame(d));
  return {
    book,
    restore: (annotated) => {
      const rest = [...annotated];
      return front.map((d) => (isFrame(d) ? d : rest.shift()!));
    },
  };
}
