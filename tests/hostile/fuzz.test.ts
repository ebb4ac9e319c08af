import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditionError, type Diagnostic } from '../../src/diagnostics/index.js';
import { decodeWitness } from '../../src/ingest/decode.js';
import { checkXmlProlog, checkXmlTree, decodeXml } from '../../src/io/intake.js';
import { extractWitness } from '../../src/tei/extract.js';
import { validateText } from '../../src/validate/validate-text.js';
import { nested } from './cases.js';

// Fuzzing the readers of untrusted input with a bounded number of runs (seeded by fast-check,
// printed on failure): none may throw anything but an EditionError, and every message names
// the file and a place inside the text.

const runs = { numRuns: 300 };

/** Pieces of XML, hostile and ordinary, that random documents are made of. */
const piece = fc.oneof(
  fc.constantFrom(
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '</TEI>',
    '<p>',
    '</p>',
    '<hi rend="x">',
    '</hi>',
    '<lb edRef="#A" n="1"/>',
    '<lb edRef="#A" n="2"/>',
    '<app><lem wit="#A">a</lem><rdg wit="#B">b</rdg></app>',
    '<note n="1">n</note>',
    '<!DOCTYPE TEI>',
    '<!DOCTYPE TEI [<!ENTITY a "&a;&a;">]>',
    '<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/x.dtd">',
    '<?xml version="1.0"?>',
    '<?xml-stylesheet href="http://127.0.0.1:9/x.xsl"?>',
    '<![CDATA[ <not> markup ]]>',
    '<!-- comment -->',
    '&amp;',
    '&lt;',
    '&#x10FFFF;',
    '&#0;',
    '&undefined;',
    '<',
    '>',
    '"',
    "'",
    '\r\n',
    '\u0000',
    '\uFEFF',
    '\uD800',
    'x:y',
    '<x:y xmlns:x="urn:x">',
    '</x:y>',
  ),
  fc.string({ maxLength: 8 }),
);
const xmlish = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Every diagnostic names the file; a place, when given, lies inside the text. */
function wellPlaced(diagnostics: readonly Diagnostic[], file: string, text: string): void {
  const lines = text.split('\n');
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    if (d.line === undefined) continue;
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column!).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
  }
}

describe('fuzz: the witness parser', () => {
  it('decodes any bytes or says where they go wrong, never throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeWitness(bytes, 'w.txt');
        wellPlaced(decoded.diagnostics, 'w.txt', decoded.text || new TextDecoder().decode(bytes));
        if (decoded.diagnostics.every((d) => d.severity !== 'error')) expect(decoded.text.includes('\r\n')).toBe(false);
      }),
      runs,
    );
  });

  it('gives back any UTF-8 text without controls as it was, CRLF as LF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const text = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\r\uFEFF]/g, '');
        fc.pre(text.length > 0);
        const decoded = decodeWitness(new TextEncoder().encode(text), 'w.txt');
        expect(decoded.diagnostics).toEqual([]);
        expect(decoded.text).toBe(text);
      }),
      runs,
    );
  });
});

describe('fuzz: the XML intake', () => {
  it('decodes any bytes to text or to one reason, never throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const d = decodeXml(bytes);
        expect('text' in d || typeof d.problem === 'string').toBe(true);
      }),
      runs,
    );
  });

  it('accepts or refuses any XML-ish text with one error naming the file and a place inside it', () => {
    fc.assert(
      fc.property(xmlish, fc.boolean(), (text, requireTei) => {
        const prolog = checkXmlProlog(text, 'in.xml', 'render');
        const result = prolog.ok ? checkXmlTree(text, 'in.xml', { stage: 'render', requireTei }) : prolog;
        if (result.ok) return;
        expect(result.diagnostics).toHaveLength(1);
        expect(result.diagnostics[0]?.severity).toBe('error');
        wellPlaced(result.diagnostics, 'in.xml', text);
      }),
      runs,
    );
  });

  it('refuses exactly the nesting deeper than the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 5, max: 300 }), (depth, maxDepth) => {
        // nested() puts `depth` hi elements inside TEI/text/body/p: the deepest element is at depth + 4.
        const result = checkXmlTree(nested(depth), 'deep.xml', { stage: 'extract', limits: { maxDepth } });
        expect(result.ok).toBe(depth + 4 <= maxDepth);
        if (!result.ok) expect(result.diagnostics[0]?.rule).toBe('input-too-deep');
      }),
      { numRuns: 100 },
    );
  });
});

describe("fuzz: validate's reading and extract", () => {
  it('validate reads any XML-ish text into diagnostics, never throwing', () => {
    fc.assert(
      fc.property(xmlish, (text) => {
        const diagnostics = validateText(undefined, text, 'in.xml', { rules: 'edition', requireTei: true });
        wellPlaced(diagnostics, 'in.xml', text);
      }),
      // a counterexample a CI run found: a lone surrogate at the end, reported past the end
      { numRuns: 150, examples: [['<!\ud800']] },
    );
  });

  it('extract gives back a text or throws an EditionError naming the file', () => {
    fc.assert(
      fc.property(xmlish, (text) => {
        try {
          expect(typeof extractWitness(text, 'A', 'in.xml')).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(EditionError);
          wellPlaced((err as EditionError).diagnostics, 'in.xml', text);
        }
      }),
      runs,
    );
  });
});
