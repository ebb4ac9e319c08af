// Marks of Distributed Proofreaders' transcriptions that Project Gutenberg texts keep: notes in
// the margin ("[Sidenote: …]") and rewrap markers ("/*", "*/", "/#", "#/"). Real lines
// (public domain in the USA; Project Gutenberg licence):
// - William Bradford, "Bradford's History of 'Plimoth Plantation'" (1898), PG #24950, from
//   GITenberg/Bradford-s-History-of-Plimoth-Plantation-From-the-Original-Manuscript.-With-a-Report-of-the-P__24950,
//   commit c8bc48782ffbe2aeba71e2614b3bef9ab32b92be, 24950.txt, lines 14738-14755, 14919-14926, 14976-14977;
// - Jane Austen, "Pride and Prejudice", PG #1342 (the illustrated edition of 1894), as
//   Tahsan-Alam/Word-Ladder holds it, commit 0f3ccefd05fbf8b7c382f33aaaa0defe4ef1020c, pg1342.txt
//   (there in Windows-1252), lines 979-1010;
// - Izaak Walton, "The Compleat Angler" (1653), PG #9198, from GITenberg/The-Complete-Angler-1653_9198,
//   commit 3e96ba0d8cc824b4aaf81f9e8d08dd904996df2b, 9198-8.txt, lines 2104-2135 (shortened).
// - "Legend Land, Vol. 1" (1922), PG #20170, from GITenberg/Legend-Land-Vol.-1Railway._20170, commit
//   e3218eba4088f0960e7fd8298f2c1f773b4f8e9e, 20170-8.txt (there in Windows-1252), lines 35-56.
// No released text probed kept rewrap markers (they are meant to be cleaned up before release):
// the markers around the Angler's lines below are put there as the proofreaders' guidelines
// set them, the lines themselves are the book's.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import type { NoteNode } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { annotate } from '../../src/annotate/index.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { jingErrors, teiAllSchema } from '../helpers/schema.js';

const bradford = [
  '[Passengers of the Mayflower.]',
  '',
  'The names of those which came over first, in y^e year 1620. and were by',
  'the blessing of God the first beginers and (in a sort) the foundation of',
  'all the Plantations and Colonies in New-England; and their families.',
  '',
  '[Sidenote: 8.]',
  '',
  'M^r. John Carver; Kathrine, his wife; Desire Minter; & 2. man-servants,',
  'John Howland, Roger Wilder; William Latham, a boy; & a maid servant, & a',
  'child y^t was put to him, called Jasper More.',
  '',
  '[Sidenote: 6.]',
  '',
  'M^r. William Brewster; Mary, his wife; with 2. sons, whose names were',
  'Love & Wrasling; and a boy was put to him called Richard More; and',
  'another of his brothers. The rest of his children were left behind, &',
  'came over afterwards.',
  '',
  '[Sidenote: 4.]',
  '',
  '[Sidenote: 2.]',
  '',
  'M^r. Brewster lived to very old age; about 80. years he was when he',
  'dyed, having lived some 23. or 24. years here in y^e countrie; & though',
  'his wife dyed long before, yet she dyed aged.',
  '',
  '[Sidenote: 4.] Captain Standish his wife dyed in the first sicknes,',
  'and he maried againe, and hath 4. sones liveing, and some _are dead_.',
  '',
].join('\n');

/** A note's words, its lines joined by a space. */
const noteText = (n: NoteNode): string => {
  const p = n.blocks[0]!;
  return p.kind === 'p' ? p.children.map((c) => (c.kind === 'lb' ? ' ' : plainText([c]))).join('').replace(/\s+/gu, ' ').trim() : '';
};

/** Each block's kind, with the margin notes at the start of its text. */
function layout(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'div') return layout(b.blocks);
    if (b.kind !== 'p') return [b.kind];
    const lead: string[] = [];
    for (const n of b.children) {
      if (n.kind === 'note') lead.push(`margin(${noteText(n)})`);
      else if (n.kind === 'text' && n.value.trim() !== '') break;
    }
    return [`p${lead.length ? ` ${lead.join(' ')}` : ''}: ${plainText(b.children).trim().slice(0, 24)}`];
  });
}

