import type { Point } from '../model/position.js';
import type { Token } from './types.js';
import { spacedWordChar, unspacedCharacter } from '../model/unspaced-scripts.js';

/**
 * A letter of a word. The modifier apostrophe "ʼ" (a letter to Unicode) is one only inside a
 * word: at its end it marks an elision ("διʼ", "ἀλλʼ"), as "’" does ("δι’"), and is a mark of
 * its own like it, so that the two printings of one elided word pair up.
 */
const letter = `(?:(?!ʼ)${spacedWordChar})`;

/**
 * Written with a regular expression rather than an NLP tokenizer (wink-nlp is in the project):
 * collation needs every token's exact offset, line and column and the same rules for any
 * language, and nothing dropped or rewritten.
 *
 * A token is a number with inner separators ("13.2.2005", "16,1917"), a word with inner
 * apostrophes or hyphens ("Smith’s", "re-elect"), or one punctuation mark (a run of the same
 * mark, such as "...", stays one token). Whitespace separates tokens and is kept with the token
 * before it. Chinese and Japanese write no space between words: each of their characters (Han,
 * kana) is a token, as collators of those texts take them, so that a variant is the character
 * that differs, not the whole clause between two punctuation marks.
 */
const tokenPattern = new RegExp(
  `(?:\\p{N}+(?:[.,:/]\\p{N}+)+|${unspacedCharacter}|${letter}+(?:['’ʼ\\-‐‑]${letter}+)*|([^\\s\\p{L}\\p{M}\\p{N}]|ʼ)\\1*)(\\s*)`,
  'uy',
);

/**
 * Splits a witness text into tokens that keep their offsets, line and column.
 *
 * @param siglum - the witness the tokens belong to
 * @param text - the witness text (LF line ends)
 * @param start - where `text` starts in its file, when it is an excerpt
 * @param normalize - gives each token its normalised form at once (a book has a million tokens:
 *   one object each, not two)
 */
export function tokenize(siglum: string, text: string, start?: Point, normalize?: (token: string) => string): Token[] {
  const tokens: Token[] = [];
  let line = start?.line ?? 1;
  // Offset (in `text`) where the current line starts; negative when the excerpt starts in the
  // middle of a line.
  let lineStart = start ? -(start.column - 1) : 0;
  const countLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
  };
  const lead = /^\s*/u.exec(text)![0].length;
  countLines(0, lead);
  const pattern = new RegExp(tokenPattern);
  pattern.lastIndex = lead;
  let m: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (m = pattern.exec(text)) !== null) {
    const ws = m[2]!;
    const offset = m.index;
    const end = offset + m[0].length - ws.length;
    const value = text.slice(offset, end);
    tokens.push({
      witness: siglum,
      index: tokens.length,
      text: value,
      // Until normalised, a token's form is its surface (see normalize.ts).
      norm: normalize ? normalize(value) : value,
      kind: m[1] !== undefined ? 'punct' : 'word',
      offset,
      end,
      line,
      column: offset - lineStart + 1,
      ws,
    });
    if (ws.length > 0 && ws !== ' ') countLines(end, end + ws.length);
  }
  return tokens;
}
