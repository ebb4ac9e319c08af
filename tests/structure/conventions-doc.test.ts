import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

/** The examples of docs/plain-text-conventions.md: each plain text block and the TEI block after it. */
const doc = readFileSync(join(repoRoot, 'docs/plain-text-conventions.md'), 'utf8');
const pairs = [...doc.matchAll(/```\n([\s\S]*?)```\n+(?:[^`\n]*\n+)?```xml\n([\s\S]*?)```/gu)].map((m) => ({ text: m[1]!, xml: m[2]! }));

describe('the examples of docs/plain-text-conventions.md hold', () => {
  it('has an example for each convention', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pairs.map((p, i) => [i + 1, p] as const))('example %i: the TEI has the elements (and types) the document shows, and gives the text back', (_, { text, xml }) => {
    // Annotated too: some conventions (italics marked in the text) are the annotation stage's.
    const tei = toTei(annotate(editionOf([witnessOf('A', text)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false }));
    expect(extractWitness(tei, 'A')).toBe(text);
    for (const m of xml.matchAll(/<([a-zA-Z]+)((?:\s+[\w:]+="[^"]*")*)\s*\/?>/gu)) {
      // A note's type comes from the edition's attribution rules, not from the text.
      const type = m[1] === 'note' ? undefined : /\stype="([^"]+)"/u.exec(m[2]!)?.[1];
      expect(tei, `<${m[1]}${type ? ` type="${type}"` : ''}>`).toMatch(new RegExp(`<${m[1]}[\\s>/]${type ? `[^>]*type="${type.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}"` : ''}`, 'u'));
    }
  });
});