const marginNotes = (blocks: readonly Block[]): NoteNode[] => {
  const out: NoteNode[] = [];
  forEachInline(blocks, (n) => {
    if (n.kind === 'note' && n.place === 'margin') out.push(n);
  });
  return out;
};

describe('[Sidenote: …] in a Project Gutenberg text (Bradford, a list of the Mayflower passengers)', () => {
  const e = editionOf([witnessOf('A', bradford)]);

  it('makes each sidenote a note in the margin at the start of the paragraph it stands beside: no paragraph, no stage direction', () => {
    expect(layout(e.body)).toEqual([
      'p: [Passengers of the Mayfl',
      'p: The names of those which',
      'p margin(8.): M^r. John Carver; Kathri',
      'p margin(6.): M^r. William Brewster; M',
      'p margin(4.) margin(2.): M^r. Brewster lived to v',
      'p margin(4.): Captain Standish his wif',
    ]);
    const notes = marginNotes(e.body);
    expect(notes).toHaveLength(5);
    // the convention's brackets are marks of the transcription, not the note's words
    expect(notes[0]!.blocks[0]!.kind === 'p' && notes[0]!.blocks[0]!.children.filter((n) => n.kind === 'mark').map((n) => (n.kind === 'mark' ? n.value : ''))).toEqual(['[Sidenote:', ']']);
  });

  it('writes note[@place="margin"] with metamark, valid TEI, and gives the text back byte for byte', () => {
    const tei = toTei(e);
    expect(tei).toMatch(/<p xml:id="p-A9"><note xml:id="[^"]+" place="margin"[^>]*>\s*<p[^>]*><lb edRef="#A" n="7"\/><metamark function="sidenote">\[Sidenote:<\/metamark> 8\.<metamark function="sidenote">\]<\/metamark><\/p>\s*<\/note><lb edRef="#A" n="9"\/>M\^r\. John Carver/u);
    expect(tei).not.toContain('<stage');
    expect(extractWitness(tei, 'A')).toBe(bradford);
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });

  it('keeps a sidenote inside a paragraph where it stands, and one over two lines whole (made-up lines)', () => {
    const text = 'CHAPTER I.\n\nThe king came to York in the spring,\n[Sidenote: The king at York.]\nand stayed there a month.\n\n[Sidenote: His return\nto London.]\nHe went back by the river.\n';
    const m = editionOf([witnessOf('A', text)]);
    expect(layout(m.body)).toEqual(['head', 'p: The king came to York in', 'p margin(His return to London.): He went back by the rive']);
    expect(marginNotes(m.body).map(noteText)).toEqual(['The king at York.', 'His return to London.']);
    const tei = toTei(m);
    expect(extractWitness(tei, 'A')).toBe(text);
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });
});

/** The Angler's lines: prose, a poem in five stanzas with a sidenote between two, a speech. */
const angler = (open: string, close: string, quoteOpen: string, quoteClose: string) =>
  [
    'CHAPTER I.',
    '',
    'Come, come my Scholer, you see the River stops our morning walk, and',
    'I wil also here stop my discourse, only as we sit down under this',
    'Honey-Suckle hedge, whilst I look a Line to fit the Rod that our',
    'brother _Peter_ has lent you, I shall for a little confirmation of what',
    'I have said, repeat the observation of the Lord _Bartas_.',
    '',
    open,
    '   _God not contented to each kind to give,',
    '   And to infuse the vertue generative,',
    '   By his wise power made many creatures breed',
    '   Of liveless bodies, without_ Venus _deed.',
    '',
    '   So in the fire in burning furnace springs',
    '   The fly_ Perausta _with the flaming wings;',
    '   Without the fire it dies, in it, it joyes,',
    '   Living in that which all things else destroyes_.',
    '',
    '[Sidenote: Gerb. Herbal. Cabdem]',
    '',
    '   So rotten planks of broken ships, do change',
    '   To_ Barnacles. _Oh transformation strange!',
    "   'Twas first a green tree, then a broken hull,",
    '   Lately a Mushroom, now a flying Gull_.',
    close,
    '',
    quoteOpen,
    '_Vi_. Oh my good Master, this morning walk has been spent to my great',
    'pleasure and wonder: but I pray, when shall I have your direction how',
    'to make Artificial flyes, like to those that the _Trout_ loves best?',
    quoteClose,
    '',
    'The end of the chapter.',
    '',
  ]
    .join('\n');

