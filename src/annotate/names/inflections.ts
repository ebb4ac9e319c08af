/**
 * Endings a language joins to a name without an apostrophe, by language code (BCP 47's first
 * subtag): the German genitive ("Goethes Werk", "Gregors Zimmer") and the older declension of
 * given names ("Lottens", "Lotten", "Alberten", as Goethe and his contemporaries print them);
 * the genitive -s of Dutch and the Scandinavian languages ("Rembrandts", "Strindbergs").
 * A language not listed (English, French: their possessive and elision are set apart by an
 * apostrophe, "Grete's", "d'Aouda") joins none. A mention read through an ending is linked
 * with cert="medium" and listed for review: "Peters" or "Hansen" may be a name of its own.
 */
const NAME_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  de: ['ens', 'ns', 'en', 's', 'n'],
  nl: ['s'],
  sv: ['s'],
  da: ['s'],
  no: ['s'],
  nb: ['s'],
  nn: ['s'],
};

/** The endings of a name in a language (longest first), none when the language has no entry or none is given. */
export function nameEndings(language: string | undefined): readonly string[] {
  return NAME_ENDINGS[(language ?? '').toLowerCase().split('-')[0]!] ?? [];
}
