import { error, info, type Diagnostic } from '../diagnostics/index.js';
import type { ReviewItem } from '../model/review.js';
import type { NoteAttribution } from './notes.js';
import type { Division } from '../model/block.js';
import { recordedPath, type Witness } from '../model/witness.js';
import { assemble } from './assemble.js';
import { placeInterventions } from './interventions.js';
import { classifyBlocks, type Classified } from './classify.js';
import type { Interventions, OverridesFile, TableOfContents } from './data-files.js';
import { splitBlocks, splitHeadingLines, splitInnerHeadingLines } from './raw-blocks.js';
import { splitIndentedParagraphs } from './indented-paragraphs.js';
import { isBareHeadingLine, isCapitalKeywordHeading } from './rules/headings.js';
import { sourceLines } from './source-lines.js';
import { conventionRoles, libraryFrame } from './transcription-conventions.js';
import type { RawBlock } from './raw-blocks.js';
import { mergeUnits, unitOf, type Unit } from './units.js';
import { mergeDivisions } from './align-divisions.js';
import { takeRewrapMarkers } from './rewrap-markers.js';

export interface StructureInput {
  readonly witnesses: readonly Witness[];
  readonly base: string;
  readonly firstChapter: number;
  /** How notes are attributed (see `noteAttribution`). */
  readonly notes: NoteAttribution;
  /** `@resp` of what the editors add (supplied titles, gaps, editorial notes). */
  readonly editorResp: string;
  readonly overrides: OverridesFile;
  readonly overridesFile?: string;
  readonly toc?: TableOfContents;
  readonly interventions: Interventions;
  readonly interventionsFile?: string;
}

export interface StructureResult {
  readonly front: Division[];
  readonly body: Division[];
  /** After the book: a library's licence, a transcriber's note at its end. */
  readonly back: Division[];
  readonly diagnostics: Diagnostic[];
  /** Decisions the rules could not make with certainty, for the review report. */
  readonly review: ReviewItem[];
}

/** Index range [from, to) of the units of chapter `n` of the base witness. */
function chapterRange(units: readonly Unit[], firstChapter: number, n: string): [number, number] | undefined {
  const starts = units.flatMap((u, i) => (u.chapterStart ? [i] : []));
  const k = Number(n) - firstChapter;
  if (!Number.isInteger(k) || k < 0 || k >= starts.length) return undefined;
  return [starts[k]!, starts[k + 1] ?? units.length];
}

/** The build's message that a witness's library frame was found, and where it is. */
function libraryFrameInfo(w: Witness, blocks: readonly RawBlock[], headerEnd: number, footerStart: number): Diagnostic {
  const lines = (from: number, to: number) => `lines ${blocks[from]!.lines[0]!.n}–${blocks[to - 1]!.lines[blocks[to - 1]!.lines.length - 1]!.n}`;
  const parts = [
    ...(headerEnd > 0 ? [`its header (${lines(0, headerEnd)})`] : []),
    ...(footerStart < blocks.length ? [`its licence (${lines(footerStart, blocks.length)})`] : []),
  ];
  return info({
    message: `witness ${w.siglum} is a Project Gutenberg e-text: ${parts.join(' and ')} are kept out of the book, as paratext of the witness (front and back, div[@type='paratext'][@subtype='library-header' or 'library-licence'])`,
    rule: 'structure-library-frame',
    stage: 'structure',
    file: w.file,
    hint: 'nothing to do; extract still gives the whole file back',
  });
}

/**
 * Structure recovery: every witness is cut into blocks and classified; the other witnesses
 * are laid beside the base (within their scope); then chapters, headings, quotations, lists,
 * dialogue and notes are assembled.
 */
