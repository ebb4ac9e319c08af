// Kinds of books first tried in plain text: a ballad opera, numbered letters with footnotes, a
// poetry collection in parts. The lines are quoted from Project Gutenberg e-texts (public
// domain in the US) as the GITenberg mirrors keep them:
// - John Gay, The Beggar's Opera: github.com/GITenberg/The-Beggar-s-Opera--to-Which-is-Prefixed-the-Musick-to-Each-Song_25063,
//   commit d44240b37cb5a1d164b541baef9549e88bef8a7d, 25063-8.txt (Act I, Scene I; the persons, lines 342-372, shortened, and lines 987-997).
// - Beethoven's Letters 1790-1826, vol. 2 (tr. Lady Wallace): github.com/GITenberg/Beethoven-s-Letters-1790-1826-Volume-2_13272,
//   commit 3484c039b1416cf01897f8b517ab0228bb642fae, 13272.txt (letters 272-273, shortened; part titles of lines 72-76, 3222-3226;
//   letter 305, lines 2873-2901, shortened; letters 216-218, lines 357-402, shortened).
// - Emily Dickinson, Poems, Three Series: github.com/GITenberg/Poems-by-Emily-Dickinson-Three-Series-Complete_12242,
//   commit ce942566457518dada8b133d620aaa34376a95ee, 12242.txt (lines 205-236 and 765-782, a stanza each).
// - George W. Clark, The Liberty Minstrel: github.com/GITenberg/The-Liberty-Minstrel_22089,
//   commit 2c4d1e3a8c74703a3a38883a6f37ae11175656e9, 22089-8.txt (lines 188-199, 316-325, 3934-3940, a stanza each).
// - Plato, The Republic, tr. B. Jowett: github.com/GITenberg/The-Republic_1497,
//   commit 013f8ef56b6abf6165755ed1a88d4cdcc512be6c, 1497.txt (lines 8500-8529, 11397-11409).
// - Wordsworth and Coleridge, Lyrical Ballads (1798): github.com/GITenberg/Lyrical-Ballads-With-a-Few-Other-Poems--1798-_9622,
//   commit 6424fb6e922b2030c1ad28194c86b79dd0f3ed46, 9622.txt (lines 169-193, 285-290, 1017-1032, 1124-1135, 2042-2047, 2168-2190, shortened).
import { describe, expect, it } from 'vitest';
import { annotateHighlighting } from '../../src/annotate/emphasis.js';
import { linkSpeakers } from '../../src/annotate/speakers.js';
import { castOf } from '../../src/structure/rules/drama.js';
import type { Block, Division } from '../../src/model/block.js';
import { plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { divisionTree, editionOf, witnessOf } from '../helpers/in-memory.js';

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

describe('numbered letters with footnotes', () => {
  const text = [
    '272.[1]',
    '',
    'TO THE ARCHDUKE RUDOLPH.',
    '',
    '1819.',
    '',
    'I perceive that Baron Schweiger has not informed Y.R.H. of the attack I had',
    'yesterday.',
    '',
    'BEETHOVEN.',
    '',
    '[Footnote 1: The letters 272, 273, 274, relate to arrangements for musical',
    'meetings at which Beethoven caused his new works to be played for the',
    'Archduke.]',
    '',
    '',
    '273.',
    '',
    'TO THE ARCHDUKE RUDOLPH.',
    '',
    '1819.',
    '',
    'I beg you will be so kind as to let Herr von Wranitzky[1] know your',
    'commands about the music, and whether to bespeak two or four horns.',
    '',
    'BEETHOVEN.',
    '',
    '[Footnote 1: Anton Wranitzky (born 1760, died 1819), director of Prince',
    "Lobkowitz's opera and band.]",
    '',
  ].join('\n');

  it('opens a letter at its number when the number cites a note, the note in its head', () => {
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map((d) => [d.divType, d.n])).toEqual([
      ['chapter', '272'],
      ['chapter', '273'],
    ]);
    const head = e.body[0]!.blocks[0]!;
    expect(head.kind === 'head' && head.children.some((n) => n.kind === 'note' && n.n === '1')).toBe(true);
    expect(e.body[1]!.printed?.[0]).toMatchObject({ number: '273', value: 273, title: 'TO THE ARCHDUKE RUDOLPH.' });
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('reads a valediction without its comma over the signature ("Your attached" over "BEETHOVEN.") as the closer, no subheading', () => {
    const letter = [
      '305.',
      '',
      'TO F. RIES,--LONDON.',
      '',
      'Vienna, April 6, 1822.',
      '',
      'MY DEAREST AND BEST RIES,--',
      '',
      'Now farewell! kiss your handsome wife for me until I can perform this',
      'solemn act in person.',
      '',
      'Your attached',
      '',
      'BEETHOVEN.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', letter)]);
    const blocks = e.body[0]!.blocks;
    expect(blocks.some((b) => b.kind === 'div')).toBe(false);
    const closer = blocks.find((b) => b.kind === 'closer');
    expect(closer?.kind === 'closer' && closer.parts.map((p) => [p.kind, plainText(p.children).trim()])).toEqual([
      ['salute', 'Your attached'],
      ['signed', 'BEETHOVEN.'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(letter);
  });

  it('makes letters of numbered divisions each headed with whom it is to, in a collection of them', () => {
    const letters = [
      '216.',
      '',
      'TO STEINER & CO.',
      '',
      "The Adjutant's innocence is admitted, and there is an end of it!",
      '',
      '',
      '217.',
      '',
      'TO STEINER.',
      '',
      'The Lieutenant-General is requested to send his _Diabolum_, that I may tell',
      'him myself my opinion of the "Battle," which is _printed in the vilest',
      'manner_. There is much to be altered.',
      '',
      'THE G----S.',
      '',
      '',
      '218.',
      '',
      'TO TOBIAS HASLINGER.',
      '',
      'MY GOOD ADJUTANT,--',
      '',
      'Best of all little fellows! Do see again about that house, and get it for',
      'me.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', letters)]);
    expect(e.body.map((d) => [d.divType, d.n, d.printed?.[0]?.title])).toEqual([
      ['letter', '216', 'TO STEINER & CO.'],
      ['letter', '217', 'TO STEINER.'],
      ['letter', '218', 'TO TOBIAS HASLINGER.'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(letters);
  });

  it('takes neither the signature in capitals under each letter nor a part title over its dates for a speaker of a play', () => {
    const parts = `SECOND PART.\n\nLIFE'S MISSION.\n1815-1822.\n(_Continued._)\n\n\n${text}\n\nTHIRD PART\n\n\nLIFE'S TROUBLES AND CLOSE.\n1823 TO 1827.\n`;
    const e = editionOf([witnessOf('A', parts)]);
    expect(speeches(e.body)).toEqual([]);
    expect(extractWitness(toTei(e), 'A')).toBe(parts);
  });
});

describe('a collection of numbered poems in numbered parts', () => {
  const text = [
    'I. LIFE.',
    '',
    '',
    'I.',
    '',
    'SUCCESS.',
    '',
    'Success is counted sweetest',
    "By those who ne'er succeed.",
    'To comprehend a nectar',
    'Requires sorest need.',
    '',
    '',
    '',
    '',
    '',
    'II.',
    '',
    'Our share of night to bear,',
    'Our share of morning,',
    'Our blank in bliss to fill,',
    'Our blank in scorning.',
    '',
    '',
    '',
    '',
    '',
    '',
    'II. LOVE.',
    '',
    '',
    'I.',
    '',
    'MINE.',
    '',
    'Mine by the right of the white election!',
    'Mine by the royal seal!',
    'Mine by the sign in the scarlet prison',
    'Bars cannot conceal!',
    '',
  ].join('\n');

  it('makes a part of a numbered title with a first poem numbered I under it, the poems in it', () => {
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map(divisionTree)).toEqual([
      ['part', '1', [['chapter', '1', []], ['chapter', '2', []]]],
      ['part', '2', [['chapter', '1', []]]],
    ]);
    expect(e.body[1]!.printed?.[0]).toMatchObject({ level: 'part', number: 'II', value: 2, title: 'LOVE.' });
    expect(e.diagnostics.filter((d) => d.rule === 'heading-number-repeated')).toEqual([]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('takes a signature with an initial that reads as a roman number ("L. VAN BEETHOVEN.") for no heading', () => {
    // (The letters' numbers, addresses and signature as printed; their text made up, a line each.)
    const letters = ['217.', '', 'TO STEINER.', '', 'Send me the score.', '', 'L. VAN BEETHOVEN.', '', '', '218.', '', 'TO ZMESKALL.', '', 'Come to-morrow.', ''].join('\n');
    const e = editionOf([witnessOf('A', letters)]);
    expect(e.body.map((d) => [d.divType, d.n])).toEqual([
      ['chapter', '217'],
      ['chapter', '218'],
    ]);
  });
});

describe('a songbook: a title and its credit, a wider space, then the song', () => {
  const text = [
    'GONE, SOLD AND GONE.',
    '',
    'Words by Whittier. Music by G.W. Clark.',
    '',
    '',
    '[Music]',
    '',
    '    Gone, gone--sold and gone,',
    '    To the rice-swamp dank and lone,',
    'Where the slave-whip ceaseless swings,',
    'Where the noisome insect stings,',
    '',
    '',
    '',
    '',
    "The Slave Boy's Wish.",
    '',
    'BY ELIZA LEE FOLLEN.',
    '',
    '',
    'I wish I was that little bird,',
    '  Up in the bright blue sky;',
    'That sings and flies just where he will,',
    '  And no one asks him why.',
    '',
    '',
    '',
    '',
    'Arouse! Arouse!',
    '',
    '',
    'Arouse, arouse, arouse!',
    '  Ye bold New England men!',
    'No more with sullen brows,',
    '  Remain as ye have been:',
    '',
  ].join('\n');

  it('makes one division of each song, headed by its title in capitals, in title case or in its first words', () => {
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map((d) => [d.divType, d.printed?.[0]?.title, d.blocks.map((b) => b.kind).join(',')])).toEqual([
      ['chapter', 'GONE, SOLD AND GONE.', 'head,p,p,lg'],
      ['chapter', "The Slave Boy's Wish.", 'head,p,lg'],
      ['chapter', 'Arouse! Arouse!', 'head,lg'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('still starts a division after a single word alone, which may be a sentence', () => {
    const e = editionOf([witnessOf('A', 'Opening.\n\n\nThe black cat sat on the mat.\n')]);
    expect(e.body).toHaveLength(2);
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

describe('a collection of poems titled in capitals, some in numbered parts', () => {
  const stanza = ['    It is an ancyent Marinere,', '      And he stoppeth one of three:', '    "By thy long grey beard and thy glittering eye', '      "Now wherefore stoppest me?'];
  const text = [
    'THE RIME OF THE ANCYENT MARINERE,',
    'IN SEVEN PARTS.',
    '',
    '',
    'ARGUMENT.',
    '',
    'How a Ship having passed the Line was driven by Storms to the cold',
    'Country towards the South Pole.',
    '',
    '',
    'I.',
    '',
    ...stanza,
    '',
    '',
    'II.',
    '',
    '    The Sun came up upon the right,',
    '      Out of the Sea came he;',
    '    And broad as a weft upon the left',
    '      Went down into the Sea.',
    '',
    '',
    '',
    '',
    'LINES LEFT UPON A SEAT IN A YEW-TREE WHICH STANDS NEAR THE LAKE OF',
    'ESTHWAITE, ON A DESOLATE PART OF THE SHORE, YET COMMANDING A',
    'BEAUTIFUL PROSPECT.',
    '',
    '',
    '    --Nay, Traveller! rest. This lonely yew-tree stands',
    '    Far from all human dwelling: what if here',
    '    No sparkling rivulet spread the verdant herb;',
    '    What if these barren boughs the bee not loves;',
    '',
    '',
    '',
    '',
    'WE ARE SEVEN.',
    '',
    '',
    '    A simple child, dear brother Jim,',
    '    That lightly draws its breath,',
    '    And feels its life in every limb,',
    '    What should it know of death?',
    '',
    '',
    '',
    '',
    'THE THORN.',
    '',
    '',
    'I.',
    '',
    '    There is a thorn; it looks so old,',
    "    In truth you'd find it hard to say,",
    '    How it could ever have been young,',
    '    It looks so old and grey.',
    '',
    '',
    'II.',
    '',
    "    Like rock or stone, it is o'ergrown",
    '    With lichens to the very top,',
    '    And hung with heavy tufts of moss,',
    '    A melancholy crop:',
    '',
  ].join('\n');

  it('makes a division of each poem under its title, its numbered parts sections of it, and its blank verse verse', () => {
    const e = editionOf([witnessOf('A', text)]);
    const heads = (d: Division) => d.blocks.flatMap((h) => (h.kind === 'head' ? [plainText(h.children).trim()] : [])).join(' ');
    const outline = (d: Block): unknown => (d.kind === 'div' ? [d.divType, heads(d), d.blocks.filter((b) => b.kind === 'div').map(outline)] : undefined);
    expect(e.body.map(outline)).toEqual([
      ['chapter', 'THE RIME OF THE ANCYENT MARINERE,IN SEVEN PARTS.', [['section', 'ARGUMENT.', []], ['section', 'I.', []], ['section', 'II.', []]]],
      // (the head's lines are joined by line beginnings, no space)
      ['chapter', 'LINES LEFT UPON A SEAT IN A YEW-TREE WHICH STANDS NEAR THE LAKE OFESTHWAITE, ON A DESOLATE PART OF THE SHORE, YET COMMANDING ABEAUTIFUL PROSPECT.', []],
      ['chapter', 'WE ARE SEVEN.', []],
      ['chapter', 'THE THORN.', [['section', 'I.', []], ['section', 'II.', []]]],
    ]);
    expect(e.body[1]!.blocks.map((b) => b.kind)).toEqual(['head', 'lg']);
    expect(e.diagnostics.filter((d) => d.rule === 'heading-number-repeated' || d.rule === 'structure-indented-paragraphs')).toEqual([]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('takes a dramatic fragment of a few speeches among many poems for no play', () => {
    const speeches = [
      ['    FOSTER-MOTHER.', '    I never saw the man whom you describe.'],
      ['    MARIA.', "    'Tis strange! he spake of you familiarly", "    As mine and Albert's common Foster-mother."],
      ['    FOSTER-MOTHER.', "    Now blessings on the man, whoe'er he be,", '    That joined your names with mine! O my sweet lady,'],
    ];
    expect([...castOf(speeches)]).toEqual(['FOSTER-MOTHER', 'MARIA']);
    // (The stanza stands for the blocks of the thirty poems around the fragment.)
    expect([...castOf([...speeches, ...Array.from({ length: 30 }, () => stanza)])]).toEqual([]);
  });
});
