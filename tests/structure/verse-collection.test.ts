// A verse collection in two transcriptions that divide the stanzas differently. The lines are
// William Blake's "Introduction" to the Songs of Innocence (1789, public domain) as two Project
// Gutenberg texts print them: #574 (Poems of William Blake, the NLTK corpus copy:
// github.com/DeniseFernando/TextGutenbergProject blake-poems.txt, indented, a blank line
// between the stanzas) and #1934 (github.com/rossgoodwin/sonnetizer blake.txt at 0383f7a,
// flush left, its first two stanzas run on).
import { describe, expect, it } from 'vitest';
import type { Block, LineGroup } from '../../src/model/block.js';
import { plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const divided = [
  '   INTRODUCTION',
  '',
  '   Piping down the valleys wild,',
  '     Piping songs of pleasant glee,',
  '   On a cloud I saw a child,',
  '     And he laughing said to me:',
  '',
  '   "Pipe a song about a Lamb!"',
  '     So I piped with merry cheer.',
  '   "Piper, pipe that song again;"',
  '     So I piped: he wept to hear.',
  '',
  '   "Drop thy pipe, thy happy pipe;',
  '     Sing thy songs of happy cheer!"',
  '   So I sang the same again,',
  '     While he wept with joy to hear.',
  '',
].join('\n');

const runOn = [
  'INTRODUCTION',
  '',
  'Piping down the valleys wild,',
  'Piping songs of pleasant glee,',
  'On a cloud I saw a child,',
  'And he laughing said to me:',
  '‘Pipe a song about a Lamb!’',
  'So I piped with merry cheer.',
  '‘Piper, pipe that song again.’',
  'So I piped:  he wept to hear.',
  '',
  '‘Drop thy pipe, thy happy pipe;',
  'Sing thy songs of happy cheer!’',
  'So I sung the same again,',
  'While he wept with joy to hear.',
  '',
].join('\n');

const allBlocks = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'div' ? allBlocks(b.blocks) : [b]));
const poemOf = (blocks: readonly Block[]): LineGroup => {
  const lgs = allBlocks(blocks).filter((b): b is LineGroup => b.kind === 'lg');
  expect(lgs).toHaveLength(1);
  return lgs[0]!;
};

/** A poem as Project Gutenberg #574 prints one: its title in capitals after two blank lines, its lines indented. */
const poem = (title: string, ...lines: string[]): string[] => ['', '', `   ${title}`, '', ...lines.map((l) => `   ${l}`)];

describe('stanzas divided differently in two witnesses', () => {
  it('cuts the run-on stanzas of the other witness at the base\'s stanza breaks: one l per line, variants per line', () => {
    const e = editionOf([witnessOf('P', divided), witnessOf('S', runOn)]);
    const blocks = allBlocks(e.body[0]!.blocks);
    // no stanza given as an omission of one witness and an addition of the other
    expect(blocks.filter((b) => b.kind === 'app')).toEqual([]);
    const poem = poemOf(e.body[0]!.blocks);
    expect(poem.stanzas.map((s) => s.length)).toEqual([4, 4, 4]);
    // each line of the base is one l, and the variant stays in its line
    expect(plainText(poem.stanzas[1]![0]!.children).trim()).toBe('"Pipe a song about a Lamb!"');
    const apps = poem.stanzas.flat().map((l) => l.children.filter((c) => c.kind === 'app').length);
    expect(apps.every((n) => n <= 2)).toBe(true);
    const tei = toTei(e);
    expect(extractWitness(tei, 'P')).toBe(divided);
    expect(extractWitness(tei, 'S')).toBe(runOn);
  });

  it('joins the other witness\'s stanzas where the base runs them on', () => {
    const e = editionOf([witnessOf('S', runOn), witnessOf('P', divided)]);
    expect(allBlocks(e.body[0]!.blocks).filter((b) => b.kind === 'app')).toEqual([]);
    const poem = poemOf(e.body[0]!.blocks);
    expect(poem.stanzas.map((s) => s.length)).toEqual([8, 4]);
    const tei = toTei(e);
    expect(extractWitness(tei, 'S')).toBe(runOn);
    expect(extractWitness(tei, 'P')).toBe(divided);
  });

  it('leaves blocks apart whose lines do not read alike', () => {
    const other = divided.replace('   "Pipe a song about a Lamb!"\n     So I piped with merry cheer.\n   "Piper, pipe that song again;"\n     So I piped: he wept to hear.\n\n', '');
    const e = editionOf([witnessOf('S', runOn), witnessOf('P', other)]);
    const tei = toTei(e);
    expect(extractWitness(tei, 'S')).toBe(runOn);
    expect(extractWitness(tei, 'P')).toBe(other);
  });
});

