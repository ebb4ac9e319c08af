// A standalone collation gives every witness back byte for byte (`collate --format tei`, then
// `extract --wit`): random texts, random edits, 2 to 5 witnesses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collate, toTei } from '../../src/collate/index.js';
import { extractWitness } from '../../src/tei/extract.js';
import { parseTei } from './tei-reader.js';

const words = fc.constantFrom(
  'the', 'The', 'cat', 'black', 'BLACK', 'window-shutters', 'window', 'shutters', 'to-day', 'today', 'a', 'dog',
  'colour', 'color', 'don’t', "don't", ',', '.', ';', '“', '”', '—', '-', '&', '<b>', ']]>', 'é', 'e\u0301', 'Œuvre',
);
const spaces = fc.constantFrom(' ', ' ', ' ', ' ', '\n', '\n\n', '\n\n\n', '  ', '\t', ' \n', '\n  \n', '', '\u00A0');
const text = fc
  .tuple(fc.constantFrom('', '', '\n', '  '), fc.array(fc.tuple(words, spaces), { minLength: 0, maxLength: 30 }))
  .map(([lead, parts]) => lead + parts.map(([w, s]) => w + s).join(''));

type Edit =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; word: string; space: string }
  | { kind: 'case'; at: number }
  | { kind: 'space'; at: number; space: string }
  | { kind: 'move'; from: number; len: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), word: words, space: spaces }),
  fc.record({ kind: fc.constant('case' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('space' as const), at: fc.nat(), space: spaces }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), len: fc.integer({ min: 1, max: 6 }), to: fc.nat() }),
);

/** Applies edits to a text cut into words and the whitespace after each. */
function applyEdits(source: string, edits: readonly Edit[]): string {
  const lead = /^\s*/u.exec(source)![0];
  const parts = [...source.slice(lead.length).matchAll(/(\S+)(\s*)/gu)].map((m) => [m[1]!, m[2]!] as [string, string]);
  for (const e of edits) {
    const n = parts.length;
    if (e.kind === 'insert') parts.splice(e.at % (n + 1), 0, [e.word, e.space]);
    else if (n === 0) continue;
    else if (e.kind === 'delete') parts.splice(e.at % n, e.len);
    else if (e.kind === 'case') {
      const p = parts[e.at % n]!;
      p[0] = p[0] === p[0].toUpperCase() ? p[0].toLowerCase() : p[0].toUpperCase();
    } else if (e.kind === 'space') parts[e.at % n]![1] = e.space;
    else {
      const moved = parts.splice(e.from % n, e.len);
      parts.splice(e.to % (parts.length + 1), 0, ...moved);
    }
  }
  return lead + parts.map(([w, s]) => w + s).join('');
}

const witnesses = fc
  .tuple(text, fc.array(fc.array(edit, { maxLength: 6 }), { minLength: 1, maxLength: 4 }))
  .map(([base, editLists]) => [base, ...editLists.map((edits) => applyEdits(base, edits))].map((t, i) => ({ siglum: `W${i + 1}`, text: t })));

describe('lossless standalone collation', () => {
  it('every witness comes back byte for byte from the TEI (2–5 witnesses, random edits)', () => {
    fc.assert(
      fc.property(witnesses, fc.boolean(), (ws, spacing) => {
        const xml = toTei(collate(ws, { whitespaceVariants: spacing }));
        parseTei(xml);
        for (const w of ws) expect(extractWitness(xml, w.siglum)).toBe(w.text);
      }),
      { numRuns: 400 },
    );
  });

  it('texts with nothing in common, and empty or blank witnesses, come back too', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.constantFrom('', ' ', '\n\n', '\t\n')), { minLength: 2, maxLength: 5 }), (texts) => {
        const ws = texts.map((t, i) => ({ siglum: `W${i + 1}`, text: t }));
        const xml = toTei(collate(ws));
        for (const w of ws) expect(extractWitness(xml, w.siglum)).toBe(w.text);
      }),
      { numRuns: 300 },
    );
  });

  it('line breaks and wrapping are no variants: the same text wrapped differently has no app', () => {
    const words = 'It was on a dreary night of November, that I beheld the accomplishment of my toils.'.split(' ');
    const wrap = (width: number) => {
      const lines: string[] = [];
      let line = '';
      for (const w of words) {
        if (line && `${line} ${w}`.length > width) lines.push(line), (line = w);
        else line = line ? `${line} ${w}` : w;
      }
      return `${[...lines, line].join('\n')}\n`;
    };
    const ws = [20, 31, 72].map((width, i) => ({ siglum: `W${i + 1}`, text: wrap(width) }));
    const c = collate(ws);
    expect(c.places.filter((p) => p.kind === 'variant')).toEqual([]);
    const xml = toTei(c);
    expect(xml).not.toMatch(/<app[ >]/);
    for (const w of ws) expect(extractWitness(xml, w.siglum)).toBe(w.text);
  });
});
