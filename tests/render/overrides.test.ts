/**
 * An edition's own rendering rules from its folder (render.overrides), without forking xslt/:
 * a strings file replaces labels, an XSL module's templates win over the toolkit's, and the
 * outputs' own words come in German when asked (the strings table's second language).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EditionError } from '../../src/diagnostics/index.js';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Probe</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>Text with <persName>a name</persName> and a note<note>The note.</note>.</p></body></text></TEI>`;

const dir = mkdtempSync(join(tmpdir(), 'tei-overrides-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'strings.json'), JSON.stringify({ contents: 'Table of the parts', notes: { en: 'Endnotes', de: 'Endnoten' } }));
writeFileSync(
  join(dir, 'html.xsl'),
  `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all"><xsl:template match="persName" mode="m:html"><b class="own-name"><xsl:apply-templates mode="m:html"/></b></xsl:template></xsl:stylesheet>`,
);
writeFileSync(
  join(dir, 'print.xsl'),
  `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:m="urn:x-tei-edition:mode" xmlns:f="urn:x-tei-edition:function"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"><xsl:template match="persName" mode="m:print-inline"><xsl:text>#strong[</xsl:text><xsl:apply-templates mode="m:print-inline"/><xsl:text>]</xsl:text></xsl:template></xsl:stylesheet>`,
);

describe('render overrides', () => {
  it("takes the edition's strings and templates in the HTML", async () => {
    const { files } = await renderHtmlFiles(tei, { overrides: dir });
    expect(files.get('index.html')).toContain('Table of the parts');
    expect(files.get('text.html')).toContain('<b class="own-name">a name</b>');
    expect(files.get('text.html')).toContain('>Endnotes<');
  });

  it("takes the edition's print module", async () => {
    const source = await teiToTypst(tei, { overrides: dir });
    expect(source).toContain('#strong[#"a name"]');
  });

  it("prints the outputs' own words in German when asked, an edition's own string in its language", async () => {
    const { files } = await renderHtmlFiles(tei, { lang: 'de', overrides: dir });
    expect(files.get('text.html')).toContain('>Endnoten<');
    expect(files.get('index.html')).toContain('Über diese Ausgabe');
    const plain = await renderHtmlFiles(tei, { lang: 'de' });
    expect(plain.files.get('index.html')).toContain('>Inhalt<');
  });

  it("fills an edition's string's placeholders, each wherever it stands, and leaves other braces", async () => {
    const own = mkdtempSync(join(tmpdir(), 'tei-overrides-fill-'));
    try {
      writeFileSync(join(own, 'strings.json'), JSON.stringify({ 'chapter-n': 'Book {1} {x} ({1}, {2})' }));
      const chapter = tei.replace('<body><p>', '<body><div type="chapter" n="IV"><p>').replace('</p></body>', '</p></div></body>');
      const { files } = await renderHtmlFiles(chapter, { overrides: own });
      const page = [...files].find(([path, text]) => path.endsWith('.html') && text.includes('chapter-number'));
      expect(page?.[1]).toContain('<p class="chapter-number">Book IV {x} (IV, {2})</p>');
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("names the edition's own module, at its line, when it does not compile", async () => {
    const broken = mkdtempSync(join(tmpdir(), 'tei-overrides-broken-'));
    try {
      writeFileSync(
        join(broken, 'html.xsl'),
        `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:m="urn:x-tei-edition:mode" exclude-result-prefixes="#all">
  <xsl:template match="*:p" mode="m:html">
    <p><xsl:value-of select="count(("/></p>
  </xsl:template>
</xsl:stylesheet>`,
      );
      const failure = await renderHtmlFiles(tei, { overrides: broken }).then(() => undefined, (e: unknown) => e);
      expect(failure).toBeInstanceOf(EditionError);
      const [d] = (failure as EditionError).diagnostics;
      expect(d).toMatchObject({ rule: 'xslt-compile', line: 3, file: expect.stringMatching(/html\.xsl$/) });
      expect(d!.file).not.toContain('.cache');
      expect(d!.message).toContain("the edition's html.xsl");
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
