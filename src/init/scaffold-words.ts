/**
 * The placeholder words `init` writes into a new edition's config and header, in the edition's
 * language, so that a French, German, Spanish, Italian or Russian edition's outputs do not open
 * with English until the editors rewrite them. A language without its table gets English.
 */
export interface ScaffoldWords {
  readonly witnessTitle: (siglum: string) => string;
  readonly provenance: (file: string) => string;
  /** A source's label: the witness's title, then its provenance. */
  readonly label: (title: string, provenance: string) => string;
  readonly editedBy: string;
  readonly editors: string;
  readonly edition: string;
  readonly licence: string;
  readonly normalization: string;
}

const words: Readonly<Record<string, ScaffoldWords>> = {
  en: {
    witnessTitle: (s) => `Witness ${s}`,
    provenance: (f) => `Plain text from ${f}; describe here where it comes from (edition, copy, transcriber).`,
    label: (t, p) => `${t}: ${p}`,
    editedBy: 'edited by',
    editors: 'The editors',
    edition: 'Digital edition, first draft',
    licence: 'The encoding and editorial matter are licensed under CC BY 4.0 (change this to the licence of your edition).',
    normalization: 'The witnesses are transcribed as they stand; nothing is normalised in the text.',
  },
  fr: {
    witnessTitle: (s) => `Témoin ${s}`,
    provenance: (f) => `Texte brut tiré de ${f}\u202f; dites ici d’où il vient (édition, exemplaire, transcripteur).`,
    label: (t, p) => `${t}\u00a0: ${p}`,
    editedBy: 'édité par',
    editors: 'Les éditeurs',
    edition: 'Édition numérique, première version',
    licence: 'L’encodage et l’apparat éditorial sont placés sous licence CC BY 4.0 (remplacez-la par la licence de votre édition).',
    normalization: 'Les témoins sont transcrits tels quels\u202f; rien n’est normalisé dans le texte.',
  },
  de: {
    witnessTitle: (s) => `Textzeuge ${s}`,
    provenance: (f) => `Klartext aus ${f}; beschreiben Sie hier, woher er stammt (Ausgabe, Exemplar, Transkription).`,
    label: (t, p) => `${t}: ${p}`,
    editedBy: 'herausgegeben von',
    editors: 'Die Herausgeber',
    edition: 'Digitale Ausgabe, erster Entwurf',
    licence: 'Kodierung und editorischer Apparat stehen unter der Lizenz CC BY 4.0 (ersetzen Sie sie durch die Lizenz Ihrer Ausgabe).',
    normalization: 'Die Textzeugen sind wiedergegeben, wie sie stehen; im Text ist nichts normalisiert.',
  },
  es: {
    witnessTitle: (s) => `Testimonio ${s}`,
    provenance: (f) => `Texto plano tomado de ${f}; diga aquí de dónde procede (edición, ejemplar, transcriptor).`,
    label: (t, p) => `${t}: ${p}`,
    editedBy: 'edición de',
    editors: 'Los editores',
    edition: 'Edición digital, primer borrador',
    licence: 'La codificación y el aparato editorial se publican con licencia CC BY 4.0 (cámbiela por la licencia de su edición).',
    normalization: 'Los testimonios se transcriben tal como están; nada se normaliza en el texto.',
  },
  it: {
    witnessTitle: (s) => `Testimone ${s}`,
    provenance: (f) => `Testo semplice tratto da ${f}; indicare qui da dove proviene (edizione, esemplare, trascrittore).`,
    label: (t, p) => `${t}: ${p}`,
    editedBy: 'a cura di',
    editors: 'I curatori',
    edition: 'Edizione digitale, prima stesura',
    licence: 'La codifica e l’apparato editoriale sono distribuiti con licenza CC BY 4.0 (sostituirla con la licenza della propria edizione).',
    normalization: 'I testimoni sono trascritti così come sono; nel testo nulla è normalizzato.',
  },
  ru: {
    witnessTitle: (s) => `Список ${s}`,
    provenance: (f) => `Простой текст из ${f}; укажите здесь, откуда он взят (издание, экземпляр, транскрибент).`,
    label: (t, p) => `${t}: ${p}`,
    editedBy: 'подготовка текста',
    editors: 'Редакторы',
    edition: 'Цифровое издание, первый вариант',
    licence: 'Кодировка и редакционный аппарат распространяются по лицензии CC BY 4.0 (замените её лицензией вашего издания).',
    normalization: 'Списки переданы так, как они есть; в тексте ничего не нормализовано.',
  },
};

/** The placeholder words for a language tag ("fr", "fr-CA"), English when there is no table. */
export const scaffoldWords = (language: string): ScaffoldWords => words[language.toLowerCase().split('-')[0]!] ?? words.en!;
