// Issue 13, point 7: where witnesses agree throughout a chapter, the apparatus says so.
import { describe, expect, it } from 'vitest';
import type { BlockApp } from '../../src/model/block.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const A = ['Chapter one text.', '', '', 'The second chapter, which both witnesses carry.', 'It ends here.', '', 'A last paragraph.'].join('\n');
const same = ['The second chapter, which both witnesses carry.', 'It ends here.', '', 'A last paragraph.'].join('\n');

function relations(b: string, relationsConfig = [] as { witnesses: string[]; note: string }[]) {
  const s = editionOf([witnessOf('A', A), witnessOf('B', b, '2')], { relations: relationsConfig });
  return s.body.flatMap((d) => d.blocks.filter((x): x is BlockApp => x.kind === 'app').flatMap((x) => (x.details ?? []).filter((t) => t.type === 'relation')));
}

describe('witness relation', () => {
  it('states that two witnesses have the same text in a chapter, with the common source the editor names', () => {
    const found = relations(same, [{ witnesses: ['A', 'B'], note: 'Both copy the same printed page.' }]);
    expect(found).toHaveLength(1);
    expect(found[0]!.wit).toEqual(['A', 'B']);
    expect(found[0]!.text).toMatch(/^Witnesses A and B have the same text in this chapter: collated word by word, they differ in no word, spelling or punctuation mark/);
    expect(found[0]!.text).toContain('Both copy the same printed page.');
  });

  it('says nothing of the kind where a word differs, or for the editor’s relation of other witnesses', () => {
    expect(relations(same.replace('carry', 'hold'))).toEqual([]);
    const other = relations(same, [{ witnesses: ['C', 'D'], note: 'Not these.' }]);
    expect(other[0]!.text).not.toContain('Not these.');
  });
});

describe('witness relation in a standalone collation', () => {
  it('the header says which witnesses have the same text throughout', async () => {
    const { collate, toTei } = await import('../../src/collate/index.js');
    const xml = toTei(collate([
      { siglum: 'A', text: 'The black cat.' },
      { siglum: 'B', text: 'The white cat.' },
      { siglum: 'C', text: 'The black\ncat.' },
    ]));
    expect(xml).toContain('<p>Witnesses A, C: collated word by word, they have the same text throughout (no variant place separates them).</p>');
    expect(toTei(collate([{ siglum: 'A', text: 'a' }, { siglum: 'B', text: 'b' }]))).not.toContain('same text throughout');
  });
});
