import type { LineRef, Sources } from './position.js';
import type { Block } from './block.js';

/**
 * Phrase-level content. Every character of a witness lives in exactly one `Text` node (or in
 * a reading of an `App`), so the witness can be given back from the model and from the TEI.
 * Markup added by editors (supplied text, gaps, editorial notes, corrections) is kept apart
 * from witness text by its node kind.
 */
export type Inline =
  | Text
  | LineStart
  | VerseStart
  | Label
  | CastPart
  | NoteNode
  | NameNode
  | DateNode
  | Correction
  | Supplied
  | Gap
  | App
  | Bibl
  | Title
  | Quoted
  | Highlighted
  | TranscriptionMark
  | EditorialText
  | Variation;

/** Witness text, verbatim. Never contains a line break. */
export interface Text {
  readonly kind: 'text';
  readonly value: string;
  readonly src: Sources;
}

/** The start of a source line in one or more witnesses (TEI: a group of `lb` elements). */
export interface LineStart {
  readonly kind: 'lb';
  readonly lines: readonly LineRef[];
  /**
   * Only these witnesses start a line here; the text runs on in the others (a paragraph wrapped
   * differently). The space just before it is not these witnesses' (TEI: `lb[@type='wrap']`).
   */
  readonly wrap?: boolean;
}

/**
 * Where witnesses start a verse, by the number they print there (TEI
 * `milestone[@unit='verse'][@n][@edRef]`, one per number): a place to cite, never collated.
 * The number's characters (and the space after it) are given back from `n` on extraction.
 */
export interface VerseStart {
  readonly kind: 'verse';
  readonly marks: readonly { readonly wit: string; readonly n: string }[];
  readonly src: Sources;
}

/** A label printed in the witness: a list number ("1."), a note label ("[45]"). */
export interface Label {
  readonly kind: 'label';
  readonly children: readonly Inline[];
}

/** A part of a cast list's entry (TEI `role`, `roleDesc`): a role's name, or what the role is. */
export interface CastPart {
  readonly kind: 'castPart';
  readonly part: 'role' | 'roleDesc';
  readonly children: readonly Inline[];
}

/**
 * What a note is (TEI `note/@type`): `editorial` for the editors' notes; the witnesses' notes
 * take the types the edition's attribution rules give ("author", "translator", …).
 */
export type NoteType = string;

/**
 * A note placed where its marker stood. `marker` is where the marker was in each witness;
 * an editorial note has no marker and no witness text.
 */
export interface NoteNode {
  readonly kind: 'note';
  readonly id: string;
  readonly n?: string;
  readonly noteType: NoteType;
  /** Pointer to the agent responsible, e.g. `#author`. */
  readonly resp: string;
  /** How sure the attribution is, when no rule decided it (TEI `@cert`). */
  readonly cert?: 'high' | 'medium' | 'low' | 'unknown';
  /** The attribution rule that decided type and resp (or `note-default`), for the review. */
  readonly attribution?: string;
  /**
   * `inline`: printed in the running text, in parentheses ("(1. See …)"); `margin`: printed in
   * the margin ("[Sidenote: …]" in a transcription). Either holds its own text and has no marker.
   */
  readonly place?: 'inline' | 'margin';
  readonly marker?: Sources;
  /** The text of the marker as printed, e.g. `[45]`; given back on extraction. */
  readonly markerText?: string;
  readonly blocks: readonly Block[];
  readonly src: Sources;
}

export type NameType = 'person' | 'place' | 'org' | 'periodical';

/** A name in the text linked to a register entry (persName, placeName, orgName, title). */
export interface NameNode {
  readonly kind: 'name';
  readonly nameType: NameType;
  /** `#id` of the register entry; absent when the link is left to an editor. */
  readonly ref?: string;
  readonly cert?: 'high' | 'medium' | 'low';
  /** True when the mention is listed in the review report. */
  readonly review?: boolean;
  /** The rule that linked it, for the review report. */
  readonly rule?: string;
  /** A signature under a note, not a mention of the signer (TEI `@type="signature"`; indexes leave it out). */
  readonly signature?: boolean;
  readonly children: readonly Inline[];
  readonly src: Sources;
}

/** A date with its normalised ISO value(s). */
export interface DateNode {
  readonly kind: 'date';
  readonly when?: string;
  readonly notBefore?: string;
  readonly notAfter?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cert?: 'high' | 'medium' | 'low';
  readonly review?: boolean;
  readonly rule?: string;
  readonly children: readonly Inline[];
  readonly src: Sources;
}

/** A transcription error and its correction (TEI `choice/sic/corr`). */
export interface Correction {
  readonly kind: 'choice';
  readonly sic: readonly Inline[];
  readonly corr: string;
  readonly resp: string;
  /** Where the correction comes from (a pointer or a short reference). */
  readonly source?: string;
  readonly reason?: string;
  /** How sure the correction is (`corr/@cert`), when the editors say. */
  readonly cert?: 'high' | 'medium' | 'low';
  readonly src: Sources;
}

