import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPST_STRING_ESCAPES, typstString, typstText, xsltEscapeTable } from '../../../src/render/pdf/typst-escape.js';
import { teiToTypst } from '../../../src/render/pdf/typst-source.js';
import { typstReads } from './typst-probe.js';

// What Typst markup would read as something else: the characters the issue names, the
// shorthands and line-start syntax of markup, escapes, comments, labels, URLs, quotes.
const tricky = [
  '#', '$', '*', '_', '@', '<', '>', '[', ']', '\\', '`', '//', '/*', '*/', '"', "'", '~', '-', '--', '---', '-?', '...',
  '=', '+', '/', ':', ';', '1.', '- ', '= ', '+ ', '/ ', 'http://example.org', '#let x = 1', '#"', '$x$', '@ref', '<label>',
  '\\u{41}', '\\"', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\u2029', '\u0085', '\u0000', '\u0007', '\u007f',
  '“', '”', '‘', '’', '–', '—', 'é', '·', '\u00ad', '\u200b', 'ﬁ', '𝔄', '👍',
];

/** Strings built from tricky pieces and arbitrary code points (no lone surrogates). */
const anyText = fc.string({
  unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...tricky) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
  maxLength: 30,
});

/** Characters XML can carry: what the stylesheet can ever be given. */
const isXmlChar = (c: string): boolean => {
  const cp = c.codePointAt(0)!;
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
};

// Text of a TEI paragraph as the stylesheet receives it: XML characters, no line feed (a
// newline in TEI text is layout, docs/tei-conventions.md) and no carriage return (XML
// parsers turn it into a line feed unless written as a reference, which the writer never does).
const teiText = anyText.map((s) => [...s].filter((c) => isXmlChar(c) && c !== '\n' && c !== '\r').join(''));

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal TEI edition whose paragraphs hold the given texts, each with an id to find it by. */
function teiWith(texts: readonly string[]): string {
  const ps = texts.map((t, i) => `<p xml:id="probe-${i}">${xmlEscape(t)}</p>`).join('\n');
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>Probe</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" n="1" xml:id="ch1"><head type="title">Probe</head>
${ps}
</div></body></text></TEI>`;
}

/** The markup the stylesheet wrote for paragraph i: the line after its `// #probe-i` comment. */
function paragraphMarkup(source: string, i: number): string {
  const lines = source.split('\n');
  const at = lines.indexOf(`// #probe-${i}`);
  if (at < 0) throw new Error(`paragraph probe-${i} not found in the generated Typst`);
  return lines[at + 1]!;
}

describe('Typst escaping (src/render/pdf/typst-escape.ts)', () => {
  it('Typst reads every string back exactly, as a string literal and as text in markup', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 25 }), (texts) => {
        const read = typstReads(texts.map((t) => [typstText(t), typstString(t)] as const));
        read.forEach(([asText, asLiteral], i) => {
          expect(asLiteral).toBe(texts[i]);
          expect(asText).toBe(texts[i]);
        });
      }),
      { numRuns: 120 },
    );
  });

  it('every tricky piece on its own comes back exactly', () => {
    const read = typstReads(tricky.map((t) => [typstText(t), typstString(t)] as const));
    expect(read.map(([text]) => text)).toEqual(tricky);
    expect(read.map(([, value]) => value)).toEqual(tricky);
  });

  it('gives a long run with no place to break places to break (empty boxes), and leaves words of letters, dashes and CJK alone', async () => {
    const checksum = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
    expect(typstText(`see ${checksum}.`)).toBe('#"see "#"sha256:"#box()#"9f86d08188"#box()#"4c7d659a2f"#box()#"eaa"#box()#"0c55ad015a"#box()#"3bf4f1b."');
    // a URL breaks after its separators; words of letters stay whole for hyphenation
    expect(typstText('https://example.org/collections/letters/item42.xml')).toBe(
      '#"https://"#box()#"example."#box()#"org/"#box()#"collections/"#box()#"letters/"#box()#"item42."#box()#"xml"',
    );
    const alone = ['Rechtsschutzversicherungsgesellschaften und', '„Achtzehnhundertundzweiunddreißig“, sagte er', 'Trotsky—Zinoviev—Kamenev—Smirnov—Mrachkovsky', '東京都千代田区丸の内一丁目東京都千代田区丸の内一丁目東京都千代田区'];
    for (const t of alone) expect(typstText(t)).toBe(`#${typstString(t)}`);
    const texts = [`see ${checksum}.`, `${checksum}"${checksum}`, ...alone];
    expect(typstReads(texts.map((t) => [typstText(t), '""'] as const)).map(([t]) => t)).toEqual(texts);
    // the stylesheet writes the same markup
    const source = await teiToTypst(teiWith(texts), { onUnhandled: 'fail' });
    texts.forEach((t, i) => expect(paragraphMarkup(source, i)).toBe(typstText(t)));
  });

  it('refuses a lone surrogate, which no Typst source can hold', () => {
    expect(() => typstString('a\ud800b')).toThrow(/lone UTF-16 surrogate/);
  });

  it('the table the stylesheet gets is the TypeScript table, restricted to XML characters', () => {
    const table = xsltEscapeTable();
    for (const [c, escape] of TYPST_STRING_ESCAPES) {
      expect(table[c]).toBe(isXmlChar(c) ? escape : undefined);
    }
    expect(Object.keys(table).sort()).toEqual(['\t', '\n', '\r', '"', '\\', '\u007f', '\u0085', '\u2028', '\u2029'].sort());
  });

  it('xslt/print.xsl writes paragraph text exactly as the TypeScript function does, and Typst reads it back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(teiText, { minLength: 1, maxLength: 20 }), async (texts) => {
        const source = await teiToTypst(teiWith(texts), { onUnhandled: 'fail' });
        const markup = texts.map((_, i) => paragraphMarkup(source, i));
        // The text as the TEI reads it: a run of XML whitespace (a newline included) is one
        // space; a paragraph of whitespace only is layout, and the stylesheet writes nothing
        // for it, as for an empty one.
        const reads = texts.map((t) => {
          const flowed = t.replace(/[ \t\r\n]+/g, ' ');
          return flowed === ' ' ? '' : flowed;
        });
        markup.forEach((m, i) => expect(m).toBe(reads[i] === '' ? '' : typstText(reads[i]!)));
        const read = typstReads(markup.map((m) => [m, '""'] as const));
        read.forEach(([asText], i) => expect(asText).toBe(reads[i]));
      }),
      { numRuns: 25 },
    );
  });
});
