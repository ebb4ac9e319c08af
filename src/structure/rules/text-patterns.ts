/**
 * Text patterns the structure rules use. They describe plain-text conventions of transcribed
 * books in general (numbered headings, "Speaker:" dialogue, "* * *" breaks), not one book.
 */

/**
 * Marks that close a quotation in one printing convention or another: English ” ’, German “ ‘
 * („…“, ‚…‘), the guillemets of both orders (French « … », German » … «) and the single ones.
 * Several open a quotation in another convention; at a line's end they close one.
 */
export const closingQuotes = `"'”’“‘»«›‹`;

/**
 * Characters that end a sentence or clause, in any script (Unicode's Terminal_Punctuation: also
 * "。", "、", "؟", "।"); a heading ends with none of them.
 */
const terminal = /[\p{Terminal_Punctuation}…]$/u;
/**
 * Closing quotes, closing brackets of any script (")", "」"), and the marks of italics
 * ("_Exit._"), looked through when testing how a line ends.
 */
const closers = new RegExp(`[\\s${closingQuotes}\\p{Pe}\\p{Pf}_*]+$`, 'u');

/** Longest line a heading may have. */
export const maxHeadingLength = 100;

/** A short line that does not end like a sentence: a heading, a signature, an attribution. */
export function isHeadingLike(line: string): boolean {
  if (line.length > maxHeadingLength + 10) return false;
  const t = line.trim().replace(/\s*\[\d+\]$/u, '');
  if (t === '' || t.length > maxHeadingLength || t.startsWith('[')) return false;
  // A line of signs only ("/*", a rewrap marker that pairs with nothing) names nothing.
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  // "…he said:--" and "…replied:—" end a clause that introduces what follows, as ":" does.
  const end = t.replace(closers, '').replace(/([\p{Terminal_Punctuation}…])[-—–]+$/u, '$1');
  if (end === '') return false;
  // A speech broken off ("I was about to say, sir, that——", "but--") ends like no heading.
  if (/(?:—|--)$/u.test(end)) return false;
  return !terminal.test(end);
}

/** "(“The Long Winter”)": a subtitle in parentheses. */
export const isParenthesised = (line: string): boolean => /^\(.+\)$/u.test(line.trim());

/** "* * *" and the like. */
export const isSectionBreak = (line: string): boolean => /^[ \t]*(?:\*(?:[ \t]*\*){2,}|⁂)[ \t]*$/u.test(line);

/** A list number at the start of a line: "1." or "1)" with its number. */
export function listNumber(line: string): number | undefined {
  const m = /^(\d{1,3})[.)](?:\s|\p{Lu})/u.exec(line);
  return m ? Number(m[1]) : undefined;
}

/** The bullet a line of a bulleted list opens with ("* Read one book a week", "• Item"), if any. */
export function bulletOf(line: string): string | undefined {
  if (isSectionBreak(line)) return undefined;
  return /^\s*([*•·])\s+[^\s*]/u.exec(line)?.[1];
}

/** "Prosecutor: When did…": the speaker of a line of dialogue. */
export function speakerOf(line: string): string | undefined {
  const m = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}):\s+\S/u.exec(line);
  return m ? m[1] : undefined;
}

/** "J. Smith-Hartley": initials and a surname, the shape of a signature. */
export const isSignatureName = (line: string): boolean =>
  /^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*$/u.test(line.trim());

/** Whether a line holds a year (1000–2099): attributions and datelines do. */
/**
 * The words that introduce an author's name under a title, in the languages whose headings the
 * rules read ("By", "Von", "Par", "Por", "Di", "Door", "Av"/"Af").
 */
const bylineWords = ['by', 'von', 'par', 'por', 'di', 'door', 'av', 'af'];
/** Words a name may hold in lower case ("by the Author of Rob Roy", "von der Vogelweide"). */
const nameParticles = new Set(['of', 'the', 'and', '&', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'des', 'y', 'e', 'und', 'et', 'etc']);

/**
 * A byline: "By Jane Smith", "BY THE REV. J. SMITH, M.A.", "by the Author of Rob Roy" —
 * the introducing word and a name of at most ten words, each capitalised or a particle, and
 * no sentence ("By Monday, Tom was gone." has words in lower case; "By Jove!" exclaims).
 */
