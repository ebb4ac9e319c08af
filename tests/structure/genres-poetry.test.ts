// Collections of poems first tried in plain text: numbered poems in numbered parts, a songbook,
// poems titled in capitals some of which are in numbered parts. The lines are quoted from Project
// Gutenberg e-texts (public domain in the US) as the GITenberg mirrors keep them:
// - Emily Dickinson, Poems, Three Series: github.com/GITenberg/Poems-by-Emily-Dickinson-Three-Series-Complete_12242,
//   commit ce942566457518dada8b133d620aaa34376a95ee, 12242.txt (lines 205-236 and 765-782, a stanza each).
// - George W. Clark, The Liberty Minstrel: github.com/GITenberg/The-Liberty-Minstrel_22089,
//   commit 2c4d1e3a8c74703a3a38883a6f37ae11175656e9, 22089-8.txt (lines 188-199, 316-325, 3934-3940, a stanza each).
// - Wordsworth and Coleridge, Lyrical Ballads (1798): github.com/GITenberg/Lyrical-Ballads-With-a-Few-Other-Poems--1798-_9622,
//   commit 6424fb6e922b2030c1ad28194c86b79dd0f3ed46, 9622.txt (lines 169-193, 285-290, 1017-1032, 1124-1135, 2042-2047, 2168-2190, shortened).
import { describe, expect, it } from 'vitest';
import { castOf } from '../../src/structure/rules/drama.js';
import type { Block, Division } from '../../src/model/block.js';
import { plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { divisionTree, editionOf, witnessOf } from '../helpers/in-memory.js';

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
      ['chapter', "The Slave Boy's Wish.", 'head,opener,lg'],  // 'BY ELIZA LEE FOLLEN.' is its byline
      ['chapter', 'Arouse! Arouse!', 'head,lg'],
    ]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('still starts a division after a single word alone, which may be a sentence', () => {
    const e = editionOf([witnessOf('A', 'Opening.\n\n\nThe black cat sat on the mat.\n')]);
    expect(e.body).toHaveLength(2);
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
