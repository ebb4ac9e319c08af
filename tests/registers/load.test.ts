import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/registers/load.js';
import { EditionError } from '../../src/diagnostics/index.js';

const doc = (list: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader/>\n  <standOff>\n    <!-- <listPerson> in a comment is not the list -->\n    ${list}\n  </standOff>\n</TEI>\n`;

describe('register loader', () => {
  it('keeps the list exactly as written and reads its entries, forms and notes', () => {
    const list = `<listPerson>\n      <person xml:id="x"><persName type="reg"><forename>Lev</forename> <surname>Sedov</surname></persName><persName>Sedov&#x2019;s</persName><note>A &amp; B</note></person>\n    </listPerson>`;
    const r = parseRegister('persons', doc(list), 'persons.xml');
    expect(r.xml).toBe(list);
    expect(r.entries).toMatchObject([{ id: 'x', name: 'Lev Sedov', forms: [{ text: 'Lev Sedov', type: 'reg' }, { text: 'Sedov’s', type: 'form' }], description: 'A & B' }]);
  });

  it('reports a malformed register at its line and column', () => {
    try {
      parseRegister('persons', doc('<listPerson><person xml:id="x"><persName>A</person></listPerson>'), 'persons.xml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EditionError);
      expect((err as EditionError).diagnostics[0]).toMatchObject({ rule: 'register-invalid', file: 'persons.xml', line: 6 });
    }
  });

  it('refuses entries without xml:id, unknown form types and repeated ids, all at once', () => {
    try {
      parseRegister('persons', doc('<listPerson><person><persName>A</persName></person><person xml:id="b"><persName type="nick">B</persName></person></listPerson>'), 'p.xml');
      expect.unreachable();
    } catch (err) {
      expect((err as EditionError).diagnostics.map((d) => d.message)).toEqual([
        'a <person> in the register has no xml:id',
        'entry "b": <persName type="nick"> is not a known form type',
        'entry "b" has no <persName>',
      ]);
    }
  });
  it('refuses an id another register of the edition already gives, at the entry that repeats it', () => {
    const taken = new Map<string, string>();
    parseRegister('persons', doc('<listPerson><person xml:id="duncan"><persName type="reg">Duncan</persName></person></listPerson>'), 'registers/persons.xml', taken);
    try {
      parseRegister('places', doc('<listPlace>\n<place xml:id="forres"><placeName>Forres</placeName></place>\n<place xml:id="duncan"><placeName>Duncan</placeName></place></listPlace>'), 'registers/places.xml', taken);
      expect.unreachable();
    } catch (err) {
      expect((err as EditionError).diagnostics).toMatchObject([
        { rule: 'register-invalid', file: 'registers/places.xml', line: 8, message: 'xml:id "duncan" is already the id of an entry of registers/persons.xml' },
      ]);
    }
  });
});
