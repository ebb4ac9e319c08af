// Register names in a text that is not in English: the endings a language joins to a name
// (German genitive and the older declension of given names), French elision, and register
// forms marked with the language that writes them (xml:lang).
// Sentences: Goethe, Werther (1774), as FakerPHP/Faker's de_DE Text.php prints the Project
// Gutenberg text #2407 (commit 054058d29557027ad71f7506ad0dc39b0d8e0129); Kafka, Die
// Verwandlung (1915) and Verne, Le Tour du monde en quatre-vingts jours (1873), from the
// fixtures in tests/fixtures/german-kafka and tests/fixtures/french-verne (SOURCES.md there).
// All in the public domain.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import type { Edition } from '../../src/model/edition.js';
import type { NameNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { parseRegister } from '../../src/registers/load.js';
import type { Block } from '../../src/model/block.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { witnessText } from './build.js';

const register = (kind: 'persons' | 'places', xml: string) => {
  const [list, entry] = kind === 'persons' ? ['listPerson', 'person'] : ['listPlace', 'place'];
  return parseRegister(kind, `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><${list}>${xml}</${list}></standOff></TEI>`.replaceAll('ENTRY', entry), `${kind}.xml`);
};

const werther = register(
  'persons',
  `<ENTRY xml:id="lotte"><persName type="reg">Lotte</persName><persName type="form">Lotte</persName></ENTRY>
   <ENTRY xml:id="albert"><persName type="reg">Albert</persName><persName type="form">Albert</persName></ENTRY>
   <ENTRY xml:id="gregor"><persName type="reg">Gregor Samsa</persName><persName type="form">Gregor</persName></ENTRY>
   <ENTRY xml:id="grete"><persName type="reg">Grete Samsa</persName><persName type="form">Grete</persName></ENTRY>
   <ENTRY xml:id="aouda"><persName type="reg">Aouda</persName><persName type="form">Aouda</persName></ENTRY>
   <ENTRY xml:id="fogg"><persName type="reg">Phileas Fogg</persName><persName type="form">Fogg</persName></ENTRY>`,
);

function names(text: string, language: string, registers = [werther]): { found: Array<[string, string | null, string | undefined]>; edition: Edition } {
  const plain = editionOf([witnessOf('A', text)]);
  const e = annotate({ ...plain, header: { ...plain.header, language: { ident: language, name: language } } }, { corrections: [], registers, unknownNames: false });
  const found: Array<[string, string | null, string | undefined]> = [];
  forEachInline(e.body.flatMap((d) => d.blocks) as Block[], (n) => {
    if (n.kind === 'name') found.push([witnessText(n.children), n.ref ?? null, (n as NameNode).cert]);
  });
  return { found, edition: e };
}

describe('names with the endings of their language', () => {
  it('links a German genitive and the old declension of a given name with cert="medium", and proposes each as a form', () => {
    const { found, edition } = names(
      'Sie sieht Lotten lächelnd an, hebt einen drohenden Finger auf und nennt den Namen Albert zweimal im Vorbeifliegen mit viel Bedeutung. ' +
        'Vorgestern kam der Medikus hier aus der Stadt hinaus zum Amtmann und fand mich auf der Erde unter Lottens Kindern. ' +
        'Indes kann ich Alberten meine Achtung nicht versagen.\n',
      'de',
    );
    expect(found).toEqual([
      ['Lotten', '#lotte', 'medium'],
      ['Albert', '#albert', undefined],
      ['Lottens', '#lotte', 'medium'],
      ['Alberten', '#albert', 'medium'],
    ]);
    const item = edition.review.find((r) => r.rule === 'name-inflected' && r.text === 'Lottens')!;
    expect(item.action).toEqual({ kind: 'add-register-form', register: 'persons', entryId: 'lotte', form: 'Lottens', formType: 'form' });
  });

  it('reads Kafka’s “Gregors” and “Gretes” alike, and a form the register prints as it is with full certainty', () => {
    const { found } = names('Die Absicht Gretes war für Gregor klar, sie wollte die Mutter in Sicherheit bringen. Sie verständigten sich durch Gregors Zimmer.\n', 'de');
    expect(found).toEqual([
      ['Gretes', '#grete', 'medium'],
      ['Gregor', '#gregor', undefined],
      ['Gregors', '#gregor', 'medium'],
    ]);
  });

  it('joins no ending in English or French (their possessive and elision have an apostrophe): an elided “d’Aouda” is Aouda', () => {
    expect(names('Sie verständigten sich durch Gregors Zimmer.\n', 'en').found).toEqual([]);
    expect(names("Mr. Fogg prit la main d'Aouda.\n", 'fr').found).toEqual([
      ['Fogg', '#fogg', undefined],
      ['Aouda', '#aouda', undefined],
    ]);
  });
});

describe('register forms in several languages', () => {
  // A register kept for a French and a German edition: "Indien" is India in German, an Indian in French.
  const india = register(
    'places',
    `<ENTRY xml:id="inde"><placeName type="reg" xml:lang="de">Indien</placeName><placeName type="reg" xml:lang="fr">Inde</placeName>
       <placeName type="form" xml:lang="de">Indien</placeName><placeName type="form" xml:lang="fr">Inde</placeName></ENTRY>`,
  );
  const verne = "Dans la hutte, il y avait un Indien, et dans l'enclos, un éléphant. Le train traversait l'Inde.\n";

  it('looks in a French text for the French forms and those with no language, not for the German ones', () => {
    expect(names(verne, 'fr', [india]).found).toEqual([['Inde', '#inde', undefined]]);
  });

  it('looks for every form when the text’s language is another', () => {
    expect(names('Er reiste nach Indien.\n', 'de', [india]).found).toEqual([['Indien', '#inde', undefined]]);
  });
});
