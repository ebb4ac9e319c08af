// Names no register holds, in a play: its list of persons and its speakers' labels name persons
// (a speaker's label in capitals is no acronym), and a word that opens a verse line is not part
// of the name after it. The lines are Shakespeare's Julius Caesar (public domain) as
// ericmanley/IntroToProgrammingWithPython holds Project Gutenberg's text (commit
// ab4b632d515cd274d6899297bda29b8da9efc27c, julius_caesar.txt), shortened.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const play = [
  'Dramatis Personæ',
  '',
  'JULIUS CAESAR',
  'MARCUS BRUTUS, Conspirator against Caesar.',
  'CASSIUS, ” ” ”',
  'CASCA, ” ” ”',
  'CALPHURNIA, wife to Caesar',
  '',
  'ACT I',
  'SCENE I. Rome. A street.',
  '',
  'CASCA.',
  'Peace, ho! Caesar speaks.',
  '',
  'CAESAR.',
  'Calphurnia.',
  '',
  'CALPHURNIA.',
  'Here, my lord.',
  '',
  '[Exeunt.]',
  'SCENE II. The same. A public place.',
  '',
  'CASSIUS.',
  'I shall remember the day.',
  'When Caesar says “Do this,” it is perform’d.',
  '',
  'CASCA.',
  'You pull’d me by the cloak; would you speak with me?',
  '',
  'CASSIUS.',
  'Casca will tell us what the matter is;',
  'When Caesar comes, the games are done.',
  '',
].join('\n');

describe('names in a play', () => {
  const edition = annotate(editionOf([witnessOf('A', play)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: true, corruptions: false });
  const proposals = edition.review.filter((i) => i.rule === 'name-unknown');
  const typeOf = (text: string) => proposals.find((i) => i.text === text)?.message.match(/: an? (person|place|organisation|periodical)/u)?.[1];

  it('takes the roles of the list of persons and the speakers for persons, capitals and all', () => {
    expect(typeOf('Casca')).toBe('person');
    expect(typeOf('Julius Caesar')).toBe('person');
    expect(typeOf('Calphurnia')).toBe('person');
    // the speaker's label CASCA and the name Casca are one person, not an acronym beside it
    expect(proposals.map((i) => i.text)).not.toContain('CASCA');
    expect(proposals.find((i) => i.text === 'Casca')?.details?.join(' ')).toMatch(/a speaker of the play/u);
  });

  it('leaves out a word that opens a verse line, the heading of the list, and a scene’s label', () => {
    const texts = proposals.map((i) => i.text);
    expect(texts).not.toContain('When Caesar');
    // Caesar alone joins the one fuller name that ends with it
    expect(proposals.find((i) => i.text === 'Julius Caesar')?.details?.join(' ')).toMatch(/forms: .*\bCaesar\b/u);
    expect(texts).not.toContain('Dramatis Personæ');
    expect(texts.some((t) => t.startsWith('SCENE'))).toBe(false);
  });
});
