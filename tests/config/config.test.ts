import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { parseJsonData } from '../../src/config/json-data.js';
import { headerData } from '../../src/model/header.js';
import { EditionError } from '../../src/diagnostics/index.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';
import { runCli } from '../helpers/cli.js';

/** Loads a config text written into a fresh edition folder and returns the diagnostics it raises. */
function problems(mutate: (config: Record<string, unknown>) => void, prepare?: (dir: string) => void): { rule: string; message: string; line?: number; hint?: string }[] {
  const { dir, config } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'Text.' }] });
  const data = JSON.parse(JSON.stringify(loadConfigRaw(config))) as Record<string, unknown>;
  mutate(data);
  prepare?.(dir);
  writeFileSync(config, JSON.stringify(data, null, 2));
  try {
    loadConfig('edition.config.json', dir);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(EditionError);
    return (err as EditionError).diagnostics.map((d) => ({ rule: d.rule, message: d.message, ...(d.line ? { line: d.line } : {}), ...(d.hint ? { hint: d.hint } : {}) }));
  }
}
const loadConfigRaw = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('the edition config is checked on load', () => {
  it('the Red Book config loads, with defaults filled in', () => {
    const c = loadConfig('edition.config.json', repoRoot);
    expect(c.id).toBe('red-book');
    expect(c.limits.maxWitnessBytes).toBe(32 * 1024 * 1024);
    expect(c.structure.firstChapter).toBe(8);
    expect(c.root).toBe(repoRoot);
  });

  it('names an unknown key at its line', () => {
    const p = problems((c) => (c.witnesess = []));
    expect(p).toEqual([expect.objectContaining({ rule: 'data-schema', line: expect.any(Number) })]);
    expect(p[0]!.message).toMatch(/witnesess/);
  });

  it('refuses a base that is not a witness, a repeated siglum, a siglum that is not one line of printed text, and an id that is no XML name', () => {
    expect(problems((c) => (c.base = 'Z'))[0]!.message).toMatch(/base "Z" is not the siglum of a witness \(A\)/);
    expect(
      problems((c) => {
        const w = (c.witnesses as Record<string, unknown>[])[0]!;
        c.witnesses = [w, { ...w }];
      })[0]!.message,
    ).toMatch(/siglum "A" is used twice/);
    expect(problems((c) => ((c.witnesses as Record<string, unknown>[])[0]!.siglum = 'Ms.\nB'))[0]!.message).toMatch(/printed text on one line/);
    expect(problems((c) => ((c.witnesses as Record<string, unknown>[])[0]!.siglum = ' Q1'))[0]!.message).toMatch(/without leading or trailing spaces/);
    expect(problems((c) => ((c.witnesses as Record<string, unknown>[])[0]!.id = '1A'))[0]!.message).toMatch(/an id is a letter/);
  });

  it('accepts sigla as editors print them and names the base by siglum or id', () => {
    expect(problems((c) => {
      (c.witnesses as Record<string, unknown>[])[0]!.siglum = 'Ms. B';
      c.base = 'Ms. B';
    })).toEqual([]);
    expect(problems((c) => {
      (c.witnesses as Record<string, unknown>[])[0]!.siglum = '1818';
      c.base = 'wit-1818';
    })).toEqual([]);
  });

  it('reports every file the config names that does not exist', () => {
    const p = problems((c) => {
      c.header = 'nowhere.json';
      (c.witnesses as Record<string, unknown>[])[0]!.file = 'witnesses/missing.txt';
    });
    expect(p.map((x) => x.rule)).toEqual(['config-file-missing', 'config-file-missing']);
    expect(p.map((x) => x.message)).toEqual(['header "nowhere.json": file not found', 'witnesses[0].file "witnesses/missing.txt": file not found']);
    expect(p.every((x) => typeof x.line === 'number')).toBe(true);
  });

  it('says where a JSON syntax error is', () => {
    const { dir, config } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'Text.' }] });
    writeFileSync(config, '{\n  "id": "x",\n  "header": \n}\n');
    try {
      loadConfig('edition.config.json', dir);
      expect.unreachable();
    } catch (err) {
      expect((err as EditionError).diagnostics[0]).toMatchObject({ rule: 'data-json-syntax', file: 'edition.config.json', line: 4 });
    }
    expect(join(dir, 'edition.config.json')).toBe(config);
  });
});

const witness0 = (c: Record<string, unknown>) => (c.witnesses as Record<string, unknown>[])[0]!;

