// Each speech of a play points to its speaker: the castItem of the play's list of persons whose
// role its label names, unless the label names several (then the review says so). The lines are
// Shakespeare's Julius Caesar (public domain) as ericmanley/IntroToProgrammingWithPython holds
// Project Gutenberg's text (commit ab4b632d515cd274d6899297bda29b8da9efc27c,
// julius_caesar.txt), shortened.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const play = [
  'Dramatis Personæ',
  '',
  'JULIUS CAESAR',
  'OCTAVIUS CAESAR, Triumvir after his death.',
  'MARCUS BRUTUS, Conspirator against Caesar.',
  'CASCA, ” ” ”',
  '',
  'ACT I',
  '',
  'SCENE II. The same. A public place.',
  '',
  'CAESAR.',
  'Calphurnia.',
  '',
  'CASCA.',
  'Peace, ho! Caesar speaks.',
  '',
  'BRUTUS.',
  'A soothsayer bids you beware the Ides of March.',
  '',
  'CASCA.',
  'Why, for that too.',
  '',
].join('\n');

describe('speakers of a play', () => {
  const edition = annotate(editionOf([witnessOf('A', play)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false });
  const tei = toTei(edition);
  const who = (label: string) => [...tei.matchAll(/<sp ([^>]*)>\s*<speaker><lb[^>]*\/>([^<]*)<\/speaker>/gu)].filter((m) => m[2] === label).map((m) => /who="([^"]*)"/u.exec(m[1]!)?.[1]);

  it('points a speech to the castItem whose role its label names, or one of whose words it is', () => {
    expect(who('CASCA.')).toEqual(['#item-A6', '#item-A6']);
    expect(who('BRUTUS.')).toEqual(['#item-A5']);
    expect(tei).toMatch(/<castItem xml:id="item-A6">/u);
    expect(extractWitness(tei, 'A')).toBe(play);
  });

  it('leaves a label that names two roles unlinked, and says so in the review', () => {
    expect(who('CAESAR.')).toEqual([undefined]);
    const item = edition.review.find((i) => i.rule === 'speaker-ambiguous');
    expect(item?.text).toBe('CAESAR.');
    expect(item?.message).toMatch(/JULIUS CAESAR.*OCTAVIUS CAESAR/u);
  });
});
