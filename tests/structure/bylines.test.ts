// Bylines: a magazine's articles and poems print their author under the title ("BY JAMES
// MASON."), sometimes with an illustration between. Each becomes a TEI byline in the division's
// opener; a sentence that opens with "By" does not.
// Source (Project Gutenberg licence, public-domain text), a few lines each: The Girl's Own
// Paper, Vol. VIII, No. 353 (2 October 1886): github.com/GITenberg/The-Girl-s-Own-Paper-Vol.-VIII--No.-353-October-2-1886._18195,
// commit 7dd4392fb0f06c54b14abe0852033a97eeca0af4, 18195-8.txt (ISO-8859-1, its lines here in UTF-8).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { isByline } from '../../src/structure/rules/text-patterns.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { jingErrors, teiAllSchema } from '../helpers/schema.js';

const kinds = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.kind === 'div' ? `div(${kinds(b.blocks).join(',')})` : b.kind === 'opener' ? `opener(${b.parts.map((p) => p.kind).join(',')})` : b.kind));

const issue = [
  'THE AMATEUR CHURCH ORGANIST.',
  '',
  'BY THE HON. VICTORIA GROSVENOR.',
  '',
  '',
  'We believe that young people generally have a desire to be useful.',
  'Sometimes not an actually formulated desire, but a vague intention which',
  'they mean some day shall have a practical issue, when and how they do',
  '',
  '',
  'EVERY GIRL A BUSINESS WOMAN.',
  '',
  'A PRACTICAL GUIDE TO THE WORLD OF INDUSTRY AND THRIFT.',
  '',
  'BY JAMES MASON.',
  '',
  '',
  'Every girl who is guided by common sense will aim at becoming a business',
  'woman. That is to say, she will try to cultivate habits of order,',
  '',
  '',
  'AUTUMN.',
  '',
  '[Illustration]',
  '',
  'BY HELEN MARION BURNSIDE.',
  '',
  '',
  '            The chestnut burrs are falling',
  '              On the shining dew-steeped lawn,',
  '            Where the swallows have been calling',
  '              To each other since the dawn;',
  '',
];

describe('a byline under a title', () => {
  it('is the opener of the piece, under its title or a subtitle and past an illustration too, and the TEI gives the witness back', () => {
    const text = issue.join('\n');
    const e = editionOf([witnessOf('A', text)]);
    const outline = kinds(e.body).join(' ');
    expect(outline.match(/opener\(byline\)/gu)).toHaveLength(3);
    expect(outline).toContain('div(head,opener(byline),p)');
    expect(outline).toContain('head,figure,opener(byline)');
    const tei = toTei(e);
    expect(tei).toContain('<byline><lb edRef="#A" n="3"/>BY THE HON. VICTORIA GROSVENOR.</byline>');
    expect(extractWitness(tei, 'A')).toBe(text);
    const schema = teiAllSchema();
    if (schema) expect(jingErrors(tei, schema)).toEqual([]);
  });

  it('is not a sentence that opens with "By", nor a line below the text', () => {
    const text = ['THE HARVEST.', '', 'By Monday the fields were bare.', '', 'Then came the rain.', '', 'By John Smith.', ''].join('\n');
    const e = editionOf([witnessOf('A', text)]);
    expect(kinds(e.body)).toEqual(['div(head,p,p,p)']);
  });
});

describe('isByline', () => {
  it('reads a name after the word that introduces it, in capitals or with particles', () => {
    for (const line of ['BY JAMES MASON.', 'By W. J. Hoffman.', 'BY ROSA NOUCHETTE CAREY, Author of "Aunt Diana," "For Lilias," etc.', '_By the Author of Waverley_', 'Von Walther von der Vogelweide', 'Par Jean de La Fontaine']) {
      expect(isByline(line), line).toBe(true);
    }
    for (const line of ['By Monday the fields were bare.', 'By Jove!', 'By the way, no one came.', 'Byron', 'By', 'BY THE', 'Part I. Mammals.']) {
      expect(isByline(line), line).toBe(false);
    }
  });
});
