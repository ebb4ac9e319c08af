import { describe, expect, it } from 'vitest';
import { createDateParser, parseDates, type DateAttributes } from '../../src/annotate/dates/parse.js';

const parser = createDateParser();

/**
 * Every date form of the seed witnesses (and the issue), in its sentence: the text the date
 * element must cover and its attributes. A year in brackets is the year taken from context.
 */
const table: Array<{ sentence: string; text: string; attrs: DateAttributes; context?: number; rule?: string }> = [
  { sentence: 'and in the winter(on January 1, 1933) Smirnov', text: 'January 1, 1933', attrs: { when: '1933-01-01' }, rule: 'date-exact' },
  { sentence: 'At the end of 1932 the unification', text: 'the end of 1932', attrs: { notBefore: '1932-10-01', notAfter: '1932-12-31' }, rule: 'date-part' },
  { sentence: 'In the autumn of 1932, Zinoviev', text: 'the autumn of 1932', attrs: { notBefore: '1932-09-01', notAfter: '1932-11-30' }, rule: 'date-season' },
  { sentence: 'in the fall of 1932, a Soviet employee', text: 'the fall of 1932', attrs: { notBefore: '1932-09-01', notAfter: '1932-11-30' } },
  { sentence: 'in the spring of 1933 he received', text: 'the spring of 1933', attrs: { notBefore: '1933-03-01', notAfter: '1933-05-31' } },
  { sentence: 'until at least the summer of 1933 (the return', text: 'the summer of 1933', attrs: { notBefore: '1933-06-01', notAfter: '1933-08-31' } },
  { sentence: 'At the beginning of October 1932, Zinoviev', text: 'the beginning of October 1932', attrs: { notBefore: '1932-10-01', notAfter: '1932-10-10' }, rule: 'date-part' },
  { sentence: 'Lenin at the beginning of 1923, and', text: 'the beginning of 1923', attrs: { notBefore: '1923-01-01', notAfter: '1923-03-31' } },
  { sentence: 'In the early part of 1932 Moishe Lurie', text: 'the early part of 1932', attrs: { notBefore: '1932-01-01', notAfter: '1932-03-31' } },
  { sentence: '“In the middle of 1934, Dreitzer', text: 'the middle of 1934', attrs: { notBefore: '1934-05-01', notAfter: '1934-08-31' } },
  { sentence: 'carried on terrorist activity: “from 1932 to 1936.” It is', text: 'from 1932 to 1936', attrs: { from: '1932', to: '1936' }, rule: 'date-range' },
  { sentence: 'After having crushed the Left Opposition in 1927-1928, Stalin', text: '1927-1928', attrs: { from: '1927', to: '1928' }, rule: 'date-range' },
  { sentence: 'The following years (1930-1932) were', text: '1930-1932', attrs: { from: '1930', to: '1932' } },
  { sentence: 'across an entire epoch: 1917-1936!', text: '1917-1936', attrs: { from: '1917', to: '1936' } },
  { sentence: 'acted from the summer or autumn of 1933 to the end of 1934, that is', text: 'from the summer or autumn of 1933 to the end of 1934', attrs: { from: '1933-06-01', to: '1934-12-31' } },
  { sentence: 'between the autumn of 1932 and the summer of 1933 there was a break', text: 'between the autumn of 1932 and the summer of 1933', attrs: { from: '1932-09-01', to: '1933-08-31' } },
  { sentence: 'from September 1932 until the spring of 1933.”', text: 'from September 1932 until the spring of 1933', attrs: { from: '1932-09', to: '1933-05-31' } },
  { sentence: 'during the very same week, from November 23 to December 2, 1932. No', text: 'from November 23 to December 2, 1932', attrs: { from: '1932-11-23', to: '1932-12-02' } },
  { sentence: 'Having arrived in Moscow in March 1933, Berman-Yurin', text: 'March 1933', attrs: { when: '1933-03' }, rule: 'date-month' },
  { sentence: 'all left for the USSR in March, 1933. Is this', text: 'March, 1933', attrs: { when: '1933-03' } },
  { sentence: 'heading of the Chairman (in July, 1919) so that', text: 'July, 1919', attrs: { when: '1919-07' } },
  { sentence: '(Bulletin (No.31, Nov. 1932) under the title', text: 'Nov. 1932', attrs: { when: '1932-11' } },
  { sentence: '(Article by Stalin in Pravda, Nov. 6, 1918). Trotsky', text: 'Nov. 6, 1918', attrs: { when: '1918-11-06' } },
  { sentence: 'Lenin, Pravda April 16,1917 There is', text: 'April 16,1917', attrs: { when: '1917-04-16' } },
  { sentence: 'Last updated on: 13.2.2005', text: '13.2.2005', attrs: { when: '2005-02-13' } },
  { sentence: 'The September 1936 issue of The Bolshevik', text: 'September 1936', attrs: { when: '1936-09' } },
  { sentence: 'in an article appearing in the Austrian newspaper Der Kampf, in 1911:', text: '1911', attrs: { when: '1911' }, rule: 'date-year' },
  { sentence: 'the VIIIth Congress of the Comintern (1940? 1945?).', text: '1940', attrs: { when: '1940' } },
  { sentence: 'published by the Tory Daily Mail during the 1924 election campaign', text: '1924', attrs: { when: '1924' } },
  { sentence: 'On the evening of December 1, 1932, I left', text: 'December 1, 1932', attrs: { when: '1932-12-01' } },
  // A note marker read as nothing leaves two spaces before the comma.
  { sentence: 'On December 3  , 1932, Sedov received', text: 'December 3  , 1932', attrs: { when: '1932-12-03' } },
  // A year taken from context: the reader gives no year, the annotator supplies one.
  { sentence: 'from Pravda, (L. Rovinsky, August 22) from informing', text: 'August 22', attrs: { when: '1936-08-22' }, context: 1936 },
  { sentence: 'in the autumn of 1932 (in October) Zinoviev', text: 'October', attrs: { when: '1932-10' }, context: 1932 },
  { sentence: 'But the meeting of Sedov and Smirnov didn’t take place until July. (If', text: 'July', attrs: { when: '1931-07' }, context: 1931 },
  { sentence: 'to “shoot Zhdanov during the May 1st demonstration in Leningrad.”', text: 'May 1st', attrs: { when: '1936-05-01' }, context: 1936 },
  { sentence: 'On the morning of December 2, we [Bauer and another person]', text: 'December 2', attrs: { when: '1932-12-02' }, context: 1932 },
  { sentence: 'at 10 AM on December 6 he met with Trotsky', text: 'December 6', attrs: { when: '1932-12-06' }, context: 1932 },
  // Ranges of days sharing a month and a year, and lists of ordinals (issue 14).
  { sentence: 'the trial of January 15–16, 1935, where', text: 'January 15–16, 1935', attrs: { from: '1935-01-15', to: '1935-01-16' }, rule: 'date-range' },
  { sentence: 'the congress on 1–3 March 1898 was held', text: 'on 1–3 March 1898', attrs: { from: '1898-03-01', to: '1898-03-03' }, rule: 'date-range' },
  { sentence: 'tried between December 28 and 29, 1934 in Leningrad', text: 'between December 28 and 29, 1934', attrs: { from: '1934-12-28', to: '1934-12-29' }, rule: 'date-range' },
  { sentence: 'on January 15–16 the court', text: 'January 15–16', attrs: { from: '1935-01-15', to: '1935-01-16' }, context: 1935, rule: 'date-range' },
  { sentence: 'on the 6th, 12th, and 18th of December they met', text: '6th', attrs: { when: '1934-12-06' }, context: 1934, rule: 'date-list' },
  { sentence: 'on the 6th, 12th, and 18th of December they met', text: '12th', attrs: { when: '1934-12-12' }, context: 1934, rule: 'date-list' },
  { sentence: 'on the 6th, 12th, and 18th of December they met', text: '18th of December', attrs: { when: '1934-12-18' }, context: 1934 },
  { sentence: 'the 6th and 12th of December 1934', text: '6th', attrs: { when: '1934-12-06' }, rule: 'date-list' },
];

