import type { Division } from '../model/block.js';
import type { Highlighted, Inline, Text, TranscriptionMark } from '../model/inline.js';
import { plainText } from '../model/walk.js';
import { canWrap, correctionsAsAtoms, flattenRun, sliceText, wrapRanges, type AtomText, type WrapRange } from './flatten.js';
import { isAnnotatable, rewriteRuns } from './runs.js';

/**
 * The characters a plain-text transcription sets around words printed in another type (Project
 * Gutenberg's `_italic_` and `=bold=`, the config's defaults). An empty string turns a kind off.
 */
export interface HighlightMarks {
  readonly italic: string;
  readonly bold: string;
}

const wordChar = /[\p{L}\p{N}]/u;
const letter = /\p{L}/u;

/**
 * The second of two marks inside one word, the first at `i` ("dis_organ_ised"): letters on
 * both sides of each, letters between them, no other mark in the word. Undefined otherwise.
 */
function withinWord(text: string, i: number, mark: string): number | undefined {
  const j = text.indexOf(mark, i + 1);
  if (j === -1 || !/^\p{L}+$/u.test(text.slice(i + 1, j)) || !letter.test(text[j + 1] ?? ' ')) return undefined;
  let start = i;
  while (start > 0 && !space.test(text[start - 1]!)) start--;
  let end = j + 1;
  while (end < text.length && !space.test(text[end]!)) end++;
  return text.slice(start, end).split(mark).length === 3 ? j : undefined;
}
const space = /\s/u;

/**
 * The pairs of one mark in a text, [start, end) with both marks. A mark opens where a word
 * starts (no letter or digit before it, no space after it) and closes where one ends (no space
 * before it, no letter or digit after it), so "snake_case", "17__" and "a = b" hold none. An
 * opening mark met while one is open starts the pair again (the earlier one stood alone). The
 * marked words must hold a letter or a digit. Inside a word, two marks and no more, with letters
 * on both sides of each, mark part of it ("dis_organ_ised", "mil_a_tary", as letters stress a
 * syllable); one mark ("snake_case") marks nothing.
 */
export function markPairs(text: string, mark: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (before === mark || after === mark) continue;
    if (open === -1 && letter.test(before) && letter.test(after)) {
      const inner = withinWord(text, i, mark);
      if (inner !== undefined) {
        pairs.push([i, inner + 1]);
        i = inner;
      }
      continue;
    }
    const closes = open !== -1 && !space.test(before) && !wordChar.test(after);
    const opens = !wordChar.test(before) && !space.test(after);
    if (closes && wordChar.test(text.slice(open + 1, i))) {
      pairs.push([open, i + 1]);
      open = -1;
    } else if (opens) {
      open = i;
    }
  }
  return pairs;
}

/** A highlighted passage: its first and last characters become marks, the rest its words. */
function highlighted(rend: Highlighted['rend'], children: Inline[], src: Highlighted['src'], rule: string): Highlighted {
  const first = children[0] as Text;
  const last = children[children.length - 1] as Text;
  const mark = (t: Text, from: number, to: number): TranscriptionMark => ({ kind: 'mark', value: t.value.slice(from, to), function: 'highlight', src: sliceText(t, from, to).src });
  const inner: Inline[] =
    first === last
      ? [mark(first, 0, 1), sliceText(first, 1, first.value.length - 1), mark(first, first.value.length - 1, first.value.length)]
      : [
          mark(first, 0, 1),
          ...(first.value.length > 1 ? [sliceText(first, 1, first.value.length)] : []),
          ...children.slice(1, -1),
          ...(last.value.length > 1 ? [sliceText(last, 0, last.value.length - 1)] : []),
          mark(last, last.value.length - 1, last.value.length),
        ];
  return { kind: 'hi', rend, children: inner, src, rule };
}

/**
 * Tags the words a transcription marks as italic or bold (`_…_`, `=…=`) as `hi`, the marks kept
 * inside as transcription marks (TEI `metamark`): readers see the words in italic or bold, and
 * extraction gives the marks back. A pair may run over line breaks and enclose a correction,
 * but not cross a note, a variant of the apparatus, a label or a paragraph break.
 */
export function annotateHighlighting(
  edition: { readonly front: readonly Division[]; readonly body: readonly Division[] },
  marks: HighlightMarks,
): { front: Division[]; body: Division[] } {
  let text = { front: [...edition.front], body: [...edition.body] };
  // Bold first, then italic: the italic words inside a bold passage (or around one) are found
  // in a second pass, in which a bold passage is a whole that an italic pair may enclose.
  for (const [rend, mark] of [['bold', marks.bold], ['italic', marks.italic]] as const) {
    if (mark !== '') text = highlightPass(text, rend, mark);
  }
  return text;
}

/** A correction reads as its corrected form, a passage already highlighted as its words. */
const atoms: AtomText = (node) => (node.kind === 'hi' ? plainText(node.children) : correctionsAsAtoms(node));

function highlightPass(
  edition: { readonly front: readonly Division[]; readonly body: readonly Division[] },
  rend: Highlighted['rend'],
  mark: string,
): { front: Division[]; body: Division[] } {
  return rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === 'text' && n.value.includes(mark))) return run;
    const flat = flattenRun(run, atoms);
    // Both marks must be witness text, not a correction's corrected form.
    const inText = (at: number) => flat.pieces.some((p) => p.kind === 'text' && p.start <= at && at < p.end);
    const ranges: WrapRange[] = markPairs(flat.text, mark)
      .filter(([start, end]) => inText(start) && inText(end - 1) && canWrap(flat, start, end))
      .map(([start, end]) => ({ start, end, build: (children: Inline[], src: Highlighted['src']) => highlighted(rend, children, src, `highlight-${rend}`) }));
    return ranges.length > 0 ? wrapRanges(flat, ranges) : run;
  });
}
