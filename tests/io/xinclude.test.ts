import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandXIncludes } from '../../src/io/xinclude.js';
import { runCli } from '../helpers/cli.js';

const XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"';
const header = (title: string): string =>
  `<teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>`;
const member = (title: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TEI>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" ${XI}>${header(title)}<text><body>${body}</body></text></TEI>\n`;

/** A corpus kept as a file of xi:includes, as TEI projects keep theirs, with members in a folder. */
function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tei-xinclude-'));
  mkdirSync(join(dir, 'letters'));
  writeFileSync(
    join(dir, 'corpus.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" ${XI}>${header('Letters kept apart')}
<xi:include href="letters/one.xml"/>
<xi:include href="letters/gone.xml"><xi:fallback>${member('Lost letter', '<p>Words of the fallback.</p>').replace(/^[^]*?(<TEI)/, '$1')}</xi:fallback></xi:include>
<xi:include href="https://example.org/far.xml"/>
<xi:include href="letters/loop.xml"/>
<xi:include href="letters/100%.xml"/>
</teiCorpus>
`,
  );
  writeFileSync(join(dir, 'letters', 'one.xml'), member('Letter one', '<p>Words of letter one.</p><p><xi:include href="post&#x73;cript.txt" parse="text"/></p>'));
  writeFileSync(join(dir, 'letters', 'postscript.txt'), 'A postscript with <angle> & ampersand.');
  writeFileSync(join(dir, 'letters', 'loop.xml'), member('Loop', '<p>Words of the loop.</p><xi:include href="loop.xml"/>'));
  return dir;
}

describe('xi:include in a TEI to render', () => {
  it('brings each file, text or fallback in its place, and says where one is not followed and why', async () => {
    const dir = corpusDir();
    const path = join(dir, 'corpus.xml');
    const { text, notes } = await expandXIncludes(readFileSync(path, 'utf8'), path, 'corpus.xml', { stage: 'render', requireTei: true });
    expect(text).not.toMatch(/<xi:include|<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE/);
    expect(text.match(/<\?xml/g)).toHaveLength(1);
    expect(text).toMatch(/Letter one.*Words of letter one\..*A postscript with &lt;angle&gt; &amp; ampersand\..*Lost letter.*Words of the fallback\..*Words of the loop\./s);
    expect(notes.map((n) => [n.line, n.rule, n.message.replace(/: .*?;/, ':…;')])).toEqual([
      [4, 'xinclude-not-followed', 'xi:include of "letters/gone.xml" not followed:…; its fallback is used'],
      [6, 'xinclude-not-followed', 'xi:include of "https://example.org/far.xml" not followed:…; nothing is put in its place'],
      [3, 'xinclude-not-followed', 'xi:include of "loop.xml" not followed:…; nothing is put in its place'],
      [8, 'xinclude-not-followed', 'xi:include of "letters/100%.xml" not followed:…; nothing is put in its place'],
    ]);
    expect(notes[2]!.message).toContain('a loop');
    expect(notes[2]!.file).toMatch(/loop\.xml$/);
  });

  it('render html and render pdf publish the members of a corpus of xi:includes', { timeout: 120_000 }, async () => {
    const dir = corpusDir();
    const html = await runCli(['render', 'html', 'corpus.xml', '--out', 'site'], dir);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stderr).toMatch(/^corpus\.xml:4:1 warning xi:include of "letters\/gone\.xml" not followed/m);
    // a page per member, in their order
    const main = (f: string): string => /<main[^]*<\/main>/.exec(readFileSync(join(dir, 'site', f), 'utf8'))![0];
    const page = ['text-1.html', 'text-2.html'].map(main).join(' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toMatch(/Letter one Words of letter one\. A postscript with &lt;angle&gt; &amp; ampersand\. .*Lost letter Words of the fallback\./);
    expect(page).not.toContain('xi:include');
    const pdf = await runCli(['render', 'pdf', 'corpus.xml', '--out', 'corpus.pdf'], dir);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(readFileSync(join(dir, 'corpus.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reads no file outside the folder of the TEI being rendered, however the href spells it, unless a wider folder is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-xinclude-'));
    mkdirSync(join(dir, 'edition'));
    writeFileSync(join(dir, 'secret.txt'), 'SECRET WORDS');
    const path = join(dir, 'edition', 'main.xml');
    writeFileSync(path, member('Main', `<p><xi:include href="../secret.txt" parse="text"/></p><p><xi:include href="${encodeURIComponent(join(dir, 'secret.txt'))}" parse="text"/></p>`));
    const text = readFileSync(path, 'utf8');
    const kept = await expandXIncludes(text, path, 'main.xml', { stage: 'render', requireTei: true });
    expect(kept.text).not.toContain('SECRET');
    expect(kept.files).toEqual([]);
    expect(kept.notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/"\.\.\/secret\.txt" not followed: it is outside .*--xinclude-root/),
      expect.stringMatching(/not followed: only files named relative to the including file are read/),
    ]);
    const wider = await expandXIncludes(text, path, 'main.xml', { stage: 'render', requireTei: true, root: dir });
    expect(wider.text).toContain('<p>SECRET WORDS</p>');
    expect(wider.files).toEqual([join(dir, 'secret.txt')]);
  });

  it('render refuses an output that would replace a file the TEI includes, and leaves it as it was', { timeout: 120_000 }, async () => {
    const dir = corpusDir();
    const before = readFileSync(join(dir, 'letters', 'one.xml'), 'utf8');
    const pdf = await runCli(['render', 'pdf', 'corpus.xml', '--out', 'letters/one.xml'], dir);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/letters\/one\.xml.*a file the TEI includes/);
    const html = await runCli(['render', 'html', 'corpus.xml', '--out', 'letters'], dir);
    expect(html.code).toBe(2);
    expect(readFileSync(join(dir, 'letters', 'one.xml'), 'utf8')).toBe(before);
  });

  it('refuses, with exit 1, a TEI whose xi:includes bring it past the size limit of one input, naming the include that passes it', { timeout: 120_000 }, async () => {
    // a corpus of members each under the limit, together over it (the SARIT corpus, 76 files
    // of 66 MB in all, rendered for minutes with gigabytes of memory before this limit)
    const dir = mkdtempSync(join(tmpdir(), 'tei-xinclude-size-'));
    const words = '<p>' + 'Words of a long member. '.repeat(200) + '</p>';
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `m${n}.xml`), member(`Member ${n}`, words));
    writeFileSync(join(dir, 'corpus.xml'), `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" ${XI}>${header('Corpus')}
<xi:include href="m1.xml"/>
<xi:include href="m2.xml"/>
<xi:include href="m3.xml"/>
</teiCorpus>
`);
    const run = await runCli(['render', 'html', 'corpus.xml', '--out', 'site', '--max-bytes', '10K'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^corpus\.xml:3:1 error with its xi:includes followed, the TEI has more than 10240 bytes, the limit of one input \(passed at the include of "m2\.xml"\).*input-too-large$/m);
    expect(run.stderr).toContain('--max-bytes');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    const within = await runCli(['render', 'html', 'corpus.xml', '--out', 'site', '--max-bytes', '1M'], dir);
    expect(within.code, within.stderr).toBe(0);
  });

  it('resolves an href against the xml:base of the include and of its ancestors, as the XInclude recommendation says; a base that is a URL is not followed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-xinclude-base-'));
    mkdirSync(join(dir, 'pages', 'recto'), { recursive: true });
    writeFileSync(join(dir, 'pages', 'p1.xml'), '<p xmlns="http://www.tei-c.org/ns/1.0">Words of page one.</p>');
    writeFileSync(join(dir, 'pages', 'recto', 'p2.xml'), '<p xmlns="http://www.tei-c.org/ns/1.0">Words of page two.</p>');
    const doc = member('Pages', `<div xml:base="pages/"><xi:include href="p1.xml"/><div xml:base="recto/"><xi:include href="p2.xml"/></div>
<xi:include href="p1.xml" xml:base="../elsewhere/"/></div><div xml:base="https://example.org/pages/"><xi:include href="p1.xml"/></div>`);
    const path = join(dir, 'book.xml');
    writeFileSync(path, doc);
    const { text, notes } = await expandXIncludes(doc, path, 'book.xml', { stage: 'render', requireTei: true });
    expect(text).toContain('Words of page one.');
    expect(text).toContain('Words of page two.');
    expect(text.split('Words of page one.').length - 1).toBe(1);
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^xi:include of "p1\.xml" \("elsewhere\/p1\.xml" by its xml:base\) not followed: cannot read the file/),
      expect.stringMatching(/^xi:include of "p1\.xml" \("https:\/\/example\.org\/pages\/p1\.xml" by its xml:base\) not followed: only files named relative/),
    ]);
  });
});
