import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateXPathToNodes, evaluateXPathToString, evaluateXPathToStrings } from 'fontoxpath';
import { parseXmlDocument, type Node } from 'slimdom';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/edition-dir.js';

const options = { namespaceResolver: (p: string) => (p === '' ? 'http://www.tei-c.org/ns/1.0' : null) };
const registers = { persons: 'person', places: 'place', orgs: 'org', bibls: 'bibl' } as const;
const entriesOf = (file: keyof typeof registers): Node[] =>
  evaluateXPathToNodes(`//standOff//${registers[file]}[@xml:id]`, parseXmlDocument(readFileSync(join(repoRoot, 'tei/registers', `${file}.xml`), 'utf8')), null, null, options);
const ids = (file: keyof typeof registers): string[] => entriesOf(file).map((e) => evaluateXPathToString('@xml:id', e, null, null, options));

/** The registers are data an editor keeps; issue 3 says what each entry must have. */
describe('the registers of the Red Book (tei/registers/)', () => {
  it('give every entry a regularised name, the forms the witnesses use, and a one-line description', () => {
    const witnesses = ['red-book-part2-sph-compilation.txt', 'red-book-ch11-etol.txt'].map((f) => readFileSync(join(repoRoot, 'witnesses', f), 'utf8')).join('\n');
    const corrected = new Set([...readFileSync(join(repoRoot, 'editorial/corrections.json'), 'utf8').matchAll(/"corr": "([^"]+)"/g)].map((m) => m[1]!));
    for (const file of Object.keys(registers) as (keyof typeof registers)[]) {
      for (const e of entriesOf(file)) {
        const id = evaluateXPathToString('@xml:id', e, null, null, options);
        const names = file === 'bibls' ? 'title' : `${registers[file]}Name`.replace('personName', 'persName');
        const reg = evaluateXPathToStrings(`${names}[@type = "reg"]`, e, null, null, options);
        expect(reg, `${file} #${id}: one regularised name`).toHaveLength(1);
        const forms = evaluateXPathToStrings(`${names}[@type != "reg"]`, e, null, null, options);
        // an entry only the editors name (the publisher the notes are ascribed to) has no forms
        if (forms.length === 0) expect(witnesses.includes(reg[0]!.replace(/ \(.*\)$/, '')), `${file} #${id}: forms`).toBe(false);
        // a form the text has only once corrected ("Stalinabad" for "Stalinbad") comes from a correction
        for (const form of forms) expect(witnesses.replace(/\s+/g, ' ').includes(form) || corrected.has(form), `${file} #${id}: form “${form}” is in a witness`).toBe(true);
        expect(evaluateXPathToString('normalize-space(note[not(@type) or @type = "description"][1])', e, null, null, options), `${file} #${id}: description`).not.toBe('');
      }
    }
  });

  it('use authority ids of the three kinds only, each in its own format', () => {
    for (const file of Object.keys(registers) as (keyof typeof registers)[]) {
      for (const e of entriesOf(file)) {
        for (const idno of evaluateXPathToNodes('idno', e, null, null, options)) {
          const type = evaluateXPathToString('@type', idno, null, null, options);
          const value = evaluateXPathToString('normalize-space(.)', idno, null, null, options);
          expect(['wikidata', 'viaf', 'geonames']).toContain(type);
          expect(value).toMatch(type === 'wikidata' ? /^Q\d+$/ : /^\d+$/);
        }
      }
    }
  });

  it('cover well over 80 persons and the people, places, organisations and periodicals the issue names', () => {
    expect(ids('persons').length).toBeGreaterThan(80);
    expect(ids('persons')).toEqual(expect.arrayContaining(['trotsky', 'stalin', 'zinoviev', 'kamenev', 'smirnov', 'holtzman', 'vyshinsky', 'olberg', 'dreitzer', 'mrachkovsky', 'berman-yurin', 'fritz-david', 'm-lurie', 'n-lurie', 'kirov', 'lenin']));
    expect(ids('places')).toEqual(expect.arrayContaining(['moscow', 'copenhagen', 'berlin', 'hotel-bristol', 'kazakhstan']));
    expect(ids('orgs')).toEqual(expect.arrayContaining(['gpu', 'left-opposition', 'comintern', 'central-control-commission', 'gestapo']));
    expect(ids('bibls')).toEqual(expect.arrayContaining(['pravda', 'bulletin-opposition', 'der-kampf', 'sozial-demokraten', 'echo-de-paris', 'humanite', 'daily-mail', 'inprecorr', 'bolshevik']));
  });
});
