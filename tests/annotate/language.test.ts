// The annotation reads the text's language from the header: dates in its month names, and no
// English proposals for a text in another language (every German noun was proposed as a
// person, every word checked against an English dictionary).
// The German sentences are Goethe's (Werther, 1774; public domain).
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import type { Block } from '../../src/model/block.js';
import type { Edition } from '../../src/model/edition.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const text = ['Am 13. Mai 1771', '', 'Ich habe die Heiterkeit meiner Seele gefunden, und die Bücher schicken mir Freude.', ''].join('\n');

const inLanguage = (e: Edition, ident: string, name: string): Edition => ({ ...e, header: { ...e.header, language: { ident, name } } });

const datesOf = (blocks: readonly Block[]): string[] =>
  JSON.stringify(blocks).match(/"kind":"date"[^}]*?"when":"[^"]+"/g)?.map((m) => /"when":"([^"]+)"/.exec(m)![1]!) ?? [];

describe('the language of the text', () => {
  it('a German text: its dates are read, no name or corruption is proposed, and the build says why', () => {
    const e = annotate(inLanguage(editionOf([witnessOf('A', text)]), 'de', 'Deutsch'), { corrections: [], unknownNames: true, corruptions: true });
    expect(datesOf(e.body.flatMap((d) => d.blocks))).toContain('1771-05-13');
    expect(e.review.filter((r) => r.rule === 'name-unknown' || r.rule.startsWith('corruption'))).toEqual([]);
    expect(e.diagnostics.map((d) => d.rule)).toContain('proposals-english-only');
  });

  it('the same words read as English are proposed as before', () => {
    const e = annotate(inLanguage(editionOf([witnessOf('A', text)]), 'en', 'English'), { corrections: [], unknownNames: true, corruptions: true });
    expect(e.review.some((r) => r.rule === 'name-unknown' || r.rule.startsWith('corruption'))).toBe(true);
    expect(e.diagnostics.map((d) => d.rule)).not.toContain('proposals-english-only');
  });
});