export function recoverStructure(input: StructureInput): StructureResult {
  const diagnostics: Diagnostic[] = [];
  const review: ReviewItem[] = [];
  const fileOf = (wit: string) => input.witnesses.find((w) => w.id === wit)?.file ?? wit;
  const reviewFileOf = (wit: string) => {
    const w = input.witnesses.find((x) => x.id === wit);
    return w ? recordedPath(w) : wit;
  };
  const classified = new Map<string, Classified[]>();
  for (const w of input.witnesses) {
    // The library's frame (a Project Gutenberg header and licence) is not the book: the rules
    // that learn the witness's layout read only what is between.
    // Distributed Proofreaders' rewrap markers ("/*", "*/") are no lines of the book's text.
    const { blocks: all, ranges: marked } = takeRewrapMarkers(splitBlocks(sourceLines(w)));
    const frame = libraryFrame(all);
    const headerEnd = frame?.headerEnd ?? 0;
    const footerStart = frame?.footerStart ?? all.length;
    const indented = splitIndentedParagraphs(all.slice(headerEnd, footerStart));
    if (indented.convention) {
      const how = {
        hanging: "by indentation (a paragraph's first line at the margin and its other lines indented)",
        'first-line': "by indentation (a paragraph's first line indented)",
        line: 'by line breaks (a paragraph a line, unwrapped)',
      }[indented.convention];
      diagnostics.push(
        info({
          message: `witness ${w.siglum} marks its paragraphs ${how}, not by blank lines: its text was cut into paragraphs at ${indented.cuts} lines`,
          rule: 'structure-indented-paragraphs',
          stage: 'structure',
          file: w.file,
          hint: 'where a cut is wrong, give the block its role in the overrides file, or put blank lines between the paragraphs of the witness',
        }),
      );
    }
    const conventions = conventionRoles([...all.slice(0, headerEnd), ...splitHeadingLines(splitInnerHeadingLines(indented.blocks, isCapitalKeywordHeading), isBareHeadingLine), ...all.slice(footerStart)], libraryFrame, marked);
    const blocks = conventions.blocks;
    if (frame) diagnostics.push(libraryFrameInfo(w, all, headerEnd, footerStart));
    if (blocks.length === 0) {
      diagnostics.push(
        error({ message: `witness ${w.siglum} holds no text, only blank lines`, rule: 'structure-no-text', stage: 'structure', file: w.file }),
      );
      continue;
    }
    const result = classifyBlocks(blocks, input.overrides[w.siglum] ?? input.overrides[w.id] ?? [], w, input.overridesFile ?? 'overrides', conventions);
    diagnostics.push(...result.diagnostics);
    review.push(...result.review);
    classified.set(w.id, result.classified);
  }
  for (const sig of Object.keys(input.overrides)) {
    if (!input.witnesses.some((w) => w.siglum === sig || w.id === sig)) {
      diagnostics.push(
        error({ message: `overrides name witness "${sig}", which the config does not have`, rule: 'override-unknown-witness', stage: 'structure', file: input.overridesFile ?? 'overrides' }),
      );
    }
  }
  const { placed, diagnostics: placing } = placeInterventions(input.interventions, input.witnesses, input.interventionsFile ?? 'interventions');
  diagnostics.push(...placing);
  let units: Unit[] = (classified.get(input.base) ?? []).map(unitOf);
  for (const w of input.witnesses) {
    if (w.id === input.base) continue;
    const other = classified.get(w.id);
    if (!other) continue;
    const scope = w.scope?.chapter;
    const range: [number, number] | undefined = scope === undefined ? [0, units.length] : chapterRange(units, input.firstChapter, scope);
    if (!range) {
      diagnostics.push(
        error({
          message: `witness ${w.siglum} is said to carry chapter ${scope}, which the base witness does not have`,
          rule: 'scope-unknown-chapter',
          stage: 'structure',
          file: w.file,
          hint: 'correct witnesses[].scope.chapter in the edition config',
        }),
      );
      continue;
    }
    // A chapter break belongs to the base; in a scoped merge the chapter opens with the first
    // merged unit, so a fragment's running head stays inside its chapter.
    const merged =
      scope === undefined ? mergeDivisions(units, other) : mergeUnits(units.slice(range[0], range[1]), other).map((u, i) => ({ ...u, chapterStart: i === 0 }));
    const shared = merged.filter((u) => u.parts.length > 1 && u.parts.some((p) => p.block.wit === w.id)).length;
    if (shared === 0) {
      diagnostics.push(
        error({
          message: `witness ${w.siglum} shares no paragraph with ${scope === undefined ? 'the base witness' : `chapter ${scope}`}`,
          rule: 'scope-no-match',
          stage: 'structure',
          file: w.file,
          hint: 'check that the witness and its scope are the right ones',
        }),
      );
    }
    units = [...units.slice(0, range[0]), ...merged, ...units.slice(range[1])];
  }
  const { front, body, back } = assemble(units, {
    base: input.base,
    witnessOrder: input.witnesses.map((w) => w.id),
    fragments: input.witnesses.filter((w) => w.scope !== undefined).map((w) => w.id),
    siglumOf: (wit: string) => input.witnesses.find((w) => w.id === wit)?.siglum ?? wit,
    firstChapter: input.firstChapter,
    notes: input.notes,
    ...(input.toc ? { toc: input.toc } : {}),
    interventions: placed,
    ...(input.interventionsFile ? { interventionsFile: input.interventionsFile } : {}),
    editorResp: input.editorResp,
    review,
    fileOf,
    reviewFileOf,
    diagnostics,
  });
  return { front, body, back, diagnostics, review };
}
