/**
 * The words books print before the number of a division, and numbers in words, in the
 * languages of European printing: what "CHAPTER", "Capítulo", "Kapitel" or "Глава" opens, and
 * what "primero", "zweites" or "tertius" is worth. Language data, not any book's: a heading
 * reads the same in any book of its language. Compared case-insensitively, accents included.
 */
import type { FrontSection } from '../../model/block.js';
import type { DivisionLevel } from './headings.js';

export const headingWords: Readonly<Record<DivisionLevel, readonly string[]>> = {
  volume: ['volume', 'vol.', 'tome', 'tomo', 'band', 'volumen', 'том', 'svazek'],
  part: ['part', 'partie', 'parte', 'teil', 'pars', 'deel', 'часть', 'część', 'část'],
  book: ['book', 'livre', 'libro', 'livro', 'buch', 'liber', 'boek', 'книга', 'księga', 'kniha'],
  act: ['act', 'acte', 'acto', 'atto', 'ato', 'akt', 'actus', 'bedrijf', 'действие', 'акт', 'dějství'],
  chapter: ['chapter', 'chap.', 'ch.', 'chapitre', 'chap', 'capítulo', 'capitulo', 'cap.', 'capitolo', 'kapitel', 'kap.', 'caput', 'hoofdstuk', 'глава', 'rozdział', 'kapitola', 'kapittel', 'luku'],
  letter: ['letter', 'lettre', 'carta', 'lettera', 'brief', 'epistola', 'письмо', 'dopis'],
  scene: ['scene', 'sc.', 'scène', 'escena', 'scena', 'cena', 'szene', 'auftritt', 'scaena', 'scoena', 'scæna', 'scœna', 'tooneel', 'сцена', 'явление', 'výstup'],
  // a diary's months and entries are read from their dates (diary.ts), not from a keyword
  month: [],
  entry: [],
};

/**
 * Numbers in words, 1 to 20, cardinal and ordinal, masculine and feminine (and the German,
 * Latin and Russian endings a heading prints: "Erstes Kapitel", "Caput primum", "Часть первая",
 * "Действие второе"; Russian with "ё" or "е", as printers set either).
 */
/**
 * The words that join a division's name to the work it divides, where a book heads a part
 * with the work's title ("Second Part of the History of …", "Segunda parte de la historia
 * del viajero …", "Zweiter Teil der Reise"): after an ordinal and a keyword, the heading goes on.
 */
export const headingLinks: readonly string[] = ['of', 'de', 'del', 'des', 'du', 'della', 'dello', 'delle', 'dei', 'di', 'do', 'da', 'dos', 'das', 'der', 'van', 'von'];

