// Verse numbers as Greek New Testaments print them in plain text (tests/fixtures/scripture,
// John 1:1–14): Westcott and Hort's numbers inside the paragraph, three of them at a line's
// end; Tischendorf's chapter:verse at each line's start. Numbers of prose stay text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verseNumbers } from '../../src/structure/rules/verse-numbers.js';
import { repoRoot } from '../helpers/edition-dir.js';

const lines = (file: string) => readFileSync(join(repoRoot, 'tests/fixtures/scripture', file), 'utf8').split('\n');
const numbers = (ls: readonly string[]) => verseNumbers(ls).flatMap((vs, i) => vs.map((v) => ({ line: i + 1, text: ls[i]!.slice(v.at, v.at + v.length), n: v.n })));

describe('verse numbers', () => {
  it('reads the numbers a paragraph prints before its verses, one at a line’s end among them', () => {
    const wh = lines('john-1-westcott-hort.txt');
    const found = numbers(wh);
    expect(found.map((v) => v.n)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    // the number and the space after it; at a line's end, the number alone
    expect(found[1]).toEqual({ line: 4, text: '2 ', n: '2' });
    expect(found.filter((v) => !v.text.endsWith(' ')).map((v) => v.n)).toEqual(['6', '7', '13']);
  });

  it('reads chapter-and-verse references at the start of each line', () => {
    const found = numbers(lines('john-1-tischendorf.txt'));
    expect(found.map((v) => v.n)).toEqual(Array.from({ length: 14 }, (_, i) => `1:${i + 1}`));
    expect(found[0]).toEqual({ line: 3, text: '1:1 ', n: '1:1' });
  });

  it('leaves a heading’s number, a date, a sum and a time as text', () => {
    const prose = ['CHAPTER 2', '', 'In 1936 he came back after 3 days, at 10:30 in the morning, with 40 men.', 'Of the 5 who stayed, 2 left.'];
    expect(numbers(prose)).toEqual([]);
    // a chapter's number over its verses is not its first verse
    const verses = ['CHAPTER 1', '', '1 In the beginning. 2 And the earth. 3 And God said. 4 And God saw. 5 And God called.'];
    expect(numbers(verses).map((v) => `${v.line}:${v.n}`)).toEqual(['3:1', '3:2', '3:3', '3:4', '3:5']);
  });

  it('goes on over a verse an edition leaves out and into the next chapter', () => {
    const refs = ['1:50 a b', '1:51 c d', '2:1 e f', '2:2 g h', '2:4 i j', '2:5 k l'];
    expect(numbers(refs).map((v) => v.n)).toEqual(['1:50', '1:51', '2:1', '2:2', '2:4', '2:5']);
  });
});
