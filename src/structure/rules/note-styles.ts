/**
 * How books mark their notes: "[12]", "(12)", "*", "†", "‡", "§", superscript digits "¹²".
 * A note's key is its label as printed, without the square brackets of "[12]" (TEI `note/@n`
 * holds it; extraction gives back "[12]" for a number and the key itself otherwise).
 */

export interface NoteLabel {
  /** "12" for "[12]" and "[Footnote 12:"; "A" for "[Footnote A:"; "(12)", "*", "†", "¹²" for the others. */
  readonly key: string;
  /** Where the label starts in the line (a bracketed footnote may be indented). */
  readonly at: number;
  /** Characters of the label in the line. */
  readonly length: number;
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const labelAtStart = new RegExp(String.raw`^(\s*)(?:\[(\d+)\]|(\(\d{1,3}\))|(\*{1,3}|[†‡§])|([${superscripts}]+))(?=\s|$)`, 'u');
/**
 * A footnote as e-texts print it, in brackets after its paragraph or at the end of its chapter:
 * "[Footnote 1: See the map.]", "[Footnote A: …]" (cited in the text as "[1]", "[A]").
 */
const bracketedLabel = /^(\s*)(\[Footnote\s+(\d{1,4}|[A-Za-z]{1,3}):)(?=\s|$)/u;

/** The label a note opens with ("[45] This emerges…", "* Coleridge's…", "[Footnote 3: …"), if any. */
export function noteLabelAt(line: string): NoteLabel | undefined {
  const b = bracketedLabel.exec(line);
  if (b) return { key: b[3]!, at: b[1]!.length, length: b[2]!.length };
  // (a note set in by a few spaces under its paragraph too: "    [3] A small village …")
  const m = labelAtStart.exec(line);
  if (!m) return undefined;
  // "* * *" is a section break, not a note.
  if (m[4] !== undefined && /^[\s*]+$/u.test(line)) return undefined;
  const at = m[1]!.length;
  // an indented "*" is a list's bullet more often than a note's label
  if (at > 0 && m[4] !== undefined) return undefined;
  return { key: m[2] ?? m[3] ?? m[4] ?? m[5]!, at, length: m[0].length - at };
}

/** A key of letters ("A", "b"): a bracketed footnote's, cited as "[A]". */
const letterKey = (key: string): boolean => /^[A-Za-z]{1,3}$/u.test(key);

/** A note key as a part of an xml:id: "12", "p2" for "(2)", "s12" for "¹²", "ast" for "*", "dag" for "†". */
export function idKey(key: string): string {
  if (/^\d+$/u.test(key) || letterKey(key)) return key;
  if (/^\(\d+\)$/u.test(key)) return `p${key.slice(1, -1)}`;
  if ([...key].every((c) => superscripts.includes(c))) return `s${[...key].map((c) => superscripts.indexOf(c)).join('')}`;
  const names: Record<string, string> = { '*': 'ast', '†': 'dag', '‡': 'ddag', '§': 'sect' };
  return `${names[key[0]!] ?? 'mark'}${key.length > 1 ? key.length : ''}`;
}

/** The marker a note's key stands for in the text. */
export const markerTextOf = (key: string): string => (/^\d+$/u.test(key) || letterKey(key) ? `[${key}]` : key);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** One marker in a line of text: where it is and the key of the note it cites. */
export interface MarkerMatch {
  readonly at: number;
  readonly length: number;
  readonly key: string;
}

/**
 * Markers in a line: every "[n]" (a missing note is reported), and the markers of the other
 * styles only where the chapter has a note with that key ("(1)" is often an enumeration, "*"
 * a bullet). A symbol or superscript marker follows a word or punctuation, never a space.
 */
export function markersIn(line: string, otherKeys: ReadonlySet<string>): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  // (A year in brackets, "April 17th [1817]", is what an editor supplied, unless a note has its number.)
  for (const m of line.matchAll(/\[(\d+)\]/gu)) if (!/^\d{4}$/u.test(m[1]!) || otherKeys.has(m[1]!)) out.push({ at: m.index, length: m[0].length, key: m[1]! });
  // "[A]" only where the chapter has a note A: capitals in brackets are often something else.
  const letters = [...otherKeys].filter(letterKey);
  if (letters.length > 0) {
    for (const m of line.matchAll(/\[([A-Za-z]{1,3})\]/gu)) if (letters.includes(m[1]!)) out.push({ at: m.index, length: m[0].length, key: m[1]! });
  }
  const others = [...otherKeys].filter((k) => !/^\d+$/u.test(k) && !letterKey(k)).sort((a, b) => b.length - a.length);
  if (others.length > 0) {
    const re = new RegExp(others.map(escape).join('|'), 'gu');
    for (const m of line.matchAll(re)) {
      const before = line[m.index - 1];
      const after = line[m.index + m[0].length];
      if (before === undefined || /\s/u.test(before)) {
        if (!m[0].startsWith('(')) continue;
      }
      // "**" is not the marker "*" twice.
      if (after !== undefined && after === m[0][m[0].length - 1] && /[*†‡§]/u.test(after)) continue;
      out.push({ at: m.index, length: m[0].length, key: m[0] });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Whether any line holds a marker for a key (the note is then cited in the text before it). */
export const citesKey = (lines: readonly string[], key: string): boolean =>
  lines.some((l) => markersIn(l, new Set([key])).some((m) => m.key === key));
