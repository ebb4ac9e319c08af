// Layouts of books of reference and anthologies, found by building them: a school anthology
// whose publisher's catalogue at its end prints "Part I. …   60 cents", and titles in capitals
// that end with a full stop over their text, with a name in capitals signing a piece.
// Sources (Project Gutenberg licence, public-domain text), a few lines each:
// - N. H. Egleston, Arbor Day Leaves (1893): github.com/GITenberg/Arbor-Day-LeavesReadings-
//   Recitations-Music-and-General-Information_17645, commit 4cc85325142f1139c0fec2a796958fcdbde6fd79,
//   17645-8.txt (ISO-8859-1, its lines here in UTF-8).
// - Infantry Drill Regulations, United States Army (1911, corrected to 1917):
//   github.com/GITenberg/Infantry-Drill-Regulations-United-States-Army-1911Corrected-to-April-15-1917--Changes-Nos.-1-__20866,
//   commit 6df14b0a44c0051ff0427ca68e8fd70efefd74e0, 20866-8.txt.
// - E. MacCulloch, Guernsey Folk Lore (1903): github.com/GITenberg/Guernsey-Folk-Lore-a-collection-of-
//   popular-superstitions-legendary-tales-peculiar-customs-pro__52834, commit
//   9cde4452b41d2b14c7cdb7356967c556db2cff80, 52834-0.txt.
// - E. MacDowell, Critical and Historical Essays (1912): github.com/GITenberg/Critical-and-Historical-
//   Essays--13-Lectures-delivered-at-Columbia-University_16351, commit
//   462f29e0b3d7ecf8e302fe9757d0be5ab182b210, 16351-8.txt.
// - W. J. Hoffman, The Midē´wiwin or "Grand Medicine Society" of the Ojibwa (1891):
//   github.com/GITenberg/The-Mide-wiwin-or--Grand-Medicine-Society--of-the-OjibwaGovernment-Printing-Office-Washington__19368,
//   commit 68d828c2276debb80413c465241cdefa98c1978e, 19368-0.txt.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { jingErrors, teiAllSchema } from '../helpers/schema.js';

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div:${b.divType}(${kinds(b.blocks).join(',')})` : b.kind));
const heads = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'head' ? [plainText(b.children).trim()] : b.kind === 'div' ? heads(b.blocks) : []));

const anthology = [
  'INTRODUCTION.',
  '',
  '',
  'In preparing the second number of our manual for Arbor Day, we have',
  'endeavored to keep in mind the fact that Arbor Day was originally',
  'designed not as a mere festival or holiday, a pleasant occasion for',
  'children or adults, but to encourage the planting of trees for a',
  'serious purpose--the lasting benefit of the country in all its',
  'interests.',
  '',
  '',
  'ABOUT TREES.',
  '',
  'A tree is the perfection in strength, beauty, and usefulness of',
  'vegetable life. It stands majestic through the sun and storm of',
  'centuries.',
  '',
  'J. STERLING MORTON.',
  '',
  '',
  'THE OAK.',
  '',
  '    What gnarled stretch, what depth of shade, is his?',
  "      There needs no crown to mark the forest's king;",
  "    How in his leaves outshines full summer's bliss!",
  '      Sun, storm, rain, dew, to him their tribute bring,',
  '',
  '    --JAMES RUSSELL LOWELL.',
  '',
  'LEAVES.',
  '',
  '     The leaves of the herbage at our feet take all kinds of',
  '     strange shapes as if to invite us to examine them.',
  '     Star-shaped, heart-shaped, spear-shaped, arrow-shaped,',
  '     fretted, fringed, cleft, furrowed, serrated, sinuated, in',
  '     whorls, in tufts, in spires, in wreaths, endlessly',
  '',
  '     --RUSKIN.',
  '',
  'INFLUENCE OF NATURE.',
  '',
  '              Therefore am I still',
  '    A lover of the meadows and the woods,',
  '',
  '',
  "LOCKWOOD'S ANIMAL MEMOIRS. By SAMUEL LOCKWOOD, Ph.D.",
  '  Two books. 12mo. Illustrated.',
  '',
  '  Part I. Mammals. 317 pages.                    60 cents',
  '  Part II. Birds. 397 pages.                     60 cents',
  '',
  'For use either as text-books of science in popular form, or as',
  'supplementary readers.',
  '',
];

describe('a catalogue entry that reads like a numbered heading', () => {
  it('opens no part: the book is not taken for one with numbered headings, and starts at its text', () => {
    const text = anthology.join('\n');
    const e = editionOf([witnessOf('A', text)]);
    const types = (ds: readonly Block[]): string[] => ds.flatMap((d) => (d.kind === 'div' ? [d.divType ?? '', ...types(d.blocks)] : []));
    expect(types(e.body)).not.toContain('part');
    expect(heads(e.body)[0]).toBe('INTRODUCTION.');
    expect(heads(e.body)).not.toContain('Part I. Mammals. 317 pages.                    60 cents');
    // The poem is verse, not a paragraph of a front matter.
    expect(kinds(e.body).join(',')).toContain('lg');
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('the division after a table of contents', () => {
  it('keeps the text printed under its heading past a wider space', () => {
    const text = [
      'CONTENTS.',
      '',
      '                PAGE',
      'Introduction      2',
      'Origin of Arbor Day      2',
      'Readings for Arbor Day      3',
      '',
      '',
      '',
      '',
      ...anthology.slice(0, 9),
      '',
      '',
      'ORIGIN OF ARBOR DAY.',
      '',
      'To J. Sterling Morton, ex-Governor of Nebraska, and Secretary of',
      'Agriculture under President Cleveland, belongs the honor of',
      'originating this tree-planting festival.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(kinds(e.front).at(-1)).toBe('div:contents(head,list)');
    expect(kinds(e.body)).toEqual(['div:chapter(head,p)', 'div:chapter(head,p)']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('a title in capitals ending with a full stop', () => {
  it('opens a section over its text; a name signing a piece and a credit after a dash do not', () => {
    const text = anthology.join('\n');
    const e = editionOf([witnessOf('A', text)]);
    const h = heads(e.body);
    expect(h).toEqual(expect.arrayContaining(['ABOUT TREES.', 'THE OAK.', 'LEAVES.', 'INFLUENCE OF NATURE.']));
    expect(h).not.toContain('J. STERLING MORTON.');
    expect(h.some((x) => x.includes('RUSKIN') || x.includes('LOWELL'))).toBe(false);
  });

  it('under an illustration past a wider space, opens the division (the illustration ends the one before)', () => {
    const text = [
      ...anthology.slice(11, 20),
      '[Illustration]',
      '',
      'LEAVES, AND WHAT THEY DO.',
      '',
      'The leaves of the trees afford an almost endless study and a constant',
      'delight. Frail, fragile things, easily crumpled and torn, they are',
      'wonderful in their delicate structure.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(kinds(e.body)).toEqual(['div:chapter(head,p,p,figure)', 'div:chapter(head,p)']);
    expect(heads(e.body)).toEqual(['ABOUT TREES.', 'LEAVES, AND WHAT THEY DO.']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });

  it('opens a section of a book with numbered headings, between its numbered paragraphs', () => {
    const text = [
      'PART I.--DRILL.',
      '',
      '1. Success in battle is the ultimate object of all military training;',
      'success may be looked for only when the training is intelligent and',
      'thorough.',
      '',
      '30. In all formations and movements a noncommissioned officer',
      'commanding a platoon or company carries his piece as the men do, if he',
      'is so armed, and takes the same post as an officer in like situation.',
      '',
      '',
      '',
      '',
      'ORDERS, COMMANDS, AND SIGNALS.',
      '',
      '',
      '31. _Commands_ only are employed in drill at attention. Otherwise',
      'either a _command_, _signal_, or _order_ is employed, as best suits',
      'the occasion, or one may be used in conjunction with another.',
      '',
      'PART II.--COMBAT.',
      '',
      '32. Signals should be freely used in instruction, in order that',
      'officers and men may readily know them.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(kinds(e.body)).toEqual(['div:part(head,p,p,div:section(head,p))', 'div:part(head,p)']);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('bare numbers under chapters headed with a keyword', () => {
  it('are sections of the chapter (the stanzas of a ballad), not chapters repeating its numbers', () => {
    const text = [
      'CHAPTER XIV.',
      '',
      'We must take the ballad, with all its faults and imperfections, as we',
      'find it.',
      '',
      'EVAN OF WALES, OR THE INVASION OF GUERNSEY IN 1372.',
      '',
      '    I.',
      '',
      '    Draw near and listen, great and small,',
      '      Of high and low degree,',
      '    And hear what chance did once befall',
      '      This island fair and free',
      '',
      '    II.',
      '',
      '    Evan of Wales, a valiant knight,',
      '      Who served the King of France,',
      '    In Saragossa’s city bright',
      '      Hired many a stalwart lance:',
      '',
      'CHAPTER XV.',
      '',
      '[Some of these I have found lying loose among Sir Edgar MacCulloch’s',
      'MSS. I have put them together, and added to them a few I have collected',
      'among the old country people.--ED.]',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    // (The ballad's title and its first number head one section.)
    expect(kinds(e.body)).toEqual(['div:chapter(head,p,div:section(head,head,lg),div:section(head,lg))', 'div:chapter(head,p)']);
    expect(heads(e.body)).toEqual(expect.arrayContaining(['I.', 'II.']));
    expect(e.diagnostics.filter((d) => d.rule === 'heading-number-repeated')).toEqual([]);
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe('the letters of an index', () => {
  it('head its sections; "C.", "D." and "I." open no chapters 100, 500 and 1', () => {
    const entries: Record<string, string[]> = {
      'A.': ['  Accents, 92.', '  Adagio, 189.'],
      'B.': ['  Bagpipe, 32, 93.'],
      'C.': ['  Caccini, 177, 209.', '  Cachucha, 182.'],
      'D.': ['  Dactyl, 25, 26, 69, 75.'],
      'E.': ['  Egypt, 16, 34, 43, 152.', '  Emerson, 16.'],
      'I.': ['  Iambus, 25.', '  Impassioned speech, 19, 28.'],
    };
    const text = [
      'XX',
      '',
      'In the second place, in speaking of this art, one is',
      '',
      '',
      'XXI',
      '',
      'SUGGESTION IN MUSIC',
      '',
      '',
      'In speaking of the power of suggestion in music I wish at',
      'the outset to make certain reservations.',
      '',
      '',
      'INDEX',
      '',
      ...Object.entries(entries).flatMap(([letter, lines]) => ['', letter, '', ...lines, '']),
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(e.body.map((d) => (d.kind === 'div' ? d.n : undefined))).toEqual(['20', '21']);
    expect(heads(e.body)).toEqual(expect.arrayContaining(Object.keys(entries)));
    expect(extractWitness(toTei(e), 'A')).toBe(text);
  });
});

describe("a transcriber's note in brackets inside the text", () => {
  it('stands where it is: the text after it stays in its section, and the TEI is valid', () => {
    const text = [
      'FIRST DEGREE.',
      '',
      '',
      'IMPLORATION FOR CLEAR WEATHER.',
      '',
      '  [Illustration]',
      '  Tshing-gwē´-o-dē´      ||: gē´.',
      '  The thunder is heavy.',
      '    [The Thunder Bird, who causes the rain.]',
      '',
      '  [Transcriber’s Note:',
      '  The long gap followed by “gē´” is not explained in the text. It may',
      '  refer to the structure of the song.]',
      '',
      '  [Illustration]',
      '  We´-ka-ka-nō´, hō´ shi´-a-dē´.',
      '  We are talking to one another.',
      '',
      'In case the appearance of the sky becomes sufficiently favorable the',
      'initiation begins, but if it should continue to be more unfavorable or',
      'to rain, then the song termed the “Rain Song” is resorted to.',
      '',
      'INITIATION OF CANDIDATE.',
      '',
      'In case the appearance of the sky becomes sufficiently favorable the',
      'initiation begins.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    const types = (ds: readonly Block[]): string[] => ds.flatMap((d) => (d.kind === 'div' ? [d.divType ?? '', ...types(d.blocks)] : []));
    expect(types(e.body)).not.toContain('transcriber');
    // The note is a paragraph between the captioned figures; the paragraph after them and the
    // next section stay in the division.
    expect(kinds(e.body).at(-1)).toBe('div:chapter(head,figure,p,p,figure,lg,p,div:section(head,p))');
    const ps = (ds: readonly Block[]): string[] => ds.flatMap((b) => (b.kind === 'p' ? [plainText(b.children).trim().slice(0, 20)] : b.kind === 'div' ? ps(b.blocks) : []));
    expect(ps(e.body)).toContain('[Transcriber’s Note:');
    const tei = toTei(e);
    expect(extractWitness(tei, 'A')).toBe(text);
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });
});

describe("an index's entries, one to a line", () => {
  it('are a list of items, not verse, the pages an entry wraps onto on the entry; a stanza stays verse', () => {
    // MacDowell, Critical and Historical Essays (above), the start of its index.
    const text = [
      'INDEX',
      '',
      '',
      'A.',
      '',
      '  Accents, 92.',
      '  Adagio, 189.',
      '  Aeolian mode, 83.',
      '  Aeschylus, 70, 76.',
      '',
      '',
      'B.',
      '',
      '  Bach, J.S., 136, 185, 186, 187, 191, 231, 239, 241, 244, 247,',
      '    248.',
      '  Ballad, 151.',
      '  Ballet, 177, 178.',
      '',
    ].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    const lists = (bs: readonly Block[]): Block[] => bs.flatMap((b) => (b.kind === 'list' ? [b] : b.kind === 'div' ? lists(b.blocks) : []));
    const found = lists(e.body);
    expect(found.map((l) => (l.kind === 'list' ? [l.ordered, l.items.length] : []))).toEqual([[false, 4], [false, 3]]);
    // the pages an entry wraps onto go on the entry
    expect(toTei(e)).toMatch(/<item [^>]*>(?:(?!<\/item>).)*247,<lb [^>]*\/>    248\.<\/item>/s);
    expect(kinds(e.body).join(',')).not.toContain('lg');
    expect(extractWitness(toTei(e), 'A')).toBe(text);
    const verse = ['SONG.', '', '  I wish I was that little bird,', '    Up in the bright blue sky;', '  That sings and flies just where he will,', '    And no one asks him why.', ''].join('\n');
    expect(kinds(editionOf([witnessOf('A', verse)]).body).join(',')).toContain('lg');
  });
});