describe('a misspelt key in the config is refused, named, with the key it probably stands for', () => {
  it.each([
    ['witnesses[].sha265 (which would silently turn the checksum off)', (c: Record<string, unknown>) => (witness0(c).sha265 = 'f'.repeat(64)), '"witnesses.0": unknown key "sha265" (did you mean "sha256"?)'],
    ['collation.normalise', (c: Record<string, unknown>) => (c.collation = { normalise: { case: true } }), '"collation": unknown key "normalise" (did you mean "normalize"?)'],
    ['collation.hidden', (c: Record<string, unknown>) => (c.collation = { hidden: ['case'] }), '"collation": unknown key "hidden" (did you mean "hide"?)'],
    ['render.language', (c: Record<string, unknown>) => (c.render = { language: 'de' }), '"render": unknown key "language" (did you mean "lang"?)'],
    ['collation.normalize.cases', (c: Record<string, unknown>) => (c.collation = { normalize: { cases: true } }), '"collation.normalize": unknown key "cases" (did you mean "case"?)'],
    ['witnesses[].ulr', (c: Record<string, unknown>) => (witness0(c).ulr = 'https://example.org/a'), '"witnesses.0": unknown key "ulr" (did you mean "url"?)'],
  ])('%s', (_, mutate, message) => {
    const p = problems(mutate);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ rule: 'data-schema', message, line: expect.any(Number) });
    expect(p[0]!.hint).toMatch(/^rename it "[^"]+"; the keys allowed here: /);
  });

  it('names an unknown key at the line of the key, and suggests nothing when no known key is near', () => {
    const p = problems((c) => (c.render = { colour: 'red' }));
    expect(p).toEqual([{ rule: 'data-schema', message: '"render": unknown key "colour"', line: expect.any(Number), hint: 'the keys allowed here: overrides, lang' }]);
  });

  it('reports the repro of the probe: every typo at once, with exit 1 from the CLI', async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'Text.' }] });
    const path = join(dir, 'edition.config.json');
    const c = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    witness0(c).sha265 = 'f'.repeat(64);
    Object.assign(c, { collation: { normalise: { case: true }, hidden: ['case'] }, render: { language: 'de' } });
    writeFileSync(path, JSON.stringify(c, null, 2));
    const r = await runCli(['build', '--only', 'tei'], dir);
    expect(r.code).toBe(1);
    for (const key of ['sha265', 'normalise', 'hidden', 'language']) expect(r.stderr).toContain(`unknown key "${key}"`);
  });

  it('header.json too, at every level (a source, the licence)', () => {
    const header = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8')) as Record<string, unknown>;
    (header.sources as Record<string, unknown>[])[0]!.auther = 'X';
    (header.licence as Record<string, unknown>).url = 'https://example.org';
    try {
      parseJsonData(JSON.stringify(header, null, 2), 'header.json', headerData, 'config');
      expect.unreachable();
    } catch (err) {
      expect((err as EditionError).diagnostics.map((d) => [d.message, typeof d.line]).sort()).toEqual([
        ['"licence": unknown key "url"', 'number'],
        ['"sources.0": unknown key "auther" (did you mean "author"?)', 'number'],
      ]);
    }
  });

  it('a misspelt required key: the message names the unknown key too, at its place', () => {
    const p = problems((c) => {
      const w = witness0(c);
      w.provenence = w.provenance;
      delete w.provenance;
    });
    expect(p).toEqual([
      {
        rule: 'data-schema',
        message: '"witnesses.0.provenance": Required; unknown key "provenence" (did you mean "provenance"?)',
        line: expect.any(Number),
        hint: 'rename "provenence" to "provenance"',
      },
    ]);
  });
});

describe('a file the config names that is a folder, or missing, is named with its key', () => {
  const cases: [string, (c: Record<string, unknown>, p: string) => void][] = [
    ['witnesses[0].file', (c, p) => (witness0(c).file = p)],
    ['header', (c, p) => (c.header = p)],
    ['registers.persons', (c, p) => (c.registers = { persons: p })],
    ['validation.rules', (c, p) => (c.validation = { rules: p })],
    ['annotation.rules', (c, p) => (c.annotation = { rules: p })],
    ['annotation.corrections', (c, p) => (c.annotation = { corrections: p })],
    ['structure.overrides', (c, p) => (c.structure = { overrides: p })],
    ['collation.regularize', (c, p) => (c.collation = { regularize: p })],
  ];

  it.each(cases)('%s', (key, set) => {
    const folder = problems((c) => set(c, 'data'), (dir) => {
      mkdirSync(join(dir, 'data'));
      writeFileSync(join(dir, 'data', 'one.json'), '{}');
    });
    expect(folder).toEqual([
      { rule: 'config-not-a-file', message: `${key} "data" is a folder, not a file`, line: expect.any(Number), hint: 'name a file in it (data/one.json); paths in the config are relative to the config file' },
    ]);
    const missing = problems((c) => set(c, 'nowhere/x.json'));
    expect(missing).toEqual([
      { rule: 'config-file-missing', message: `${key} "nowhere/x.json": file not found`, line: expect.any(Number), hint: 'paths in the config are relative to the config file' },
    ]);
  });

  it('the probe\'s repro: a witness path that is a folder, from the CLI (exit 1, config file, line, key, path)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-folder-'));
    cpSync(join(repoRoot, 'examples/frankenstein'), dir, { recursive: true });
    const path = join(dir, 'edition.config.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"witnesses/frankenstein-1823.txt"', '"witnesses"'));
    const r = await runCli(['build', '--only', 'tei'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^edition\.config\.json:\d+:\d+ error witnesses\[1\]\.file "witnesses" is a folder, not a file \(name a file in it \(witnesses\/frankenstein-1818\.txt, /m);
    expect(r.stderr).not.toContain('EISDIR');
  });
});
