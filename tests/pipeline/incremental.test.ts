import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, buildEdition } from '../../src/pipeline/build.js';
import { filesUnder } from '../../src/pipeline/build-cache.js';
import { frankensteinCopy, tempFolders } from '../helpers/edition-dir.js';

const temp = tempFolders();

/** A copy of the Frankenstein example without its committed TEI or any output. */
const frankenstein = (): string => frankensteinCopy(temp, 'incremental-', { withoutTei: true });

/** Every file the build wrote (the TEI and the output folder), by its path in the edition folder. */
function outputs(dir: string): Map<string, Buffer> {
  const files = [...filesUnder(join(dir, 'tei')), ...filesUnder(join(dir, 'output'))];
  return new Map(files.map((f) => [relative(dir, f), readFileSync(f)]));
}

const build = (dir: string, cache: BuildCache) => buildEdition('edition.config.json', { cwd: dir, cache });

/**
 * Changes one word of a witness as an editor would: the text, and the checksum the config
 * records for it.
 */
function correctOneWord(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const oldSum = createHash('sha256').update(before).digest('hex');
  expect(before).toContain(from);
  const after = before.replace(from, to);
  writeFileSync(path, after);
  const config = join(dir, 'edition.config.json');
  const newSum = createHash('sha256').update(after).digest('hex');
  writeFileSync(config, readFileSync(config, 'utf8').replace(oldSum, newSum));
}

const sameBytes = (a: Map<string, Buffer>, b: Map<string, Buffer>): void => {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
};

describe('incremental rebuilds', () => {
  it('reuse what is unchanged and give the same bytes as a build from nothing, after a one-word correction in a witness', async () => {
    const dir = frankenstein();
    const cache = new BuildCache(temp('incremental-cache-'));

    const first = await build(dir, cache);
    expect(first.reused).toEqual([]);
    expect(first.inputs.map((f) => relative(dir, f))).toEqual(expect.arrayContaining(['edition.config.json', 'witnesses/frankenstein-1823.txt', 'registers/persons.xml']));
    const original = outputs(dir);
    expect(original.has('tei/frankenstein.xml')).toBe(true);
    expect(original.has('output/frankenstein.pdf')).toBe(true);
    expect([...original.keys()].filter((p) => p.startsWith('output/html/')).length).toBeGreaterThan(3);

    // Nothing changed: everything comes from the cache, byte for byte.
    const unchanged = await build(dir, cache);
    expect([...unchanged.reused].sort()).toEqual(['html', 'pdf', 'review', 'tei']);
    sameBytes(outputs(dir), original);

    // One word of the 1823 text corrected: the TEI is made anew, and so is what depends on it.
    correctOneWord(dir, 'witnesses/frankenstein-1823.txt', 'wonderful', 'wondrous');
    const corrected = await build(dir, cache);
    expect(corrected.reused).toEqual([]);
    const incremental = outputs(dir);
    expect(incremental.get('tei/frankenstein.xml')!.toString('utf8')).toContain('wondrous');
    expect(incremental.get('tei/frankenstein.xml')!.equals(original.get('tei/frankenstein.xml')!)).toBe(false);

    // The same inputs built from nothing: an empty cache and no earlier output.
    rmSync(join(dir, 'tei'), { recursive: true });
    rmSync(join(dir, 'output'), { recursive: true });
    const fresh = await build(dir, new BuildCache(temp('incremental-empty-')));
    expect(fresh.reused).toEqual([]);
    sameBytes(outputs(dir), incremental);

    // The correction undone: the first build's results are still kept, by their content.
    correctOneWord(dir, 'witnesses/frankenstein-1823.txt', 'wondrous', 'wonderful');
    const undone = await build(dir, cache);
    expect([...undone.reused].sort()).toEqual(['html', 'pdf', 'review', 'tei']);
    sameBytes(outputs(dir), original);
  }, 300_000);

  it('a change to the render overrides redoes the web edition and the PDF but reuses the TEI', async () => {
    const dir = frankenstein();
    const cache = new BuildCache(temp('incremental-cache-'));
    const config = join(dir, 'edition.config.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"base": "1818",', '"base": "1818",\n  "render": { "overrides": "look" },'));
    mkdirSync(join(dir, 'look'));
    const first = await buildEdition('edition.config.json', { cwd: dir, cache, only: ['tei', 'html'] });
    expect(first.reused).toEqual([]);
    writeFileSync(join(dir, 'look', 'strings.json'), '{}\n');
    const second = await buildEdition('edition.config.json', { cwd: dir, cache, only: ['tei', 'html'] });
    expect(second.reused).toEqual(['tei']);
  }, 300_000);

  it('checks a reused TEI again when the schema that passed it has changed', async () => {
    const saved = process.env.TEI_EDITION_NO_SNAPSHOT;
    process.env.TEI_EDITION_NO_SNAPSHOT = '1'; // a snapshot per schema would only slow this test
    try {
      const dir = frankenstein();
      const cache = new BuildCache(temp('incremental-cache-'));
      const config = join(dir, 'edition.config.json');
      writeFileSync(config, readFileSync(config, 'utf8').replace('"base": "1818",', '"base": "1818",\n  "validation": { "schema": "check.rng" },'));
      const grammar = (start: string): string =>
        `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start>${start}</start><define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore></element></define></grammar>\n`;
      writeFileSync(join(dir, 'check.rng'), grammar('<ref name="any"/>'));
      const first = await buildEdition('edition.config.json', { cwd: dir, cache, only: ['tei'] });
      expect(first.reused).toEqual([]);
      expect((await buildEdition('edition.config.json', { cwd: dir, cache, only: ['tei'] })).reused).toEqual(['tei']);
      // The same file now allows no TEI root: the cached TEI must not pass unchecked.
      writeFileSync(join(dir, 'check.rng'), grammar('<element name="nothing"><empty/></element>'));
      await expect(buildEdition('edition.config.json', { cwd: dir, cache, only: ['tei'] })).rejects.toThrow(/nothing|not allowed|RELAX NG|schema/i);
    } finally {
      if (saved === undefined) delete process.env.TEI_EDITION_NO_SNAPSHOT;
      else process.env.TEI_EDITION_NO_SNAPSHOT = saved;
    }
  }, 300_000);
});