describe('a collection whose poems open with their titles', () => {
  // First stanzas of six Songs of Innocence as Project Gutenberg #574 prints them: each poem's
  // title in capitals after two blank lines. "Night" has two blank lines inside it too (before
  // its fifth stanza), which is no new poem.
  const text = [
    ...poem('THE SHEPHERD', "How sweet is the Shepherd's sweet lot!", 'From the morn to the evening he stays;', 'He shall follow his sheep all the day,', 'And his tongue shall be filled with praise.'),
    ...poem('THE LITTLE BOY LOST', '"Father, father, where are you going?', '  Oh do not walk so fast!', 'Speak, father, speak to your little boy,', '  Or else I shall be lost."'),
    ...poem('THE LITTLE BOY FOUND', 'The little boy lost in the lonely fen,', '  Led by the wandering light,', 'Began to cry, but God, ever nigh,', '  Appeared like his father, in white.'),
    ...poem('LAUGHING SONG', 'When the green woods laugh with the voice of joy,', 'And the dimpling stream runs laughing by;', 'When the air does laugh with our merry wit,', 'And the green hill laughs with the noise of it;'),
    ...poem('HOLY THURSDAY', "'Twas on a Holy Thursday, their innocent faces clean,", 'Came children walking two and two, in read, and blue, and green:', 'Grey-headed beadles walked before, with wands as white as snow,', "Till into the high dome of Paul's they like Thames waters flow."),
    ...poem('NIGHT', 'When wolves and tigers howl for prey,', 'They pitying stand and weep;', 'Seeking to drive their thirst away,', 'And keep them from the sheep.'),
    '',
    '',
    "   And there the lion's ruddy eyes",
    '   Shall flow with tears of gold:',
    '   And pitying the tender cries,',
    '   And walking round the fold:',
    '',
  ].join('\n');

  it('starts a poem at each title, not at two blank lines inside a poem', () => {
    const e = editionOf([witnessOf('P', text)]);
    const heads = e.body.map((d) => plainText(d.blocks.find((b) => b.kind === 'head')?.children ?? []).trim());
    expect(heads).toEqual(['THE SHEPHERD', 'THE LITTLE BOY LOST', 'THE LITTLE BOY FOUND', 'LAUGHING SONG', 'HOLY THURSDAY', 'NIGHT']);
    expect(poemOf(e.body[5]!.blocks).stanzas.map((s) => s.length)).toEqual([4, 4]);
    expect(extractWitness(toTei(e), 'P')).toBe(text);
  });
});

describe('blocks written alike pair before blocks that read nearly alike', () => {
  // The opening of the two Project Gutenberg texts: #574 prints a title page, then the part's
  // heading, indented; #1934 opens with the part's heading.
  const p = ['SONGS OF INNOCENCE AND OF EXPERIENCE', '', 'and', '', 'THE BOOK of THEL', '', '', '', '', '', '   SONGS OF INNOCENCE', '', '', '   INTRODUCTION', '', '   Piping down the valleys wild,', '     Piping songs of pleasant glee,', '   On a cloud I saw a child,', '     And he laughing said to me:', ''].join('\n');
  const s = ['SONGS OF INNOCENCE', '', '', 'INTRODUCTION', '', 'Piping down the valleys wild,', 'Piping songs of pleasant glee,', 'On a cloud I saw a child,', 'And he laughing said to me:', ''].join('\n');

  it('pairs the part heading with the part heading, not with the title page', () => {
    const e = editionOf([witnessOf('P', p), witnessOf('S', s)]);
    const heads = allBlocks(e.body.flatMap((d) => d.blocks)).filter((b) => b.kind === 'head');
    const shared = heads.filter((h) => h.src.some((x) => x.wit === 'S')).map((h) => plainText(h.children).trim());
    expect(shared).toEqual(['SONGS OF INNOCENCE', 'INTRODUCTION']);
    const tei = toTei(e);
    expect(extractWitness(tei, 'P')).toBe(p);
    expect(extractWitness(tei, 'S')).toBe(s);
  });
});

describe('the parts of a titled collection', () => {
  // Project Gutenberg #574: "SONGS OF INNOCENCE" and "SONGS OF EXPERIENCE" head the two books of
  // poems, each title followed at once by a poem's title.
  const text = [
    '   SONGS OF INNOCENCE',
    ...poem('THE SHEPHERD', "How sweet is the Shepherd's sweet lot!", 'From the morn to the evening he stays;'),
    ...poem('THE LAMB', '  Little Lamb, who made thee', '  Dost thou know who made thee,'),
    ...poem('HOLY THURSDAY', "'Twas on a Holy Thursday, their innocent faces clean,", 'Came children walking two and two, in read, and blue, and green:'),
    ...poem('SONGS OF EXPERIENCE'),
    ...poem('INTRODUCTION', 'Hear the voice of the Bard,', 'Who present, past, and future, sees;'),
    ...poem('HOLY THURSDAY', 'Is this a holy thing to see', '  In a rich and fruitful land,--'),
    '',
  ].join('\n');

  it('makes each such title a part holding the poems after it', () => {
    const e = editionOf([witnessOf('P', text)]);
    const shape = e.body.map((d) => `${d.divType}(${d.blocks.filter((b) => b.kind === 'div').length})`);
    expect(shape).toEqual(['part(3)', 'part(2)']);
    expect(extractWitness(toTei(e), 'P')).toBe(text);
  });
});

