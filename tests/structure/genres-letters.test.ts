// Numbered letters with footnotes, first tried in plain text. The lines are quoted from a Project
// Gutenberg e-text (public domain in the US) as the GITenberg mirror keeps it:
// - Beethoven's Letters 1790-1826, vol. 2 (tr. Lady Wallace): github.com/GITenberg/Beethoven-s-Letters-1790-1826-Volume-2_13272,
//   commit 3484c039b1416cf01897f8b517ab0228bb642fae, 13272.txt (letters 272-273, shortened; part titles of lines 72-76, 3222-3226;
//   letter 305, lines 2873-2901, shortened; letters 216-218, lines 357-402, shortened).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const speeches = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'div' ? speeches(b.blocks) : b.kind === 'sp' ? [b] : []));

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
