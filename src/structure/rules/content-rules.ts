import type { BlockRole } from '../data-files.js';
import type { RawBlock } from '../raw-blocks.js';
import {
  endsWithColon,
  hasYear,
  isHeadingLike,
  isParenthesised,
  isSectionBreak,
  isSignatureName,
  listNumber,
  speakerOf,
} from './text-patterns.js';

/** What a rule sees: the chapter's blocks and the roles decided so far (earlier blocks). */
export interface RuleContext {
  readonly blocks: readonly RawBlock[];
  readonly index: number;
  /** Roles of blocks[0..index-1], and of later blocks an editor fixed. */
  readonly roles: readonly (BlockRole | undefined)[];
}

export interface RuleResult {
  readonly role: BlockRole;
  readonly rule: string;
}

/** Rules return the role of `blocks[index]`, or nothing to let the next rule decide. */
export type ContentRule = (ctx: RuleContext) => RuleResult | undefined;

const lines = (b: RawBlock | undefined): string[] => (b ? b.lines.map((l) => l.text) : []);
const single = (b: RawBlock | undefined): string | undefined => (b && b.lines.length === 1 ? b.lines[0]!.text : undefined);
const allHeadingLike = (b: RawBlock | undefined): boolean => !!b && lines(b).every(isHeadingLike);

const sectionBreak: ContentRule = ({ blocks, index }) => {
  const t = single(blocks[index]);
  return t !== undefined && isSectionBreak(t) ? { role: 'break', rule: 'section-break' } : undefined;
};

/** The chapter's first block, one line in parentheses: "(The Gestapo)". */
const subtitle: ContentRule = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  const first = roles.slice(0, index).every((r) => r === 'running-head' || r === 'paratext');
  return first && t !== undefined && isParenthesised(t) && isHeadingLike(t) ? { role: 'subtitle', rule: 'subtitle-parenthesised' } : undefined;
};

/**
 * A chapter that opens with a paragraph followed by a short attribution holding a year
 * ("Lenin, Pravda / April 16,1917") opens with an epigraph.
 */
const epigraph: ContentRule = (ctx) => {
  const { blocks, index, roles } = ctx;
  const prev = roles[index - 1];
  if (prev === 'epigraph') return { role: 'epigraph-bibl', rule: 'epigraph-attribution' };
  const opening = roles.slice(0, index).every((r) => r === 'subtitle' || r === 'heading' || r === 'running-head');
  const next = blocks[index + 1];
  if (opening && !allHeadingLike(blocks[index]) && allHeadingLike(next) && hasYear(lines(next).join(' ')) && blocks[index + 2]) {
    return { role: 'epigraph', rule: 'epigraph-opening' };
  }
  return undefined;
};

/** A name in the shape of a signature right after a quotation signs it. */
const signature: ContentRule = ({ blocks, index, roles }) => {
  const t = single(blocks[index]);
  return t !== undefined && roles[index - 1] === 'quote' && isSignatureName(t) ? { role: 'signed', rule: 'signature-after-quote' } : undefined;
};

const heading: ContentRule = ({ blocks, index }) =>
  allHeadingLike(blocks[index]) ? { role: 'heading', rule: 'heading-short-line' } : undefined;

/**
 * Numbered lines: a block whose every line is numbered, or a numbered paragraph whose
 * neighbours continue the numbering.
 */
const list: ContentRule = ({ blocks, index }) => {
  const here = lines(blocks[index]);
  const nums = here.map(listNumber);
  if (nums.some((n) => n === undefined)) return undefined;
  if (here.length > 1) return { role: 'list-item', rule: 'list-numbered-lines' };
  const n = nums[0]!;
  const before = single(blocks[index - 1]);
  const after = single(blocks[index + 1]);
  const continues = (before !== undefined && listNumber(before) === n - 1) || (after !== undefined && listNumber(after) === n + 1);
  return continues ? { role: 'list-item', rule: 'list-numbered-paragraphs' } : undefined;
};

/** Two or more consecutive one-line paragraphs that start with "Name:" form a dialogue. */
const dialogue: ContentRule = ({ blocks, index }) => {
  const t = single(blocks[index]);
  if (t === undefined || speakerOf(t) === undefined) return undefined;
  const neighbour = [single(blocks[index - 1]), single(blocks[index + 1])].some((x) => x !== undefined && speakerOf(x) !== undefined);
  return neighbour ? { role: 'speech', rule: 'dialogue-speaker-colon' } : undefined;
};

/** A paragraph announced by a colon ("…which interests us:") is a block quotation. */
const quoteAfterColon: ContentRule = ({ blocks, index, roles }) => {
  const prev = blocks[index - 1];
  return prev && roles[index - 1] === 'p' && endsWithColon(lines(prev).join(' '))
    ? { role: 'quote', rule: 'quote-after-colon' }
    : undefined;
};

const paragraph: ContentRule = () => ({ role: 'p', rule: 'paragraph' });

/** The rules in the order they are tried; the first that answers decides. */
export const contentRules: readonly ContentRule[] = [
  sectionBreak,
  subtitle,
  epigraph,
  signature,
  dialogue,
  heading,
  list,
  quoteAfterColon,
  paragraph,
];
