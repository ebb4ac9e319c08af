import type { Span } from './position.js';
import type { RegisterKind } from './register.js';

/** A correction as the corrections data holds it (see `editorial/corrections.json`). */
export interface ProposedCorrection {
  readonly sic: string;
  readonly corr: string;
  readonly reason: string;
  readonly cert?: 'high' | 'medium' | 'low';
  readonly source?: string;
  readonly witness?: string;
  readonly line?: number;
  readonly expect?: number;
}

/**
 * What accepting a review item does to the edition's data (never to a witness):
 * - `add-register-entry`: a new entry (its TEI, ready to paste) at the end of a register;
 * - `add-register-form`: a name form added to an existing entry;
 * - `add-correction`: a rule appended to the corrections data;
 * - `record-decision`: a decision about a capitalised word appended to the rules data.
 */
export type ReviewAction =
  | { readonly kind: 'add-register-entry'; readonly register: RegisterKind; readonly entryId: string; readonly xml: string }
  | { readonly kind: 'add-register-form'; readonly register: RegisterKind; readonly entryId: string; readonly form: string; readonly formType: string }
  | { readonly kind: 'add-correction'; readonly correction: ProposedCorrection }
  | { readonly kind: 'record-decision'; readonly form: string; readonly decision: string; readonly reason: string };

/** One place of an item in a witness. */
export interface ReviewPlace {
  readonly file?: string;
  readonly at: Span;
}

/** One thing an editor should decide, with the rule that raised it and where it is. */
export interface ReviewItem {
  readonly rule: string;
  readonly message: string;
  readonly text: string;
  readonly at?: Span;
  readonly file?: string;
  /** What the toolkit proposes, if anything. */
  readonly proposal?: string;
  /**
   * Stable id (the same proposal gets the same id in every build), for `review accept|reject`.
   * Only items an editor can accept or reject have one.
   */
  readonly id?: string;
  /** What `review accept` does. */
  readonly action?: ReviewAction;
  /** Every place of the item, when it stands for several (a new entity's mentions). */
  readonly places?: readonly ReviewPlace[];
  /** Type, evidence, context: facts an editor needs to decide, in a fixed order. */
  readonly details?: readonly string[];
  /** Rank among the items of its rule (1 is the most likely). */
  readonly rank?: number;
}
