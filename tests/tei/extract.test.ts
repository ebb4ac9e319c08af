import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../src/diagnostics/index.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { seedEdition } from '../helpers/seed-edition.js';
import { repoRoot } from '../helpers/edition-dir.js';

describe('lossless extraction', () => {
  it('gives back both seed witnesses byte for byte from the edition', () => {
    const { tei } = seedEdition();
    for (const [wit, file] of [
      ['A', 'witnesses/red-book-part2-sph-compilation.txt'],
      ['B', 'witnesses/red-book-ch11-etol.txt'],
    ] as const) {
      expect(Buffer.from(extractWitness(tei, wit), 'utf8').equals(readFileSync(join(repoRoot, file)))).toBe(true);
    }
  });

  it('gives back both witnesses from the committed tei/red-book.xml', () => {
    const tei = readFileSync(join(repoRoot, 'tei/red-book.xml'), 'utf8');
    expect(extractWitness(tei, 'B')).toBe(readFileSync(join(repoRoot, 'witnesses/red-book-ch11-etol.txt'), 'utf8'));
  });

  it('keeps whitespace-only lines, tabs, trailing spaces and the final newline', () => {
    const text = '  Indented first line\t\n   \n\nSecond paragraph with trailing spaces   \n\t\n';
    expect(extractWitness(toTei(editionOf([witnessOf('A', text)])), 'A')).toBe(text);
  });

  it('gives back a file with a BOM and CRLF line ends byte for byte, as its header records them', () => {
    const file = '\uFEFFLine one\r\nLine two\r\n';
    const tei = toTei(editionOf([witnessOf('A', file), witnessOf('B', 'Line one\nLine two\n')]));
    expect(tei).toContain('<note type="encoding" subtype="bom-crlf">');
    expect(extractWitness(tei, 'A')).toBe(file);
    expect(extractWitness(tei, 'B')).toBe('Line one\nLine two\n');
  });

  it('records CRLF without a BOM, and a BOM without CRLF, each on its own', () => {
    const crlf = 'One\r\nTwo';
    const bom = '\uFEFFOne\nTwo\n';
    expect(extractWitness(toTei(editionOf([witnessOf('A', crlf)])), 'A')).toBe(crlf);
    expect(extractWitness(toTei(editionOf([witnessOf('A', bom)])), 'A')).toBe(bom);
  });

  it('says which witnesses a file has when asked for another', () => {
    const tei = toTei(editionOf([witnessOf('A', 'Some text.')]));
    expect(() => extractWitness(tei, 'Z')).toThrowError(EditionError);
    try {
      extractWitness(tei, 'Z');
    } catch (err) {
      expect((err as EditionError).diagnostics[0]).toMatchObject({ rule: 'extract-unknown-witness', hint: 'witnesses here: A' });
    }
  });

  it('refuses a DOCTYPE instead of expanding entities', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaa">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&a;</TEI>';
    expect(() => extractWitness(bomb, 'A')).toThrowError(/DOCTYPE/);
  });
});

/** Lines a transcribed book is made of, including the awkward ones. */
const line = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z ,.;’“”—é-]{0,60}[.!?]$/) },
  { weight: 2, arbitrary: fc.constantFrom('', '', '', '   ', '\t') },
  { weight: 1, arbitrary: fc.nat({ max: 4 }).map((n) => `A sentence that cites a note [${n}].`) },
  { weight: 1, arbitrary: fc.nat({ max: 4 }).map((n) => `[${n}] A note, maybe signed. (L.S.)`) },
  { weight: 1, arbitrary: fc.constantFrom('* * *', 'Vyshinsky: Did the center exist?', 'Smirnov: But what center?', '1. An item;', '2. Another item.', '(A Subtitle)', 'A Short Heading', 'He wrote:') },
  { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', 'A & B < C > D ]]> "quoted" \'single\'', '&amp; is not an entity here', 'astral 𝄞 and · and é') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\r\n\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDFFF]/g, '')) },
);
const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 40 }), fc.boolean()).map(([ls, nl]) => ls.join('\n') + (nl ? '\n' : ''));

describe('lossless extraction, property', () => {
  it('any text that builds comes back exactly from its well-formed TEI', () => {
    let built = 0;
    fc.assert(
      fc.property(text, (t) => {
        let tei: string;
        try {
          tei = toTei(editionOf([witnessOf('A', t)]));
        } catch (err) {
          // Texts that cannot make an edition must say why (e.g. two notes with one number, no text).
          expect(err).toBeInstanceOf(EditionError);
          expect((err as EditionError).diagnostics.length).toBeGreaterThan(0);
          return;
        }
        built++;
        expect(extractWitness(tei, 'A')).toBe(t);
      }),
      { numRuns: 400 },
    );
    expect(built).toBeGreaterThan(200);
  });

  it('a fragment witness laid beside the base comes back exactly too', () => {
    fc.assert(
      fc.property(text, text, (base, extra) => {
        const chapter = `Shared opening paragraph.\n\nShared second paragraph [1].\n\n\n[1] Shared note.`;
        const a = `${base.trim() ? `${base.replace(/\[\d+\]/g, '')}\n\n\n` : ''}${chapter}`;
        const b = `Running head\n\n${chapter}\n\n${extra.replace(/\[\d+\]/g, '').replace(/^\s+/, '') || 'Footer'}`;
        let tei: string;
        try {
          tei = toTei(editionOf([witnessOf('A', a), witnessOf('B', b)]));
        } catch (err) {
          expect(err).toBeInstanceOf(EditionError);
          return;
        }
        expect(extractWitness(tei, 'A')).toBe(a);
        expect(extractWitness(tei, 'B')).toBe(b);
      }),
      { numRuns: 150 },
    );
  });
});
