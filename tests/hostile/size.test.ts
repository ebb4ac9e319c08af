import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractWitness } from '../../src/tei/extract.js';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir } from '../helpers/edition-dir.js';

// Issue 16, point 2: a 10 MB witness line and a 1 MB paragraph are processed linearly or refused
// clearly. The inputs are generated here (not committed): ordinary English sentences.
const words = 'the of and to in that it was he for on as with his they at be this from have or by one had not but what all were when we there can an which their said if will each about how up out them then she many some so these would other into has more her two like him see time could no make than first been its who now people made over did down only way find use may water long little very after words called just where most know'.split(' ');
function prose(chars: number): string {
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = Array.from({ length: 6 + next(14) }, () => words[next(words.length)]).join(' ');
    const sentence = `${s[0]!.toUpperCase()}${s.slice(1)}.`;
    out.push(sentence);
    length += sentence.length + 1;
  }
  return out.join(' ');
}
/** Lines of about 70 characters, as a printed page has them. */
const wrapped = (text: string): string => text.replace(/(.{1,70})(?: |$)/g, '$1\n').trimEnd();

describe('size: a 10 MB line and a 1 MB paragraph', () => {
  it('a 10 MB witness on one line becomes a TEI that gives it back byte for byte', { timeout: 300_000 }, async () => {
    const witness = `CHAPTER 1\n\n${prose(10 * 1024 * 1024)}\n`;
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: witness }] });
    const r = await runCli(['build', '--only', 'tei'], dir);
    expect(r.stderr).not.toMatch(/ error /);
    expect(r.code).toBe(0);
    expect(extractWitness(readFileSync(join(dir, 'out', 'edition.xml'), 'utf8'), 'A')).toBe(witness);
  });

  it('a 10 MB line asked for the web edition is refused at its place in the witness, before the later stages run', { timeout: 300_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: `CHAPTER 1\n\n${prose(10 * 1024 * 1024)}\n` }] });
    const r = await runCli(['build', '--only', 'tei,html'], dir);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stderr).toMatch(/^\S+:3:1 error a <p> of 10,\d\d\d,\d\d\d characters .*limit 65,536.* render:input-block-too-long$/m);
    expect(r.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['edition.config.json', 'header.json', 'witnesses']);
  });

  it('a 1 MB paragraph is refused for the web edition and the PDF (exit 1, the paragraph named, the config key to raise), nothing written', { timeout: 300_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: `CHAPTER 1\n\n${wrapped(prose(1024 * 1024))}\n\nA short paragraph.\n` }] });
    const r = await runCli(['build', '--only', 'tei,html,pdf'], dir);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stderr).toMatch(/^out\/edition\.xml error a <p> of 1,0\d\d,\d\d\d characters \(“\w[^”]*…”\) is longer than the renderers take \(limit 65,536\).* raise validation\.maxBlockChars in the edition config\) render:input-block-too-long$/m);
    expect(r.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['edition.config.json', 'header.json', 'witnesses']);
  });

  it('render refuses a TEI with such a paragraph at its line and column', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-size-'));
    const body = wrapped(prose(100 * 1024)).replace(/\n/g, '<lb/>\n');
    writeFileSync(join(dir, 'big.xml'), `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n<text><body>\n<p>${body}</p></body></text></TEI>\n`);
    for (const format of ['html', 'pdf']) {
      const r = await runCli(['render', format, 'big.xml', '--out', join(dir, `out-${format}`)], dir);
      expect(r.stderr).toMatch(/^big\.xml:3:1 error a <p> of 10\d,\d\d\d characters .* render:input-block-too-long$/m);
      expect(r.code).toBe(1);
    }
    expect(readdirSync(dir)).toEqual(['big.xml']);
  });
});
