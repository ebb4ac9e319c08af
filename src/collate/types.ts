/**
 * The values that travel through the collator's stages (tokenise → normalise → align →
 * analyse → serialise). Every token remembers where it comes from, so a reading can always be
 * traced back to `file:line:col` in its witness.
 */
import type { Point } from '../model/position.js';
import type { VariantType } from '../model/inline.js';

export type { VariantType };

/** One witness handed to the collator. */
export interface WitnessInput {
  /** Siglum (`A`, `B`…); becomes an `xml:id` and a `#` pointer, so it must be an XML name. */
  readonly siglum: string;
  readonly text: string;
  /** File name for messages and for the TEI `listWit`. */
  readonly file?: string;
  /**
   * Where `text` starts in its file, when it is an excerpt (a paragraph of a witness).
   * Token lines and columns are then those of the file; offsets stay relative to `text`.
   */
  readonly start?: Point;
}

export type TokenKind = 'word' | 'punct';

/** A word or a punctuation mark of one witness, with its place in that witness. */
export interface Token {
  /** Siglum of the witness. */
  readonly witness: string;
  /** Position in the witness's token list (0-based). */
  readonly index: number;
  /** The token as written. */
  readonly text: string;
  /** The token after normalisation: what the aligner compares. */
  readonly norm: string;
  readonly kind: TokenKind;
  /** Offset of the first character in the witness text (0-based, UTF-16 units). */
  readonly offset: number;
  /** Offset just after the token. */
  readonly end: number;
  /** 1-based line and column of the first character (in the file, see `WitnessInput.start`). */
  readonly line: number;
  readonly column: number;
  /** Whitespace that follows the token (kept so readings can be given back verbatim). */
  readonly ws: string;
}

/** The editor's statement of how two or more witnesses relate. */
export interface WitnessRelation {
  readonly witnesses: readonly string[];
  /** E.g. "Both are transcriptions of the same archive's text." */
  readonly note: string;
}

/** Which differences normalisation removes before alignment (`true`: the difference is ignored). */
export interface NormalizeOptions {
  /** Upper and lower case. */
  readonly case: boolean;
  /** Curly vs straight quotation marks and apostrophes, guillemets, primes. */
  readonly quotes: boolean;
  /** Hyphen, en dash, em dash, minus and their relatives. */
  readonly dashes: boolean;
  /** Invisible characters (soft hyphen, zero-width spaces and joiners) and Unicode composition (NFC). */
  readonly whitespace: boolean;
  /** Punctuation inside words ("re-elect" = "reelect", "Smith’s" = "Smiths"). */
  readonly punctuation: boolean;
  /**
   * Accents, breathings, points and other diacritics ("ἕν" = "ἓν" = "εν", Hebrew with and
   * without its vowel points), and the forms of sigma ("ς", "ϲ" = "σ"). Off by default.
   */
  readonly diacritics?: boolean;
}

export interface TranspositionOptions {
  readonly enabled: boolean;
  /**
   * A moved block shorter than `farMinLength` tokens counts as a transposition only when its
   * two places are at most this many columns apart per token it has (a lone "the" omitted on
   * one page and added on another is not a transposition).
   */
  readonly nearDistance: number;
  /** Blocks at least this long are transpositions at any distance. */
  readonly farMinLength: number;
  /**
   * A moved block shorter than `farMinLength` counts only if it has a word that occurs at most
   * this many times in each witness: "for" or "his" met at two places of a rewritten passage is
   * not a move, "black" exchanged with "white" is.
   */
  readonly rareWord: number;
}

