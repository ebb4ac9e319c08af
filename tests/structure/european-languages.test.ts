// Books in other languages as editors bring them (Project Gutenberg files, plain transcriptions):
// the lines are quoted from public-domain texts, each named where it is used.
// - Jules Verne, Vingt mille lieues sous les mers (1870), Project Gutenberg #5097, from
//   github.com/lucasn/file-compression-program@61b188f6f71456d9f97d0eb3090f787a6cddb4a5 pg5097.txt
// - Victor Hugo, Le Dernier Jour d'un Condamné (1829), Project Gutenberg #6838, from
//   github.com/romainduc421/mlp-langRecognizer@7f10042037ee203e1a5410d40e5bf06a5d80fbba pg6838.txt
// - Лев Толстой, Анна Каренина (1878), from
//   github.com/mannefedov/compling_nlp_hse_course@a21cf13ad25cffff7dbdc549412e381224610bd4 data/anna_karenina.txt
// - Miguel de Cervantes, Don Quijote (1605), Project Gutenberg #2000, from
//   github.com/fernandocruzp/LectorQuijote@199d3a208ad453d86ff2583f2364ac4addbbb250 pg2000.txt
// - Alessandro Manzoni, I promessi sposi (1840), a plain transcription of a paragraph a line, from
//   github.com/cecinuga/tiny-lm@30e5a6a44fa7f0791ee38bc6a88c1aace1e4e2ba data/promessi_sposi.txt
//   (Windows-1252; the long paragraphs are cut after a sentence or two to keep the file small)
import { describe, expect, it } from 'vitest';
import type { Block, Division } from '../../src/model/block.js';
import { readHeading } from '../../src/structure/rules/headings.js';
import { isSalute, isSignatureLine, isValediction } from '../../src/structure/rules/verse-and-letters.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div:${b.divType}` : b.kind));
const outline = (divs: readonly Division[]): string[] => divs.map((d) => `${d.divType}${d.n ? ' ' + d.n : ''}`);

const verneChapter = [
  "L'année 1866 fut marquée par un événement bizarre, un phénomène",
  "inexpliqué et inexplicable que personne n'a sans doute oublié.",
  '',
  'En ce moment, aux dernières clartés de la lune qui s\'abaissait vers',
  "l'horizon, j'aperçus une figure qui n'était pas celle de Conseil, et",
  'que je reconnus aussitôt.',
  '',
  // The transcription left this speech without its stop: it is still no heading.
  "« Ned ! m'écriai-je",
  '',
  '-- En personne, monsieur, et qui court après sa prime ! répondit le',
  'Canadien.',
  '',
  '-- L\'un et l\'autre, dit Conseil',
  '',
  '-- Juste, répondit le Canadien, nous avons droit à deux repas, et pour',
  'nous qui mourons de faim.',
  '',
];

