import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkXmlTree, decodeXml, readXmlInput, takeXmlFile } from '../../src/io/intake.js';

const dir = mkdtempSync(join(tmpdir(), 'tei-edition-intake-'));
const tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>é</p></body></text></TEI>';

describe('the XML intake', () => {
  it('reads UTF-8 as it is, with no note', () => {
    expect(decodeXml(new TextEncoder().encode(`\uFEFF${tei}`))).toEqual({ text: tei });
  });

  it('reads UTF-16 with a byte-order mark and a declared encoding, saying so', () => {
    const be = Buffer.from(`\uFEFF${tei}`, 'utf16le').swap16();
    expect(decodeXml(be)).toEqual({ text: tei, from: 'UTF-16BE (byte-order mark)' });
    const w1252 = Buffer.from(`<?xml version="1.0" encoding="windows-1252"?>${tei}`, 'latin1');
    expect(decodeXml(w1252)).toMatchObject({ text: `<?xml version="1.0" encoding="windows-1252"?>${tei}`, from: expect.stringContaining('windows-1252') });
  });

  it('reads a file that declares UTF-16 but has 8-bit bytes as UTF-8, saying so', () => {
    const bytes = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-16"?>${tei}`);
    expect(decodeXml(bytes)).toMatchObject({ from: expect.stringMatching(/^UTF-8 \(its XML declaration says UTF-16/) });
  });

  it('refuses an encoding it does not know, and bytes invalid in the declared one', () => {
    expect(decodeXml(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><TEI/>'))).toMatchObject({ problem: expect.stringContaining('"x-klingon"') });
    expect(decodeXml(Buffer.from([0xff, 0xfe, 0x3c]))).toMatchObject({ problem: 'the bytes are not valid UTF-16LE (byte-order mark)' });
  });

  it('names a path through a file as what it is', async () => {
    writeFileSync(join(dir, 'plain.txt'), 'x');
    const r = await readXmlInput(join(dir, 'plain.txt', 'book.xml'), 'plain.txt/book.xml', { stage: 'render' });
    expect(r.ok || r.diagnostics[0]).toMatchObject({ file: 'plain.txt/book.xml', message: 'cannot read the file: a part of the path is a file, not a folder (ENOTDIR)' });
  });

  it('checks the tree with the limits: depth, root, well-formedness; one error each', async () => {
    expect(checkXmlTree(tei, 'a.xml', { stage: 'render', requireTei: true }).ok).toBe(true);
    expect(checkXmlTree(tei, 'a.xml', { stage: 'render', limits: { maxDepth: 3 } })).toMatchObject({ ok: false, diagnostics: [{ rule: 'input-too-deep', line: 1, column: 54 }] });
    expect(checkXmlTree('<TEI/>', 'a.xml', { stage: 'render', requireTei: true })).toMatchObject({ ok: false, diagnostics: [{ rule: 'input-not-tei' }] });
    expect(checkXmlTree('<TEI/>', 'a.xml', { stage: 'render' }).ok).toBe(true);
    const broken = checkXmlTree('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p></TEI>', 'a.xml', { stage: 'render' });
    expect(broken).toMatchObject({ ok: false, diagnostics: [{ rule: 'xml-syntax', severity: 'error' }] });
    writeFileSync(join(dir, 'deep.xml'), tei);
    expect(await takeXmlFile(join(dir, 'deep.xml'), 'deep.xml', { stage: 'extract', limits: { maxDepth: 2 } })).toMatchObject({ ok: false, diagnostics: [{ file: 'deep.xml', rule: 'input-too-deep' }] });
  });
});

describe('a fault no helper wrapped', () => {
  it('is one line naming the file the user knows, not the temporary file', async () => {
    const { faultMessage } = await import('../../src/io/faults.js');
    const err = { code: 'EROFS', syscall: 'open', path: '/data/out/.edition.xml.12346.tmp' };
    expect(faultMessage(err)).toBe('cannot open /data/out/edition.xml: the file system is read-only (EROFS); write to another place (see --out), or mount the folder writable');
  });
});

describe('ids in a TEI input are XML names', () => {
  it('refuses an xml:id that is not one, at its line and column; spaces at its ends are the schema ID type\'s to drop', () => {
    const bad = '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n  <p xml:id="zz&quot;)#text(&quot;INJECTED&quot;)">x</p></body></text></TEI>';
    expect(checkXmlTree(bad, 'a.xml', { stage: 'render', requireTei: true })).toMatchObject({
      ok: false,
      diagnostics: [{ rule: 'xml-id-invalid', stage: 'render', file: 'a.xml', line: 3, message: expect.stringMatching(/^xml:id "zz.*" is not an XML name/) }],
    });
    for (const id of ['1st', 'a b', 'a:b', 'a#b', '']) expect(checkXmlTree(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}"/>`, 'a.xml', { stage: 'extract' }).ok).toBe(false);
    for (const id of ['ch1', '_x', 'é-1.2', ' padded ']) expect(checkXmlTree(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}"/>`, 'a.xml', { stage: 'extract' }).ok).toBe(true);
  });
});

describe('control characters', () => {
  it('refuses a reference to a C0 control (XML 1.1), at its place, and keeps tab, line feed and carriage return', () => {
    const doc = (ref: string): string => `<?xml version="1.1"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n<p>x ${ref} y</p></body></text></TEI>`;
    for (const ref of ['&#x1;', '&#x01F;', '&#8;', '&#11;', '&#31;', '&#x0B;']) {
      expect(checkXmlTree(doc(ref), 'a.xml', { stage: 'render', requireTei: true }), ref).toMatchObject({
        ok: false,
        diagnostics: [{ rule: 'input-control-character', file: 'a.xml', line: 3, column: 6, message: expect.stringContaining(ref) }],
      });
    }
    for (const ref of ['&#9;', '&#10;', '&#13;', '&#x9;', '&#xA;', '&#xD;', '&#32;', '&#x20;', '&#127;']) expect(checkXmlTree(doc(ref), 'a.xml', { stage: 'render' }).ok, ref).toBe(true);
  });
});
