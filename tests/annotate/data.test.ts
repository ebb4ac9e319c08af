import { describe, expect, it } from 'vitest';
import { parseCorrections, parseRules } from '../../src/annotate/data.js';
import { EditionError } from '../../src/diagnostics/index.js';

describe('annotation data read from text (for the read stage)', () => {
  it('fills the editorial decisions with their defaults and reasons, and refuses a broken expression', () => {
    const rules = parseRules('{ "decisions": [], "editorial": { "signatures": { "mentions": true } } }', 'rules.json');
    expect(rules.editorial.signatures.mentions).toBe(true);
    expect(rules.editorial.organisations).toMatchObject({ movements: false, governments: true, partyBodies: true });
    expect(rules.editorial.organisations.reason).not.toBe('');
    expect(rules.rejections).toEqual([]);
    expect(() => parseRules('{ "exclusions": [{ "id": "x", "form": "A", "before": "(", "reason": "r" }] }', 'rules.json')).toThrow(EditionError);
  });

  it('reads corrections with their certainty and a source that is a pointer or a URI, and nothing else', () => {
    const c = parseCorrections('{ "corrections": [{ "sic": "iilusions", "corr": "illusions", "reason": "r", "cert": "high", "source": "https://www.npmjs.com/package/dictionary-en" }] }', 'c.json');
    expect(c[0]).toMatchObject({ cert: 'high', source: 'https://www.npmjs.com/package/dictionary-en' });
    expect(() => parseCorrections('{ "corrections": [{ "sic": "a", "corr": "b", "reason": "r", "source": "a dictionary" }] }', 'c.json')).toThrow(EditionError);
  });
});
