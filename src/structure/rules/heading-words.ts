/**
 * The words books print before the number of a division, and numbers in words, in the
 * languages of European printing: what "CHAPTER", "Capítulo", "Kapitel" or "Глава" opens, and
 * what "primero", "zweites" or "tertius" is worth. Language data, not any book's: a heading
 * reads the same in any book of its language. Compared case-insensitively, accents included.
 */
import type { DivisionLevel } from './headings.js';

export const headingWords: Readonly<Record<DivisionLevel, readonly string[]>> = {
  volume: ['volume', 'vol.', 'tome', 'tomo', 'band', 'volumen', 'том', 'svazek'],
  part: ['part', 'partie', 'parte', 'teil', 'pars', 'deel', 'часть', 'część', 'část'],
  book: ['book', 'livre', 'libro', 'livro', 'buch', 'liber', 'boek', 'книга', 'księga', 'kniha'],
  act: ['act', 'acte', 'acto', 'atto', 'ato', 'akt', 'actus', 'bedrijf', 'действие', 'акт', 'dějství'],
  chapter: ['chapter', 'chap.', 'ch.', 'chapitre', 'chap', 'capítulo', 'capitulo', 'cap.', 'capitolo', 'kapitel', 'kap.', 'caput', 'hoofdstuk', 'глава', 'rozdział', 'kapitola', 'kapittel', 'luku'],
  letter: ['letter', 'lettre', 'carta', 'lettera', 'brief', 'epistola', 'письмо', 'dopis'],
  scene: ['scene', 'sc.', 'scène', 'escena', 'scena', 'cena', 'szene', 'auftritt', 'scaena', 'tooneel', 'сцена', 'явление', 'výstup'],
};

/**
 * Numbers in words, 1 to 20, cardinal and ordinal, masculine and feminine (and the German and
 * Latin endings a heading prints: "Erstes Kapitel", "Caput primum").
 */
export const numberWords: readonly (readonly string[])[] = [
  // 1
  ['one', 'first', 'un', 'une', 'premier', 'première', 'uno', 'una', 'primero', 'primera', 'primo', 'prima', 'um', 'primeiro', 'primeira', 'eins', 'erste', 'erster', 'erstes', 'unus', 'primus', 'primum', 'een', 'eerste'],
  // 2
  ['two', 'second', 'deux', 'deuxième', 'seconde', 'dos', 'segundo', 'segunda', 'due', 'secondo', 'seconda', 'dois', 'duas', 'zwei', 'zweite', 'zweiter', 'zweites', 'duo', 'secundus', 'secundum', 'twee', 'tweede'],
  // 3
  ['three', 'third', 'trois', 'troisième', 'tres', 'tercero', 'tercera', 'tre', 'terzo', 'terza', 'três', 'terceiro', 'terceira', 'drei', 'dritte', 'dritter', 'drittes', 'tertius', 'tertium', 'drie', 'derde'],
  // 4
  ['four', 'fourth', 'quatre', 'quatrième', 'cuatro', 'cuarto', 'cuarta', 'quattro', 'quarto', 'quarta', 'vier', 'vierte', 'vierter', 'viertes', 'quartus', 'quartum', 'vierde'],
  // 5
  ['five', 'fifth', 'cinq', 'cinquième', 'cinco', 'quinto', 'quinta', 'cinque', 'fünf', 'fünfte', 'fünfter', 'fünftes', 'quintus', 'quintum', 'vijf', 'vijfde'],
  // 6
  ['six', 'sixth', 'sixième', 'seis', 'sexto', 'sexta', 'sei', 'sesto', 'sesta', 'sechs', 'sechste', 'sechster', 'sechstes', 'sextus', 'sextum', 'zes', 'zesde'],
  // 7
  ['seven', 'seventh', 'sept', 'septième', 'siete', 'séptimo', 'séptima', 'septimo', 'sette', 'settimo', 'settima', 'sete', 'sétimo', 'sieben', 'siebente', 'siebte', 'siebter', 'siebtes', 'septimus', 'septimum', 'zeven', 'zevende'],
  // 8
  ['eight', 'eighth', 'huit', 'huitième', 'ocho', 'octavo', 'octava', 'otto', 'ottavo', 'ottava', 'oito', 'oitavo', 'acht', 'achte', 'achter', 'achtes', 'octavus', 'octavum', 'achtste'],
  // 9
  ['nine', 'ninth', 'neuf', 'neuvième', 'nueve', 'noveno', 'novena', 'nove', 'nono', 'nona', 'neun', 'neunte', 'neunter', 'neuntes', 'nonus', 'nonum', 'negen', 'negende'],
  // 10
  ['ten', 'tenth', 'dix', 'dixième', 'diez', 'décimo', 'décima', 'decimo', 'dieci', 'decima', 'dez', 'zehn', 'zehnte', 'zehnter', 'zehntes', 'decimus', 'decimum', 'tien', 'tiende'],
  // 11
  ['eleven', 'eleventh', 'onze', 'onzième', 'once', 'undécimo', 'undécima', 'onceno', 'undici', 'undicesimo', 'elf', 'elfte', 'elfter', 'elftes', 'undecimus', 'undecimum'],
  // 12
  ['twelve', 'twelfth', 'douze', 'douzième', 'doce', 'duodécimo', 'duodécima', 'dodici', 'dodicesimo', 'zwölf', 'zwölfte', 'zwölfter', 'zwölftes', 'duodecimus', 'duodecimum', 'twaalf', 'twaalfde'],
  // 13
  ['thirteen', 'thirteenth', 'treize', 'treizième', 'trece', 'tredici', 'tredicesimo', 'dreizehn', 'dreizehnte', 'dreizehntes'],
  // 14
  ['fourteen', 'fourteenth', 'quatorze', 'quatorzième', 'catorce', 'quattordici', 'quattordicesimo', 'vierzehn', 'vierzehnte', 'vierzehntes'],
  // 15
  ['fifteen', 'fifteenth', 'quinze', 'quinzième', 'quince', 'quindici', 'quindicesimo', 'fünfzehn', 'fünfzehnte', 'fünfzehntes'],
  // 16
  ['sixteen', 'sixteenth', 'seize', 'seizième', 'dieciséis', 'sedici', 'sedicesimo', 'sechzehn', 'sechzehnte', 'sechzehntes'],
  // 17
  ['seventeen', 'seventeenth', 'dix-sept', 'dix-septième', 'diecisiete', 'diciassette', 'diciassettesimo', 'siebzehn', 'siebzehnte', 'siebzehntes'],
  // 18
  ['eighteen', 'eighteenth', 'dix-huit', 'dix-huitième', 'dieciocho', 'diciotto', 'diciottesimo', 'achtzehn', 'achtzehnte', 'achtzehntes'],
  // 19
  ['nineteen', 'nineteenth', 'dix-neuf', 'dix-neuvième', 'diecinueve', 'diciannove', 'diciannovesimo', 'neunzehn', 'neunzehnte', 'neunzehntes'],
  // 20
  ['twenty', 'twentieth', 'vingt', 'vingtième', 'veinte', 'vigésimo', 'venti', 'ventesimo', 'zwanzig', 'zwanzigste', 'zwanzigstes'],
];
