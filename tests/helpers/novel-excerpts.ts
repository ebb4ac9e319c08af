/**
 * Real lines of novels shared by tests. Jane Austen, Pride and Prejudice (public domain), as
 * Project Gutenberg's eBook #1342 prints it (held in Tahsan-Alam/Word-Ladder, commit
 * ade589f0e8c252c296771d277a7889876bb6efd6, pg1342.txt): chapter II, two speeches with a word
 * each set in italics (`_what_`, `_am_`).
 */
export const prideAndPrejudiceItalics = [
  'CHAPTER II.',
  '',
  '“We are not in a way to know _what_ Mr. Bingley likes,” said her mother,',
  'resentfully, “since we are not to visit.”',
  '',
  '“Oh,” said Lydia, stoutly, “I am not afraid; for though I _am_ the',
  'youngest, I’m the tallest.”',
  '',
].join('\n');
