// A book of many short chapters (a correspondence of letters, a collection of poems): the web
// edition of 500 and of 1,000 one-paragraph chapters, in this process (median of 3), and how
// the time grows (linear: 2× for twice the chapters).
import { loadavg } from 'node:os';
import { renderHtmlFiles } from '../dist/render/html/index.js';

const book = (n) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Many chapters</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body>
${Array.from({ length: n }, (_, i) => `<div type="chapter" xml:id="c${i + 1}"><head>Chapter ${i + 1}</head><p>Words of chapter ${i + 1}.</p></div>`).join('\n')}
</body></text></TEI>`;

export async function bench(ctx) {
  ctx.print(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const times = new Map();
  for (const n of [500, 1000]) {
    const tei = book(n);
    await renderHtmlFiles(tei, { threads: 1 }); // warms the stylesheet up (not timed)
    times.set(n, await ctx.time(() => renderHtmlFiles(tei, { threads: 1 }), 3));
    ctx.print(`render html, ${n} chapters: ${ctx.ms(times.get(n))}`);
  }
  ctx.print(`1,000 chapters take ${(times.get(1000) / times.get(500)).toFixed(2)}× the time of 500 (linear: 2×)`);
}
