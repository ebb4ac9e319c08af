/**
 * The sentence the TEI header writes about each witness file (`witness/note[@type='extent']`),
 * in the edition's language: the web and print editions show it to their readers. English
 * when the language has no table.
 */
export interface ExtentWords {
  readonly file: (path: string, bytes: number, sha256: string) => string;
  /** A numbered division by its type ("chapter 4", "act 2"). */
  readonly numbered: (type: string, n: string) => string;
  /** A division without a number: a table of contents, a transcriber's note, a part. */
  readonly unnumbered: (type: string) => string;
  readonly lines: (from: number, to: number) => string;
  readonly and: string;
  readonly fragment: (chapter: string) => string;
}

/** The words for a division's type, with the article the sentence needs. */
const levelWords: Readonly<Record<'en' | 'fr' | 'de', Readonly<Record<string, string>>>> = {
  en: { chapter: 'chapter', act: 'act', scene: 'scene', part: 'part', book: 'book', volume: 'volume', letter: 'letter', section: 'section' },
  fr: { chapter: 'le chapitre', act: 'l’acte', scene: 'la scène', part: 'la partie', book: 'le livre', volume: 'le volume', letter: 'la lettre', section: 'la section' },
  de: { chapter: 'Kapitel', act: 'Akt', scene: 'Szene', part: 'Teil', book: 'Buch', volume: 'Band', letter: 'Brief', section: 'Abschnitt' },
};

const words: Readonly<Record<string, ExtentWords>> = {
  en: {
    file: (p, b, s) => `File ${p} (${b} bytes, sha256 ${s}) carries `,
    numbered: (t, n) => `${levelWords.en[t] ?? 'chapter'} ${n}`,
    unnumbered: (t) => (t === 'contents' ? 'the table of contents' : t === 'castList' ? 'the list of persons' : t === 'transcriber' ? 'a transcriber’s note' : `a ${t}`),
    lines: (a, b) => ` (lines ${a}–${b})`,
    and: ' and ',
    fragment: (c) => `; it is a fragment holding only chapter ${c}.`,
  },
  fr: {
    file: (p, b, s) => `Le fichier ${p} (${b} octets, sha256 ${s}) contient `,
    numbered: (t, n) => `${levelWords.fr[t] ?? 'le chapitre'} ${n}`,
    unnumbered: (t) => (t === 'contents' ? 'la table des matières' : t === 'castList' ? 'la liste des personnages' : t === 'transcriber' ? 'une note du transcripteur' : 'une division'),
    lines: (a, b) => ` (lignes ${a}–${b})`,
    and: ' et ',
    fragment: (c) => `\u202f; c’est un fragment qui ne contient que le chapitre ${c}.`,
  },
  de: {
    file: (p, b, s) => `Die Datei ${p} (${b} Bytes, sha256 ${s}) enthält `,
    numbered: (t, n) => `${levelWords.de[t] ?? 'Kapitel'} ${n}`,
    unnumbered: (t) => (t === 'contents' ? 'das Inhaltsverzeichnis' : t === 'castList' ? 'das Personenverzeichnis' : t === 'transcriber' ? 'eine Anmerkung des Transkribenten' : 'einen Abschnitt'),
    lines: (a, b) => ` (Zeilen ${a}–${b})`,
    and: ' und ',
    fragment: (c) => `; sie ist ein Fragment, das nur Kapitel ${c} enthält.`,
  },
};

/** The words for a language tag ("fr", "fr-CA"); English when there is no table. */
export const extentWords = (language: string | undefined): ExtentWords => words[(language ?? 'en').toLowerCase().split('-')[0]!] ?? words.en!;