export interface CollateOptions {
  readonly normalize?: Partial<NormalizeOptions>;
  /**
   * Regularisation table (CollateX's "normalised form"): a word, as written or as normalised,
   * and the form it counts as when aligning ("shew" → "show", "to-day" → "today"). Readings
   * that differ only by it are typed `orthographic`.
   */
  readonly regularize?: Readonly<Record<string, string>>;
  /**
   * Spacing and line breaks are never variants unless this is true; then a place where only
   * the whitespace between the same words differs is a variant typed `whitespace`.
   */
  readonly whitespaceVariants?: boolean;
  /**
   * Phrase-level alignment: a stretch where all witnesses agree that is shorter than this many
   * tokens, between two stretches of variation each longer than it, does not cut the variation
   * in two (a rewritten sentence is one variant, not threaded through a chance "the" or "of").
   * 0 keeps every agreement.
   */
  readonly minAnchor?: number;
  /** Variant classes the editor hides in displays (the TEI keeps them, typed). */
  readonly hide?: readonly VariantType[];
  /**
   * What the editor knows of how witnesses relate (a common source), stated with the collation's
   * own finding where they agree throughout a passage. Not used for aligning.
   */
  readonly relations?: readonly WitnessRelation[];
  /** Siglum the variant types are relative to (default: the first witness). */
  readonly base?: string;
  /**
   * Similarity (1 − edit distance / length, 0..1) from which two different tokens count as a
   * near match when aligning (a misspelt word aligns with its correct form).
   */
  readonly nearMatch?: number;
  /** Similarity from which a near match is typed `orthographic` rather than `substitution`. */
  readonly orthographic?: number;
  readonly transpositions?: Partial<TranspositionOptions>;
}

export interface ResolvedOptions {
  readonly normalize: NormalizeOptions;
  readonly regularize: Readonly<Record<string, string>>;
  readonly whitespaceVariants: boolean;
  readonly minAnchor: number;
  readonly hide: readonly VariantType[];
  readonly base: string;
  readonly nearMatch: number;
  readonly orthographic: number;
  readonly transpositions: TranspositionOptions;
}

/** A witness after tokenisation and normalisation. */
export interface CollatedWitness {
  readonly siglum: string;
  readonly file?: string;
  readonly text: string;
  readonly start?: Point;
  readonly tokens: readonly Token[];
}

/** One column of the alignment table: at most one token per witness. */
export interface Column {
  /** Indexed like `Collation.witnesses`; `null` where the witness has nothing. */
  readonly cells: readonly (Token | null)[];
}

/** One side of a transposition: the tokens that moved, in the witnesses that have them there. */
export interface TranspositionSide {
  readonly witnesses: readonly string[];
  /** Columns `[from, to)` the side occupies. */
  readonly from: number;
  readonly to: number;
  readonly tokens: readonly Token[];
}

/** The same text at two places: one side's witnesses have it here, the other side's there. */
export interface Transposition {
  readonly id: string;
  readonly sides: readonly [TranspositionSide, TranspositionSide];
}

/** Character range `[start, end)` in a witness text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** The reading of one or more witnesses at a place (witnesses whose tokens are written alike). */
export interface PlaceReading {
  readonly witnesses: readonly string[];
  /** Tokens as written, a space where the witness has whitespace between them ('' when empty). */
  readonly text: string;
  /** Normalised form: readings with the same one form a group (TEI `rdgGrp`). */
  readonly norm: string;
  /** Variant type relative to the base witness's reading (absent for the base's own reading). */
  readonly type?: VariantType;
}

/**
 * A stretch of the alignment table. Places partition every witness: the witness text is the
 * concatenation of its `ranges` over all places, in order.
 */
export interface Place {
  /** `agreement`: every witness has the same tokens, written alike; `variant`: an `app`. */
  readonly kind: 'agreement' | 'variant';
  /** Stable identifier of a variant place (`app1`, `app2`…, in column order). */
  readonly id?: string;
  readonly from: number;
  readonly to: number;
  readonly type?: VariantType;
  /** Ids of transpositions this place is a side of. */
  readonly transpositions?: readonly string[];
  /** Ids of the places linked to this one by a transposition. */
  readonly corresp?: readonly string[];
  /** Readings grouped by surface form, ordered by their first witness. */
  readonly readings: readonly PlaceReading[];
  /** Per siglum: the characters this place covers (tokens and the whitespace after them). */
  readonly ranges: Readonly<Record<string, Range>>;
}

/** What `collate` returns. */
export interface Collation {
  readonly witnesses: readonly CollatedWitness[];
  readonly columns: readonly Column[];
  readonly transpositions: readonly Transposition[];
  readonly places: readonly Place[];
  readonly options: ResolvedOptions;
}
