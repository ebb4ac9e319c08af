// Layouts of books the toolkit had not seen, found by building them (a Spanish novel, a wrapped
// English novel): headings in other languages, a chapter title that runs over two lines, and
// wrapped prose whose lines end like headings. The Spanish lines are Cervantes' (1605, public
// domain, as Project Gutenberg prints them); the English ones are written for the rule.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { readHeading } from '../../src/structure/rules/headings.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { divisionTree, editionOf, witnessOf } from '../helpers/in-memory.js';

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div:${b.divType}(${kinds(b.blocks).join(',')})` : b.kind));

describe('headings in the languages of European printing', () => {
  it('reads the keyword and the number, in figures, roman or words, either order', () => {
    const read = (l: string) => {
      const h = readHeading(l);
      return h ? [h.level, h.value, h.title ?? ''] : undefined;
    };
    expect(read('Capítulo primero. Que trata de la condición')).toEqual(['chapter', 1, 'Que trata de la condición']);
    expect(read('Capítulo XIV.')).toEqual(['chapter', 14, '']);
    expect(read('Chapitre premier')).toEqual(['chapter', 1, '']);
    expect(read('LIVRE DEUXIÈME')).toEqual(['book', 2, '']);
    expect(read('Kapitel 3')).toEqual(['chapter', 3, '']);
    expect(read('Erstes Kapitel')).toEqual(['chapter', 1, '']);
    expect(read('Zweiter Teil. Die Reise')).toEqual(['part', 2, 'Die Reise']);
    expect(read('Глава 2')).toEqual(['chapter', 2, '']);
    expect(read('Caput primum')).toEqual(['chapter', 1, '']);
    expect(read('Atto terzo')).toEqual(['act', 3, '']);
    // Latin scene headings with feminine ordinals, and the Folio's "Scoena" (Shakespeare, 1623)
    expect(read('Scena Secunda.')).toEqual(['scene', 2, '']);
    expect(read('Scoena Tertia.')).toEqual(['scene', 3, '']);
    expect(read('Scène IV. Le salon')).toEqual(['scene', 4, 'Le salon']);
    // prose that starts like one is not a heading
    expect(read('Capítulo tres de la ley dice que')).toBeUndefined();
    expect(read('Erstes Haus am Platz')).toBeUndefined();
  });

  it('makes chapters of a Spanish novel whose chapter titles run over two lines', () => {
    const para = ['En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho', 'tiempo que vivía un hidalgo de los de lanza en astillero.'];
    const text = [
      'Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo',
      'don Quijote de la Mancha',
      '',
      ...para,
      '',
      'Capítulo II. Que trata de la primera salida que de su tierra hizo el',
      'ingenioso don Quijote',
      '',
      ...para,
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map((d) => [d.divType, d.n, kinds(d.blocks).join(',')])).toEqual([
      ['chapter', '1', 'head,p'],
      ['chapter', '2', 'head,p'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('hard-wrapped prose', () => {
  // A novel wrapped at about 70 characters: lines end mid-sentence, as short headings do.
  const wrapped = (n: number): string[] => [
    `It was on the dark side of twilight when we got to the old town ${n}, which is`,
    'a very interesting old place, and we went on along the road until the',
    'driver stopped and the horses stood still in the cold. He said to the',
    'driver:--',
  ];
  it('keeps a paragraph that ends ":--" or runs over lines ending mid-sentence as a paragraph', () => {
    const text = [
      'CHAPTER I',
      '',
      ...Array.from({ length: 8 }, (_, i) => [...wrapped(i), '']).flat(),
      '“You are early to-night, my friend.” The man stammered in reply:--',
      '',
      '“That is why, I suppose, you wished him to go on. You cannot',
      'deceive me, my friend; I know too much, and my horses are swift.” As he',
      '',
      'spoke he smiled.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body).toHaveLength(1);
    const inChapter = kinds(e.body[0]!.blocks);
    expect(inChapter[0]).toBe('head');
    expect(inChapter.slice(1).every((k) => k === 'p' || k === 'quote'), inChapter.join(',')).toBe(true);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('a play', () => {
  // Shakespeare's Macbeth, I.1–2 (public domain), as Project Gutenberg #1533 prints it.
  it('starts a scene at its heading when the stage direction under it is long or runs over lines', () => {
    const speech = ['FIRST WITCH.', 'When shall we three meet again?', 'In thunder, lightning, or in rain?', '', 'SECOND WITCH.', 'When the hurlyburly’s done,', 'When the battle’s lost and won.', ''];
    const text = [
      'SCENE I. An open Place.',
      'Thunder and Lightning. Enter three Witches.',
      '',
      ...speech,
      'SCENE II. A Camp near Forres.',
      'Alarum within. Enter King Duncan, Malcolm, Donalbain, Lennox, with Attendants, meeting a bleeding Captain.',
      '',
      ...speech,
      'SCENE III. A heath.',
      'Thunder. Enter the three Witches, and after them, by another way, the',
      'King of Scotland with his lords.',
      '',
      ...speech,
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map((d) => [d.divType, d.n, kinds(d.blocks).join(',')])).toEqual([
      ['scene', '1', 'head,sp,sp'],
      ['scene', '2', 'head,sp,sp'],
      ['scene', '3', 'head,sp,sp'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  // Shakespeare's Julius Caesar (public domain) as ericmanley/IntroToProgrammingWithPython
  // holds Project Gutenberg's text (commit ab4b632d515cd274d6899297bda29b8da9efc27c,
  // julius_caesar.txt): an act's and a scene's headings follow the last line before them with
  // no blank line between, and a scene's stage direction stands alone under its heading.
  it('starts acts and scenes at headings printed right under the line before them', () => {
    const text = [
      'Senators, Citizens, Soldiers, Commoners, Messengers, and Servants.',
      'SCENE: Rome, the conspirators’ camp near Sardis, and the plains of Philippi.',
      'ACT I',
      'SCENE I. Rome. A street.',
      '',
      'Enter Flavius, Marullus and a throng of Citizens.',
      '',
      'FLAVIUS.',
      'Hence! home, you idle creatures, get you home.',
      '',
      'CARPENTER.',
      'Why, sir, a carpenter.',
      '',
      '[Exeunt.]',
      'SCENE II. The same. A public place.',
      '',
      'Enter, in procession, with music, Caesar; Antony, for the course; Calphurnia, Portia, Decius, Cicero, Brutus, Cassius and Casca; a great crowd following, among them a Soothsayer.',
      '',
      'CAESAR.',
      'Calphurnia.',
      '',
      'CASCA.',
      'Peace, ho! Caesar speaks.',
      '',
      '[Exeunt.]',
      'ACT II',
      'SCENE I. Rome. Brutus’ orchard.',
      '',
      'Enter Brutus.',
      '',
      'BRUTUS.',
      'What, Lucius, ho!',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.filter((b) => b.kind === 'div').map(divisionTree)).toEqual([
      ['act', '1', [['scene', '1', []], ['scene', '2', []]]],
      ['act', '2', [['scene', '1', []]]],
    ]);
    const tei = toTei(e);
    // the stage direction under a heading is a stage direction, not the heading's title
    expect(tei).toMatch(/<stage[^>]*><lb[^>]*\/>Enter Flavius, Marullus and a throng of Citizens\.<\/stage>/u);
    expect(tei).not.toContain('type="title"');
    expect(extractWitness(tei, 'A')).toBe(text);
  });

  // The same copy's list of persons (lines 1-32, shortened): a heading, roles in capitals with
  // what they are after a comma, roles in other letters, a group, then the play's setting.
  it('makes a cast list of the persons under "Dramatis Personae", roles and descriptions apart', () => {
    const text = [
      ' Dramatis Personæ',
      '',
      'JULIUS CAESAR',
      'OCTAVIUS CAESAR, Triumvir after his death.',
      'MARCUS ANTONIUS, ” ” ”',
      'CICERO, PUBLIUS, POPILIUS LENA, Senators.',
      'LIGARIUS,” ” ”',
      'A Soothsayer',
      '',
      'CALPHURNIA, wife to Caesar',
      '',
      'Senators, Citizens, Soldiers, Commoners, Messengers, and Servants.',
      'SCENE: Rome, the conspirators’ camp near Sardis, and the plains of Philippi.',
      'ACT I',
      'SCENE I. Rome. A street.',
      '',
      'FLAVIUS.',
      'Hence! home, you idle creatures, get you home.',
      '',
      'CARPENTER.',
      'Why, sir, a carpenter.',
      '',
      '[Exeunt.]',
      'SCENE II. The same. A public place.',
      '',
      'CAESAR.',
      'Calphurnia.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    const tei = toTei(e);
    const cast = /<castList[^>]*>([^]*?)<\/castList>/u.exec(tei)?.[1] ?? '';
    const items = [...cast.matchAll(/<castItem[^>]*>([^]*?)<\/castItem>/gu)].map((m) => m[1]!.replace(/<lb[^>]*\/>/gu, ''));
    expect(items).toEqual([
      '<role>JULIUS CAESAR</role>',
      '<role>OCTAVIUS CAESAR</role>, <roleDesc>Triumvir after his death.</roleDesc>',
      '<role>MARCUS ANTONIUS</role>, <roleDesc>” ” ”</roleDesc>',
      '<role>CICERO</role>, <role>PUBLIUS</role>, <role>POPILIUS LENA</role>, <roleDesc>Senators.</roleDesc>',
      '<role>LIGARIUS</role>,<roleDesc>” ” ”</roleDesc>',
      '<role>A Soothsayer</role>',
      '<role>CALPHURNIA</role>, <roleDesc>wife to Caesar</roleDesc>',
      // a list of groups: no role is marked in it
      'Senators, Citizens, Soldiers, Commoners, Messengers, and Servants.',
    ]);
    // the setting printed under the list stays with it, after it
    expect(e.front.map((d) => `${d.divType}(${kinds(d.blocks).join(',')})`)).toEqual(['castList(head,list,p)']);
    expect(tei).toMatch(/<div type="castList"[^>]*>\s*<head[^>]*><lb[^>]*\/> Dramatis Personæ<\/head>\s*<castList/u);
    expect(e.body.map((d) => d.divType)).toEqual(['act']);
    expect(extractWitness(tei, 'A')).toBe(text);
  });

  // Oscar Wilde, The Importance of Being Earnest (public domain), as Project Gutenberg #844
  // prints it (vyjayanv-hub/112_TP_Vasudevan, commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
  // pg844.txt), shortened: persons in other letters than capitals, and a list of the acts'
  // scenes before the acts, whose headings then count again from one.
  it('keeps the setting under the list of persons with that list, after it, where a title stands before the list', () => {
    // Shakespeare, Julius Caesar, as ericmanley/IntroToProgrammingWithPython holds Project
    // Gutenberg's text (commit ab4b632d515cd274d6899297bda29b8da9efc27c, julius_caesar.txt, lines
    // 1-4 and 31-37), with a title line of our own above the list.
    const text = [
      'THE TRAGEDY OF JULIUS CAESAR',
      '',
      'Dramatis Personæ',
      '',
      'JULIUS CAESAR',
      'OCTAVIUS CAESAR, Triumvir after his death.',
      'Senators, Citizens, Soldiers, Commoners, Messengers, and Servants.',
      '',
      'SCENE: Rome, the conspirators’ camp near Sardis, and the plains of Philippi.',
      '',
      'ACT I',
      'SCENE I. Rome. A street.',
      '',
      'Enter Flavius, Marullus and a throng of Citizens.',
      '',
      'FLAVIUS.',
      'Hence! home, you idle creatures, get you home.',
      '',
      'MARULLUS.',
      'Where is thy leather apron and thy rule?',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.front.map((d) => `${d.divType}(${kinds(d.blocks).join(',')})`)).toEqual(['paratext(head)', 'castList(head,list,p)']);
    const tei = toTei(e);
    expect(tei.indexOf('SCENE: Rome')).toBeGreaterThan(tei.indexOf('Dramatis Personæ'));
    expect(extractWitness(tei, 'A')).toBe(text);
  });

  it('reads a list of persons in mixed case and a list of scenes that numbers the acts ahead', () => {
    const speech = ['ALGERNON.  Did you hear what I was playing, Lane?', '', 'LANE.  I didn’t think it polite to listen, sir.', ''];
    const text = [
      'THE PERSONS IN THE PLAY',
      '',
      'John Worthing, J.P.',
      'Algernon Moncrieff',
      'Merriman, Butler',
      'Lady Bracknell',
      '',
      'THE SCENES OF THE PLAY',
      '',
      'ACT I. Algernon Moncrieff’s Flat in Half-Moon Street, W.',
      '',
      'ACT II. The Garden at the Manor House, Woolton.',
      '',
      'TIME: The Present.',
      '',
      '',
      '',
      'FIRST ACT',
      '',
      ...speech,
      '',
      '',
      'SECOND ACT',
      '',
      ...speech,
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    const tei = toTei(e);
    const items = [...tei.matchAll(/<castItem[^>]*>([^]*?)<\/castItem>/gu)].map((m) => m[1]!.replace(/<lb[^>]*\/>/gu, ''));
    expect(items).toEqual([
      '<role>John Worthing</role>, <roleDesc>J.P.</roleDesc>',
      '<role>Algernon Moncrieff</role>',
      '<role>Merriman</role>, <roleDesc>Butler</roleDesc>',
      '<role>Lady Bracknell</role>',
    ]);
    expect(e.front.map((d) => d.divType)).toEqual(['castList', 'contents', 'paratext']);
    expect(e.body.map((d) => [d.divType, d.n])).toEqual([
      ['act', '1'],
      ['act', '2'],
    ]);
    expect(extractWitness(tei, 'A')).toBe(text);
  });

  // Romeo and Juliet (public domain) as Project Gutenberg #1513 prints it
  // (vyjayanv-hub/112_TP_Vasudevan, commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
  // pg1513.txt), shortened: the contents give each act with its scenes under it, one to a
  // line, a chorus among them.
  it('reads a contents list of acts with their scenes, and the acts of the play after it once', () => {
    const speech = ['SAMPSON.', 'Gregory, on my word, we’ll not carry coals.', '', 'GREGORY.', 'No, for then we should be colliers.', ''];
    const text = [
      'Contents',
      '',
      'THE PROLOGUE.',
      '',
      'ACT I',
      'Scene I. A public place.',
      'Scene II. A Street.',
      '',
      'ACT II',
      'CHORUS.',
      'Scene I. An open place adjoining Capulet’s Garden.',
      'Scene II. Capulet’s Garden.',
      'Scene III. Friar Lawrence’s Cell.',
      '',
      '',
      '',
      '',
      'ACT I',
      '',
      'SCENE I. A public place.',
      '',
      ...speech,
      'SCENE II. A Street.',
      '',
      ...speech,
      '',
      'ACT II',
      '',
      'SCENE I. An open place adjoining Capulet’s Garden.',
      '',
      ...speech,
      'SCENE II. Capulet’s Garden.',
      '',
      ...speech,
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.front.map((d) => d.divType)).toEqual(['contents']);
    expect(e.body.map(divisionTree)).toEqual([
      ['act', '1', [['scene', '1', []], ['scene', '2', []]]],
      ['act', '2', [['scene', '1', []], ['scene', '2', []]]],
    ]);
    expect(e.diagnostics.filter((d) => d.rule === 'heading-number-repeated')).toEqual([]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  // The same copy of Romeo and Juliet: the prologue before the first act is the play's text,
  // spoken by the chorus, not a paratext of paragraphs.
  it('keeps a prologue before the first act as a division of the front with its speech in verse', () => {
    const text = [
      'THE PROLOGUE',
      '',
      '',
      ' Enter Chorus.',
      '',
      'CHORUS.',
      'Two households, both alike in dignity,',
      'In fair Verona, where we lay our scene,',
      'From ancient grudge break to new mutiny,',
      'Where civil blood makes civil hands unclean.',
      '',
      ' [_Exit._]',
      '',
      '',
      '',
      '',
      'ACT I',
      '',
      'SCENE I. A public place.',
      '',
      'SAMPSON.',
      'Gregory, on my word, we’ll not carry coals.',
      '',
      'GREGORY.',
      'No, for then we should be colliers.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.front.map((d) => d.divType)).toEqual(['prologue']);
    expect(kinds(e.front[0]!.blocks)).toEqual(['head', 'stage', 'sp', 'stage']);
    const tei = toTei(e);
    expect(tei).toMatch(/<div type="prologue"[^>]*>\s*<head[^>]*><lb[^>]*\/>THE PROLOGUE<\/head>/u);
    expect(extractWitness(tei, 'A')).toBe(text);
  });
});

// Pride and Prejudice with Saintsbury's preface (1894; public domain), as Project Gutenberg
// #1342 prints it (vyjayanv-hub/112_TP_Vasudevan, commit
// f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa, pg1342.txt), shortened.
describe('a preface before the first chapter', () => {
  it('is a division of the front under its heading, its paragraphs as such', () => {
    const text = [
      'PREFACE.',
      '',
      '',
      '_Walt Whitman has somewhere a fine and just distinction between “loving',
      'by allowance” and “loving with personal love.” This distinction applies',
      'to books as well as to men and women._',
      '',
      '_I suppose, however, that the majority of at least competent votes',
      'would, all things considered, be divided between Emma and the present',
      'book._',
      '',
      '',
      '',
      'CHAPTER I.',
      '',
      'It is a truth universally acknowledged, that a single man in possession',
      'of a good fortune must be in want of a wife.',
      '',
      'CHAPTER II.',
      '',
      'Mr. Bennet was among the earliest of those who waited on Mr. Bingley.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.front.map((d) => d.divType)).toEqual(['preface']);
    expect(kinds(e.front[0]!.blocks)).toEqual(['head', 'p', 'p']);
    expect(e.body.map((d) => [d.divType, d.n])).toEqual([['chapter', '1'], ['chapter', '2']]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});
