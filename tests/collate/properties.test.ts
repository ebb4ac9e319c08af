// Invariants of the collator, checked on generated witnesses (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collate, normalizeText, tokenize, toTei, type NormalizeOptions } from '../../src/collate/index.js';
import { readWitnessesFromTei } from './tei-reader.js';
import { tokensFromTable } from './helpers.js';

const word = fc.constantFrom('the', 'The', 'cat', 'black', 'Black', 'a', 'dog', 'red', 'very', 'quick', 'colour', 'color', 'don’t', "don't", ',', '.', '“', '”', '—', '-', '&', '<b>');
const space = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  ');
const text = fc.array(fc.tuple(word, space), { minLength: 0, maxLength: 16 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
const witnesses = fc.array(text, { minLength: 2, maxLength: 4 }).map((texts) => texts.map((t, i) => ({ siglum: `W${i}`, text: t })));

describe('collation invariants', () => {
  it("each witness's tokens appear in the table once, in their order (nothing lost)", () => {
    fc.assert(
      fc.property(witnesses, (ws) => {
        const c = collate(ws);
        for (const w of c.witnesses) expect(tokensFromTable(c, w.siglum)).toEqual(w.tokens.map((t) => t.index));
        for (const col of c.columns) expect(col.cells.some((t) => t !== null)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('places partition every witness: its ranges, in order, give back its text', () => {
    fc.assert(
      fc.property(witnesses, (ws) => {
        const c = collate(ws);
        for (const w of ws) {
          const rebuilt = c.places.map((p) => w.text.slice(p.ranges[w.siglum]!.start, p.ranges[w.siglum]!.end)).join('');
          if (c.places.length > 0) expect(rebuilt).toBe(w.text);
          let at = 0;
          for (const p of c.places) {
            expect(p.ranges[w.siglum]!.start).toBe(at);
            at = p.ranges[w.siglum]!.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a transposition links text of different witnesses that have words in common, and is reported once', () => {
    fc.assert(
      fc.property(witnesses, (ws) => {
        const c = collate(ws);
        const used = new Set<string>();
        for (const t of c.transpositions) {
          const [a, b] = t.sides;
          expect(a.tokens.length).toBeGreaterThan(0);
          expect(b.tokens.length).toBeGreaterThan(0);
          expect(a.witnesses.filter((w) => b.witnesses.includes(w))).toEqual([]);
          const forms = new Set(a.tokens.map((x) => x.norm));
          expect(b.tokens.some((x) => forms.has(x.norm))).toBe(true);
          // (With three or more witnesses a token can move relative to two groups of witnesses,
          // so it may be in two transpositions, but never twice in the same one.)
          const key = [a, b].map((side) => side.tokens.map((x) => `${x.witness}:${x.index}`).join(' ')).sort().join(' | ');
          expect(used.has(key)).toBe(false);
          used.add(key);
          // Both places are variant places that point at each other.
          const places = c.places.filter((p) => p.transpositions?.includes(t.id));
          expect(places.every((p) => p.kind === 'variant' && p.type === 'transposition')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the TEI is well-formed and gives back every witness’s text', () => {
    fc.assert(
      fc.property(witnesses, (ws) => {
        const c = collate(ws);
        const back = readWitnessesFromTei(toTei(c));
        for (const w of c.witnesses) {
          expect(back.get(w.siglum)).toBe(w.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('text that looks like markup or an entity stays text in the TEI', () => {
    const c = collate([
      { siglum: 'A', text: 'x &amp; y &lt;b&gt; ]]> z' },
      { siglum: 'B', text: 'x &amp; y &lt;b&gt; ]]> w' },
    ]);
    const back = readWitnessesFromTei(toTei(c));
    expect(back.get('A')).toContain('x &amp; y &lt;b&gt; ]]>');
    expect(back.get('B')).toContain('x &amp; y &lt;b&gt; ]]>');
  });
});

describe('tokenising and normalising', () => {
  it('tokens keep their offsets, lines and columns', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const tokens = tokenize('A', s);
        let rebuilt = s.slice(0, tokens[0]?.offset ?? s.length);
        for (const t of tokens) {
          expect(s.slice(t.offset, t.end)).toBe(t.text);
          const before = s.slice(0, t.offset);
          expect(t.line).toBe(before.split('\n').length);
          expect(t.column).toBe(t.offset - (before.lastIndexOf('\n') + 1) + 1);
          expect(t.text).not.toMatch(/\s/u);
          rebuilt += t.text + t.ws;
        }
        expect(rebuilt).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('normalising twice changes nothing, whatever the options', () => {
    const options = fc.record<NormalizeOptions>({
      case: fc.boolean(),
      quotes: fc.boolean(),
      dashes: fc.boolean(),
      whitespace: fc.boolean(),
      punctuation: fc.boolean(),
    });
    const unicodeText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: fc.constantFrom('A', 'e', '\u0301', '-', '’', '“', '—', '\u00AD', '\u200B', 'İ', 'ẞ', 'Σ', "'", '.'), maxLength: 12 }),
    );
    // A character whose canonical form is a quotation mark (Greek varia, U+1FEF: U+0060)…
    // …and an accent that a removed mark brings to its letter (A.\u0301 without the full stop).
    for (const [text, o] of [
      ['\u1FEF', { case: true, quotes: true, dashes: false, whitespace: false, punctuation: false }],
      ['A.\u0301', { case: false, quotes: true, dashes: false, whitespace: false, punctuation: true }],
    ] as const) {
      const once = normalizeText(text, o);
      expect(normalizeText(once, o)).toBe(once);
    }
    fc.assert(
      fc.property(unicodeText, options, (s, o) => {
        const once = normalizeText(s, o);
        expect(normalizeText(once, o)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
