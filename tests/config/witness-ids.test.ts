import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { witnessIds } from '../../src/config/witness-ids.js';

const xmlName = /^[A-Za-z_][A-Za-z0-9._-]*$/u;

describe('witness ids from printed sigla', () => {
  it('keeps a siglum that is an XML name and derives one from any other', () => {
    expect(witnessIds([{ siglum: 'A' }, { siglum: 'Q1' }, { siglum: 'F1' }])).toEqual(['A', 'Q1', 'F1']);
    expect(witnessIds([{ siglum: '1818' }, { siglum: '1831' }, { siglum: 'Ms. B' }, { siglum: 'Édition Ω' }])).toEqual(['wit-1818', 'wit-1831', 'Ms-B', 'Edition']);
  });

  it('keeps an id the editors give and makes the derived ones unique', () => {
    expect(witnessIds([{ siglum: 'Ms. B', id: 'MsB' }, { siglum: 'Ms B' }, { siglum: 'Ms-B' }, { siglum: 'Ms. B.' }])).toEqual(['MsB', 'Ms-B', 'Ms-B-2', 'Ms-B-3']);
  });

  it('gives any list of distinct sigla distinct XML names, the same each time', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (sigla) => {
        const ids = witnessIds(sigla.map((siglum) => ({ siglum })));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(xmlName);
        expect(witnessIds(sigla.map((siglum) => ({ siglum })))).toEqual(ids);
      }),
    );
  });
});