export const numberWords: readonly (readonly string[])[] = [
  // 1
  ['one', 'first', 'un', 'une', 'premier', 'première', 'uno', 'una', 'primero', 'primera', 'primo', 'prima', 'um', 'primeiro', 'primeira', 'eins', 'erste', 'erster', 'erstes', 'unus', 'primus', 'primum', 'een', 'eerste', 'первый', 'первая', 'первое'],
  // 2
  ['two', 'second', 'deux', 'deuxième', 'seconde', 'dos', 'segundo', 'segunda', 'due', 'secondo', 'seconda', 'dois', 'duas', 'zwei', 'zweite', 'zweiter', 'zweites', 'duo', 'secundus', 'secunda', 'secundum', 'twee', 'tweede', 'второй', 'вторая', 'второе'],
  // 3
  ['three', 'third', 'trois', 'troisième', 'tres', 'tercero', 'tercera', 'tre', 'terzo', 'terza', 'três', 'terceiro', 'terceira', 'drei', 'dritte', 'dritter', 'drittes', 'tertius', 'tertia', 'tertium', 'drie', 'derde', 'третий', 'третья', 'третье'],
  // 4
  ['four', 'fourth', 'quatre', 'quatrième', 'cuatro', 'cuarto', 'cuarta', 'quattro', 'quarto', 'quarta', 'vier', 'vierte', 'vierter', 'viertes', 'quartus', 'quartum', 'vierde', 'четвертый', 'четвертая', 'четвертое', 'четвёртый', 'четвёртая', 'четвёртое'],
  // 5
  ['five', 'fifth', 'cinq', 'cinquième', 'cinco', 'quinto', 'quinta', 'cinque', 'fünf', 'fünfte', 'fünfter', 'fünftes', 'quintus', 'quintum', 'vijf', 'vijfde', 'пятый', 'пятая', 'пятое'],
  // 6
  ['six', 'sixth', 'sixième', 'seis', 'sexto', 'sexta', 'sei', 'sesto', 'sesta', 'sechs', 'sechste', 'sechster', 'sechstes', 'sextus', 'sextum', 'zes', 'zesde', 'шестой', 'шестая', 'шестое'],
  // 7
  ['seven', 'seventh', 'sept', 'septième', 'siete', 'séptimo', 'séptima', 'septimo', 'sette', 'settimo', 'settima', 'sete', 'sétimo', 'sieben', 'siebente', 'siebte', 'siebter', 'siebtes', 'septimus', 'septima', 'septimum', 'zeven', 'zevende', 'седьмой', 'седьмая', 'седьмое'],
  // 8
  ['eight', 'eighth', 'huit', 'huitième', 'ocho', 'octavo', 'octava', 'otto', 'ottavo', 'ottava', 'oito', 'oitavo', 'acht', 'achte', 'achter', 'achtes', 'octavus', 'octavum', 'achtste', 'восьмой', 'восьмая', 'восьмое', 'осьмой', 'осьмая', 'осьмое'],
  // 9
  ['nine', 'ninth', 'neuf', 'neuvième', 'nueve', 'noveno', 'novena', 'nove', 'nono', 'nona', 'neun', 'neunte', 'neunter', 'neuntes', 'nonus', 'nonum', 'negen', 'negende', 'девятый', 'девятая', 'девятое'],
  // 10
  ['ten', 'tenth', 'dix', 'dixième', 'diez', 'décimo', 'décima', 'decimo', 'dieci', 'decima', 'dez', 'zehn', 'zehnte', 'zehnter', 'zehntes', 'decimus', 'decimum', 'tien', 'tiende', 'десятый', 'десятая', 'десятое'],
  // 11
  ['eleven', 'eleventh', 'onze', 'onzième', 'once', 'undécimo', 'undécima', 'onceno', 'undici', 'undicesimo', 'elf', 'elfte', 'elfter', 'elftes', 'undecimus', 'undecima', 'undecimum', 'одиннадцатый', 'одиннадцатая', 'одиннадцатое'],
  // 12
  ['twelve', 'twelfth', 'douze', 'douzième', 'doce', 'duodécimo', 'duodécima', 'dodici', 'dodicesimo', 'zwölf', 'zwölfte', 'zwölfter', 'zwölftes', 'duodecimus', 'duodecima', 'duodecimum', 'twaalf', 'twaalfde', 'двенадцатый', 'двенадцатая', 'двенадцатое'],
  // 13
  ['thirteen', 'thirteenth', 'treize', 'treizième', 'trece', 'tredici', 'tredicesimo', 'dreizehn', 'dreizehnte', 'dreizehntes', 'тринадцатый', 'тринадцатая', 'тринадцатое'],
  // 14
  ['fourteen', 'fourteenth', 'quatorze', 'quatorzième', 'catorce', 'quattordici', 'quattordicesimo', 'vierzehn', 'vierzehnte', 'vierzehntes', 'четырнадцатый', 'четырнадцатая', 'четырнадцатое'],
  // 15
  ['fifteen', 'fifteenth', 'quinze', 'quinzième', 'quince', 'quindici', 'quindicesimo', 'fünfzehn', 'fünfzehnte', 'fünfzehntes', 'пятнадцатый', 'пятнадцатая', 'пятнадцатое'],
  // 16
  ['sixteen', 'sixteenth', 'seize', 'seizième', 'dieciséis', 'sedici', 'sedicesimo', 'sechzehn', 'sechzehnte', 'sechzehntes', 'шестнадцатый', 'шестнадцатая', 'шестнадцатое'],
  // 17
  ['seventeen', 'seventeenth', 'dix-sept', 'dix-septième', 'diecisiete', 'diciassette', 'diciassettesimo', 'siebzehn', 'siebzehnte', 'siebzehntes', 'семнадцатый', 'семнадцатая', 'семнадцатое'],
  // 18
  ['eighteen', 'eighteenth', 'dix-huit', 'dix-huitième', 'dieciocho', 'diciotto', 'diciottesimo', 'achtzehn', 'achtzehnte', 'achtzehntes', 'восемнадцатый', 'восемнадцатая', 'восемнадцатое'],
  // 19
  ['nineteen', 'nineteenth', 'dix-neuf', 'dix-neuvième', 'diecinueve', 'diciannove', 'diciannovesimo', 'neunzehn', 'neunzehnte', 'neunzehntes', 'девятнадцатый', 'девятнадцатая', 'девятнадцатое'],
  // 20
  ['twenty', 'twentieth', 'vingt', 'vingtième', 'veinte', 'vigésimo', 'venti', 'ventesimo', 'zwanzig', 'zwanzigste', 'zwanzigstes', 'двадцатый', 'двадцатая', 'двадцатое'],
];

