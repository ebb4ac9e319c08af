// The `collation` section of edition.config.json: the collator's options, checked by zod.
import { describe, expect, it } from 'vitest';
import { collationConfig } from '../../src/config/sections/collation.js';
import { collate } from '../../src/collate/index.js';

describe('collation config', () => {
  it('accepts the collator options and hands them to collate as they are', () => {
    const config = collationConfig.parse({ normalize: { case: false }, nearMatch: 0.6, transpositions: { enabled: false } });
    const c = collate(
      [
        { siglum: 'A', text: 'The cat a b' },
        { siglum: 'B', text: 'the cat b a' },
      ],
      config,
    );
    expect(c.options.normalize.case).toBe(false);
    expect(c.options.nearMatch).toBe(0.6);
    expect(c.transpositions).toEqual([]);
    expect(c.places.find((p) => p.kind === 'variant')!.type).toBe('case');
  });

  it('rejects unknown normalisation switches and out-of-range thresholds, saying where', () => {
    const bad = collationConfig.safeParse({ normalize: { cases: true }, orthographic: 2 });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['normalize', 'orthographic']));
  });
});
