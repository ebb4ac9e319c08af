// The JSON and table serialisations.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { toJson, toJsonValue, toTable } from '../../src/collate/index.js';
import { collateStrings } from './helpers.js';

const transposed = ['the black dog chases a red cat', 'a red cat chases the black dog', 'a red cat chases the yellow dog'];

describe('JSON', () => {
  it('is the collation as data: tokens with their places, the table by token index, places, transpositions', () => {
    const c = collateStrings(transposed);
    const parsed = JSON.parse(toJson(c));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(toJsonValue(c))));
    expect(parsed.witnesses[1].tokens[0]).toEqual({ text: 'a', norm: 'a', kind: 'word', offset: 0, end: 1, line: 1, column: 1 });
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
});

describe('table', () => {
  it('shows every witness in a row, – for nothing, and lists the transpositions', () => {
    const out = toTable(collateStrings(transposed));
    const rows = out.split('\n');
    expect(rows.find((r) => r.startsWith('A'))).toMatch(/^A │ the black dog\s+│ chases\s+│ a red cat │ –\s+│ –$/);
    expect(rows.find((r) => r.startsWith('C'))).toMatch(/^C │ –\s+│ –\s+│ a red cat │ chases\s+│ the yellow dog$/);
    // Variant places are headed by their id and type.
    expect(rows[0]).toMatch(/^\s+│ app1\s+│ app2\s+│\s+│ app3\s+│ app4$/);
    expect(rows[1]).toMatch(/^\s+│ transposition │ transposition │\s+│ transposition │ transposition$/);
    expect(out).toContain('Transpositions:');
    expect(out).toMatch(/t1: “the black dog” A at app1 ↔ B C at app4/);
  });

  it('wraps into bands that fit the width, and abridges long stretches', () => {
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const out = toTable(collateStrings([`start ${long} end`, 'start middle end', `start ${long} end`]), { width: 50 });
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(50);
    expect(out.replace(/\s*│?\n\s*│?\s*/g, ' ')).toContain('word20 … [79 more words] … word100');
    expect(out).toContain('middle');
  });
});
