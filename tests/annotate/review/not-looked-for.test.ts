// The review of a French edition says that names and corruptions were not looked for, instead
// of "None.". The line is Maupassant's (Mademoiselle Fifi, 1882, public domain) as
// lattice-8094/fr-litbank prints it (commit 4b197890473b89726243585dd53f5641d8afb1f1,
// brat/citations/Mademoiselle_Fifi_nouveaux_contes-1.txt; CC BY-SA 4.0).
import { describe, expect, it } from 'vitest';
import { annotate, renderReview } from '../../../src/annotate/index.js';
import { editionOf, witnessOf } from '../../helpers/in-memory.js';

const text = "MADEMOISELLE FIFI\n\nDans la salle ils trouvèrent les trois officiers de moindre grade : un lieutenant, Otto de Grossling ; deux sous-lieutenants, Fritz Scheunaubourg et le marquis Wilhem d'Eyrik.\n";

describe('the review of an edition in another language than English', () => {
  it('says under names and corruptions that they were not looked for', () => {
    const e = editionOf([witnessOf('A', text)]);
    const french = { ...e, header: { ...e.header, language: { ident: 'fr', name: 'French' } } };
    const { markdown } = renderReview(annotate(french, { corrections: [], rules: { exclusions: [], decisions: [] } }));
    const names = markdown.slice(markdown.indexOf('## 1.'), markdown.indexOf('## 2.'));
    const corruptions = markdown.slice(markdown.indexOf('## 3.'), markdown.indexOf('## 4.'));
    for (const section of [names, corruptions]) {
      expect(section).toContain('Not looked for: the edition is in "fr"');
      expect(section).not.toContain('None.');
    }
  });

  it('says nothing of it for an English edition', () => {
    const { markdown } = renderReview(annotate(editionOf([witnessOf('A', text)]), { corrections: [], rules: { exclusions: [], decisions: [] } }));
    expect(markdown).not.toContain('Not looked for');
  });
});
