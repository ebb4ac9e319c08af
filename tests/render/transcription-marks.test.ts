// A transcription's marks of italics (`_what_` in a Project Gutenberg text, kept in the TEI as
// metamark inside hi) show as the italics, never as underscores, in the web edition, its search
// documents and the print. The lines are Jane Austen's Pride and Prejudice (public domain) as
// Project Gutenberg's eBook #1342 prints them (held in Tahsan-Alam/Word-Ladder, commit
// ade589f0e8c252c296771d277a7889876bb6efd6, pg1342.txt).
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';
import { toTei } from '../../src/tei/document.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { prideAndPrejudiceItalics } from '../helpers/novel-excerpts.js';

const text = prideAndPrejudiceItalics;

const tei = toTei(annotate(editionOf([witnessOf('A', text)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false }));

describe('marks of italics in a plain-text witness', () => {
  it('HTML: the words in em, the underscores nowhere, the search text without them', async () => {
    const { files } = await renderHtmlFiles(tei);
    const pages = [...files].filter(([name]) => name.endsWith('.html') && name !== 'search.html');
    const chapter = pages.map(([, b]) => parse(Buffer.from(b).toString('utf8'))).find((d) => d.querySelector('main')?.textContent.includes('Bingley likes'));
    expect(chapter).toBeDefined();
    expect(chapter!.querySelectorAll('main em.hi').map((e) => e.textContent)).toEqual(['what', 'am']);
    expect(chapter!.querySelector('main')!.textContent).not.toContain('_');
    const script = Buffer.from(files.get('assets/search-index.js')!).toString('utf8');
    const docs = (JSON.parse(script.slice(script.indexOf('{'), script.lastIndexOf('}') + 1)) as { documents: { text: string }[] }).documents.map((d) => d.text);
    expect(docs).toContain('“We are not in a way to know what Mr. Bingley likes,” said her mother, resentfully, “since we are not to visit.”');
    expect(docs.join(' ')).not.toContain('_');
  });

  it('print: italic text without the marks', async () => {
    const typst = await teiToTypst(tei);
    expect(typst).toContain('#text(style: "italic")[#"what"]');
    expect(typst).not.toMatch(/#"_"|_what|what_/u);
  });
});

// A note in the margin and rewrap markers of a Distributed Proofreaders transcription: lines of
// Izaak Walton's The Compleat Angler (1653; public domain), PG #9198 as GITenberg/The-Complete-Angler-1653_9198
// holds it (commit 3e96ba0d8cc824b4aaf81f9e8d08dd904996df2b, 9198-8.txt, lines 2118-2125); the
// markers "/*" and "*/" are put around the verse as the proofreaders set them.
const angler = [
  'CHAPTER I.',
  '',
  '/*',
  '   Without the fire it dies, in it, it joyes,',
  '   Living in that which all things else destroyes.',
  '',
  '[Sidenote: Gerb. Herbal. Cabdem]',
  '',
  '   So slow Bootes underneath him sees',
  "   In th'icie Islands Goslings hatcht of trees,",
  '*/',
  '',
].join('\n');
const anglerTei = toTei(annotate(editionOf([witnessOf('A', angler)]), { corrections: [], rules: { exclusions: [], decisions: [] }, unknownNames: false, corruptions: false }));

describe('a note in the margin and rewrap markers of a plain-text witness', () => {
  it('HTML: the note shown with its words, without "[Sidenote:" and "]"; the markers nowhere', async () => {
    const { files } = await renderHtmlFiles(anglerTei);
    const page = [...files].filter(([name]) => name.endsWith('.html')).map(([, b]) => parse(Buffer.from(b).toString('utf8'))).find((d) => d.querySelector('main')?.textContent.includes('Goslings'))!;
    const main = page.querySelector('main')!.textContent;
    expect(main).toContain('Gerb. Herbal. Cabdem');
    expect(main).not.toMatch(/Sidenote|\/\*|\*\//u);
  });

  it('print: the note and the verse, without the marks', async () => {
    const typst = await teiToTypst(anglerTei);
    expect(typst).toContain('Gerb. Herbal. Cabdem');
    expect(typst).not.toMatch(/Sidenote|#"\/\*"|#"\*\/"/u);
  });
});
