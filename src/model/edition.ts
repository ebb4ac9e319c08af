import type { Diagnostic } from '../diagnostics/index.js';
import type { Division } from './block.js';
import type { HeaderData } from './header.js';
import type { Witness } from './witness.js';
import type { Register } from './register.js';
import type { ReviewItem } from './review.js';

/**
 * The value every stage reads and returns. Stages never mutate it: each returns a new edition
 * with its own additions and diagnostics.
 */
export interface Edition {
  /** Short name of the edition: the TEI root's `xml:id`, the name of its files. */
  readonly id: string;
  /** Id of the base witness: its text and order carry the edition. */
  readonly base: string;
  readonly header: HeaderData;
  readonly witnesses: readonly Witness[];
  /** Text that precedes the author's text in a witness (a site header), marked as such. */
  readonly front: readonly Division[];
  readonly body: readonly Division[];
  /**
   * Text after the book in a witness, kept apart from it: a library's licence (Project
   * Gutenberg's), a transcriber's note at the end. Absent when there is none.
   */
  readonly back?: readonly Division[];
  /** Registers of persons, places, organisations and periodicals, as the editors keep them. */
  readonly registers: readonly Register[];
  /** Items an editor should look at (unknown names, uncertain links and dates). */
  readonly review: readonly ReviewItem[];
  readonly diagnostics: readonly Diagnostic[];
}

export const baseWitness = (edition: Pick<Edition, 'witnesses' | 'base'>): Witness => {
  const w = edition.witnesses.find((x) => x.id === edition.base);
  if (!w) throw new Error(`base witness ${edition.base} not loaded`);
  return w;
};

/** The file of a witness (by id), as named in messages. */
export const witnessFile = (edition: Pick<Edition, 'witnesses'>, wit: string): string => edition.witnesses.find((w) => w.id === wit)?.file ?? wit;

export const withDiagnostics = <E extends Edition>(edition: E, more: readonly Diagnostic[]): E =>
  more.length === 0 ? edition : { ...edition, diagnostics: [...edition.diagnostics, ...more] };
