import { describe, expect, it } from 'vitest';
import {
  hasYear,
  isHeadingLike,
  isParenthesised,
  isSectionBreak,
  isSignatureName,
  listNumber,
  speakerOf,
  trailingCitation,
} from '../../src/structure/rules/text-patterns.js';

describe('text patterns of transcribed books', () => {
  it.each([
    ['Sedov’s Trip to Copenhagen', true],
    ['(Trotsky’s “Letter” to Dreitzer)', true],
    ['3. The Attack by Lurie No.1 and Lurie No.2 on Voroshilov in particular and on Others “in General”', true],
    ['No comment.', false],
    ['Let\'s draw up a short balance sheet:', false],
    ['Smirnov: But what center ...? [39]', false],
    ['[45] This emerges especially clearly in Ter-Vaganian’s testimony. (L.S.)', false],
    ['x'.repeat(101), false],
  ])('isHeadingLike(%j) is %s', (line, expected) => expect(isHeadingLike(line)).toBe(expected));

  it('recognises subtitles in parentheses, breaks, signatures and years', () => {
    expect(isParenthesised('(“Remove Stalin”)')).toBe(true);
    expect(isParenthesised('Remove Stalin')).toBe(false);
    expect(isSectionBreak('* * *')).toBe(true);
    expect(isSectionBreak('***')).toBe(true);
    expect(isSectionBreak('* *')).toBe(false);
    expect(isSignatureName('V. Ulianov-Lenin')).toBe(true);
    expect(isSignatureName('Lenin, Pravda')).toBe(false);
    expect(hasYear('April 16,1917')).toBe(true);
    expect(hasYear('Lenin, Pravda')).toBe(false);
  });

  it('reads list numbers and speakers', () => {
    expect(listNumber('1. With Smirnov and Holtzman, through Sedov.')).toBe(1);
    expect(listNumber('1.The Berman-Yurin—Fritz David Team')).toBe(1);
    expect(listNumber('1936 was the year')).toBeUndefined();
    expect(speakerOf('Vyshinsky: When did you leave the center?')).toBe('Vyshinsky');
    expect(speakerOf('Here is what the indictment says: “At the end')).toBeUndefined();
  });

  it('finds a source printed after a quotation', () => {
    const t = 'One must, finally, carry out the last urgent advice of Lenin: remove Stalin. (Bulletin of the Opposition, No.29, March 1932)';
    expect(t.slice(trailingCitation(t)!)).toBe('(Bulletin of the Opposition, No.29, March 1932)');
    expect(trailingCitation('He said it (in passing).')).toBeUndefined();
  });
});