describe('rewrap markers of Distributed Proofreaders ("/*" … "*/", "/#" … "#/")', () => {
  const text = angler('/*', '*/', '/#', '#/');
  const e = editionOf([witnessOf('A', text)]);

  it('opens no section: the marked lines are a poem (a sidenote between its stanzas) and a block quotation', () => {
    const chapter = e.body[0]!;
    expect(chapter.blocks.map((b) => b.kind)).toEqual(['head', 'p', 'lg', 'quote', 'p']);
    const lg = chapter.blocks[2]!;
    expect(lg.kind === 'lg' && lg.stanzas.map((s) => s.length)).toEqual([4, 4, 4]);
    // the sidenote stands beside the stanza after it, inside the poem
    expect(lg.kind === 'lg' && lg.stanzas[2]![0]!.children[0]!.kind).toBe('note');
  });

  it('keeps the markers as metamark at the edges of what they mark, shows none as text, and is lossless and valid', () => {
    const tei = toTei(e);
    expect(tei).toMatch(/<l xml:id="l-A10"><lb edRef="#A" n="9"\/><metamark function="rewrap">\/\*<\/metamark><lb edRef="#A" n="10"\/> {3}_God/u);
    expect(tei).toMatch(/flying Gull_\.<lb edRef="#A" n="26"\/><metamark function="rewrap">\*\/<\/metamark><\/l>/u);
    expect(tei).toMatch(/<quote[^>]*>\s*<p[^>]*><lb edRef="#A" n="28"\/><metamark function="rewrap">\/#<\/metamark>/u);
    expect(extractWitness(tei, 'A')).toBe(text);
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });

  it('reads markers that stand between blank lines, with margins given, the same way; a lone "/*" stays text', () => {
    const spaced = angler('/*[4]\n', '\n*/', '/#[4.2]\n', '\n#/');
    const s = editionOf([witnessOf('A', spaced)]);
    expect(s.body[0]!.blocks.map((b) => b.kind)).toEqual(['head', 'p', 'lg', 'quote', 'p']);
    expect(extractWitness(toTei(s), 'A')).toBe(spaced);
    const lone = 'CHAPTER I.\n\nA line.\n\n/*\n\nThe end.\n';
    const l = editionOf([witnessOf('A', lone)]);
    // a numbered heading set between markers still opens its chapter (made-up lines)
    const headed = 'CHAPTER I.\n\nThe first text.\n\n/*\nCHAPTER II.\n*/\n\nThe second text.\n';
    const h = editionOf([witnessOf('A', headed)]);
    expect(h.body.map((d) => `${d.divType} ${d.n}`)).toEqual(['chapter 1', 'chapter 2']);
    expect(extractWitness(toTei(h), 'A')).toBe(headed);
    // (it was a section's heading)
    expect(l.body[0]!.blocks.map((b) => (b.kind === 'p' ? plainText(b.children) : b.kind))).toEqual(['head', 'A line.', '/*', 'The end.']);
  });

  it('annotates nothing of a library header: no date of its release in the date index', () => {
    const withHeader = `The Project Gutenberg EBook of The Compleat Angler, by Izaak Walton\n\nRelease Date: October 1, 2003 [EBook #9198]\n\n*** START OF THIS PROJECT GUTENBERG EBOOK THE COMPLEAT ANGLER ***\n\n${text}`;
    const a = annotate(editionOf([witnessOf('A', withHeader)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false });
    const dates: string[] = [];
    forEachInline(a.front, (n) => {
      if (n.kind === 'date' || n.kind === 'name' || n.kind === 'hi') dates.push(n.kind);
    });
    expect(a.front.find((d) => d.subtype === 'library-header')).toBeDefined();
    expect(dates).toEqual([]);
    // the book itself is annotated as before (its italics)
    expect(toTei(a)).toContain('<hi rend="italic">');
  });
});

describe('a paragraph the transcription cut in two with an illustration (Pride and Prejudice, ch. III)', () => {
  const text = [
    'CHAPTER III.',
    '',
    'In a few days Mr. Bingley returned Mr. Bennet’s visit, and sat about ten',
    'minutes with him in his library. He had entertained hopes of being',
    'admitted to a sight of the young ladies, of whose beauty he had heard',
    'much; but he saw only the father. The ladies were somewhat more',
    'fortunate, for they had the advantage of ascertaining, from an upper',
    'window, that he wore a blue coat and rode a black horse.',
    '',
    'An invitation to dinner was soon afterwards despatched; and already had',
    'Mrs. Bennet planned the courses that were to do credit to her',
    'housekeeping, when an answer arrived which deferred it all. Mr. Bingley',
    'was obliged to be in town the following day, and consequently unable to',
    'accept the honour of their invitation, etc. Mrs. Bennet was quite',
    'disconcerted. She could not imagine what business he could have in town',
    'so soon after his arrival in Hertfordshire; and she began to fear that',
    'he might always be flying about from one place to another, and never',
    'settled at Netherfield as he ought to be. Lady Lucas quieted her fears a',
    'little by starting the idea of his',
    '',
    '[Illustration:',
    '',
    '     “When the Party entered”',
    '',
    '[_Copyright 1894 by George Allen._]]',
    '',
    'being gone to London only to get a large party for the ball; and a',
    'report soon followed that Mr. Bingley was to bring twelve ladies and',
    'seven gentlemen with him to the assembly. The girls grieved over such a',
    'number of ladies; but were comforted the day before the ball by hearing',
    'that, instead of twelve, he had brought only six with him from London,',
    'his five sisters and a cousin. And when the party entered the',
    'assembly-room, it consisted of only five altogether: Mr. Bingley, his',
    'two sisters, the husband of the eldest, and another young man.',
    '',
    'Mr. Bingley was good-looking and gentlemanlike.',
    '',
  ].join('\n');

  it('joins the halves into one paragraph with the figure after it; a paragraph that ends its sentence is not joined', () => {
    const e = editionOf([witnessOf('A', text)]);
    const blocks = e.body[0]!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['head', 'p', 'p', 'figure', 'p']);
    const p = blocks[2]!;
    expect(p.kind === 'p' && plainText(p.children)).toContain('the idea of hisbeing gone to London');
    const tei = toTei(e);
    expect(extractWitness(tei, 'A')).toBe(text);
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
    const ended = editionOf([witnessOf('A', text.replace('the idea of his\n', 'the idea of his.\n'))]);
    expect(ended.body[0]!.blocks.map((b) => b.kind)).toEqual(['head', 'p', 'p', 'figure', 'p', 'p']);
  });
});

describe('an illustration before the book whose caption lists pages (Legend Land\'s frontispiece map)', () => {
  const text = [
    '[Illustration:',
    '',
    'G.W.R: The Line to Legend Land',
    '',
    'THE HURLERS              Page  8',
    'PERRAN SANDS             Page 12',
    'ST ALLEN                 Page 16',
    '',
    'Vol. One Front End]',
    '',
    '       *       *       *       *       *',
    '',
    'LEGEND LAND',
    '',
    '',
    'CHAPTER I.', // made-up from here: a chapter for the front matter to stand before
    '',
    'The tale begins.',
    '',
  ].join('\n');

  it('is a figure of the front matter, its page lines its caption: no table of contents, no paragraph', () => {
    const e = editionOf([witnessOf('A', text)]);
    expect(e.front.map((d) => d.divType)).toEqual(['paratext']);
    expect(e.front[0]!.blocks.map((b) => b.kind)).toEqual(['figure', 'p', 'p']);
    const tei = toTei(e);
    expect(tei).toContain('<metamark function="illustration">[Illustration:</metamark>');
    expect(extractWitness(tei, 'A')).toBe(text);
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });
});

