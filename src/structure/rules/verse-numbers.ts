/**
 * Verse numbers as scripture and other texts divided into numbered verses print them: a
 * chapter-and-verse reference at each verse ("1:4 ἐν αὐτῷ"), or the verse's number alone, at
 * the start of a line or inside a paragraph ("…ἀνθρώπων· 5 καὶ τὸ φῶς…"). They are places a
 * reader cites, not words of the text: the edition records each as a milestone of its
 * witness, and the collator never compares them.
 *
 * A number is read as a verse number only as one of a run that counts up (4, 5, 6; 1:51, 2:1):
 * a date, a sum or a heading's number ("CHAPTER 2") stands alone and stays text.
 */

import type { VerseNumber } from '../../model/inline.js';

interface Candidate extends VerseNumber {
  readonly line: number;
  readonly chapter?: number;
  readonly verse: number;
  /** At a line's end, after words: a verse that goes on on the next line. */
  readonly lineEnd: boolean;
}

/**
 * A number of 1–3 digits, or chapter:verse, standing after a space or at the start of a line
 * and followed by one space and a word (not a figure), or by the end of a line with words before it.
 */
const numberPattern = /(?<!\S)(\d{1,3})(?::(\d{1,3}))?(?: (?=[^\s\d])|$)/gu;

/** Shortest runs read as verse numbering: references are plain; bare numbers need more evidence. */
const minReferenceRun = 3;
const minBareRun = 5;
/** How far the next number may be ahead of the look for the one right after (a verse an edition leaves out). */
const lookAhead = 4;
/** Lines a verse may take at most. */
const maxVerseLines = 60;

function candidatesOf(lines: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((text, line) => {
    for (const m of text.matchAll(numberPattern)) {
      const lineEnd = m.index + m[0].length === text.length && !m[0].endsWith(' ');
      // A number alone on its line is a heading's or a page's, not a verse's.
      if (lineEnd && text.slice(0, m.index).trim() === '') continue;
      const n = m[2] === undefined ? m[1]! : `${m[1]}:${m[2]}`;
      out.push({
        line,
        at: m.index,
        length: m[0].length,
        n,
        ...(m[2] === undefined ? { verse: Number(m[1]) } : { chapter: Number(m[1]), verse: Number(m[2]) }),
        lineEnd,
      });
    }
  });
  return out;
}

/** Does `b` follow `a` in a numbering (the next verse, one left out, or a new chapter's first)? */
function follows(a: Candidate, b: Candidate, step: number): boolean {
  if (a.chapter === undefined) return b.verse === a.verse + step;
  return (b.chapter === a.chapter && b.verse === a.verse + step) || (step === 1 && b.chapter === a.chapter + 1 && b.verse === 1);
}

/** The runs of counting numbers among candidates of one kind, greedily, preferring the very next number. */
function runsOf(cands: readonly Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  const used = new Set<Candidate>();
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    // A run does not start at a number ending its line: that is a heading's ("CHAPTER 1").
    if (used.has(first) || first.lineEnd) continue;
    const run = [first];
    let last = first;
    for (let j = i + 1; j < cands.length; j++) {
      const c = cands[j]!;
      if (used.has(c)) continue;
      // No verse runs on for pages: a number this far on starts another numbering.
      if (c.line - last.line > maxVerseLines) break;
      if (follows(last, c, 1)) {
        run.push(c);
        last = c;
        continue;
      }
      // One verse left out: take the number after it only if the very next one does not come soon.
      if (follows(last, c, 2) && !cands.slice(j + 1, j + 1 + lookAhead).some((d) => follows(last, d, 1))) {
        run.push(c);
        last = c;
      }
    }
    const min = first.chapter === undefined ? minBareRun : minReferenceRun;
    if (run.length >= min) {
      run.forEach((c) => used.add(c));
      runs.push(run);
    }
  }
  return runs;
}

/**
 * The verse numbers of a witness, line by line (index = line index): references (chapter:verse)
 * where the witness numbers its verses so, else bare numbers, each in a run that counts up.
 */
export function verseNumbers(lines: readonly string[]): VerseNumber[][] {
  const cands = candidatesOf(lines);
  const references = cands.filter((c) => c.chapter !== undefined);
  const refRuns = runsOf(references);
  // A witness that numbers its verses by references has no bare verse numbers too.
  const runs = refRuns.length > 0 ? refRuns : runsOf(cands.filter((c) => c.chapter === undefined));
  const out: VerseNumber[][] = lines.map(() => []);
  for (const c of runs.flat().sort((a, b) => a.line - b.line || a.at - b.at)) out[c.line]!.push({ at: c.at, length: c.length, n: c.n });
  return out;
}
