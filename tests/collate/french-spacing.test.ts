// French printing sets a space before high punctuation (? ! ; :) and inside guillemets; a
// Project Gutenberg text of the same book does not. Two digitisations of Verne's chapter I
// (tests/fixtures/french-verne/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { App, Inline } from '../../src/model/inline.js';
import { forEachInline, plainText } from '../../src/model/walk.js';
import { annotateQuotations } from '../../src/annotate/quotations.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/french-verne', name), 'utf8');
const edition = editionOf([witnessOf('PG', fixture('pg-ch1.txt')), witnessOf('EG', fixture('eg-ch1.txt'))]);
const blocks = edition.body[0]!.blocks;

const apps = (kind: string): App[] => {
  const out: App[] = [];
  forEachInline(blocks, (n) => {
    if (n.kind === 'app' && n.variantType === kind) out.push(n);
  });
  return out;
};

describe('copies spaced differently around French punctuation', () => {
  it('share their words: only the spaces are readings of a whitespace app', () => {
    const spacing = apps('whitespace');
    expect(spacing.length).toBeGreaterThan(0);
    for (const app of spacing) for (const r of app.readings) expect(plainText(r.children)).toMatch(/^\s*$/u);
  });

  it('"«Le nouveau domestique», dit-il." against "« Le nouveau domestique », dit-il." is one quotation', () => {
    const quoted = annotateQuotations({ front: edition.front, body: edition.body });
    const qs: Inline[] = [];
    forEachInline(quoted.body[0]!.blocks, (n) => {
      if (n.kind === 'q') qs.push(n);
    });
    expect(qs.map((q) => plainText(q.kind === 'q' ? q.children : []))).toContain('«Le nouveau domestique»');
  });
});
