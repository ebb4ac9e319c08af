import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EditionInput } from '../../src/pipeline/memory.js';
import { buildEdition } from '../../src/pipeline/build.js';
import { extractWitness } from '../../src/tei/extract.js';
import { checkEditionRules } from '../../src/validate/edition/check.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { jingAvailable, jingErrors, teiAllSchema } from '../helpers/schema.js';

const fixture = (year: string) => readFileSync(join(repoRoot, 'tests/fixtures/frankenstein', `frankenstein-${year}.txt`), 'utf8');
const header = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8')) as EditionInput['header'];
const sigla = ['1818', '1823', '1831'];
const schema = teiAllSchema();

describe('an edition of three full witnesses (Frankenstein 1818, 1823, 1831)', async () => {
  const built = await buildEdition(
    { id: 'frankenstein', witnesses: sigla.map((siglum) => ({ siglum, text: fixture(siglum) })), header },
    { only: ['tei'] },
  );
  const { tei } = built;

  it('builds and passes its own rules, with the sigla as printed and ids derived from them', () => {
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(tei).toContain('<witness xml:id="wit-1818" n="1818"><abbr type="siglum">1818</abbr>');
    expect(tei).toContain('<witness xml:id="wit-1831" n="1831"><abbr type="siglum">1831</abbr>');
  });

  it('collates chapter by chapter: two chapters, each carried by every witness', () => {
    const chapters = built.edition.body.filter((d) => d.divType === 'chapter');
    expect(chapters.map((c) => c.witnesses)).toEqual([
      ['wit-1818', 'wit-1823', 'wit-1831'],
      ['wit-1818', 'wit-1823', 'wit-1831'],
    ]);
  });

  it('matches the chapters whose numbers differ (1831 counts one more) and records each witness’s number', () => {
    // The division takes the base's number; the heading keeps every witness's, as readings.
    expect(built.edition.body.filter((d) => d.divType === 'chapter').map((c) => c.n)).toEqual(['4', '5']);
    expect(tei).toMatch(/<div type="chapter" n="4"[^>]*>\s*<head[^>]*>(?:<lb [^>]*\/>)+CHAPTER<app/u);
    expect(tei).toMatch(/CHAPTER<app[^>]*>\s*<lem wit="#wit-1818 #wit-1823"> IV<\/lem>\s*<rdg wit="#wit-1831" type="substantive"> V<\/rdg>\s*<\/app>\./u);
    expect(tei).toMatch(/CHAPTER<app[^>]*>\s*<lem wit="#wit-1818 #wit-1823"> V<\/lem>\s*<rdg wit="#wit-1831" type="substantive"> VI<\/rdg>\s*<\/app>\./u);
  });

  it('encodes readings nested in a passage only some witnesses have, each witness one reading', () => {
    // 1831 rewrote Elizabeth's letter: the 1818/1823 paragraph is a reading of its own, and the
    // variants between 1818 and 1823 inside it are an app that accounts for those two only.
    const nested = /<lem wit="#wit-1818 #wit-1823">\s*<p[^>]*>(?:(?!<\/lem>)[\s\S])*?<app[^>]*>\s*<lem wit="#wit-1818">[^<]*<\/lem>\s*<rdg wit="#wit-1823"[^>]*>/u;
    expect(tei).toMatch(nested);
    // The edition rules that hold this (each app accounts for its scope, one reading per
    // witness, a nested app only for the witnesses of its reading) passed on the whole TEI.
    const rules = checkEditionRules(tei, 'frankenstein.xml');
    expect(rules.filter((d) => d.severity === 'error')).toEqual([]);
    // Giving 1831 a reading inside the 1818/1823 passage breaks them.
    const m = nested.exec(tei)!;
    const end = m.index + m[0].length;
    const inner = m[0].lastIndexOf('wit="#wit-1823"');
    const broken = `${tei.slice(0, m.index)}${m[0].slice(0, inner)}wit="#wit-1823 #wit-1831"${m[0].slice(inner + 'wit="#wit-1823"'.length)}${tei.slice(end)}`;
    expect(checkEditionRules(broken, 'frankenstein.xml').map((d) => d.rule)).toEqual(['app-nested-scope']);
  });

  it.each(sigla)('gives witness %s back byte for byte, by its printed siglum and by its id', (siglum) => {
    expect(extractWitness(tei, siglum)).toBe(fixture(siglum));
    expect(extractWitness(tei, `wit-${siglum}`)).toBe(fixture(siglum));
  });

  it('takes the base witness from the input: with 1831 as base, its readings are the lemmata', async () => {
    const other = await buildEdition(
      { id: 'frankenstein', witnesses: sigla.map((siglum) => ({ siglum, text: fixture(siglum) })), base: '1831', header },
      { only: ['tei'] },
    );
    expect(other.edition.base).toBe('wit-1831');
    expect(other.tei).toMatch(/CHAPTER<app[^>]*>\s*<lem wit="#wit-1831"> V<\/lem>\s*<rdg wit="#wit-1818 #wit-1823" type="substantive"> IV<\/rdg>/u);
    for (const siglum of sigla) expect(extractWitness(other.tei, siglum)).toBe(fixture(siglum));
  });

  it.runIf(schema !== undefined && jingAvailable())('is valid against tei_all (jing)', () => {
    expect(jingErrors(tei, schema!)).toEqual([]);
  });
});
