import { describe, expect, it } from 'vitest';
import { defaultEditorialDecisions, describeDecisions, editorialDecisions } from '../../src/annotate/editorial.js';

describe('editorial decisions in the review report', () => {
  it('say which ones are the toolkit default and which ones the edition took', () => {
    const taken = editorialDecisions.parse({ signatures: { mentions: true } });
    expect(describeDecisions(taken).map((d) => [d.name, d.asDefault])).toEqual([
      ['organisations', true],
      ['signatures', false],
      ['plurals', true],
    ]);
    expect(describeDecisions(defaultEditorialDecisions).every((d) => d.asDefault)).toBe(true);
    expect(describeDecisions(taken).find((d) => d.name === 'signatures')?.value).toBe('mentions of the signer');
  });
});
