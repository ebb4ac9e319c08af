// The JSON and table serialisations.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { toJson, toJsonValue, toTable } from '../../src/collate/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collateStrings } from './helpers.js';
import { repoRoot } from './schema.js';

const transposed = ['the black dog chases a red cat', 'a red cat chases the black dog', 'a red cat chases the yellow dog'];

describe('JSON', () => {
  it('is the collation as data: tokens by offset into each text, the table by token index, places, transpositions', () => {
    const c = collateStrings(transposed);
    const parsed = JSON.parse(toJson(c));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(toJsonValue(c))));
    const token = (w: { text: string; tokens: number[] }, i: number) => w.text.substr(w.tokens[2 * i]!, w.tokens[2 * i + 1]!);
    expect(c.witnesses[1]!.tokens.map((_, i) => token(parsed.witnesses[1], i))).toEqual(c.witnesses[1]!.tokens.map((t) => t.text));
    expect(parsed.table).toHaveLength(c.columns.length);
    // Every transposition token reference resolves to a token of the right text.
    for (const t of parsed.transpositions) {
      for (const side of t.sides) {
        for (const [siglum, index] of side.tokens) {
          const w = parsed.witnesses.find((x: { siglum: string }) => x.siglum === siglum);
          expect(w.tokens[index]).toBeDefined();
        }
      }
    }
    expect(parsed.places.filter((p: { kind: string }) => p.kind === 'variant').every((p: { type: string }) => typeof p.type === 'string')).toBe(true);
  });

  it('is compact: each witness text once, no reading text repeated, normalised forms only where they differ', () => {
    const texts = ['1818', '1823', '1831'].map((s) => readFileSync(join(repoRoot, `examples/frankenstein/witnesses/frankenstein-${s}.txt`), 'utf8'));
    const json = toJson(collateStrings(texts));
    const size = texts.reduce((n, t) => n + t.length, 0);
    expect(json.length).toBeLessThan(5 * size);
    expect(json.split('IT was on a dreary night of November').length - 1).toBe(3);
    const parsed = JSON.parse(json);
    const a = 'The Cat sat on the mat. '.repeat(20);
    const norms = JSON.parse(toJson(collateStrings([a, a.replace(/mat/g, 'rug')]))).witnesses[0].norm;
    expect(Object.values(norms).sort()).toEqual([...Array(20).fill('cat'), ...Array(20).fill('the')]);
    expect(parsed.places.every((p: { kind: string }) => p.kind === 'variant')).toBe(true);
  });
});

describe('table', () => {
  it('shows every witness in a row, ∅ for nothing, and lists the transpositions', () => {
    const out = toTable(collateStrings(transposed));
    const rows = out.split('\n');
    expect(rows[0]).toBe('∅ no text in this witness   ¶ paragraph break');
    expect(rows.find((r) => r.startsWith('A'))).toMatch(/^A │ the black dog\s+│ chases\s+│ a red cat │ ∅\s+│ ∅$/);
    expect(rows.find((r) => r.startsWith('C'))).toMatch(/^C │ ∅\s+│ ∅\s+│ a red cat │ chases\s+│ the yellow dog$/);
    // Variant places are headed by their id and type.
    expect(rows[2]).toMatch(/^\s+│ app1\s+│ app2\s+│\s+│ app3\s+│ app4$/);
    expect(rows[3]).toMatch(/^\s+│ transposition │ transposition │\s+│ transposition │ transposition$/);
    expect(out).toContain('Transpositions:');
    expect(out).toMatch(/t1: “the black dog” A at app1 ↔ B C at app4/);
  });

  it('shows paragraph breaks, a dash of the text as a dash, and hides the classes asked', () => {
    const c = collateStrings(['One – two.\n\nThree four.', 'One two.\n\nThree Four.', 'One – two. Three four.']);
    const out = toTable(c);
    expect(out).toMatch(/A\s+│ One\s+│ –\s+│ two\. ¶ Three/);
    expect(out).toMatch(/B\s+│ One\s+│ ∅\s+│ two\. ¶ Three/);
    expect(out).toMatch(/C\s+│ One\s+│ –\s+│ two\. Three/);
    const hidden = toTable(c, { hide: ['punctuation', 'case'] });
    expect(hidden).not.toMatch(/│ punctuation|│ case/);
    expect(hidden).toContain('hidden: punctuation, case');
  });

  it('wraps into bands that fit the width, and abridges long stretches', () => {
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const out = toTable(collateStrings([`start ${long} end`, 'start middle end', `start ${long} end`]), { width: 50 });
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(50);
    expect(out.replace(/\s*│?\n\s*│?\s*/g, ' ')).toContain('word20 … [79 more words] … word100');
    expect(out).toContain('middle');
  });
});