describe('the date reader (chrono-node with custom parsers and refiners)', () => {
  for (const row of table) {
    it(`reads “${row.text}” in “${row.sentence}”`, () => {
      const hits = parseDates(row.sentence, parser);
      const hit = hits.find((h) => h.text === row.text);
      expect(hit, `found: ${hits.map((h) => h.text).join(' | ')}`).toBeDefined();
      expect(row.sentence.slice(hit!.start, hit!.end)).toBe(row.text);
      expect(hit!.attributes(row.context)).toEqual(row.attrs);
      if (row.context !== undefined) expect(hit!.year).toBeUndefined();
      else expect(hit!.years.length).toBeGreaterThan(0);
      if (row.rule) expect(hit!.rule).toBe(row.rule);
    });
  }

  it('does not read “changes 1936 to 1934” as a range', () => {
    const hits = parseDates('Vyshinsky changes 1936 to 1934, fearing, evidently', parser);
    expect(hits.map((h) => [h.text, h.attributes()])).toEqual([
      ['1936', { when: '1936' }],
      ['1934', { when: '1934' }],
    ]);
  });

  it('reads a winter with lower certainty, since it may belong to either year', () => {
    const [hit] = parseDates('in the winter of 1933 they', parser);
    expect(hit!.attributes()).toEqual({ notBefore: '1932-12-01', notAfter: '1933-02-28' });
    expect(hit!.cert).toBe('medium');
  });

  it('reads nothing in numbers, times, durations and verbs that are not dates', () => {
    const text =
      'No.35 and No. 41, Vol. 2, p. 93, pages 102 and 103, some 4000 km. at least, around 150 people, ' +
      'between 10 and 11 o’clock in the morning, two years later, today, a 180 degree turn, the 13-year struggle, ' +
      'this circumstance may seem an insignificant trifle; Mohammed must go to the mountain; 1.The Berman-Yurin';
    expect(parseDates(text, parser).map((h) => h.text)).toEqual([]);
  });

  it('takes a month named alone only after a preposition', () => {
    expect(parseDates('In March he said', parser).map((h) => h.text)).toEqual(['March']);
    expect(parseDates('March on, comrades', parser).map((h) => h.text)).toEqual([]);
  });
});

