/**
 * Escaping for review.md. Everything in an item comes from the witnesses or the edition's data
 * (names, context lines, messages quoting them, paths), and review.md is read in Markdown
 * viewers that pass inline HTML (CommonMark does): text must never become markup there.
 */

/** ASCII punctuation that starts Markdown inline markup, or ends a table cell (`|`). */
const markdownPunctuation = /[\\`*_[\]~|#!]/g;

/**
 * Plain text for a paragraph, a list item or a table cell: `&`, `<`, `>` as character references
 * (no HTML, no autolinks), Markdown punctuation behind a backslash (no emphasis, links, code or
 * new cells), and line breaks as spaces (no new block).
 */
export function mdText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(markdownPunctuation, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, ' ');
}

/** The longest run of `ch` in `s`. */
const longestRun = (s: string, ch: string): number => Math.max(0, ...(s.match(new RegExp(`${ch}+`, 'g')) ?? []).map((r) => r.length));

/**
 * A code span: inside one nothing is markup (not even `<`), so only a backtick could end it; the
 * fence is one backtick longer than the longest run in the text, padded when the text starts or
 * ends with one (CommonMark strips one space each side).
 */
export function mdCode(s: string): string {
  const flat = s.replace(/\r\n?|\n/g, ' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A fenced code block, each line behind `indent`: its fence is longer than any backtick run in
 * the text, so no line of it can close the block early.
 */
export function mdFenced(text: string, info: string, indent: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return [`${indent}${fence}${info}`, ...text.split(/\r\n?|\n/).map((l) => `${indent}${l}`), `${indent}${fence}`];
}
