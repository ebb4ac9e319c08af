import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { EditionError } from '../../src/diagnostics/index.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';

/** Loads a config text written into a fresh edition folder and returns the diagnostics it raises. */
function problems(mutate: (config: Record<string, unknown>) => void): { rule: string; message: string; line?: number }[] {
  const { dir, config } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'Text.' }] });
  const data = JSON.parse(JSON.stringify(loadConfigRaw(config))) as Record<string, unknown>;
  mutate(data);
  writeFileSync(config, JSON.stringify(data, null, 2));
  try {
    loadConfig('edition.config.json', dir);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(EditionError);
    return (err as EditionError).diagnostics.map((d) => ({ rule: d.rule, message: d.message, ...(d.line ? { line: d.line } : {}) }));
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
    expect(p.map((x) => x.message)).toEqual(['header: file not found: nowhere.json', 'witness A: file not found: witnesses/missing.txt']);
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
