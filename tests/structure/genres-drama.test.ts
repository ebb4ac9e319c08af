// Plays and dialogues first tried in plain text: a ballad opera (italic speaker labels, songs
// inside speeches, a list of persons in braced groups) and a dialogue in books quoting the poets.
// The lines are quoted from Project Gutenberg e-texts (public domain in the US) as the GITenberg
// mirrors keep them:
// - John Gay, The Beggar's Opera: github.com/GITenberg/The-Beggar-s-Opera--to-Which-is-Prefixed-the-Musick-to-Each-Song_25063,
//   commit d44240b37cb5a1d164b541baef9549e88bef8a7d, 25063-8.txt (Act I, Scene I; the persons, lines 342-372, shortened, and lines 987-997).
// - Plato, The Republic, tr. B. Jowett: github.com/GITenberg/The-Republic_1497,
//   commit 013f8ef56b6abf6165755ed1a88d4cdcc512be6c, 1497.txt (lines 8500-8529, 11397-11409).
import { describe, expect, it } from 'vitest';
import { annotateHighlighting } from '../../src/annotate/emphasis.js';
import { linkSpeakers } from '../../src/annotate/speakers.js';
import type { Block, Division } from '../../src/model/block.js';
import { plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const speeches = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'div' ? speeches(b.blocks) : b.kind === 'sp' ? [b] : []));
const speakerOf = (b: Block): string => (b.kind === 'sp' ? plainText(b.speaker).trim() : '');

describe('a ballad opera as Project Gutenberg prints it', () => {
  const text = [
    'ACT I. SCENE I.',
    '',
    '  Enter _Filch_.',
    '',
    '_Filch._ Sir, _Black Moll_ hath sent word her Trial comes on in the',
    'Afternoon, and she hopes you will order Matters so as to bring her off.',
    '',
    '_Peachum._ As the Wench is very active and industrious, you may satisfy',
    "her that I'll soften the Evidence.",
    '',
    '_Filch._ _Tom Gagg_, Sir, is found guilty.',
    '',
    '_Peachum._ A lazy Dog! When I took him the time before, I told him what',
    'he would come to if he did not mend his Hand. This is Death without',
    'Reprieve. I may venture to Book him [writes.] For _Tom Gagg_, forty',
    "Pounds. Let _Betty Sly_ know that I'll save her from Transportation, for",
    'I can get more by her staying in _England_.',
    '',
    '',
    "AIR II. The bonny gray-ey'd Morn, &c.",
    '',
    '[Music]',
    '',
    "  _Filch._ 'Tis Woman that seduces all Mankind,",
    '    By her we first were taught the wheedling Arts:',
    '',
  ].join('\n');

  it('reads speaker labels set in italics, keeps a wrapped speech whole, and takes no numbered air for a speaker', () => {
    const e = editionOf([witnessOf('A', text)]);
    const sps = speeches(e.body);
    // The air is no speaker: it goes on in Peachum's speech, then Filch sings.
    expect(sps.map(speakerOf)).toEqual(['_Filch._', '_Peachum._', '_Filch._', '_Peachum._', '', '_Filch._']);
    const peachum = sps[3]!;
    expect(peachum.kind === 'sp' && peachum.parts.map((p) => p.kind)).toEqual(['p']);
    expect(peachum.kind === 'sp' && plainText(peachum.parts[0]!.children)).toContain('Reprieve. I may venture');
    const song = sps[5]!;
    expect(song.kind === 'sp' && song.parts.map((p) => p.kind)).toEqual(['l', 'l']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('names the speaker without the marks, so the speech is the role of the list of persons', () => {
    const cast = ['DRAMATIS PERSONÆ.', '', '  MR. PEACHUM', '  FILCH', '', ''].join('\n');
    const e = editionOf([witnessOf('A', `${cast}${text}`)]);
    const castList = e.front.find((d) => d.divType === 'castList') as Division | undefined;
    expect(castList).toBeDefined();
    // As the annotate stage does: the italics first, then the speakers.
    const linked = linkSpeakers(annotateHighlighting(e, { italic: '_', bold: '=' }));
    const who = speeches(linked.body).map((s) => (s.kind === 'sp' ? [speakerOf(s), s.who] : []));
    const [peachum, filch] = castList!.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.id) : []));
    // (The italics' marks are metamarks now: the speaker reads "Filch.")
    expect(who).toEqual([
      ['Filch.', filch],
      ['Peachum.', peachum],
      ['Filch.', filch],
      ['Peachum.', peachum],
      ['', undefined],
      ['Filch.', filch],
    ]);
  });
});