describe('headings and tables of contents in other languages', () => {
  it('reads Russian ordinals in words, and German ones above twenty, as parts and chapters are headed', () => {
    const read = (l: string) => {
      const h = readHeading(l);
      return h ? [h.level, h.value] : undefined;
    };
    expect(read('ЧАСТЬ ПЕРВАЯ')).toEqual(['part', 1]);
    expect(read('ЧАСТЬ ВОСЬМАЯ')).toEqual(['part', 8]);
    expect(read('Глава четвёртая')).toEqual(['chapter', 4]);
    expect(read('ДЕЙСТВИЕ ВТОРОЕ')).toEqual(['act', 2]);
    // German novels of more than twenty chapters go on in words.
    expect(read('Einundzwanzigstes Kapitel')).toEqual(['chapter', 21]);
    expect(read('SECHSUNDDREISSIGSTES KAPITEL')).toEqual(['chapter', 36]);
    expect(read('Dreißigstes Kapitel')).toEqual(['chapter', 30]);
  });

  it('takes a "TABLE DES MATIÈRES" under a rule as the contents, up to the next rule', () => {
    const text = [
      '------------------------------------------------------------------------',
      '                           TABLE DES MATIÈRES',
      '',
      '                             PREMIÈRE PARTIE',
      '',
      '',
      '              I       Un écueil fuyant',
      '',
      '              II      Le pour et le contre',
      '',
      '------------------------------------------------------------------------',
      '                           VINGT MILLE LIEUES',
      '                                  SOUS',
      '                                LES MERS',
      '',
      '                                    I',
      '',
      '                            UN ÉCUEIL FUYANT',
      '',
      ...verneChapter,
      '                                   II',
      '',
      '                          LE POUR ET LE CONTRE',
      '',
      ...verneChapter,
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(outline(e.front)).toEqual(['contents', 'paratext']);
    expect(kinds(e.front[0]!.blocks)).toEqual(['head', 'list']);
    expect(outline(e.body)).toEqual(['chapter 1', 'chapter 2']);
    // The speeches stay paragraphs of their chapter: no section opens at them.
    expect(kinds(e.body[0]!.blocks).filter((k) => k !== 'p')).toEqual(['head', 'head']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('takes a run of part headings printed before the first again as a contents without a heading', () => {
    const chapter = (n: string) => [n, '', '', 'Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему.', '', 'Все смешалось в доме Облонских.', ''];
    const text = [
      'Лев Николаевич Толстой',
      '',
      'ЧАСТЬ ПЕРВАЯ',
      '',
      'ЧАСТЬ ВТОРАЯ',
      '',
      'ЧАСТЬ ТРЕТЬЯ',
      '',
      '',
      'АННА КАРЕНИНА',
      '',
      '',
      'ЧАСТЬ ПЕРВАЯ',
      '',
      '',
      ...chapter('I'),
      ...chapter('II'),
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    // The author's name and the title after the list stay one paratext with the name before it.
    expect(outline(e.front)).toEqual(['paratext', 'contents']);
    expect(outline(e.body)).toEqual(['part 1']);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'div:chapter', 'div:chapter']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('a book in parts headed with the work\'s title, and a second book after it', () => {
  // Don Quijote (pg2000.txt, source above): the 1605 book in four parts headed "Primera parte
  // del ingenioso hidalgo …", chapters numbered on through them; the 1615 book after it, its
  // chapters from one again; the contents at the front name the second book's part heading.
  const chapter = (head: string[]) => [...head, '', 'En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho', 'tiempo que vivía un hidalgo de los de lanza en astillero.', '', ''];
  const text = [
    'El ingenioso hidalgo don Quijote de la Mancha',
    '',
    '',
    'Que trata de la condición y ejercicio del famoso',
    '',
    '',
    'Segunda parte del ingenioso caballero don Quijote de la Mancha',
    '',
    '',
    'Tasa',
    '',
    '',
    'Primera parte del ingenioso hidalgo don Quijote de la Mancha',
    '',
    '',
    ...chapter(['Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo', 'don Quijote de la Mancha']),
    ...chapter(['Capítulo II. Que trata de la primera salida que de su tierra hizo el', 'ingenioso don Quijote']),
    'Segunda parte del ingenioso hidalgo don Quijote de la Mancha',
    '',
    '',
    ...chapter(['Capítulo IX. Donde se concluye y da fin a la estupenda batalla que el', 'gallardo vizcaíno y el valiente manchego tuvieron']),
    'Segunda parte del ingenioso caballero don Quijote de la Mancha',
    '',
    '',
    ...chapter(['Capítulo primero. De lo que el cura y el barbero pasaron con don', 'Quijote cerca de su enfermedad']),
    ...chapter(['Capítulo II. Que trata de la notable pendencia que Sancho Panza tuvo con la', 'sobrina y ama de don Quijote']),
  ].join('\n');

  it('reads "Segunda parte del …" as a part, and the same heading in the front as an entry of it', () => {
    expect(readHeading('Segunda parte del ingenioso hidalgo don Quijote de la Mancha')).toMatchObject({ level: 'part', value: 2 });
    expect(readHeading('Second Part of the History of the World')).toMatchObject({ level: 'part', value: 2 });
    // a sentence that ends like one is prose
    expect(readHeading('First part of the evening was quiet.')).toBeUndefined();
    const e = editionOf([witnessOf('A', text)]);
    expect(outline(e.front)).toEqual(['paratext']);
    expect(outline(e.body)).toEqual(['part 1', 'part 2', 'part 2']);
    expect(e.body.map((p) => kinds(p.blocks))).toEqual([
      ['head', 'div:chapter', 'div:chapter'],
      ['head', 'div:chapter'],
      ['head', 'div:chapter', 'div:chapter'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('a transcription of a paragraph a line', () => {
  const manzoni = [
    "Quel ramo del lago di Como, che volge a mezzogiorno, tra due catene non interrotte di monti, tutto a seni e a golfi, a seconda dello sporgere e del rientrare di quelli, vien, quasi a un tratto, a ristringersi, e a prender corso e figura di fiume, tra un promontorio a destra, e un'ampia costiera dall'altra parte;",
    "Per una di queste stradicciole, tornava bel bello dalla passeggiata verso casa, sulla sera del giorno 7 novembre dell'anno 1628, don Abbondio, curato d'una delle terre accennate di sopra:",
    "- Signor curato, - disse un di que' due, piantandogli gli occhi in faccia.",
    '- Cosa comanda? - rispose subito don Abbondio, alzando i suoi dal libro, che gli restò spalancato nelle mani, come sur un leggìo.',
    "- Lei ha intenzione, - proseguì l'altro, con l'atto minaccioso e iracondo di chi coglie un suo inferiore sull'intraprendere una ribalderia, - lei ha intenzione di maritar domani Renzo Tramaglino e Lucia Mondella!",
    '- Ma lor signori son troppo giusti, troppo ragionevoli...',
    '- Il mio rispetto...',
    "Questo nome fu, nella mente di don Abbondio, come, nel forte d'un temporale notturno, un lampo che illumina momentaneamente e in confuso gli oggetti, e accresce il terrore.",
  ];
  it('makes each line a paragraph, a short line of dialogue too', () => {
    const text = ['CAPITOLO I', '', ...manzoni, '', 'CAPITOLO II', '', ...manzoni, '', 'CAPITOLO III', '', ...manzoni, ''].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(outline(e.body)).toEqual(['chapter 1', 'chapter 2', 'chapter 3']);
    for (const d of e.body) expect(kinds(d.blocks)).toEqual(['head', ...manzoni.map(() => 'p')]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('verse whose lines open with a small letter', () => {
  // Prose wrapped near 75 characters, as the file prints it.
  const prose = [
    'En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho',
    'tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua,',
    'rocín flaco y galgo corredor. Una olla de algo más vaca que carnero,',
    'salpicón las más noches, duelos y quebrantos los sábados.',
    '',
  ];
  it('reads a canción as verse, its second stanza too, in a text wrapped at a width', () => {
    const text = [
      'Capítulo XIV. Donde se ponen los versos desesperados del difunto pastor,',
      'con otros no esperados sucesos',
      '',
      ...Array.from({ length: 12 }, () => prose).flat(),
      'Ya que quieres, cruel, que se publique,',
      'de lengua en lengua y de una en otra gente,',
      'del áspero rigor tuyo la fuerza,',
      'haré que el mesmo infierno comunique',
      'al triste pecho mío un son doliente,',
      '',
      'El rugir del león, del lobo fiero',
      'el temeroso aullido, el silbo horrendo',
      'de escamosa serpiente, el espantable',
      'baladro de algún monstruo, el agorero',
      '',
      'del ya vencido toro el implacable',
      'bramido, y de la viuda tortolilla',
      'el sentible arrullar; el triste canto',
      'del envidiado búho, con el llanto',
      '',
      ...prose,
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', ...Array.from({ length: 12 }, () => 'p'), 'lg', 'p']);
    const poem = e.body[0]!.blocks[13]!;
    expect(poem.kind === 'lg' ? poem.stanzas.length : 0).toBe(3);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('a number alone that is no chapter', () => {
  it("takes a volume's number on a title page for no chapter when the book's chapters start again at I", () => {
    const text = [
      'OEUVRES COMPLÈTES',
      '',
      'DE',
      '',
      'VICTOR HUGO',
      '',
      'XIX',
      '',
      'ROMAN II',
      '',
      '',
      "LE DERNIER JOUR D'UN CONDAMNÉ",
      '',
      '',
      'I',
      '',
      '',
      'Bicêtre',
      '',
      'Condamné à mort !',
      '',
      "Voilà cinq semaines que j'habite avec cette pensée, toujours seul avec",
      'elle, toujours glacé de sa présence, toujours courbé sous son poids !',
      '',
      'II',
      '',
      '',
      "C'était par une belle matinée d'août.",
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(outline(e.front)).toEqual(['paratext']);
    expect(outline(e.body)).toEqual(['chapter 1', 'chapter 2']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('notes at the end of a book headed in another language', () => {
  // Made-up lines, in the layout of the test of English book-end notes (conventions.test.ts).
  it('gives the notes under "ANMERKUNGEN", keyed by chapter, to their chapters', () => {
    const text = [
      'ERSTES KAPITEL', '', 'Das erste Kapitel nennt eine Anmerkung [1].', '',
      'ZWEITES KAPITEL', '', 'Das zweite Kapitel nennt die seine [1].', '', '',
      'ANMERKUNGEN', '', 'ERSTES KAPITEL', '', '[1] Die erste Anmerkung.', '', 'ZWEITES KAPITEL', '', '[1] Die zweite Anmerkung.', '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(outline(e.body)).toEqual(['chapter 1', 'chapter 2', 'notes']);
    expect(e.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe("a letter's formulae in other languages", () => {
  it('knows salutes, valedictions and signatures with particles (letter-words.ts)', () => {
    // Formulae as letters print them (made up, but for the last two, which close Don Quijote's
    // letter to Dulcinea in chapter XXV).
    for (const l of ['Mon cher ami,', 'Madame,', 'Lieber Vater!', 'Sehr geehrter Herr Doktor!', 'Muy señor mío:', 'Querida madre:', 'Carissima amica,', 'Милостивый государь!', 'Дорогая мама!', 'Geachte heer,']) expect(isSalute(l), l).toBe(true);
    for (const l of ['Votre dévoué,', 'Dein treuer Freund,', 'Vuestro amigo,', 'Il tuo affezionatissimo,', 'Ваш покорный слуга,', 'Tuyo hasta la muerte,']) expect(isValediction(l), l).toBe(true);
    expect(isSignatureLine('El Caballero de la Triste Figura.')).toBe(true);
    expect(isSignatureLine('Jean de La Fontaine')).toBe(true);
    // Lines of narrative that end as formulae do are none.
    for (const l of ['A lo cual respondió don Quijote:', 'Et il ajouta,', 'Da sagte er:']) expect(isSalute(l), l).toBe(false);
    expect(isValediction('your brother,')).toBe(false);
  });

  it("makes a letter's opener and closer of them", () => {
    const text = [
      'LETTRE PREMIÈRE',
      '',
      'Mon cher ami,',
      '',
      "Je vous écris de la campagne, où il pleut depuis huit jours, et je n'ai",
      "rien d'autre à faire que de penser à vous et à notre dernière promenade.",
      '',
      'Votre dévoué,',
      '',
      'Jean de La Roche.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(outline(e.body)).toEqual(['letter 1']);
    expect(kinds(e.body[0]!.blocks)).toEqual(['head', 'opener', 'p', 'closer']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('a section of notes that are not numbered', () => {
  it("keeps Hugo's NOTES at the end of the book as its paragraphs, with no warning for notes without a label", () => {
    const text = [
      'I',
      '',
      '',
      'Condamné à mort !',
      '',
      '',
      'NOTES',
      '',
      "DERNIER JOUR D'UN CONDAMNÉ",
      '',
      '1829',
      '',
      'Nous donnons ci-jointe, pour les personnes curieuses de cette sorte de',
      "littérature, la chanson d'argot avec l'explication en regard.",
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(outline(e.body)).toEqual(['chapter 1', 'notes']);
    expect(kinds(e.body[1]!.blocks)).toEqual(['head', 'p', 'p', 'p']);
    expect(e.diagnostics.filter((d) => d.rule === 'note-book-end-unplaced')).toEqual([]);
    // A numbered note that no chapter claims is still named.
    const numbered = editionOf([witnessOf('A', text.replace('1829', '[1] 1829'))]);
    expect(numbered.diagnostics.filter((d) => d.rule === 'note-book-end-unplaced').map((d) => d.line)).toEqual([11]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});
