import type { Inline, VariantType } from './inline.js';
import type { Sources, Span } from './position.js';

/** Block-level content of a division. */
export type Block =
  | Paragraph
  | Head
  | Quote
  | List
  | Dialogue
  | Epigraph
  | SectionBreak
  | FormeWork
  | BlockApp
  | Division
  | LineGroup
  | DramaSpeech
  | StageDirection
  | LetterPart
  | Letter
  | Postscript
  | Figure;

interface BlockBase {
  /** Stable identifier, derived from the block's first line in the base witness. */
  readonly id: string;
  readonly src: Sources;
  /** Rule (or editor override) that decided what this block is, for traceability. */
  readonly rule?: string;
}

export interface Paragraph extends BlockBase {
  readonly kind: 'p';
  readonly children: readonly Inline[];
}

/** `division`: the heading a witness prints for a division ("CHAPTER IV."); `title`: its title. */
export type HeadType = 'title' | 'subtitle' | 'subheading' | 'division';

export interface Head extends BlockBase {
  readonly kind: 'head';
  readonly headType: HeadType;
  readonly children: readonly Inline[];
}

/** A block quotation, possibly with its source (`bibl`) and a signature (`signed`). */
export interface Quote extends BlockBase {
  readonly kind: 'quote';
  /** `document`: a signed document quoted in full; `quotation`: any other. */
  readonly quoteType: 'quotation' | 'document';
  readonly blocks: readonly Block[];
  readonly bibl?: readonly Inline[];
  readonly signed?: readonly Inline[];
}

export interface List extends BlockBase {
  readonly kind: 'list';
  readonly ordered: boolean;
  /** `cast`: a play's list of its persons (TEI `castList`, each item a `castItem`). */
  readonly listType?: 'cast';
  readonly items: readonly ListItem[];
}

export interface ListItem {
  readonly id: string;
  readonly n?: string;
  readonly children: readonly Inline[];
  readonly src: Sources;
}

export interface Dialogue extends BlockBase {
  readonly kind: 'dialogue';
  readonly speeches: readonly Speech[];
}

export interface Speech {
  readonly id: string;
  /** Register pointer for the speaker, once names are annotated. */
  readonly who?: string;
  readonly speaker: readonly Inline[];
  readonly children: readonly Inline[];
  readonly src: Sources;
}

export interface Epigraph extends BlockBase {
  readonly kind: 'epigraph';
  readonly blocks: readonly Block[];
  readonly bibl: readonly Inline[];
}

/** A break printed in the witness, such as "* * *". */
export interface SectionBreak extends BlockBase {
  readonly kind: 'break';
  readonly children: readonly Inline[];
}

/** Running heads and footers of a witness's page (TEI `fw`). */
export interface FormeWork extends BlockBase {
  readonly kind: 'fw';
  readonly fwType: 'header' | 'footer';
  readonly children: readonly Inline[];
}

export type DivisionType =
  | 'chapter'
  | 'paratext'
  | 'section'
  | 'volume'
  | 'part'
  | 'book'
  | 'act'
  | 'letter'
  | 'scene'
  // a diary's month (holding its entries) and one dated entry of it
  | 'month'
  | 'entry'
  | 'notes'
  // a table of contents printed in the witness, kept as a list (not chapters)
  | 'contents'
  // a transcriber's note of the e-text (not the author's)
  | 'transcriber'
  // a play's list of its persons (dramatis personae), kept as a cast list
  | 'castList'
  // a section of front matter under its heading: a preface, a play's prologue, a dedication
  | FrontSection;

/** What a section of front matter is, by its heading ("PREFACE", "Vorwort", "THE PROLOGUE"). */
export type FrontSection = 'preface' | 'prologue' | 'dedication';

/**
 * A division's heading as one witness prints it: the level it opens, the number as printed
 * and its value, the title. Witnesses number differently (1831's chapter V is 1818's IV):
 * the edition records each witness's own numbering, and matches chapters by these values,
 * titles and content.
 */
export interface PrintedHeading {
  readonly wit: string;
  /** `chapter`, `book`, `letter`, `act`, … */
  readonly level: string;
  /** The heading line as printed ("CHAPTER IV."). */
  readonly label: string;
  /** The number as printed ("IV", "4", "FIRST"). */
  readonly number?: string;
  /** Its value (4). */
  readonly value?: number;
  /** The printed title, if any (on the heading's line or the next). */
  readonly title?: string;
  readonly src: Span;
  readonly numberSrc?: Span;
  readonly titleSrc?: Span;
  /** A container the same line opens first ("ACT I. SCENE I." opens act 1, then scene 1 in it). */
  readonly within?: { readonly level: string; readonly number?: string; readonly value: number };
}