/** Text an editor adds (TEI `supplied`); no witness has it. */
export interface Supplied {
  readonly kind: 'supplied';
  readonly value: string;
  readonly resp: string;
  readonly source: string;
  readonly reason?: string;
}

/** Something the witness lacks (TEI `gap`), with an editor's description. */
export interface Gap {
  readonly kind: 'gap';
  readonly reason: string;
  readonly unit?: string;
  readonly quantity?: number;
  readonly desc?: string;
  readonly resp: string;
}

export type VariantType =
  | 'case'
  | 'punctuation'
  | 'typography'
  | 'orthographic'
  | 'hyphenation'
  | 'addition'
  | 'omission'
  | 'substantive'
  | 'transposition'
  | 'frame'
  | 'whitespace';

/** A place of variation: readings of the witnesses (TEI `app`). */
export interface App {
  readonly kind: 'app';
  readonly id?: string;
  readonly variantType?: VariantType;
  /** Pointer to linked apps (transpositions). */
  readonly corresp?: readonly string[];
  readonly readings: readonly Reading[];
}

export interface Reading {
  /** The base text's reading (TEI `lem`). */
  readonly lemma: boolean;
  readonly wit: readonly string[];
  /** Readings that normalise to the same form share a group label (TEI `rdgGrp`). */
  readonly group?: string;
  readonly variantType?: VariantType;
  readonly children: readonly Inline[];
  /** Block-level readings (a paragraph only one witness has). */
  readonly blocks?: readonly Block[];
}

/** A bibliographic reference printed in the text, e.g. the source after a quotation. */
export interface Bibl {
  readonly kind: 'bibl';
  readonly children: readonly Inline[];
}

/** A title of a work or periodical. */
export interface Title {
  readonly kind: 'title';
  readonly level?: 'a' | 'm' | 'j' | 's' | 'u';
  readonly ref?: string;
  readonly children: readonly Inline[];
}

/**
 * Words the witness sets off with quotation marks, the marks included (TEI `q`): a speech or a
 * phrase between guillemets, « … », or German printing’s „ … “.
 */
export interface Quoted {
  readonly kind: 'q';
  readonly children: readonly Inline[];
  readonly src: Sources;
  /** The rule that found it, for the review and the tests. */
  readonly rule?: string;
}

/**
 * Words a plain-text transcription marks as set in another type, by its convention: `_italic_`,
 * `=bold=` (TEI `hi` with `@rend`). The marks stay inside as {@link TranscriptionMark}s, so the
 * witness's every character stays where it was.
 */
export interface Highlighted {
  readonly kind: 'hi';
  readonly rend: 'italic' | 'bold';
  readonly children: readonly Inline[];
  readonly src: Sources;
  /** The rule that found it, for the review and the tests. */
  readonly rule?: string;
}

/**
 * A character of the witness that says how to read the words beside it and is not part of them:
 * the `_` around italics (TEI `metamark` with `@function`). Readers do not see it; extraction
 * gives it back.
 */
export interface TranscriptionMark {
  readonly kind: 'mark';
  readonly value: string;
  /** What the mark signals (TEI `metamark/@function`), e.g. `highlight`. */
  readonly function: string;
  readonly src: Sources;
}

/** Prose written by the editors (in editorial notes and descriptions); no witness has it. */
export interface EditorialText {
  readonly kind: 'ed';
  readonly value: string;
}

/** A verse number printed on a line (structure/rules/verse-numbers.ts): a place to cite, not words. */
export interface VerseNumber {
  /** Column of the number in its line (0-based). */
  readonly at: number;
  /** Characters it takes: the number and the space after it, or the number alone at a line's end. */
  readonly length: number;
  /** The number as printed ("4", "1:4"). */
  readonly n: string;
}

/** One line of a witness as the structure stage read it. */
export interface WitnessLine {
  readonly wit: string;
  /** 1-based line number. */
  readonly n: number;
  readonly text: string;
  /** Offset of the line's first character in the decoded witness text. */
  readonly offset: number;
  /** For a piece of a line: the column its text starts at, 0-based (default 0). */
  readonly from?: number;
  /** The verse numbers the line prints, by column in `text`. */
  readonly verses?: readonly VerseNumber[];
}

/** A note (or a marker kept as text) that belongs at a marker of a passage's first copy. */
export interface PendingMarker {
  /** Offset of the marker in the witness text of the first copy. */
  readonly offset: number;
  readonly length: number;
  readonly node: Inline;
}

/**
 * A passage whose copies differ between witnesses, as the structure stage leaves it: each
 * witness's lines of one aligned block, the first copy the base's when it has one. The collate
 * stage replaces it by shared text and `app`s (parallel segmentation) and puts each of
 * `markers` where its marker falls; no later stage sees one.
 */
export interface Variation {
  readonly kind: 'variation';
  /** Prefix of the ids of the apps made here. */
  readonly idPrefix: string;
  readonly copies: readonly { readonly wit: string; readonly lines: readonly WitnessLine[] }[];
  readonly markers: readonly PendingMarker[];
}
