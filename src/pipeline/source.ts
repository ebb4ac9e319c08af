import type { AnnotateOptions } from '../annotate/index.js';
import type { CollateOptions } from '../collate/types.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { HeaderData } from '../model/header.js';
import type { Register } from '../model/register.js';
import type { Witness } from '../model/witness.js';
import type { StructureInput } from '../structure/index.js';

/** A rules file, read: its text and the name messages give it. */
export interface RulesSource {
  readonly text: string;
  readonly file: string;
}

/**
 * Everything a build needs, read: the processor's input. The read stage makes it from an
 * edition config and its files, or from values in memory (the library API); no later stage
 * reads a file of the edition. Each stage's options are a slice of it.
 */
export interface EditionSource {
  /** Short name of the edition (TEI root `xml:id`, file names). */
  readonly id: string;
  readonly header: HeaderData;
  readonly witnesses: readonly Witness[];
  /** Id of the base witness. */
  readonly base: string;
  /** The structure stage's slice: chapter numbering, notes conventions, the editors' data. */
  readonly structure: Omit<StructureInput, 'witnesses' | 'base'>;
  /** The collate stage's slice: the collator's options. */
  readonly collation: CollateOptions;
  readonly registers: readonly Register[];
  /** The annotate stage's slice: corrections, context rules, dates, review settings. */
  readonly annotation: Omit<AnnotateOptions, 'registers'>;
  /** The render stage's slice: the edition's overrides folder (absolute) and the language of its own words. */
  readonly render: { readonly overrides?: string; readonly lang?: string; readonly maxBlockChars?: number; readonly hiddenVariants?: readonly string[] };
  /** The check stage's slice: the rules files to run (the toolkit's default first). */
  readonly rules: readonly RulesSource[];
  /**
   * The RELAX NG schema (tei_all) the TEI is checked against before anything is written: a path
   * or URL (the config's `validation.schema`, else TEI_ALL_RNG); none, and the build says so.
   */
  readonly schema?: string;
  /** What reading found that is not fatal (a witness with suspicious characters…). */
  readonly diagnostics: readonly Diagnostic[];
}
