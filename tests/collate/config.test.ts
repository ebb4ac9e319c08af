// The `collation` section of edition.config.json: the collator's options, checked by zod.
import { describe, expect, it } from 'vitest';
import { collationConfig, collationOptions } from '../../src/config/sections/collation.js';
import { collate } from '../../src/collate/index.js';

describe('collation config', () => {
  it('accepts the collator options and hands them to collate as they are', () => {
    const config = collationConfig.parse({ normalize: { case: false }, nearMatch: 0.6, transpositions: { enabled: false } });
    const c = collate(
      [
        { siglum: 'A', text: 'The cat a b' },
        { siglum: 'B', text: 'the cat b a' },
      ],
      collationOptions(config, () => ({})),
    );
    expect(c.options.normalize.case).toBe(false);
    expect(c.options.nearMatch).toBe(0.6);
    expect(c.transpositions).toEqual([]);
    expect(c.places.find((p) => p.kind === 'variant')!.type).toBe('case');
  });

  it('takes a regularisation table inline or from a file, and the classes to hide', () => {
    const inline = collationConfig.parse({ regularize: { Aye: 'ay' }, hide: ['punctuation'], minAnchor: 0 });
    const texts = [
      { siglum: 'A', text: 'Aye, sir' },
      { siglum: 'B', text: 'Ay sir' },
    ];
    const c = collate(texts, collationOptions(inline, () => ({})));
    expect(c.options.hide).toEqual(['punctuation']);
    expect(c.columns[0]!.cells.map((t) => t!.norm)).toEqual(['ay', 'ay']);
    expect(c.places.filter((p) => p.kind === 'variant').map((p) => p.type)).toEqual(['orthographic', 'punctuation']);
    const read: string[] = [];
    const fromFile = collationOptions(collationConfig.parse({ regularize: 'regular.json' }), (path) => (read.push(path), { Aye: 'ay' }));
    expect(read).toEqual(['regular.json']);
    expect(fromFile.regularize).toEqual({ Aye: 'ay' });
    expect(collationConfig.safeParse({ hide: ['spelling'] }).success).toBe(false);
  });

  it('rejects unknown normalisation switches and out-of-range thresholds, saying where', () => {
    const bad = collationConfig.safeParse({ normalize: { cases: true }, orthographic: 2 });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['normalize', 'orthographic']));
  });
});
