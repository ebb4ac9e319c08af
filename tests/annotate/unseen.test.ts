import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { measureUnseen, type GoldRow } from '../../src/annotate/evaluate.js';
import type { RegisterKind } from '../../src/model/register.js';
import { readConfigured } from '../../src/pipeline/read.js';
import { collatedEdition } from '../../src/pipeline/process.js';
import { scratchEdition } from './scratch.js';
import { root } from './seed.js';

const fixtures = join(root, 'tests/fixtures/annotate/unseen');
const kinds: RegisterKind[] = ['persons', 'places', 'orgs', 'bibls'];
const empty = (list: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><${list}>\n</${list}></standOff></TEI>\n`;

function measure(name: string, redBookRegisters: boolean) {
  const text = readFileSync(join(fixtures, `${name}.txt`), 'utf8');
  const gold = (JSON.parse(readFileSync(join(fixtures, `${name}.gold.json`), 'utf8')) as { mentions: GoldRow[] }).mentions;
  const dir = scratchEdition(text);
  try {
    const source = readConfigured(loadConfig('edition.config.json', dir), { cwd: dir });
    const model = collatedEdition(source);
    const lists = { persons: 'listPerson', places: 'listPlace', orgs: 'listOrg', bibls: 'listBibl' };
    const registers = new Map(kinds.map((k) => [k, redBookRegisters ? readFileSync(join(root, `tei/registers/${k}.xml`), 'utf8') : empty(lists[k])]));
    return measureUnseen(model, text, gold, registers, source.annotation);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Issue 14's goals on text whose cast the registers lack: precision ≥ 97 % before any proposal is
// accepted, recall ≥ 90 % for persons and places after. The figures are printed by `npm run bench`.
describe('annotation of held-aside text (hand-annotated, tests/fixtures/annotate/unseen)', () => {
  it('Wikipedia on Trotsky with the Red Book’s registers: precise before, and finds the cast once the right proposals are accepted', () => {
    const r = measure('trotsky-wikipedia', true);
    for (const t of Object.values(r.before.perType)) if (t.tagged > 0) expect(t.precision).toBeGreaterThanOrEqual(0.97);
    expect(r.after.perType.person!.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.after.perType.place!.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.before.links.wrong).toEqual([]);
    expect(r.after.links.accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('Wikipedia on the Russian Revolution, kept aside (never used to change a rule but the longest-match fix it showed)', () => {
    const r = measure('russian-revolution-wikipedia', true);
    for (const t of Object.values(r.before.perType)) if (t.tagged > 0) expect(t.precision).toBeGreaterThanOrEqual(0.97);
    expect(r.after.perType.person!.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.after.perType.place!.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.after.links.accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('Frankenstein, chapter V, with empty registers', () => {
    const r = measure('frankenstein-1818-ch5', false);
    expect(Object.values(r.before.perType).every((t) => t.tagged === 0)).toBe(true);
    expect(r.after.perType.person!.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.after.perType.place!.recall).toBeGreaterThanOrEqual(0.9);
    for (const t of Object.values(r.after.perType)) if (t.tagged > 0) expect(t.precision).toBeGreaterThanOrEqual(0.9);
  });
});
