// Diaries: entries that open with their date, alone on a line in italics ("_April 2._", Lord
// Ellenborough's Political Diary) or run in ("Jan. 1st (Lord’s day). This morning …", "2nd. In
// the morning …", Pepys), under month headings ("JANUARY 1659-1660").
// Fixtures: tests/fixtures/structure/ellenborough-diary-excerpt.txt and
// pepys-diary-1660-excerpt.txt (see tests/fixtures/structure/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { annotate } from '../../src/annotate/index.js';
import { entryDateAt, monthHeadingOf, readDiary } from '../../src/structure/rules/diary.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

type Div = Extract<Block, { kind: 'div' }>;
const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/structure', name), 'utf8');
const divisions = (blocks: readonly Block[]): Div[] => blocks.flatMap((b) => (b.kind !== 'div' ? [] : [b, ...divisions(b.blocks)]));
const annotated = (text: string) => annotate(editionOf([witnessOf('A', text)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false });

describe('a diary with its dates alone on a line (Ellenborough, A Political Diary)', () => {
  const text = fixture('ellenborough-diary-excerpt.txt');
  const edition = editionOf([witnessOf('A', text)]);
  const entries = divisions(edition.body).filter((d) => d.divType === 'entry');

  it('makes each dated entry a division, numbered by its date, the year taken from the entry before', () => {
    expect(entries.map((d) => d.n)).toEqual(['1829-04-01', '1829-04-02', '1829-04-03', '1829-04-04', '1829-11-13', '1829-12-31', '1830-01-02', '1830-01-03', '1830-03-06']);
  });

  it('writes the date as the entry’s dateline, with @when, and no chapter for the "L" over a column of pounds', () => {
    const tei = toTei(annotated(text));
    expect(tei).toMatch(/<div type="entry" n="1829-04-02" xml:id="[^"]*entry1829-04-02">\s*<opener[^>]*>\s*<dateline><lb edRef="#A" n="\d+"\/><hi rend="italic"><metamark function="highlight">_<\/metamark><date when="1829-04-02">April 2<\/date>\.<metamark/u);
    expect(tei).toContain('<date when="1830-01-03">January 3</date>');
    expect(divisions(edition.body).filter((d) => d.divType === 'chapter')).toEqual([]);
    expect(edition.diagnostics.filter((d) => d.rule === 'heading-number-repeated')).toEqual([]);
    expect(extractWitness(tei, 'A')).toBe(text);
  });
});

describe('a diary with its dates run in, under month headings (Pepys)', () => {
  const text = fixture('pepys-diary-1660-excerpt.txt');
  const edition = editionOf([witnessOf('A', text)]);
  const months = edition.body.filter((d) => d.divType === 'month');

  it('holds the entries of each month in the month’s division; a day alone ("2nd.", "5th,(Lord’s day).") takes the month’s', () => {
    expect(months.map((m) => divisions(m.blocks).filter((d) => d.divType === 'entry').map((d) => d.n))).toEqual([
      ['1660-01-01', '1660-01-02', '1660-01-03', '1660-01-08'],
      ['1660-02-01', '1660-02-02', '1660-02-05'],
    ]);
    // What Pepys writes before the first dated entry stays at the head of the month.
    expect(months[0]!.blocks.findIndex((b) => b.kind === 'div')).toBeGreaterThan(3);
  });

  it('tags the month (in the New Style year of "1659-1660") and the date each entry opens with, the feast after it left out', () => {
    const tei = toTei(annotated(text));
    expect(tei).toContain('<date when="1660-01">JANUARY 1659-1660</date>');
    expect(tei).toMatch(/<date when="1660-01-01">Jan\. 1st<\/date> \(Lord’s day\)\. This morning/u);
    expect(tei).toContain('<date when="1660-02-02">2d</date>. Drank');
    expect(tei).toContain('<date when="1660-02-05">5th</date>,(Lord’s day).');
    expect(extractWitness(tei, 'A')).toBe(text);
  });
});

describe('the dates of a diary', () => {
  it('reads an entry’s date as diaries print it, and nothing that merely opens with a number or a month', () => {
    expect(entryDateAt('_April 13, 1829, Monday._')).toMatchObject({ day: 13, month: 4, year: 1829, alone: true });
    expect(entryDateAt('_Monday, May 11._')).toMatchObject({ day: 11, month: 5, alone: true });
    expect(entryDateAt('8th (Sunday). In the morning I went to Mr. Gunning’s, where a good')).toMatchObject({ day: 8, alone: false });
    expect(entryDateAt('May I go with you?')).toBeUndefined();
    expect(entryDateAt('2nd edition of the work')).toBeUndefined();
    expect(entryDateAt('229 members in the House. Room for thirty more; the House not oppressively')).toBeUndefined();
  });

  it('reads a month heading, of a year printed in Old and New Style too', () => {
    expect(monthHeadingOf('FEBRUARY 1659-1660')).toEqual({ month: 2, year: 1660 });
    expect(monthHeadingOf('MARCH 1659/60')).toEqual({ month: 3, year: 1660 });
    expect(monthHeadingOf('APRIL 1660')).toEqual({ month: 4, year: 1660 });
    expect(monthHeadingOf('May 1660 to 1669')).toBeUndefined();
  });

  it('turns the year where a month earlier than the last follows, and is no diary for a book with a dated line or two', () => {
    const marks = readDiary(['_December 30, 1829._', 'Read twenty papers.', '_December 31._', '_January 3._', 'A letter from Clare.']);
    expect([...marks!.values()].flatMap((m) => (m.kind === 'entry' ? [m.when] : []))).toEqual(['1829-12-30', '1829-12-31', '1830-01-03']);
    expect(readDiary(['_April 2._', 'Second reading Catholic Relief Bill.', '2nd. In the morning'])).toBeUndefined();
  });
});
