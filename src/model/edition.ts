import type { EditionConfig } from '../config/load.js';
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
  readonly config: EditionConfig;
  readonly header: HeaderData;
  readonly witnesses: readonly Witness[];
  /** Text that precedes the author's text in a witness (a site header), marked as such. */
  readonly front: readonly Division[];
  readonly body: readonly Division[];
  /** Registers of persons, places, organisations and periodicals, as the editors keep them. */
  readonly registers: readonly Register[];
  /** Items an editor should look at (unknown names, uncertain links and dates). */
  readonly review: readonly ReviewItem[];
  readonly diagnostics: readonly Diagnostic[];
}

export const baseWitness = (edition: Pick<Edition, 'witnesses' | 'config'>): Witness => {
  const w = edition.witnesses.find((x) => x.siglum === edition.config.base);
  if (!w) throw new Error(`base witness ${edition.config.base} not loaded`);
  return w;
};

export const withDiagnostics = <E extends Edition>(edition: E, more: readonly Diagnostic[]): E =>
  more.length === 0 ? edition : { ...edition, diagnostics: [...edition.diagnostics, ...more] };
