// A paragraph that ends with a German closing quotation mark (“ of „…“, « of »…«) ends as a
// sentence does: the mark was not looked through, so a short paragraph of dialogue on one line
// ended "like a heading" and opened a section of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { isHeadingLike } from '../../src/structure/rules/text-patterns.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'div' ? `div(${kinds(b.blocks).join(',')})` : b.kind));

describe('German closing quotation marks', () => {
  it('end a sentence as English ones do', () => {
    expect(isHeadingLike('»Kind,« sagte der Vater, »was sollen wir aber tun?«')).toBe(false);
    // (written for the rule: the quotation marks of German printing, „…“ and ‚…‘)
    expect(isHeadingLike('Er sagte: „Wir reisen morgen.“')).toBe(false);
    expect(isHeadingLike('Sie flüsterte: ‚Nein.‘')).toBe(false);
    expect(isHeadingLike('„Der Brief“')).toBe(true);
  });

  it('a paragraph of dialogue on one line (Kafka, Die Verwandlung III) is a paragraph, not a section heading', () => {
    const text = readFileSync(join(repoRoot, 'tests/fixtures/german-kafka/verwandlung-3-unwrapped.txt'), 'utf8');
    expect(kinds(editionOf([witnessOf('A', text)]).body[0]!.blocks)).toEqual(['head', 'p', 'p', 'p']);
  });
});
