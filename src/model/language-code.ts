/**
 * A language is given as a BCP 47 code ("fr", "de-AT", "grc"): the TEI's xml:lang, the web
 * edition's lang (hyphenation, fonts, speech), the print's hyphenation, the dates' month names
 * and the outputs' own words all read it. A language's name written there instead ("French",
 * "français", "Deutsch") is accepted by the syntax of xml:lang and silently matches none of
 * them, so it is refused with the code its name stands for.
 */
const tag = /^(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*|[xXiI](?:-[A-Za-z0-9]{1,8})+)$/u;

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The two-letter code whose name, in English or in the language itself, is `name` (ICU's names). */
function codeNamed(name: string): string | undefined {
  const wanted = fold(name);
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const inEnglish = english.of(code);
      if (inEnglish === undefined) continue;
      if (fold(inEnglish) === wanted) return code;
      const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      if (own !== undefined && fold(own) === wanted) return code;
    }
  }
  return undefined;
}

/** Why `value` is no language code, with what to write instead; undefined when it is one. */
export function languageCodeProblem(value: string): string | undefined {
  if (tag.test(value)) return undefined;
  const code = codeNamed(value);
  return code
    ? `"${value}" is a language's name, not its code: write "${code}" (BCP 47)`
    : `"${value}" is no BCP 47 language code: write a code such as "fr", "de" or "en-GB"`;
}
