/**
 * No input reaches the outputs as code (issue 16, point 1): random strings, with Typst and
 * HTML syntax among them, go into every attribute and text position of a TEI document the
 * renderers read (register ids and the @ref that points to them, a chapter's xml:id (the
 * print source names it in a comment), @n, @target, @when, @rend,
 * @xml:lang, @facs, @url, titles, paragraphs, notes, names, a block's @rend, @rendition and
 * @style, a tagsDecl rendition's CSS and a tagUsage's default); the PDF shows them only as text
 * (no Typst code runs: no marker appears outside its quotes, no file is read) and the HTML DOM
 * holds them only as text or attribute values (no script, no event handler, no unsafe link).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';
import { popplerAvailable, popplerMissing } from './pdf/poppler.js';

/** Pieces an attacker would try; the marker PWNED shows whether code ran (then it stands without its quotes).
 * Random text is ASCII: a character no font has stops the PDF with an error (a different check). */
const payloads = [
  'zz")#text("PWNED")#index-mark("zz',
  '#raw(read("book.typ"))',
  ']#text("PWNED")[',
  '$x^2$ // /* */ * _ @label <tag> \\',
  '"><script>alert("PWNED")</script>',
  "' onmouseover='alert(1)",
  'javascript:alert("PWNED")',
  '<img src=x onerror=alert(1)>',
  '#{ let x = "PWNED"; x }',
  '#import "book.typ": *',
  '&amp; &lt; ]]> -->',
];

const xmlChar = (c: string): boolean => {
  const cp = c.codePointAt(0)!;
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
};
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...payloads), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 4 })
  .map((parts) => [...parts.join('')].filter(xmlChar).join(''));

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A TEI document with `v[i]` in every position the renderers read. */
function tei(v: readonly string[]): string {
  const a = (i: number): string => esc(v[i % v.length]!);
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="${a(0)}"><teiHeader><fileDesc>
<titleStmt><title>${a(1)}</title><author>${a(2)}</author></titleStmt>
<publicationStmt><publisher>${a(3)}</publisher><date when="${a(4)}">${a(5)}</date></publicationStmt>
<sourceDesc><listWit><witness xml:id="A" n="${a(6)}">${a(7)}</witness></listWit></sourceDesc></fileDesc>
<encodingDesc><tagsDecl><rendition xml:id="r1">${a(40)}</rendition><namespace name="http://www.tei-c.org/ns/1.0"><tagUsage gi="ab" render="${a(41)} #r1"/></namespace></tagsDecl></encodingDesc></teiHeader>
<facsimile><surface xml:id="f1"><graphic url="${a(8)}"/></surface></facsimile>
<text><body><div type="chapter" n="${a(9)}" xml:id="${a(39)}"><head>${a(10)}</head>
<p><pb n="${a(11)}" facs="${a(12)}"/>${a(13)} <persName ref="#${a(14)}">${a(15)}</persName> <placeName ref="${a(16)}">${a(17)}</placeName>
<hi rend="${a(18)}">${a(19)}</hi> <ref target="${a(20)}">${a(21)}</ref> <date when="${a(22)}">${a(23)}</date>
<foreign xml:lang="${a(24)}">${a(25)}</foreign><note n="${a(26)}" type="${a(27)}" resp="#${a(28)}">${a(29)}</note>
<app><lem wit="#A">${a(30)}</lem><rdg wit="#${a(31)}">${a(32)}</rdg></app><figure><graphic url="${a(33)}"/><figDesc>${a(34)}</figDesc></figure></p>
<table><row><cell cols="${a(35)}">${a(36)}</cell></row></table>
<p rend="${a(42)} center" rendition="#r1 ${a(43)}" style="${a(44)}">${a(45)}</p><ab>${a(46)}</ab><head rend="italic ${a(47)}">${a(48)}</head></div></body></text>
<standOff><listPerson><person xml:id="${a(14)}"><persName>${a(37)}</persName><idno type="URI">${a(38)}</idno></person></listPerson></standOff></TEI>`;
}

const renditionClasses = ['italic', 'bold', 'underline', 'strike', 'sup', 'sub', 'smallcaps', 'spaced', 'uppercase', 'center', 'right', 'indent'].map((f) => `rend-${f}`);

function checkHtml(files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    if (!path.endsWith('.html')) continue;
    const root = parse(text);
    for (const e of root.querySelectorAll('*') as HTMLElement[]) {
      for (const [name, value] of Object.entries(e.attributes)) {
        expect(name, `${path}: <${e.tagName}> has an event handler`).not.toMatch(/^on/i);
        if (['href', 'src', 'action'].includes(name.toLowerCase())) {
          // A scheme is what stands before a colon (browsers drop tabs and newlines in it first):
          // a relative file name made from an id ("javascript_alert_….html") is no scheme.
          expect(value.trim().replace(/[\t\n\r]/g, ''), `${path}: ${name} of <${e.tagName}>`).not.toMatch(/^(javascript|vbscript):|^data:(?!,$)/i);
        }
      }
      if (e.tagName === 'SCRIPT') expect(e.getAttribute('src') ?? '', `${path}: an inline script`).toMatch(/^assets\//);
      expect(['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META'].includes(e.tagName) && e.closest('main') !== null, `${path}: injected <${e.tagName}>`).toBe(false);
      // renditions become classes of a closed list, never styles
      for (const c of (e.getAttribute('class') ?? '').split(/\s+/).filter((x) => x.startsWith('rend-'))) {
        expect(renditionClasses, `${path}: class ${c}`).toContain(c);
      }
      if (e.closest('main') !== null) expect(e.getAttribute('style'), `${path}: a style attribute in the text`).toBeUndefined();
    }
  }
}

describe('no injection into the outputs', () => {
  it('holds every string as text in the HTML DOM and in the PDF', { timeout: 600_000 }, async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const dir = mkdtempSync(join(tmpdir(), 'tei-injection-'));
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(hostile, { minLength: 49, maxLength: 49 }), async (values) => {
          const doc = tei(values);
          const { files } = await renderHtmlFiles(doc);
          checkHtml(files);
          const { pdf } = await renderPdfBytes(doc, { fallbackDate: new Date(0) });
          const file = join(dir, 'out.pdf');
          writeFileSync(file, pdf);
          // In the order Typst wrote the text (-raw): a long run may now break between lines
          // anywhere (typst-escape.ts LONG_RUN), and pdftotext's reading order can move the end
          // of a broken line elsewhere, splitting a quoted marker that was printed whole.
          const text = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
          // written as text, the marker keeps its quotes; run as code, it would stand alone
          expect(text.replace(/"PWNED"/g, ''), 'Typst code ran').not.toContain('PWNED');
          // book.typ's own source never reaches the page
          expect(text, 'a file was read into the PDF').not.toContain('tei-running-head');
        }),
        { numRuns: 12 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
