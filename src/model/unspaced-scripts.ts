/**
 * Chinese and Japanese are written without spaces between words: their characters (Han, kana)
 * are the units the structure pairs blocks by and the collator aligns, and a line broken between
 * two of them is no space. Hangul is not among them: Korean spaces its words.
 */

/** The scripts, as the inside of a regular-expression character class (flag `u`). */
export const unspacedLetters = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';

/** One character of those scripts with the marks on it (variation selectors are marks too), as a pattern. */
export const unspacedCharacter = `[${unspacedLetters}]\\p{M}*`;

/** One letter, mark or digit of any other script, as a pattern: a run of them is a word. */
export const spacedWordChar = `(?:(?![${unspacedLetters}])[\\p{L}\\p{M}\\p{N}])`;

const unspacedChar = new RegExp(`[${unspacedLetters}\\u3000-\\u303F\\uFF00-\\uFFEF]`, 'u');

/** Whether a character is a letter of those scripts or their punctuation ("。", "，", "「"). */
export const isUnspaced = (ch: string | undefined): boolean => ch !== undefined && unspacedChar.test(ch);
