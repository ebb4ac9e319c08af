import { describe, expect, it } from 'vitest';
import { checkXmlTree } from '../../src/io/intake.js';
import { asOneTei } from '../../src/render/corpus.js';
import { checkDoctype, rootElementName } from '../../src/validate/doctype.js';
import { checkText } from '../../src/validate/input.js';

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0">&lol3;</TEI>`;

describe('checkDoctype', () => {
  it('refuses entity declarations (billion laughs) and names them', () => {
    const problem = checkDoctype(billionLaughs);
    expect(problem?.rule).toBe('doctype-entities');
    expect(problem?.message).toContain('lol, lol2, lol3');
    expect(problem?.offset).toBe(billionLaughs.indexOf('<!DOCTYPE'));
  });

  it('refuses external entities pointing at files or URLs', () => {
    for (const target of ['file:///etc/passwd', 'http://example.org/x.xml']) {
      const text = `<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "${target}">]><TEI>&xxe;</TEI>`;
      const problem = checkDoctype(text);
      expect(problem?.rule).toBe('doctype-entities');
      expect(problem?.message).toContain('external files or URLs');
    }
  });

  it('refuses parameter entities hidden after a comment in the subset', () => {
    const text = `<?xml version="1.0"?><!-- x --><!DOCTYPE TEI [<!-- ] --><!ENTITY % p SYSTEM "http://x/y.dtd"> %p;]><TEI/>`;
    expect(checkDoctype(text)?.rule).toBe('doctype-entities');
  });

  it('refuses an external DTD', () => {
    const problem = checkDoctype('<!DOCTYPE TEI SYSTEM "tei_all.dtd"><TEI/>');
    expect(problem?.rule).toBe('doctype-external');
    expect(problem?.message).toContain('tei_all.dtd');
    expect(checkDoctype(`<!DOCTYPE TEI PUBLIC "-//TEI//DTD" 'http://example.org/tei.dtd'><TEI/>`)?.rule).toBe('doctype-external');
  });

  it('refuses any other internal subset, whose defaults would not be applied', () => {
    expect(checkDoctype('<!DOCTYPE TEI [<!ATTLIST p rend CDATA "x">]><TEI/>')?.rule).toBe('doctype-subset');
  });

  it('accepts documents without DOCTYPE, or with a bare one', () => {
    expect(checkDoctype('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')).toBeUndefined();
    expect(checkDoctype('\uFEFF<!DOCTYPE TEI>\n<TEI/>')).toBeUndefined();
    // An entity declaration in the text (not a DOCTYPE) is just text.
    expect(checkDoctype('<TEI><p>&lt;!ENTITY x "y"&gt;</p></TEI>')).toBeUndefined();
  });

  it('reports the refusal at the DOCTYPE line, before any parsing', () => {
    const result = checkText(billionLaughs, 'lolz.xml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', rule: 'doctype-entities', file: 'lolz.xml', line: 2, column: 1 });
  });
});

describe('rootElementName', () => {
  it('reads the root element past a BOM, the declaration, processing instructions, comments and a DOCTYPE', () => {
    expect(rootElementName('\uFEFF<?xml version="1.0"?>\n<?xml-model href="a.rng"?><!-- a -- comment -->\n<!DOCTYPE TEI [ <!ATTLIST p rend CDATA "x>y"> ]>\n<tei:teiCorpus xmlns:tei="t">')).toBe('tei:teiCorpus');
    expect(rootElementName('<TEI/>')).toBe('TEI');
    expect(rootElementName('<?xml version="1.0"?> <!-- not closed')).toBeUndefined();
  });

  it('tells a teiCorpus from a TEI whose body holds many processing instructions, at once (a pattern backtracked for minutes on such a file)', async () => {
    // each page xi:included with its own two processing instructions, as a project's page files have them
    const body = Array.from({ length: 40 }, (_, i) => `<?xml-model href="page.rng" schematypens="s"?>\n<?xml-model href="page.rng" schematypens="r"?>\n<p>Page ${i}</p>`).join('\n');
    const tei = `<?xml version="1.0"?>\n<?xml-model href="a.rng"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>${body}</body></text></TEI>`;
    expect(rootElementName(tei)).toBe('TEI');
    expect(await asOneTei(tei)).toBe(tei);
  });
});

// The head of a Perseus lexicon kept in TEI P4 (PerseusDL/lexica, grc.lsj.perseus-eng14.xml):
// a DTD, parameter entities, and the root TEI.2. Both refusals say it is P4 and what to do.
describe('a TEI P4 file', () => {
  const p4 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TEI.2 PUBLIC "-//TEI P4//DTD Main DTD Driver File//EN" "http://www.tei-c.org/Guidelines/DTD/tei2.dtd" [
  <!ENTITY % TEI.XML "INCLUDE">
  <!ENTITY % PersDict PUBLIC "-//Perseus P4//DTD Perseus Dictionaries//EN" "http://www.perseus.tufts.edu/DTD/1.0/PersDict.dtd" >
  %PersDict;]>
<TEI.2><teiHeader><fileDesc><titleStmt><title>A Greek-English Lexicon</title></titleStmt></fileDesc></teiHeader>
<text><body><div0 type="alphabetic letter"><entryFree key="na=as"><orth>na=as</orth></entryFree></div0></body></text></TEI.2>`;

  it('its DOCTYPE is refused with the reason, and the message says that TEI.2 is P4, to convert to P5', () => {
    const problem = checkDoctype(p4);
    expect(problem?.rule).toBe('doctype-entities');
    expect(problem?.message).toMatch(/TEI\.2 is TEI P4, which the toolkit does not read: convert the file to TEI P5 first/);
    // a P5 file's DOCTYPE says nothing of P4
    expect(checkDoctype(billionLaughs)?.message).not.toContain('P4');
  });

  it('without its DOCTYPE, the root TEI.2 is refused as P4 with the same advice', () => {
    const result = checkXmlTree(p4.replace(/<!DOCTYPE[^]*?\]>/, ''), 'lsj.xml', { stage: 'render', requireTei: true });
    expect(result).toMatchObject({ ok: false, diagnostics: [{ rule: 'input-not-tei', hint: expect.stringMatching(/^<TEI\.2> is TEI P4, which the toolkit does not read: convert the file to TEI P5 first/) }] });
  });
});