describe('a list of persons in groups gathered by braces', () => {
  const persons = [
    'DRAMATIS PERSONÆ.',
    '',
    '',
    'MEN.',
    '',
    '  MR. PEACHUM',
    '  LOCKIT',
    '  WAT DREARY          }',
    "  ROBIN OF BAGSHOT    } _Macheath's_ Gang.",
    '  MAT OF THE MINT     }',
    '  BEN BUDGE           }',
    '  BEGGAR',
    '',
    '',
    'WOMEN.',
    '',
    '  MRS. PEACHUM',
    '  POLLY PEACHUM',
    '',
    '',
    'ACT I. SCENE I.',
    '',
    '_Peachum._ There is not a Fellow that is cleverer in his way, and saves',
    'more Goods out of the Fire than _Ned_. But now, _Polly_, to your Affair;',
    'for Matters must not be left as they are. You are married then, it',
    'seems?',
    '',
    '_Polly._ Yes, Sir.',
    '',
    '_Peachum._ And how do you propose to live, Child?',
    '',
    '_Polly._ Like other Women, Sir, upon the Industry of my Husband.',
    '',
    "_Mrs. Peachum._ What, is the Wench turn'd Fool?",
    '',
  ].join('\n');

  it('reads every role down to the last group, each without its brace, the group told after it', () => {
    const e = editionOf([witnessOf('A', persons)]);
    const cast = e.front.find((d) => d.divType === 'castList')!;
    const items = cast.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
    const roles = items.flatMap((i) => i.children.flatMap((n) => (n.kind === 'castPart' && n.part === 'role' ? [plainText(n.children)] : [])));
    expect(roles).toEqual(['MEN.', 'MR. PEACHUM', 'LOCKIT', 'WAT DREARY', 'ROBIN OF BAGSHOT', 'MAT OF THE MINT', 'BEN BUDGE', 'BEGGAR', 'WOMEN.', 'MRS. PEACHUM', 'POLLY PEACHUM']);
    const descs = items.flatMap((i) => i.children.flatMap((n) => (n.kind === 'castPart' && n.part === 'roleDesc' ? [plainText(n.children)] : [])));
    expect(descs).toEqual(["_Macheath's_ Gang."]);
    const linked = linkSpeakers(annotateHighlighting(e, { italic: '_', bold: '=' }));
    const who = speeches(linked.body).map((sp) => (sp.kind === 'sp' ? sp.who : undefined));
    // Polly and Mrs. Peachum are found now the women are read; "Peachum." names three roles: the review says so.
    expect(who).toEqual([undefined, items[10]!.id, undefined, items[10]!.id, items[9]!.id]);
    expect(linked.review.map((r) => [r.rule, r.text])).toEqual([['speaker-ambiguous', 'Peachum.']]);
    expect(extractWitness(toTei(e), 'A')).toBe(persons);
  });
});

describe('a dialogue in books, quoting the poets', () => {
  const persons = [
    'PERSONS OF THE DIALOGUE.',
    '',
    'Socrates, who is the narrator.',
    '',
    'Glaucon.',
    '',
    'Adeimantus.',
    '',
    'The scene is laid in the house of Cephalus at the Piraeus; and the whole',
    'dialogue is narrated by Socrates the day after it actually took place to',
    'Timaeus, Hermocrates, Critias, and a nameless person, who are introduced',
    'in the Timaeus.',
    '',
    '',
    '',
    '',
    'BOOK I.',
    '',
    'I went down yesterday to the Piraeus with Glaucon the son of Ariston,',
    'that I might offer up my prayers to the goddess.',
    '',
  ].join('\n');
  const quoting = [
    'BOOK II.',
    '',
    'Then we must not listen to Homer or to any other poet who is guilty of',
    'the folly of saying that two casks',
    '',
    "'Lie at the threshold of Zeus, full of lots, one of good, the other of",
    "evil lots,'",
    '',
    'and that he to whom Zeus gives a mixture of the two',
    '',
    "'Sometimes meets with evil fortune, at other times with good;'",
    '',
    'but that he to whom is given the cup of unmingled ill,',
    '',
    "'Him wild hunger drives o'er the beauteous earth.'",
    '',
  ].join('\n');

  it('reads the persons of the dialogue as a cast list, down to the setting told in a sentence', () => {
    const e = editionOf([witnessOf('A', persons)]);
    const cast = e.front.find((d) => d.divType === 'castList');
    const items = cast?.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => plainText(i.children).trim()) : []));
    expect(items).toEqual(['Socrates, who is the narrator.', 'Glaucon.', 'Adeimantus.']);
    expect(extractWitness(toTei(e), 'A')).toBe(persons);
  });

  it('takes a short line in small letters between quotations for the sentence going on, not a subheading', () => {
    const e = editionOf([witnessOf('A', quoting)]);
    // (Too few lines here to learn the wrap width, so the wrapped first sentence is not looked at.)
    const all = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'div' ? all(b.blocks) : [b]));
    const kindOf = (start: string) => all(e.body).filter((b) => (b.kind === 'p' || b.kind === 'head') && plainText(b.children).trim().startsWith(start)).map((b) => b.kind);
    expect(kindOf('and that he to whom Zeus')).toEqual(['p']);
    expect(kindOf('but that he to whom is given')).toEqual(['p']);
  });
});

