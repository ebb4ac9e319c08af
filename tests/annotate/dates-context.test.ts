import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import type { Block } from '../../src/model/block.js';
import type { DateNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { LineWriter, div, editionOf, para, witnessText } from './build.js';

function dates(...paragraphs: string[]) {
  const w = new LineWriter();
  const body = [div('ch1', paragraphs.map((p, k) => para(`p${k}`, [w.text(p), w.lb()])))];
  const edition = annotate(editionOf(body, []), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false });
  const out: Array<[string, string | undefined, string | undefined]> = [];
  forEachInline(edition.body as Block[], (n) => {
    if (n.kind === 'date') out.push([witnessText(n.children), (n as DateNode).when ?? (n as DateNode).from, (n as DateNode).cert]);
  });
  return { out, edition };
}

describe('the year of a partial date', () => {
  it('is the nearest year of its sentence, even after it', () => {
    const { out, edition } = dates('In 1926 the Opposition was formed. On December 17 of the year of the murder, 1934, Zinoviev was arrested.');
    expect(out).toContainEqual(['December 17', '1934-12-17', 'medium']);
    expect(edition.review.find((i) => i.text === 'December 17')?.message).toContain('the nearest year in its paragraph');
  });

  it('is not taken from a quotation that opens after the date', () => {
    const { out } = dates('On August 5, 1936 he was questioned; and on August 13 he yielded: “after the conversation with Sedov in 1931 in Berlin”.');
    expect(out).toContainEqual(['August 13', '1936-08-13', 'medium']);
  });

  it('comes from the chapter, with cert="low", when the paragraph has none', () => {
    const { out, edition } = dates('The verdict came on August 24, 1936.', 'On August 25 they were shot.');
    expect(out).toContainEqual(['August 25', '1936-08-25', 'low']);
    expect(edition.review.find((i) => i.text === 'August 25')?.message).toContain('the last year written before it in its chapter');
  });
});

describe('the year of a dated letter of a collection', () => {
  // Goethe, Werther (1774), as FakerPHP/Faker's de_DE Text.php prints the Project Gutenberg
  // text #2407 (commit 054058d29557027ad71f7506ad0dc39b0d8e0129; public domain): each letter
  // a section of its book, only the first giving its year.
  it('comes from an earlier section of its chapter, with cert="low", when its own section has none', () => {
    const w = new LineWriter();
    const letter = (id: string, heading: string, text: string) =>
      div(id, [{ kind: 'head', headType: 'title', id: `${id}-h`, src: [], children: [w.text(heading), w.lb()] } as Block, para(`${id}-p`, [w.text(text), w.lb()])], 'section');
    const body = [
      div('ch1', [
        letter('s1', 'Am 4. Mai 1771', 'Wie froh bin ich, daß ich weg bin!'),
        letter('s2', 'Am 10. Mai', 'Eine wunderbare Heiterkeit hat meine ganze Seele eingenommen.'),
      ]),
    ];
    const plain = editionOf(body, []);
    const edition = annotate({ ...plain, header: { ...plain.header, language: { ident: 'de', name: 'Deutsch' } } }, { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false });
    const out: Array<[string, string | undefined, string | undefined]> = [];
    forEachInline(edition.body as Block[], (n) => {
      if (n.kind === 'date') out.push([witnessText(n.children), (n as DateNode).when, (n as DateNode).cert]);
    });
    expect(out).toEqual([
      ['4. Mai 1771', '1771-05-04', undefined],
      ['10. Mai', '1771-05-10', 'low'],
    ]);
    expect(edition.review.find((i) => i.text === '10. Mai')?.message).toContain('the last year written before it in its chapter, in an earlier section');
  });
});
