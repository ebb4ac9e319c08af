import type { Inline } from '../model/inline.js';
import type { Insertion } from './inline-builder.js';
import { textOf } from './inline-builder.js';
import type { SourceLine } from './source-lines.js';

/** "[Illustration:", "[Illustrations:" or a whole "[Illustration]" at the start of a line. */
const illustration = /^(\s*)(\[Illustrations?(?::|\]))/u;
/** "[Sidenote:" at the start of a line: a note printed in the margin. */
export const sidenote = /^(\s*)(\[Side-?notes?:)/iu;

/** Where the marks of an illustration's convention stand in a block: the opening one, the closing "]". */
export interface FigureMarks {
  readonly marks: readonly { readonly line: number; readonly at: number; readonly length: number }[];
  /** Brackets still open after the block (a caption that runs on into the next block). */
  readonly depth: number;
}

/**
 * The marks of "[Illustration: Fig. 1. A map.]" in the lines of a block: "[Illustration:" on
 * its first line when it opens the figure (`opens`), and the "]" that closes the bracket,
 * counted from `depth` brackets left open by the blocks before it. Brackets inside the caption
 * ("[see p. 2]", a marker "[1]") are counted, not taken for the end.
 */
export function figureMarks(lines: readonly string[], opens: boolean, depth: number, opening: RegExp = illustration): FigureMarks {
  const marks: { line: number; at: number; length: number }[] = [];
  let d = depth;
  let from = 0;
  if (opens) {
    const m = opening.exec(lines[0] ?? '');
    if (!m) return { marks, depth };
    marks.push({ line: 0, at: m[1]!.length, length: m[2]!.length });
    if (m[2]!.endsWith(']')) return { marks, depth: 0 };
    d = 1;
    from = m[1]!.length + m[2]!.length;
  }
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    for (let k = i === 0 ? from : 0; k < text.length; k++) {
      if (text[k] === '[') d++;
      else if (text[k] === ']' && d > 0) {
        d--;
        if (d === 0) {
          marks.push({ line: i, at: k, length: 1 });
          return { marks, depth: 0 };
        }
      }
    }
  }
  return { marks, depth: d };
}

/**
 * The marks as insertions: `label` nodes (the TEI writer makes a figure's labels `metamark`),
 * or, given a function, transcription marks of that function.
 */
export function figureInsertions(marks: FigureMarks['marks'], parts: readonly SourceLine[], lineIndex: number, markFunction?: string): Insertion[] {
  return marks
    .filter((m) => m.line === lineIndex)
    .map((m) => ({
      at: m.at,
      length: m.length,
      node: (): Inline => {
        const text = textOf(parts, m.at, m.at + m.length);
        return markFunction ? { kind: 'mark', value: text.value, function: markFunction, src: text.src } : { kind: 'label', children: [text] };
      },
    }));
}