// Two printings of Macbeth (I.2), public domain: the First Folio's spelling as Project Gutenberg
// #2264 gives it (github.com/lnoblebeeck/analyzing-macbeth-project-online-ds-pt-051319, commit
// 309db89200f83ec5d89b4b2be490d3d46b915ef1, macbeth.txt, lines 35-48, speeches shortened) sets
// each speaker before the first line of the speech; a modern-spelling Gutenberg text
// (github.com/bbbbdragon/macbeth, commit a169a7f84f98013a86f3a0fd18f017eb4062c16d, macbeth.txt)
// sets it on a line of its own.
describe('two copies of a play that set their speakers differently', () => {
  const folio = [
    '   King. What bloody man is that? he can report,',
    'As seemeth by his plight, of the Reuolt',
    'The newest state.',
    '',
    '  Mal. This is the Serieant,',
    'Who like a good and hardie Souldier fought',
    '',
    '   King. So well thy words become thee, as thy wounds,',
    'They smack of Honor both: Goe get him Surgeons.',
    '',
    '  Mal. The worthy Thane of Rosse.',
    '',
  ].join('\n');
  const modern = [
    'DUNCAN.',
    'What bloody man is that? He can report,',
    'As seemeth by his plight, of the revolt',
    'The newest state.',
    '',
    'MALCOLM.',
    'This is the sergeant',
    'Who like a good and hardy soldier fought',
    '',
    'DUNCAN.',
    'So well thy words become thee as thy wounds:',
    'They smack of honour both.',
    '',
    'MALCOLM.',
    'The worthy Thane of Ross.',
    '',
  ].join('\n');
  const readings = (b: Block, wit: string): string =>
    b.kind === 'sp' ? b.speaker.map((i) => (i.kind === 'app' ? plainText(i.readings.find((r) => r.wit.includes(wit))?.children ?? []) : plainText([i]))).join('').trim() : '';

  for (const [base, other, baseText, otherText] of [['F', 'M', folio, modern], ['M', 'F', modern, folio]] as const) {
    it(`compares speaker with speaker and line with line, ${base} the base, and gives both copies back`, () => {
      const e = editionOf([witnessOf(base, baseText), witnessOf(other, otherText)]);
      const sps = speeches(e.body);
      expect(sps.map((s) => readings(s, 'F'))).toEqual(['King.', 'Mal.', 'King.', 'Mal.']);
      expect(sps.map((s) => readings(s, 'M'))).toEqual(['DUNCAN.', 'MALCOLM.', 'DUNCAN.', 'MALCOLM.']);
      // the verse keeps its lines, each against its line in the other copy
      expect(sps.map((s) => (s.kind === 'sp' ? s.parts.map((p) => p.kind).join(',') : ''))).toEqual(['l,l,l', 'l,l', 'l,l', 'l']);
      const first = sps[0]!.kind === 'sp' ? plainText(sps[0]!.parts[0]!.children) : '';
      expect(first).toMatch(/What bloody man is that\? [Hh]e can report,/u);
      const tei = toTei(e);
      expect(extractWitness(tei, 'F')).toBe(folio);
      expect(extractWitness(tei, 'M')).toBe(modern);
    });
  }
});

// The First Folio's e-text (source as above, lines 80-84, 60-64, 39 and 77, shortened): a speech may
// follow another in one block a space less deep, and a verse line may open a parenthesis.
describe('the First Folio as its e-text sets it', () => {
  const text = [
    '   King. Whence cam\'st thou, worthy Thane?',
    '  Rosse. From Fiffe, great King,',
    'Where the Norweyan Banners flowt the Skie,',
    'And fanne our people cold.',
    '',
    '  Cap. Doubtfull it stood,',
    'The mercilesse Macdonwald',
    '(Worthie to be a Rebell, for to that',
    'The multiplying Villanies of Nature',
    'Doe swarme vpon him) from the Westerne Isles',
    '',
    '   King. Dismay\'d not this our Captaines?',
    '',
    '  Cap. Yes, as Sparrowes, Eagles;',
    '',
    '  Rosse. God saue the King.',
    '',
  ].join('\n');

  it('starts a speech at a label set a space less deep, and keeps a verse line that opens a parenthesis as verse', () => {
    const e = editionOf([witnessOf('A', text)]);
    const sps = speeches(e.body);
    expect(sps.map(speakerOf)).toEqual(['King.', 'Rosse.', 'Cap.', 'King.', 'Cap.', 'Rosse.']);
    const cap = sps[2]!;
    expect(cap.kind === 'sp' && cap.parts.map((p) => p.kind)).toEqual(['l', 'l', 'l', 'l', 'l']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});
