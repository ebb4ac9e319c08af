/**
 * The header Project Gutenberg puts before the text, kept as the paratext of each witness and
 * quoted in the print's account of the witnesses: the lines of a witness other than the base
 * stand for spaces between their words, as the base witness's lines do (they were printed
 * glued: "His Family andFriends"). The lines are those of the Project Gutenberg header of
 * eBook #35698 (public domain), Keats's letters, as its HTML edition gives them.
 */
import { describe, expect, it } from 'vitest';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letters</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="C8">C8</witness><witness xml:id="H">H</witness></listWit></sourceDesc></fileDesc></teiHeader>
<text><front>
<div type="paratext" subtype="library-header" xml:id="library-header-C8"><head><lb edRef="#C8" n="1"/>The Project Gutenberg eBook, Letters of John Keats to His Family and<lb edRef="#C8" n="2"/>Friends, by John Keats</head></div>
<div type="paratext" subtype="library-header" xml:id="library-header-H"><head><lb edRef="#H" n="1"/>The Project Gutenberg eBook, Letters of John Keats to His Family and<lb edRef="#H" n="2"/>Friends, by John Keats</head>
<p><lb edRef="#H" n="4"/>This eBook is for the use of anyone anywhere at no cost and with<lb edRef="#H" n="5"/>almost no restrictions whatsoever.</p></div>
</front><body><div type="letter" n="1" xml:id="letter1"><head><lb edRef="#C8" n="9"/><lb edRef="#H" n="9"/>I.--TO CHARLES COWDEN CLARKE.</head>
<p><lb edRef="#C8" n="10"/><lb edRef="#H" n="10"/>I will be as punctual as the Bee to the Clover.</p></div></body></text></TEI>`;

describe('the paratext of a witness other than the base, in the print', () => {
  it('sets its lines apart as the base witness\'s are, no two words glued', async () => {
    const source = await teiToTypst(tei);
    const between = (from: string, to: string): string[] => [...source.matchAll(new RegExp(`${from}"(.*?)#"${to}`, 'gsu'))].map((m) => m[1]!);
    expect(between('Family and', 'Friends')).toHaveLength(2);
    for (const gap of [...between('Family and', 'Friends'), ...between('and with', 'almost')]) expect(gap).toMatch(/#" "|linebreak/u);
  });
});
