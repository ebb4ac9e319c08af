import type { RegisterEntry } from '../model/register.js';

/**
 * How a name form is marked in a register (`persName/@type` and its siblings):
 * - `reg`: the regularised name (matched too, when it occurs);
 * - `form`: a form as printed in a witness;
 * - `error`: an erroneous form (a transcription error); linked, and proposed for correction
 *   when the corrections file does not correct it;
 * - `plural`: a plural used for the type of the person ("Berman-Yurins");
 * - `ambiguous`: a form two or more entries share ("Lurie"); resolved from context.
 */
export type FormType = 'reg' | 'form' | 'error' | 'plural' | 'ambiguous';

export const formTypes: readonly FormType[] = ['reg', 'form', 'error', 'plural', 'ambiguous'];

export type Cert = 'high' | 'medium' | 'low';

/** One name form of a register entry. */
export interface RegisterForm {
  readonly text: string;
  readonly type: FormType;
  /** `@cert` of the form, when reading it as this entry is an editor's inference. */
  readonly cert?: Cert;
  /** `@xml:lang` of the form: the language that writes the name so ("Wien", "Vienne"). */
  readonly lang?: string;
}

/** An authority id (`idno/@type` and its value). */
export interface Authority {
  readonly type: string;
  readonly value: string;
}

/**
 * A register entry as the annotation stage needs it: the shared `RegisterEntry` plus the
 * forms the matcher looks for.
 */
export interface RegisterRecord extends RegisterEntry {
  readonly forms: readonly RegisterForm[];
  readonly authorities: readonly Authority[];
  /** The one-line description (`note`), for the review report. */
  readonly description?: string;
  /** A person's sex (`person/@sex` or `sex`), to guard links: M or F. */
  readonly sex?: 'M' | 'F';
}

/** True when an entry carries forms (it was read by this module's loader). */
export const isRecord = (entry: RegisterEntry): entry is RegisterRecord =>
  Array.isArray((entry as Partial<RegisterRecord>).forms);