export interface Division extends BlockBase {
  readonly kind: 'div';
  readonly divType: DivisionType;
  readonly n?: string;
  /** Witnesses that carry this division (all of them, or a fragment's scope). */
  readonly witnesses: readonly string[];
  /** Who is responsible for a paratext division (a pointer), when not the author. */
  readonly resp?: string;
  /**
   * What kind of paratext: `library-header` and `library-licence` for the frame a digital
   * library puts around the book (Project Gutenberg's header, its licence after the text).
   */
  readonly subtype?: 'library-header' | 'library-licence';
  /** The heading each witness prints for this division, witness by witness. */
  readonly printed?: readonly PrintedHeading[];
  readonly blocks: readonly Block[];
}

/** Verse: a poem or passage of verse (TEI `lg`), in stanzas when blank lines divide it. */
export interface LineGroup extends BlockBase {
  readonly kind: 'lg';
  readonly stanzas: readonly (readonly VerseLine[])[];
}

/** One line of verse (TEI `l`): one source line. */
export interface VerseLine {
  readonly id: string;
  readonly children: readonly Inline[];
  readonly src: Sources;
}

/** A speech of a play (TEI `sp`): its speaker and its lines of verse, paragraphs of prose or stage directions. */
export interface DramaSpeech extends BlockBase {
  readonly kind: 'sp';
  readonly who?: string;
  readonly speaker: readonly Inline[];
  readonly parts: readonly SpeechPart[];
}

export interface SpeechPart {
  readonly kind: 'l' | 'p' | 'stage';
  readonly children: readonly Inline[];
}

/** A stage direction standing between speeches (TEI `stage`). */
export interface StageDirection extends BlockBase {
  readonly kind: 'stage';
  readonly children: readonly Inline[];
}

/**
 * The opening or closing formulae of a letter (TEI `opener`, `closer`); an opener also holds
 * the byline under a division's title (an article's or a poem's author).
 */
export interface LetterPart extends BlockBase {
  readonly kind: 'opener' | 'closer';
  readonly parts: readonly LetterLine[];
}

export interface LetterLine {
  /** TEI element: `address` (the superscription), `dateline`, `salute`, `signed`, `byline`. */
  readonly kind: 'address' | 'dateline' | 'salute' | 'signed' | 'byline';
  readonly children: readonly Inline[];
}

/**
 * What a letter adds after its signature (TEI `postscript`): "P.S.", a line of directions
 * ("Direct to me at the Post Office"), a poem sent with it.
 */
export interface Postscript extends BlockBase {
  readonly kind: 'postscript';
  readonly blocks: readonly Block[];
}

/** A letter quoted inside a division (TEI `floatingText[@type='letter']`). */
export interface Letter extends BlockBase {
  readonly kind: 'letter';
  readonly blocks: readonly Block[];
}

/**
 * An illustration the transcription marks where it stood ("[Illustration: Fig. 1. A map.]",
 * TEI `figure`): its first block is the caption (`head`), further blocks of a caption printed
 * over several paragraphs follow (`p`). The marks of the convention ("[Illustration:", "]")
 * are `label` nodes of the runs, written as TEI `metamark`.
 */
export interface Figure extends BlockBase {
  readonly kind: 'figure';
  readonly parts: readonly (readonly Inline[])[];
}

/**
 * Variation at block level: a paragraph, running head or footer that only some witnesses of
 * a division have (TEI `app` whose readings hold blocks; an empty reading is explicit).
 */
export interface BlockApp extends BlockBase {
  readonly kind: 'app';
  readonly variantType: VariantType;
  readonly readings: readonly BlockReading[];
  /** What the collation found about the witnesses here, beyond their readings (TEI `witDetail`). */
  readonly details?: readonly WitnessDetail[];
}

export interface WitnessDetail {
  readonly wit: readonly string[];
  /** E.g. `position`: where the passage stands in the witness. */
  readonly type: string;
  readonly text: string;
}

export interface BlockReading {
  readonly lemma: boolean;
  readonly wit: readonly string[];
  readonly blocks: readonly Block[];
}