export function isByline(line: string): boolean {
  const m = /^\s*[_*]?(\p{L}+)\s+(.+?)[_*]?\s*$/u.exec(line);
  if (!m || !bylineWords.includes(m[1]!.toLowerCase())) return false;
  if (/[!?:;]$/u.test(m[2]!)) return false;
  const words = m[2]!.split(/\s+/u);
  const particle = (w: string): boolean => nameParticles.has(w.toLowerCase().replace(/[.,]+$/u, ''));
  // (a name does not end in a particle: "BY THE" over a next line is a byline cut in two)
  if (particle(words.at(-1)!) && !/^etc/iu.test(words.at(-1)!)) return false;
  return words.length <= 10 && words.some((w) => /^[“"‘'(]?\p{Lu}/u.test(w)) && words.every((w) => /^[“"‘'(]?\p{Lu}/u.test(w) || particle(w));
}

/** Page references of an index: 92, 204-210 (and, with `roman`, xiv), apart by commas. */
const pageRefs = (roman: boolean): string => {
  const ref = String.raw`(?:\d{1,4}(?:\s*[-–]\s*\d{1,4})?${roman ? '|[ivxlc]{1,6}' : ''})`;
  return String.raw`${ref}(?:\s*,\s*${ref})*\s*[.,;]?\s*$`;
};
const indexEntry = new RegExp(String.raw`^\s*(?:\S.*?,\s*)?${pageRefs(true)}`, 'iu');
// (figures alone: a wrapped term such as "civil." reads as roman numbers)
const indexPages = new RegExp(String.raw`^\s*${pageRefs(false)}`, 'u');

/**
 * A line of an index: a term and the pages it is on ("Accents, 92.", "  Allemande, 182, 189,
 * 195."), or the pages an entry wrapped onto ("  248."), the term ending in a comma.
 */
export const isIndexEntry = (line: string): boolean => indexEntry.test(line);
/**
 * A line of an index that sets no comma before the pages ("Almond, the 1219", "  Bitter 1220",
 * "  Tree  110, 1487"): the term opens with a letter (or a parenthesis) and a space parts it from them.
 */
const indexEntryUnpointed = new RegExp(String.raw`^\s*[\p{L}(“"'_].*?\s${pageRefs(false)}`, 'u');
export const isUnpointedIndexEntry = (line: string): boolean => indexEntryUnpointed.test(line);
/** A line of an index that holds page numbers alone: those an entry wrapped onto ("    248, 265."). */
export const isIndexPages = (line: string): boolean => indexPages.test(line);

export const hasYear = (line: string): boolean => /(?:^|\D)(1\d{3}|20\d{2})(?:\D|$)/u.test(line);

/** A paragraph that announces what follows ("…which interests us:"). */
export const endsWithColon = (text: string): boolean => /:\s*$/u.test(text);

/** "— Vraiment ?", "--Non.", and the hyphen a plain transcription types for the dash ("- Sì, - disse."). */
const opensWithDash = (text: string): boolean => /^\s*(?:[–—―]|--(?!-)|-\s)/u.test(text);

/**
 * A paragraph that opens as direct speech: with a quotation mark of any language («, », „, “,
 * ", ‹, ‚, ‘) or, as French, Spanish, Italian and Russian print dialogue, with a dash ("– Oui,
 * dit-il.", "— Vraiment ?", Project Gutenberg's "--Non.", a transcription's "- Sì."). A block
 * quotation is set off without them, so such a paragraph after "…et dit :" is what is said,
 * not a quoted document.
 */
export const opensAsSpeech = (text: string): boolean => /^\s*[«»„“"‹›‚‘]/u.test(text) || opensWithDash(text);

/**
 * A line that opens a speech and cannot be a title: it opens with a dash ("-- Oui, dit
 * Conseil", "— Пойдём"), or with a quotation mark it never closes ("« Non ! m'écriai-je"), as
 * a speech whose sentence the transcription left without its stop does. A title set in
 * quotation marks closes them («Le Départ»).
 */
export const opensUnclosedSpeech = (line: string): boolean =>
  opensWithDash(line) || (/^\s*[«»„“"‹›]/u.test(line) && (line.match(/[«»„“”"‹›]/gu) ?? []).length === 1);

/**
 * A source printed in parentheses at the end of a quotation: "(The Daily Courier,
 * No.29, March 1932)". Returns the index where it starts, if any.
 */
export function trailingCitation(text: string): number | undefined {
  const m = /\s\(([^()]*(?:No\.\s?\d+|(?:1\d{3}|20\d{2}))[^()]*)\)\s*$/u.exec(text);
  return m ? m.index + 1 : undefined;
}
