/**
 * A trailer (or a stage direction, a byline ...) that holds blocks: SARIT's Sanskrit texts end
 * a chapter with a colophon in verse, <trailer><lg><l>…</l></lg></trailer>. The print set the
 * trailer's content as one run of words and its verse group had no rule there.
 */
import { describe, expect, it } from 'vitest';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Colophon</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><div xml:id="c1"><head>One</head><p>prose</p>
<trailer><lg><l>iti prathamaḥ</l><l>paṭalaḥ samāptaḥ</l></lg></trailer></div></body></text></TEI>`;

describe('a trailer that holds verses', () => {
  it('PDF: its verse group and lines have the print\'s rules, centred', async () => {
    const source = await teiToTypst(tei, { onUnhandled: 'fail' });
    expect(source).toMatch(/#centred\[[^]*#verse-group\[[^]*iti prathamaḥ[^]*paṭalaḥ samāptaḥ/);
  });
});
