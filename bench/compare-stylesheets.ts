/**
 * Our renderers against the TEI Consortium Stylesheets on the corpus (issue 12, point 8): for
 * every file of tests/corpus/files, the share of its reading text found in order in our HTML,
 * our PDF and the Stylesheets' HTML (html/html.xsl), by the same measure as the corpus test,
 * and the time of each run (a new process each, as a user runs them). Prints a Markdown table.
 *
 * Not part of the main job: it needs Java, Debian's Saxon-HE (libsaxonhe-java) and a copy of
 * the Stylesheets (github TEIC/Stylesheets) named by TEI_STYLESHEETS.
 *   TEI_STYLESHEETS=/path/to/Stylesheets npm run compare:stylesheets
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { coverage, htmlText } from '../tests/corpus/coverage.js';
import { measure } from '../tests/corpus/measure.js';
import { readingText, words } from '../tests/corpus/reading-text.js';
import { corpusDir } from '../tests/corpus/render-corpus.js';

export const saxonJar = '/usr/share/java/Saxon-HE.jar';

/** Runs the Stylesheets' HTML conversion on one file; its output and the time it took. */
export function theirHtml(stylesheets: string, input: string): { html?: string; ms: number; error?: string } {
  const out = mkdtempSync(join(tmpdir(), 'teic-'));
  try {
    const t0 = performance.now();
    const r = spawnSync('java', ['-cp', saxonJar, 'net.sf.saxon.Transform', `-s:${input}`, `-xsl:${join(stylesheets, 'html', 'html.xsl')}`, `-o:${join(out, 'out.html')}`], { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0 || !existsSync(join(out, 'out.html'))) return { ms, error: r.stderr.split('\n').slice(0, 3).join(' ') };
    return { html: readFileSync(join(out, 'out.html'), 'utf8'), ms };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const pct = (r?: number): string => (r === undefined ? '—' : `${(100 * r).toFixed(1)} %`);
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

it('compares our renderers with the TEI Stylesheets on the corpus', { timeout: 3_600_000 }, (ctx) => {
  const stylesheets = process.env['TEI_STYLESHEETS'];
  if (!stylesheets || !existsSync(join(stylesheets, 'html', 'html.xsl')) || !existsSync(saxonJar)) {
    return ctx.skip('set TEI_STYLESHEETS to a copy of TEIC/Stylesheets; needs Java and libsaxonhe-java');
  }
  const rows = ['| file | ours HTML | ours PDF | Stylesheets HTML | time ours HTML / PDF | time Stylesheets |', '| --- | --- | --- | --- | --- | --- |'];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.xml')).sort()) {
    const input = join(corpusDir, file);
    const source = readingText(readFileSync(input, 'utf8')).words;
    const ours = measure(file);
    const theirs = theirHtml(stylesheets, input);
    const theirCoverage = theirs.html === undefined ? undefined : coverage(source, words(htmlText(theirs.html))).ratio;
    rows.push(`| ${file} | ${pct(ours.htmlCoverage?.ratio)} | ${pct(ours.pdfCoverage?.ratio)} | ${theirs.error ? `fails: ${theirs.error.slice(0, 60)}` : pct(theirCoverage)} | ${s(ours.html.ms)} / ${s(ours.pdf.ms)} | ${s(theirs.ms)} |`);
    process.stdout.write(`${rows.at(-1)}\n`);
  }
  process.stdout.write(`\n${rows.join('\n')}\n`);
});
