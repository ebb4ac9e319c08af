import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import type { ItemToken } from 'wink-nlp';
import type { Division } from '../../model/block.js';
import type { Inline } from '../../model/inline.js';
import type { Span } from '../../model/position.js';
import { BARRIER, flattenRun, type AtomText } from '../flatten.js';
import { isAnnotatable, locate, primarySpan, rewriteRuns } from '../runs.js';

/** A capitalised word or group of words that no register form covered. */
export interface Candidate {
  readonly text: string;
  readonly span?: Span;
}

// One wink-nlp instance per process, loaded on first use: loading the model costs more than
// reading a book, and a build that makes no review report does not need it.
const require = createRequire(import.meta.url);
let nlp: ReturnType<typeof winkNLPType> | undefined;
const instance = () =>
  (nlp ??= (require('wink-nlp') as typeof winkNLPType)(require('wink-eng-lite-web-model') as Parameters<typeof winkNLPType>[0], ['sbd', 'pos']));

/** Tagged names, dates and corrections are read as their text (for the part-of-speech model) but never reported. */
const taggedText: AtomText = (node: Inline) => {
  switch (node.kind) {
    case 'name':
    case 'date':
    case 'title':
      return plain(node.children);
    case 'choice':
      return node.corr;
    default:
      return undefined;
  }
};

function plain(run: readonly Inline[]): string {
  return run
    .map((n) => (n.kind === 'text' ? n.value : n.kind === 'lb' ? ' ' : n.kind === 'choice' ? n.corr : n.kind === 'name' || n.kind === 'date' || n.kind === 'title' ? plain(n.children) : ''))
    .join('');
}

const upper = /^\p{Lu}/u;

/** [start, end) of the sentences of a text: a stop, closing quotes, space, then a capital or an opening quote. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?][”’"')\]]*\s+(?=[“"‘(\[]*\p{Lu})/gu)) {
    const to = m.index + m[0].length;
    out.push([from, to]);
    from = to;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}
// A label or other barrier (U+FFFC) before a word also starts a sentence: "[37] Citing …".
const sentenceEnd = /(?:^|[.!?:;\uFFFC]|\[\d+\])[\s“”‘’"()[\]]*$/u;

/**
 * Finds the capitalised words no register covers, with wink-nlp's part-of-speech tagger:
 * proper nouns anywhere, and any capitalised word inside a sentence (a name, or an adjective
 * or title an editor decides about); at the start of a sentence or in a heading, not a word
 * the text also writes in lower case. Words
 * joined by a space or a hyphen make one candidate ("XIIIth Plenum", "Bolshevik-Leninists").
 * Text already tagged is read (it gives the tagger its context) but never reported.
 */
export function findUnknownNames(edition: { front: readonly Division[]; body: readonly Division[] }, base: string): Candidate[] {
  const { its } = instance();
  const out: Candidate[] = [];
  // Words the text also writes in lower case: at the start of a sentence or in a heading, where
  // every word may be capitalised, such a word is a common word, whatever the tagger says.
  const lowerSeen = new Set<string>();
  rewriteRuns(edition, (run, ctx) => {
    if (isAnnotatable(ctx)) for (const m of flattenRun(run, taggedText).text.matchAll(/\p{L}+/gu)) if (m[0][0] !== m[0][0]!.toUpperCase()) lowerSeen.add(m[0]);
    return run;
  });
  rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === 'text')) return run;
    const flat = flattenRun(run, taggedText);
    const heading = ctx.path.includes('head');
    const covered = (start: number, end: number) =>
      flat.pieces.some((p) => (p.kind === 'atom' || p.kind === 'barrier') && p.start < end && start < p.end);
    // Capitalised words outside the tags, but for common words that open a sentence: only the
    // sentences that hold one are given to the tagger (most sentences have all their names
    // tagged already), which keeps the review a small part of the build.
    const open = [...flat.text.matchAll(/\p{Lu}\p{L}*/gu)]
      .filter((m) => !covered(m.index, m.index + m[0].length) && !(lowerSeen.has(m[0].toLowerCase()) && sentenceEnd.test(flat.text.slice(Math.max(0, m.index - 8), m.index))))
      .map((m) => m.index);
    if (open.length === 0) return run;
    const tokens: Array<{ start: number; end: number; keep: boolean }> = [];
    for (const [from, to] of sentences(flat.text)) {
      if (!open.some((o) => o >= from && o < to)) continue;
      const doc = instance().readDoc(flat.text.slice(from, to).replaceAll(BARRIER, ' '));
      let offset = from;
      doc.tokens().each((t: ItemToken) => {
        offset += (t.out(its.precedingSpaces) as string).length;
        const value = t.out(its.value) as string;
        const start = offset;
        offset += value.length;
        const capital = upper.test(value) && value !== 'I' && t.out(its.type) === 'word' && !/\d/.test(value);
        let keep = false;
        if (capital && !covered(start, offset)) {
          const pos = t.out(its.pos) as string;
          const initial = sentenceEnd.test(flat.text.slice(Math.max(0, start - 8), start));
          // A word the text also writes in lower case is a common word wherever the tagger does
          // not call it a proper noun, and even then at the start of a sentence or in a heading.
          const common = lowerSeen.has(value.toLowerCase().replace(/['’]s$/u, '')) && (pos !== 'PROPN' || initial || heading);
          keep = !common && (pos === 'PROPN' || !initial);
        }
        tokens.push({ start, end: offset, keep });
      });
    }
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.keep) continue;
      let j = i;
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1]!;
        const gap = flat.text.slice(tokens[j]!.end, next.start);
        if (next.keep && (gap === ' ' || gap === '')) j++;
        else if (gap === '' && flat.text.slice(next.start, next.end) === '-' && tokens[j + 2]?.keep && tokens[j + 2]!.start === next.end) j += 2;
        else break;
      }
      const start = tokens[i]!.start;
      const end = tokens[j]!.end;
      const span = primarySpan(locate(flat, start, end), base);
      out.push({ text: flat.text.slice(start, end), ...(span ? { span } : {}) });
      i = j;
    }
    return run;
  });
  return out;
}