/**
 * German ordinals from 21 to 99, as a novel of more chapters heads them in words
 * ("Einundzwanzigstes Kapitel", "Dreißigstes Kapitel"): the unit, "und", the tens, and the
 * ending of the ordinal ("-ste", "-ster", "-stes", "-sten"). Made from their parts, as the
 * language makes them.
 */
function germanOrdinals(): [string, number][] {
  const units = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const tens = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  const endings = ['ste', 'ster', 'stes', 'sten'];
  return tens.flatMap((ten, t) => {
    const value = (t + 2) * 10;
    const spellings = ten.includes('ß') ? [ten, ten.replace('ß', 'ss')] : [ten];
    return spellings.flatMap((tn) => [
      ...(value > 20 ? endings.map((e): [string, number] => [`${tn}${e}`, value]) : []),
      ...units.flatMap((u, k) => endings.map((e): [string, number] => [`${u}und${tn}${e}`, value + k + 1])),
    ]);
  });
}

/** Numbers in words above 20 (German ordinals), by their lower-case form. */
export const higherNumberWords: ReadonlyMap<string, number> = new Map(germanOrdinals());

/**
 * What a section of front matter is headed, by the section it is: "PREFACE", "Vorwort",
 * "Prólogo", "THE PROLOGUE". ("Introduction" is left out: as often a poem's or a chapter's title.)
 */
export const frontWords: Readonly<Record<FrontSection, readonly string[]>> = {
  preface: ['preface', 'foreword', 'to the reader', 'préface', 'avant-propos', 'au lecteur', 'vorwort', 'vorrede', 'an den leser', 'prefacio', 'al lector', 'prefazione', 'al lettore', 'предисловие', 'voorwoord', 'voorrede'],
  prologue: ['prologue', 'induction', 'prolog', 'prologo', 'prólogo', 'proemio', 'пролог'],
  dedication: ['dedication', 'dédicace', 'widmung', 'zueignung', 'dedicatoria', 'dedica', 'посвящение', 'opdracht'],
};

/**
 * What a table of contents is headed, in the same languages ("CONTENTS", "TABLE DES
 * MATIÈRES", "INHALT", "ÍNDICE", "ОГЛАВЛЕНИЕ"); French books often print "TABLE" alone.
 * Compared case-insensitively, with a full stop after it or not.
 */
export const contentsWords: readonly string[] = [
  'contents', 'table of contents',
  'table', 'table des matières', 'table des chapitres', 'sommaire',
  'inhalt', 'inhaltsverzeichnis', 'inhaltsübersicht',
  'índice', 'indice', 'índice general', 'sumario', 'sumário',
  'sommario', 'indice dei capitoli',
  'оглавление', 'содержание',
  'inhoud', 'inhoudsopgave', 'spis treści', 'obsah', 'sisällys', 'innhold', 'innehåll',
];

/**
 * What a section of notes at the end of a book is headed, besides English "NOTES",
 * "ENDNOTES", "FOOTNOTES" (and French "NOTES"). Italian "NOTE" is left out: in an English
 * book a "NOTE." alone heads one author's note, not a section of notes.
 */
export const notesWords: readonly string[] = ['notes', 'endnotes', 'footnotes', 'anmerkungen', 'fußnoten', 'notas', 'примечания', 'noten', 'aantekeningen', 'przypisy', 'poznámky'];

/** Words of a list as alternatives of a pattern; a space in them matches any run of spaces (the words hold no other pattern characters). */
export const wordAlternatives = (words: readonly string[]): string => words.map((w) => w.replace(/ /gu, String.raw`\s+`)).join('|');
