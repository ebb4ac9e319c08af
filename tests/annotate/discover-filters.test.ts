// Name discovery on a book it was not tuned on (the third book of issue 11): capitalised words
// that are no names must not be proposed as names, and real names beside them still are.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { LineWriter, div, editionOf, para } from './build.js';
import { editionOf as structuredEdition, witnessOf } from '../helpers/in-memory.js';

function discover(paragraphs: readonly string[]) {
  const w = new LineWriter();
  const blocks = paragraphs.map((p, i) => para(`p${i + 1}`, [w.text(p)]));
  const edition = annotate(editionOf([div('ch1', blocks)], []), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: true, corruptions: false });
  const proposed = edition.review.filter((i) => i.rule === 'name-unknown').map((i) => i.text);
  const filtered = new Map(edition.review.filter((i) => i.rule === 'name-filtered').map((i) => [i.text, i.message] as const));
  return { proposed, filtered };
}

describe('name discovery filters', () => {
  it('an abbreviation after a name, a language, a nationality noun: not names; the names beside them are', () => {
    const { proposed, filtered } = discover([
      'She married a young Englishman, John Melbourne, Esq. Her sister married a lively Frenchwoman’s cousin.',
      'He studied Persian, Arabic, and Hebrew with Cornelius Waldeck in the winter.',
    ]);
    expect(proposed).toEqual(expect.arrayContaining(['John Melbourne', 'Cornelius Waldeck']));
    for (const word of ['Esq', 'Englishman', 'Arabic', 'Hebrew', 'Persian']) expect(proposed).not.toContain(word);
    expect(filtered.get('Esq')).toContain('abbreviation');
  });

  it('words of verse and old spelling that open a line or a sentence: not names', () => {
    const { proposed } = discover([
      'Unthrifty loveliness, why dost thou spend upon thyself thy beauty’s legacy?',
      'Feed’st thy light’s flame with self-substantial fuel.',
      'Mark how one string, sweet husband to another, strikes each in each.',
      'Grant, if thou wilt, thou art beloved of many.',
      'Unlook’d on diest unless thou get a son.',
      'The letter came from Thomas Ashby of the mill, who wrote every week.',
    ]);
    expect(proposed).toContain('Thomas Ashby');
    for (const word of ['Unthrifty', 'Feed’st', 'Mark', 'Grant', 'Unlook’d']) expect(proposed).not.toContain(word);
  });

  it('an exclamation is no name, a name exclaimed still is', () => {
    const { proposed, filtered } = discover(['Beautiful!—Great God! His yellow skin scarcely covered the work of muscles.', 'He called after her: Justine! but she did not turn.']);
    expect(proposed).not.toContain('Beautiful');
    expect(proposed).not.toContain('Great God');
    expect([...filtered.values()].some((m) => m.includes('exclamation'))).toBe(true);
    expect(proposed).toContain('Justine');
  });

  it('a title read is a work, not a place', () => {
    const w = new LineWriter();
    const text = 'In the evenings she read the Vicar of Wakefield aloud to the children.';
    const edition = annotate(editionOf([div('ch1', [para('p1', [w.text(text)])])], []), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: true, corruptions: false });
    const item = edition.review.find((i) => i.rule === 'name-unknown' && i.text.includes('Wakefield'));
    expect(item?.message).toMatch(/the title of a work/u);
    expect(item?.details?.join(' ')).toMatch(/a title read/u);
  });

  // Jane Austen, Pride and Prejudice (public domain), as Project Gutenberg #1342 prints it
  // (Tahsan-Alam/Word-Ladder, commit 0f3ccefd05fbf8b7c382f33aaaa0defe4ef1020c, pg1342.txt):
  // double hyphens for dashes, a name the tagger takes for a town, pet names that are words.
  const novel = [
    '“I hope,” said she, “that your fears about Jane--which will not, I trust, last long--may be put to rest.”',
    'Mr. Wickham was the happy man towards whom almost every female eye was turned.',
    'Mr. Wickham began to speak on more general topics, Meryton, the neighbourhood, the society.',
    'Wickham was there, and the officers with him.',
    'Wickham’s attention to Elizabeth was very marked, and Wickham knew it.',
    'Wickham will never marry a woman without some money.',
    '“I do not cough for my own amusement,” replied Kitty, fretfully.',
    '“Don’t keep coughing so, Kitty, for heaven’s sake!”',
    'They found Kitty and Lydia in the garden, talking of the officers.',
    '“Lizzy, my dear, I want to speak to you.” Lizzy was silent.',
    'Her Ladyship was seated in the drawing-room, and her Ladyship’s carriage was at the door.',
  ];

  it('in a novel of the time: a dash of two hyphens ends a name, a title says person, a speaker is named, a form of address is none', () => {
    const w = new LineWriter();
    const blocks = novel.map((p, i) => para(`p${i + 1}`, [w.text(p)]));
    const edition = annotate(editionOf([div('ch1', blocks)], []), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: true, corruptions: false });
    const proposed = new Map(edition.review.filter((i) => i.rule === 'name-unknown').map((i) => [i.text, i.message] as const));
    const filtered = new Map(edition.review.filter((i) => i.rule === 'name-filtered').map((i) => [i.text, i.message] as const));
    expect([...proposed.keys()].filter((k) => k.includes('-'))).toEqual([]);
    expect(proposed.get('Jane')).toContain('a person');
    expect(proposed.get('Wickham')).toContain('a person');
    // every mention of the pet name joins the one a speech verb names, the dictionary's "kitty" notwithstanding
    expect(proposed.get('Kitty')).toMatch(/“Kitty” \(3×\).*a person/u);
    expect(proposed.get('Lizzy')).toContain('a person');
    expect(proposed.has('Ladyship')).toBe(false);
    expect(filtered.get('Ladyship')).toContain('form of address');
  });

  it('a table of contents repeats the chapters\' labels: no label is proposed as a name', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 41-90 and 108-116, the contents cut after its 48th entry).
    const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
    const roman = (n: number) => 'X'.repeat(Math.floor(n / 10)).replace('XXXX', 'XL') + (n % 10 ? numerals[(n % 10) - 1] : '');
    const text = [
      'Contents',
      '',
      ...Array.from({ length: 48 }, (_, i) => ` Chapter ${roman(i + 1)}.`),
      '',
      '',
      'Chapter I.',
      '',
      '',
      'My father’s family name being Pirrip, and my Christian name Philip, my',
      'infant tongue could make of both names nothing longer or more explicit',
      'than Pip. So, I called myself Pip, and came to be called Pip.',
      '',
      'I give Pirrip as my father’s family name, on the authority of his',
      'tombstone and my sister,—Mrs. Joe Gargery, who married the blacksmith.',
      '',
    ].join('\n');
    const edition = annotate(structuredEdition([witnessOf('A', text)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: true, corruptions: false });
    const proposed = edition.review.filter((i) => i.rule === 'name-unknown').map((i) => i.text);
    expect(proposed.filter((t) => /chapter/iu.test(t))).toEqual([]);
    expect(proposed).toEqual(expect.arrayContaining(['Philip', 'Pirrip', 'Joe Gargery']));
  });

  it('in prose, a conjunction, verb or adverb that opens a sentence is not part of the name after it; an adjective may be', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 5095-5097, 6968-6969 and 15209-15212), with lines that use the words
    // in lower case and name the persons elsewhere.
    const { proposed } = discover([
      'For I believed one of two other persons to have become possessed of it, and to have turned it to this cruel account. Either Orlick, or the strange man who had shown me the file.',
      '“I don’t ask you when you made it up, or where, or whether you made it up at all. Has Wemmick got it?”',
      'All this time Estella knitted on. When Miss Havisham had fixed her attention on me, she said, speaking as if there had been no lapse in our dialogue.',
      'It was either this or that, and when it came, the man who has it went to Little Britain, where Orlick, Wemmick and Miss Havisham were not.',
    ]);
    for (const glued of ['Either Orlick', 'Has Wemmick', 'When Miss Havisham']) expect(proposed).not.toContain(glued);
    expect(proposed).toEqual(expect.arrayContaining(['Orlick', 'Wemmick', 'Havisham', 'Little Britain']));
  });

  it('a surname joins a fuller name printed once only when that is a name (a given name or a title first), not a word glued to it', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 14583-14590, 14615-14620 and 18059-18062), shortened.
    const w = new LineWriter();
    const paragraphs = [
      'His right name was Compeyson; and that’s the man, dear boy, what you see me a pounding in the ditch.',
      '“He set up fur a gentleman, this Compeyson, and he’d been to a public boarding-school and had learning.',
      '“I went to Compeyson next night, same place, and Compeyson took me on to be his man and pardner.',
      'P’raps it’s them that writes fifty hands, and that’s not like sneaking you as writes but one. ’Ware Compeyson, Magwitch, and the gallows!”',
    ];
    const edition = annotate(editionOf([div('ch1', paragraphs.map((p, i) => para(`p${i + 1}`, [w.text(p)])))], []), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: true, corruptions: false });
    const proposals = edition.review.filter((i) => i.rule === 'name-unknown');
    const compeyson = proposals.find((i) => i.text === 'Compeyson');
    expect(compeyson?.message).toMatch(/^“Compeyson” \(4×\)/u);
    expect(compeyson?.action).toMatchObject({ kind: 'add-register-entry', entryId: 'compeyson' });
    expect(JSON.stringify(compeyson?.action)).toContain('<persName type=\\"reg\\">Compeyson</persName>');
  });

  it('a name before a dash keeps none of the quotation marks and stops between them ("Pip,”—Joe")', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 1962-1964 and 9376-9378), with "Pip" (also a word of the dictionary,
    // so never proposed) replaced by "Wopsle".
    const { proposed, filtered } = discover([
      '“It were but lonesome then,” said Joe, “living here alone, and I got acquainted with your sister. Now, Wopsle,”—Joe looked firmly at me as if he knew I was not going to agree with him;—“your sister is a fine figure of a woman.”',
      '“Well, sir,” pursued Joe, “this is how it were. I were at the Bargemen t’other night, Wopsle;”—whenever he subsided into affection, he called me Wopsle.',
    ]);
    for (const text of [...proposed, ...filtered.keys()]) expect(text).not.toMatch(/[,;”“’—]$|^[“‘—]/u);
    expect(proposed).toContain('Wopsle');
  });

  it('a day the calendar names, or days of the week, are no names', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 988-990 and 1818-1820), with a name beside them.
    const { proposed, filtered } = discover([
      'I am far from being sure that I might not have astonished our small congregation by resorting to this extreme measure, but for its being Christmas Day and no Sunday.',
      'This description must be received with a week-day limitation. On Sundays, she went to church elaborated with Wopsle.',
    ]);
    expect(proposed).not.toContain('Christmas Day');
    expect(proposed).not.toContain('Sundays');
    expect(filtered.get('Christmas Day')).toMatch(/a day the calendar names/u);
    expect(filtered.get('Sundays')).toMatch(/a month or a day of the week/u);
    expect(proposed).toContain('Wopsle');
  });

  it('a word that only opens an exclamation or an address, with no cue anywhere, is an interjection, not a person; a name in a list after a semicolon is still a name', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 1648-1650, 15493, 19073 and 12258-12259).
    const { proposed, filtered } = discover([
      '“Halloa!” said the sergeant, staring at Joe.',
      '“Halloa, Pip!” said Joe, staring at me.',
      '“Halloa, Mr. Pip!” said Wemmick. “You did come home, then?”',
      '“Halloa!” said Wemmick. “Here’s Miss Skiffins! Let’s have a wedding.”',
      'Let’s see; there’s London, one; Southwark, two; Blackfriars, three; Waterloo, four; Westminster, five; Vauxhall, six.”',
    ]);
    expect(proposed).not.toContain('Halloa');
    expect(filtered.get('Halloa')).toMatch(/a word that only opens an exclamation or an address \(4×\), with no cue of a name/u);
    expect(proposed).toEqual(expect.arrayContaining(['Wemmick', 'Skiffins', 'Southwark', 'Blackfriars']));
    expect(proposed).not.toContain('Here’s Miss Skiffins');
  });

  it('a family in the plural is a form of the name the text also uses alone', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 992-994, 1114 and 4450-4453).
    const w = new LineWriter();
    const paragraphs = [
      'Mr. Wopsle, the clerk at church, was to dine with us; and Mr. Hubble the wheelwright and Mrs. Hubble; and Uncle Pumblechook (Joe’s uncle, but Mrs. Joe appropriated him), who was a well-to-do cornchandler.',
      '“Or girl,” suggested Mr. Hubble.',
      'Sister became so excited by the twenty-five guineas, that nothing would serve her but we must have a dinner out of that windfall at the Blue Boar, and that Pumblechook must go over in his chaise-cart, and bring the Hubbles and Mr. Wopsle.',
    ];
    const edition = annotate(editionOf([div('ch1', paragraphs.map((p, i) => para(`p${i + 1}`, [w.text(p)])))], []), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: true, corruptions: false });
    const proposals = edition.review.filter((i) => i.rule === 'name-unknown');
    expect(proposals.map((i) => i.text)).not.toContain('Hubbles');
    const hubble = proposals.find((i) => i.text === 'Hubble');
    expect(hubble?.message).toMatch(/^“Hubble” \(4×\)/u);
    expect(hubble?.details).toContain('forms: Hubble, Hubbles');
  });

  it('an adjective before a title and a name, or a possessive that opens a sentence, is not the name\'s', () => {
    // Charles Dickens, Great Expectations (public domain), Project Gutenberg #1400 as
    // vyjayanv-hub/112_TP_Vasudevan holds it (commit f983423acfbf1acaf7d7d92f78fdb56bc7ef31fa,
    // pg1400.txt, lines 3624 and 12295-12297).
    const { proposed } = discover([
      '“Dear Miss Havisham,” said Miss Sarah Pocket. “How well you look!”',
      'They must not be confounded together. My Walworth sentiments must be taken at Walworth; none but my official sentiments can be taken in this office.',
    ]);
    expect(proposed).not.toContain('Dear Miss Havisham');
    expect(proposed).not.toContain('My Walworth');
    expect(proposed).toEqual(expect.arrayContaining(['Havisham', 'Walworth']));
  });
});
