// The largest corpus file (tests/corpus/files/gerdracor-holz-ignorabimus.xml, 1.3 MB) to HTML:
// ours (renderHtmlFiles in this process, SEF compiled, median of 3) beside the TEI Consortium
// Stylesheets (html/html.xsl with Debian's Saxon-HE, a new Java process each, median of 3).
// The Stylesheets are not in the repository: set TEI_STYLESHEETS to a copy of TEIC/Stylesheets;
// without it (or without Java and libsaxonhe-java) only our figure is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHtmlFiles } from '../dist/render/html/index.js';

const saxon = '/usr/share/java/Saxon-HE.jar';

export async function bench(ctx) {
  const file = join(ctx.root, 'tests', 'corpus', 'files', 'gerdracor-holz-ignorabimus.xml');
  const tei = readFileSync(file, 'utf8');
  ctx.print(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  await renderHtmlFiles(tei); // compiles the SEF when the stylesheets changed (not timed)
  const ours = await ctx.time(() => renderHtmlFiles(tei), 3);
  ctx.print(`render html, 1.3 MB drama (ours): ${ctx.ms(ours)}`);
  // the pages shared between two threads, as a build on two cores renders them
  await renderHtmlFiles(tei, { threads: 2 }); // starts the threads (not timed)
  const ours2 = await ctx.time(() => renderHtmlFiles(tei, { threads: 2 }), 3);
  ctx.print(`render html, 1.3 MB drama (ours, two threads): ${ctx.ms(ours2)}`);
  const stylesheets = process.env.TEI_STYLESHEETS;
  if (!stylesheets || !existsSync(join(stylesheets, 'html', 'html.xsl')) || !existsSync(saxon)) {
    ctx.print('TEI Stylesheets: not measured (set TEI_STYLESHEETS; needs Java and libsaxonhe-java)');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'teic-bench-'));
  try {
    const theirs = await ctx.time(() => {
      const r = spawnSync('java', ['-cp', saxon, 'net.sf.saxon.Transform', `-s:${file}`, `-xsl:${join(stylesheets, 'html', 'html.xsl')}`, `-o:${join(out, 'out.html')}`]);
      if (r.status !== 0) throw new Error(`the Stylesheets failed: ${r.stderr}`);
    }, 3);
    ctx.print(`render html, 1.3 MB drama (TEI Stylesheets, Saxon-HE): ${ctx.ms(theirs)}; ours/theirs = ${(ours / theirs).toFixed(2)}, on two threads ${(ours2 / theirs).toFixed(2)} (goal < 0.20)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