describe('dates in the language of the text', () => {
  const read = (language: string, sentence: string, context?: number) =>
    parseDates(sentence, createDateParser(undefined, language)).map((h) => ({ text: h.text, at: sentence.slice(h.start, h.end), ...h.attributes(context) }));

  it('reads German and French month names, the date without the words chrono takes before its day', () => {
    // Goethe, Werther (1774), and a French sentence written for the rule
    expect(read('de', 'Am 13. Mai 1771 schrieb er.')).toEqual([{ text: '13. Mai 1771', at: '13. Mai 1771', when: '1771-05-13' }]);
    expect(read('de', 'Es war am 10. Mai.', 1771)).toEqual([{ text: '10. Mai', at: '10. Mai', when: '1771-05-10' }]);
    expect(read('fr-FR', 'Le 3 mai 1789, les états généraux.')).toEqual([expect.objectContaining({ text: '3 mai 1789', when: '1789-05-03' })]);
    // English dates in a German book are still read; an English "May 3" keeps its month
    expect(read('de', 'On May 3, 1789 he left.')).toEqual([expect.objectContaining({ text: 'May 3, 1789', when: '1789-05-03' })]);
  });

  it('reads a month and its year in French, which chrono-node reads only with a day', () => {
    // Victor Cousin, Madame de Hautefort (1856), and Laure Conan, Élisabeth Seton (1903), as
    // lattice-8094/fr-litbank prints them (commit 4b197890473b89726243585dd53f5641d8afb1f1,
    // brat/citations/Madame_de_Hautefort.txt and elisabeth_Seton.txt; CC BY-SA 4.0).
    expect(read('fr', 'il épousa en 1650 Marthe d’Estourmel, dont il eut de nombreux enfans, et mourut en décembre 1693, âgé de quatre-vingt-un ans.')).toEqual([
      expect.objectContaining({ text: '1650', when: '1650' }),
      expect.objectContaining({ text: 'décembre 1693', when: '1693-12' }),
    ]);
    expect(read('fr', "Elle y était au mois d'août 1801, quand la fièvre jaune éclata à New-York.")).toEqual([expect.objectContaining({ text: 'août 1801', when: '1801-08' })]);
    // The day still belongs to its date; a month without a year is left to the day parsers.
    expect(read('fr', 'Bataille des Pyramides, 21 juillet 1798.')).toEqual([expect.objectContaining({ text: '21 juillet 1798', when: '1798-07-21' })]);
    expect(read('de', 'Im März 1771 schrieb er.')).toEqual([expect.objectContaining({ text: 'März 1771', when: '1771-03' })]);
  });

  it('reads the historical month names of a language, which ICU and chrono-node lack', () => {
    // Goethe, Werther (1774): the letters of June and July, as FakerPHP/Faker's de_DE Text.php
    // prints Project Gutenberg's text #2407 (commit 054058d29557027ad71f7506ad0dc39b0d8e0129)
    expect(read('de', 'Am 16. Junius', 1771)).toEqual([{ text: '16. Junius', at: '16. Junius', when: '1771-06-16' }]);
    expect(read('de', 'Am 1. Julius', 1771)).toEqual([expect.objectContaining({ text: '1. Julius', when: '1771-07-01' })]);
    // Written for the rule: German letters of the time spell October and December with a C and
    // abbreviate them; French registers of the ancien régime write "7bre" … "xbre" and "aoust".
    expect(read('de', 'den 3. October 1812 und den 12ten Decbr. 1812')).toEqual([
      expect.objectContaining({ text: '3. October 1812', when: '1812-10-03' }),
      expect.objectContaining({ text: '12ten Decbr. 1812', when: '1812-12-12' }),
    ]);
    expect(read('fr', 'baptisé le 3 7bre 1680, mort le 15 aoust 1702')).toEqual([
      expect.objectContaining({ text: '3 7bre 1680', when: '1680-09-03' }),
      expect.objectContaining({ text: '15 aoust 1702', when: '1702-08-15' }),
    ]);
  });

  it('reads a French abbreviation in lower case, which an English text would not have (“may”, “march”)', () => {
    // Written for the rule: chrono-node knows "oct." and "sept.", the English filter of month
    // words in lower case threw them out.
    expect(read('fr', 'Parti le 2 oct. 1872, revenu le 21 déc. 1872.')).toEqual([
      expect.objectContaining({ text: '2 oct. 1872', when: '1872-10-02' }),
      expect.objectContaining({ text: '21 déc. 1872', when: '1872-12-21' }),
    ]);
    expect(read('en', 'this circumstance may seem an insignificant trifle in may 1872').map((h) => h.text)).toEqual(['1872']);
  });

  it('reads a day and its month in a language chrono-node has no parser for, from ICU’s names', () => {
    // Written for the rule: the Constitution of 3 May 1791, and Goya's "El 3 de mayo de 1808".
    expect(read('pl', 'Konstytucja 3 maja 1791 roku')).toEqual([expect.objectContaining({ text: '3 maja 1791', when: '1791-05-03' })]);
    expect(read('es', 'El 3 de mayo de 1808 en Madrid')).toEqual([expect.objectContaining({ text: '3 de mayo de 1808', when: '1808-05-03' })]);
  });

  it('reads no date in a number that is not a day, nor in a month name alone', () => {
    expect(read('de', 'Er kam am 12. um drei Uhr, im Mai war es schön, Julius Cäsar schwieg.').map((h) => h.text)).toEqual([]);
    expect(read('fr', 'Il était 7 heures 20; le 32 mars; Mars brillait.').map((h) => h.text)).toEqual([]);
  });

  it('reads no German month in an English text', () => {
    expect(read('en', 'Am 13. Mai 1771 schrieb er.').map((h) => h.text)).not.toContain('13. Mai 1771');
  });
});
