// What French printing sets between guillemets becomes `q`. The lines are Maupassant's
// (Mademoiselle Fifi and La Rouille, 1882, public domain) as lattice-8094/fr-litbank prints them
// (commit 4b197890473b89726243585dd53f5641d8afb1f1,
// brat/citations/Mademoiselle_Fifi_nouveaux_contes-1.txt; CC BY-SA 4.0).
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { guillemetOrder, guillemetPairs } from '../../src/annotate/quotations.js';
import type { Inline } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const quoted = (text: string, more: string[] = []) => {
  const edition = annotate(editionOf([witnessOf('A', text), ...more.map((t, i) => witnessOf(`B${i}`, t))]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false });
  const qs: string[] = [];
  forEachInline(edition.body, (n: Inline) => {
    if (n.kind === 'q') qs.push(plainText(n.children));
  });
  return { edition, qs };
};

const fifi = [
  'MADEMOISELLE FIFI',
  '',
  'Le major quitta sa pipe : « Quelle fête, capitaine ? »',
  '',
  'Le comte de Farlsberg haussa les épaules en souriant : « Vous êtes fou, mon ami. »',
  '',
  "A la fin le major céda : « Soit, » dit-il ; et aussitôt le baron fit appeler _Le Devoir_.",
  '',
].join('\n');

describe('quotations between guillemets', () => {
  it('tags each « … » of a paragraph as q, the marks inside it, and the witness comes back whole', () => {
    const { edition, qs } = quoted(fifi);
    expect(qs).toEqual(['« Quelle fête, capitaine ? »', '« Vous êtes fou, mon ami. »', '« Soit, »']);
    const tei = toTei(edition);
    expect(tei).toContain('<q>« Quelle fête, capitaine ? »</q>');
    expect(extractWitness(tei, 'A')).toBe(fifi);
  });

  it('tags the quotations inside a speech whose one » closes them both', () => {
    // La Rouille: the narrator's « Quand Médor… never closes; the dog's words inside it do.
    const line = "Il dévoilait leurs pensées : « Quand Médor a vu que le râle le faisait courir ainsi, il s'est dit : « Attends, mon gaillard, nous allons rire. » Alors il s'est mis à quêter de biais. Il s'est dit : « Pincé, nom d'un chien ! » et s'est tapi.";
    expect(quoted(`LA ROUILLE\n\n${line}\n`).qs).toEqual(['« Attends, mon gaillard, nous allons rire. »', '« Pincé, nom d\'un chien ! »']);
  });

  it('makes no pair of a paragraph that goes on quoting (» first), nor of German »…« in French order', () => {
    expect(guillemetPairs('» – C’est moi, dit cette femme, car je voulais te parler.')).toEqual([]);
    expect(guillemetPairs('»Wer ist da?« fragte er.')).toEqual([]);
    expect(guillemetPairs('»Wer ist da?« fragte er.', 'german')).toEqual([[0, 13]]);
    expect(guillemetPairs('« un » et « deux »')).toEqual([[0, 6], [10, 18]]);
  });

  it('leaves a quotation that crosses a variant of the apparatus as it stands', () => {
    const modern = fifi.replace('Quelle fête', 'Quelle fete');
    const { edition, qs } = quoted(fifi, [modern]);
    expect(qs).toEqual(['« Vous êtes fou, mon ami. »', '« Soit, »']);
    const tei = toTei(edition);
    expect(extractWitness(tei, 'A')).toBe(fifi);
    expect(extractWitness(tei, 'B0')).toBe(modern);
  });
});

// German printing opens with » and closes with «. The lines are the opening of Kafka's Die
// Verwandlung (1915, public domain), with Project Gutenberg's double hyphens for dashes.
const verwandlung = [
  'I',
  '',
  '»Was ist mit mir geschehen?«, dachte er. Es war kein Traum. Sein Zimmer,',
  'ein richtiges, nur etwas zu kleines Menschenzimmer, lag ruhig zwischen',
  'den vier wohlbekannten Wänden.',
  '',
  '»Ach Gott«, dachte er, »was für einen anstrengenden Beruf habe ich',
  'gewählt! Tag aus, Tag ein auf der Reise.«',
  '',
].join('\n');

describe('the order of the guillemets', () => {
  it('is read from where the marks stand: French « … » with or without spaces inside, German » … «', () => {
    expect(guillemetOrder(fifi.split('\n'))).toBe('french');
    expect(guillemetOrder(['Il dit : «Soit», et sortit.'])).toBe('french');
    expect(guillemetOrder(verwandlung.split('\n'))).toBe('german');
    // a French paragraph that goes on quoting votes for neither
    expect(guillemetOrder(['» – C’est moi, dit cette femme.'])).toBe('french');
  });

  it('tags each »…« of a German paragraph as q, not the narration between two of them', () => {
    const { edition, qs } = quoted(verwandlung);
    expect(qs.slice(0, 2)).toEqual(['»Was ist mit mir geschehen?«', '»Ach Gott«']);
    // the third runs over a line end (plainText reads the line break as nothing)
    expect(qs[2]).toMatch(/^»was für einen .*Reise\.«$/u);
    expect(qs).toHaveLength(3);
    expect(extractWitness(toTei(edition), 'A')).toBe(verwandlung);
  });
});

describe('quotations between German printing’s „ … “', () => {
  // Written for the rule (the probe texts found set »…«): the low mark only ever opens a
  // quotation, and the witness comes back whole.
  const text = ['Erstes Kapitel', '', 'Am 3. März 1848 kam der Brief. „Das ist unmöglich“, sagte der Vater, „wir reisen morgen.“', '', 'Sie las: „Er schrieb »bald«.“', ''].join('\n');

  it('tags each as q, a quotation inside another part of it', () => {
    const { edition, qs } = quoted(text);
    expect(qs).toEqual(['„Das ist unmöglich“', '„wir reisen morgen.“', '„Er schrieb »bald«.“']);
    expect(extractWitness(toTei(edition), 'A')).toBe(text);
  });

  it('leaves marks that cross each other as they stand', () => {
    expect(quoted(['I', '', 'Er rief »a „b« c“ und ging.', ''].join('\n')).qs).toEqual([]);
  });
});
