/**
 * The one place where text becomes Typst source.
 *
 * Every piece of edition text reaches Typst as a string literal (`"..."` in code, `#"..."` in
 * markup), never as markup: markup gives meaning to `# $ * _ @ < [ ] \ `` ` // ' " ~ - .` and
 * more (smart quotes, shorthands, headings and lists at line starts, URLs), and one missed rule
 * changes the text. A string literal needs only `\` and `"` escaped, and control characters
 * written as escapes, so the rules fit in one table.
 *
 * The XSLT that writes the Typst markup applies the same table: the renderer passes
 * {@link xsltEscapeTable} to the stylesheet as a parameter, so there is no second copy to
 * drift. The property test compiles random strings with Typst and reads them back.
 */

/** Characters that cannot stand for themselves in a Typst string literal, and their escapes. */
export const TYPST_STRING_ESCAPES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>([
    ['\\', '\\\\'],
    ['"', '\\"'],
    ['\n', '\\n'],
    ['\r', '\\r'],
    ['\t', '\\t'],
  ]);
  const unicode = (cp: number): string => `\\u{${cp.toString(16)}}`;
  // Other C0 controls, DEL, NEL and the Unicode line/paragraph separators: Typst's lexer may
  // treat some of them as line breaks, so they are written as escapes, never raw.
  for (let cp = 0; cp <= 0x1f; cp++) {
    const c = String.fromCodePoint(cp);
    if (!m.has(c)) m.set(c, unicode(cp));
  }
  for (const cp of [0x7f, 0x85, 0x2028, 0x2029]) m.set(String.fromCodePoint(cp), unicode(cp));
  return m;
})();

const escapePattern = new RegExp(
  `[${[...TYPST_STRING_ESCAPES.keys()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`,
  'gu',
);

const loneSurrogate = /\p{Cs}/u;

/**
 * A Typst string literal (code syntax, with the quotes) whose value is exactly `text`.
 * @throws RangeError when `text` holds a lone UTF-16 surrogate, which no Typst (UTF-8) source can hold.
 */
export function typstString(text: string): string {
  if (loneSurrogate.test(text)) {
    throw new RangeError('text holds a lone UTF-16 surrogate; it cannot be written as Typst source');
  }
  return `"${text.replace(escapePattern, (c) => TYPST_STRING_ESCAPES.get(c)!)}"`;
}

/**
 * Typst breaks a line only where Unicode allows it and never inside a word that has none: a
 * long URL, checksum or shelfmark in a title, a table cell or the conspectus ran off the page
 * and its end was lost. A run of at least `min` characters of the scripts that separate words by
 * spaces (`ranges`; a hyphen or a dash ends a run, as a line may break after it) gets places to
 * break: after a separator (`/ . , : ; ? ! & = _` and the like), around a word of letters
 * (kept whole, for hyphenation), and every ten characters of anything else (digits, hex). A
 * run that is one word of letters, punctuation around it at most, is left to hyphenation.
 * The place is an empty box, which Typst may break at and which adds nothing to the PDF's
 * text; a zero-width space would stay in it, where copying and searching would find it.
 * Scripts written without spaces (CJK, Thai) break between their characters already and are
 * outside the ranges.
 */
/** The marks a line may break after inside a long run (a character class of XPath and JavaScript alike). */
const separator = '[/\\\\.,:;?!&=_|)\\]}>+~*#%@]';

export const LONG_RUN = {
  min: 30,
  ranges: [
    [0x21, 0x2c], [0x2e, 0x7b], [0x7d, 0x7e], [0xa1, 0xac], [0xae, 0x24f], [0x370, 0x52f],
    [0x1e00, 0x1fff], [0x2011, 0x2011], [0x2015, 0x2027], [0x2030, 0x205e],
  ] as ReadonlyArray<readonly [number, number]>,
  /** One word of letters, with punctuation around it at most: left whole. */
  word: '^\\p{P}*[\\p{L}\\p{M}]+\\p{P}*$',
  /** The pieces a run is cut into (the same in JavaScript and XPath): up to separators (`://`) within ten characters, a word of letters with the separators after it, or ten characters. */
  piece: `.{0,9}?${separator}+|[\\p{L}\\p{M}]+${separator}*|.{1,10}`,
} as const;

const runClass = (char: (cp: number) => string): string =>
  `[${LONG_RUN.ranges.map(([a, b]) => (a === b ? char(a) : `${char(a)}-${char(b)}`)).join('')}]{${LONG_RUN.min},}`;
const longRun = new RegExp(runClass((cp) => `\\u{${cp.toString(16)}}`), 'gu');
const oneWord = new RegExp(LONG_RUN.word, 'u');
const piece = new RegExp(LONG_RUN.piece, 'gu');

/** Typst markup that shows `text` exactly as written: an embedded string literal, `#"..."`; a long run in pieces with places to break between. */
export function typstText(text: string): string {
  if (text === '') return '';
  let out = '';
  let at = 0;
  for (const m of text.matchAll(longRun)) {
    if (oneWord.test(m[0])) continue;
    if (m.index > at) out += `#${typstString(text.slice(at, m.index))}`;
    out += [...m[0].matchAll(piece)].map((p) => `#${typstString(p[0])}`).join('#box()');
    at = m.index + m[0].length;
  }
  return at === 0 ? `#${typstString(text)}` : at < text.length ? `${out}#${typstString(text.slice(at))}` : out;
}

/** The long-run rule for the stylesheet: XPath regular expressions (a run's characters as themselves). */
export function xsltLongRun(): Record<string, string | number> {
  return { run: runClass((cp) => String.fromCodePoint(cp)), min: LONG_RUN.min, word: LONG_RUN.word, piece: LONG_RUN.piece };
}

/** XML 1.0 Char: the characters a TEI document (and so the stylesheet) can ever see. */
const isXmlChar = (c: string): boolean => {
  const cp = c.codePointAt(0)!;
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
};

/**
 * The escape table as the stylesheet parameter `typst-escapes` (xslt/print/typst.xsl): the
 * entries whose character can occur in XML, the only ones the stylesheet can meet.
 */
export function xsltEscapeTable(): Record<string, string> {
  return Object.fromEntries([...TYPST_STRING_ESCAPES].filter(([c]) => isXmlChar(c)));
}
