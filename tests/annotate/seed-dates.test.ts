import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import type { DateNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { seedEdition } from './seed.js';
import { witnessText } from './build.js';

function dates(): Array<{ node: DateNode; text: string; wit: string; line: number }> {
  const { annotated } = seedEdition();
  const out: Array<{ node: DateNode; text: string; wit: string; line: number }> = [];
  forEachInline([...annotated.front, ...annotated.body] as Block[], (n) => {
    if (n.kind === 'date') for (const s of n.src) out.push({ node: n, text: witnessText(n.children), wit: s.wit, line: s.start.line });
  });
  return out;
}

const value = (n: DateNode) =>
  Object.fromEntries((['when', 'notBefore', 'notAfter', 'from', 'to', 'cert'] as const).filter((k) => n[k] !== undefined).map((k) => [k, n[k]]));

/** Each date form of the issue, where the seed witnesses print it, and its encoding. */
const expected: Array<[string, number, string, Record<string, string>]> = [
  ['A', 14, 'January 1, 1933', { when: '1933-01-01' }],
  ['A', 8, 'the end of 1932', { notBefore: '1932-10-01', notAfter: '1932-12-31' }],
  ['A', 12, 'the autumn of 1932', { notBefore: '1932-09-01', notAfter: '1932-11-30' }],
  ['A', 72, 'the beginning of October 1932', { notBefore: '1932-10-01', notAfter: '1932-10-10' }],
  ['A', 10, 'from 1932 to 1936', { from: '1932', to: '1936' }],
  ['A', 62, '1927-1928', { from: '1927', to: '1928' }],
  ['A', 188, 'March 1933', { when: '1933-03' }],
  ['A', 468, 'April 16,1917', { when: '1917-04-16' }],
  ['B', 50, '13.2.2005', { when: '2005-02-13' }],
  ['A', 214, 'August 22', { when: '1936-08-22', cert: 'low' }],
  ['A', 14, 'October', { when: '1932-10', cert: 'medium' }],
  ['A', 206, 'the end of March (!) 1933', { notBefore: '1933-03-21', notAfter: '1933-03-31' }],
  ['A', 278, 'from November 23 to December 2, 1932', { from: '1932-11-23', to: '1932-12-02' }],
  ['A', 294, 'December 3 [56] , 1932', { when: '1932-12-03' }],
  ['A', 325, 'December 2', { when: '1932-12-02', cert: 'medium' }],
  ['A', 160, 'January 4, 1923', { when: '1923-01-04' }],
  ['B', 29, 'January 4, 1923', { when: '1923-01-04' }],
];

describe('dates in the seed edition', () => {
  for (const [wit, line, text, attrs] of expected) {
    it(`encodes “${text}” (${wit} line ${line})`, () => {
      const hit = dates().filter((d) => d.wit === wit && d.line === line && d.text === text);
      expect(hit.length, dates().filter((d) => d.wit === wit && d.line === line).map((d) => d.text).join(' | ')).toBeGreaterThan(0);
      for (const h of hit) expect(value(h.node)).toEqual(attrs);
    });
  }

  it('reads “Vyshinsky changes 1936 to 1934” as two years, not a range', () => {
    const line53 = dates().filter((d) => d.wit === 'A' && d.line === 53);
    expect(line53.map((d) => [d.text, value(d.node)])).toEqual([
      ['1936', { when: '1936' }],
      ['1936', { when: '1936' }],
      ['1934', { when: '1934' }],
    ]);
  });

  it('lists every date with a year from context for review, naming where the year comes from', () => {
    const { annotated } = seedEdition();
    const fromContext = dates().filter((d) => d.node.rule === 'date-year-from-context');
    const items = annotated.review.filter((r) => r.rule === 'date-year-from-context');
    expect(items.length).toBe(new Set(fromContext.map((d) => d.node)).size);
    expect(items.find((i) => i.text === 'August 22')?.message).toMatch(/1936.*May 1, 1936.*line 212/);
    for (const d of fromContext) expect(d.node.review).toBe(true);
  });
});
