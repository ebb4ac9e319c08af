/**
 * The sentence the TEI header writes about each witness file (`witness/note[@type='extent']`),
 * in the edition's language: the web and print editions show it to their readers. English
 * when the language has no table.
 */
export interface ExtentWords {
  readonly file: (path: string, bytes: number, sha256: string) => string;
  readonly chapter: (n: string | undefined) => string;
  /** A division without a number: a table of contents, a transcriber's note, a part. */
  readonly unnumbered: (type: string) => string;
  readonly lines: (from: number, to: number) => string;
  readonly and: string;
  readonly fragment: (chapter: string) => string;
}

const words: Readonly<Record<string, ExtentWords>> = {
  en: {
    file: (p, b, s) => `File ${p} (${b} bytes, sha256 ${s}) carries `,
    chapter: (n) => `chapter ${n}`,
    unnumbered: (t) => (t === 'contents' ? 'the table of contents' : t === 'transcriber' ? 'a transcriber’s note' : `a ${t}`),
    lines: (a, b) => ` (lines ${a}–${b})`,
    and: ' and ',
    fragment: (c) => `; it is a fragment holding only chapter ${c}.`,
  },
  fr: {
    file: (p, b, s) => `Le fichier ${p} (${b} octets, sha256 ${s}) contient `,
    chapter: (n) => `le chapitre ${n}`,
    unnumbered: (t) => (t === 'contents' ? 'la table des matières' : t === 'transcriber' ? 'une note du transcripteur' : 'une division'),
    lines: (a, b) => ` (lignes ${a}–${b})`,
    and: ' et ',
    fragment: (c) => `\u202f; c’est un fragment qui ne contient que le chapitre ${c}.`,
  },
  de: {
    file: (p, b, s) => `Die Datei ${p} (${b} Bytes, sha256 ${s}) enthält `,
    chapter: (n) => `Kapitel ${n}`,
    unnumbered: (t) => (t === 'contents' ? 'das Inhaltsverzeichnis' : t === 'transcriber' ? 'eine Anmerkung des Transkribenten' : 'einen Abschnitt'),
    lines: (a, b) => ` (Zeilen ${a}–${b})`,
    and: ' und ',
    fragment: (c) => `; sie ist ein Fragment, das nur Kapitel ${c} enthält.`,
  },
};

/** The words for a language tag ("fr", "fr-CA"); English when there is no table. */
export const extentWords = (language: string | undefined): ExtentWords => words[(language ?? 'en').toLowerCase().split('-')[0]!] ?? words.en!;
