import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { scratchEdition } from './scratch.js';

const text = [
  'Comrade Kotolynov and the defendant Gertik were tried in Kiev in 1935.',
  '',
  'Kotolynov denied everything; the assasination was never proved, and Gertik said so.',
  '',
].join('\n');

async function cli(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['node', 'tei-edition', ...args, '--config', join(dir, 'edition.config.json')], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd: dir });
  return { code, out: out.join(''), err: err.join('') };
}

const items = async (dir: string) =>
  (JSON.parse((await cli(dir, 'review', '--format', 'json')).out) as { items: Array<{ id?: string; rule: string; text: string; action?: { kind: string } }> }).items;

describe('review accept and reject', () => {
  it('adds a proposed entry to its register, after which a build tags every mention', async () => {
    const dir = scratchEdition(text);
    try {
      const before = await items(dir);
      const kotolynov = before.find((i) => i.rule === 'name-unknown' && i.text === 'Kotolynov')!;
      expect(kotolynov.action?.kind).toBe('add-register-entry');
      const witness = readFileSync(join(dir, 'witnesses/a.txt'), 'utf8');
      const accepted = await cli(dir, 'review', 'accept', kotolynov.id!);
      expect(accepted.code).toBe(0);
      expect(accepted.err).toContain('wrote registers/persons.xml');
      const register = readFileSync(join(dir, 'registers/persons.xml'), 'utf8');
      expect(register).toMatch(/<person xml:id="kotolynov">\n\s+<persName type="reg">Kotolynov<\/persName>\n\s+<persName type="form">Kotolynov<\/persName>/);
      expect(readFileSync(join(dir, 'witnesses/a.txt'), 'utf8')).toBe(witness);
      const after = await items(dir);
      expect(after.some((i) => i.text === 'Kotolynov' && i.rule === 'name-unknown')).toBe(false);
      expect((await cli(dir, 'build', '--only', 'tei')).code).toBe(0);
      const tei = readFileSync(join(dir, 'out/scratch.xml'), 'utf8');
      expect(tei.match(/<persName ref="#kotolynov">Kotolynov<\/persName>/g)).toHaveLength(2);
      // The same id again is stale: the item is gone.
      const again = await cli(dir, 'review', 'accept', kotolynov.id!);
      expect(again.code).toBe(2);
      expect(again.err).toContain('unknown or stale');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an accepted suspected corruption to the corrections data, which the next build applies as choice/sic/corr', async () => {
    const dir = scratchEdition(text);
    try {
      const corruption = (await items(dir)).find((i) => i.rule === 'corruption' && i.text === 'assasination')!;
      expect((await cli(dir, 'review', 'accept', corruption.id!)).code).toBe(0);
      const data = readFileSync(join(dir, 'corrections.json'), 'utf8');
      expect(data).toContain('// corrections of this test edition');
      expect(data).toContain('"corr": "assassination"');
      const built = await cli(dir, 'build', '--only', 'tei');
      expect(built.err).toBe('wrote out/scratch.xml\n');
      expect(built.code).toBe(0);
      const tei = readFileSync(join(dir, 'out/scratch.xml'), 'utf8');
      expect(tei).toMatch(/<choice><sic>assasination<\/sic><corr xml:id="[^"]+" resp="#editor" cert="(high|medium)" source="https:\/\/www.npmjs.com\/package\/dictionary-en">assassination<\/corr><\/choice>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('records a rejection so that the item is not proposed again, and refuses an unknown id', async () => {
    const dir = scratchEdition(text);
    try {
      const gertik = (await items(dir)).find((i) => i.rule === 'name-unknown' && i.text === 'Gertik')!;
      const rejected = await cli(dir, 'review', 'reject', gertik.id!, '--reason', 'not a name in this edition');
      expect(rejected.code).toBe(0);
      expect(readFileSync(join(dir, 'rules.json'), 'utf8')).toContain('"reason": "not a name in this edition"');
      expect((await items(dir)).some((i) => i.text === 'Gertik' && i.rule === 'name-unknown')).toBe(false);
      const unknown = await cli(dir, 'review', 'accept', 'entity-nobody-0000');
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('no review item "entity-nobody-0000"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a new edition from empty registers to a valid TEI by accepting its proposals', async () => {
    const dir = scratchEdition(text);
    try {
      for (const i of await items(dir)) if (i.id && i.action) expect((await cli(dir, 'review', 'accept', i.id)).code).toBe(0);
      expect((await cli(dir, 'build', '--only', 'tei')).code).toBe(0);
      const tei = readFileSync(join(dir, 'out/scratch.xml'), 'utf8');
      expect(tei).toMatch(/<persName ref="#gertik">Gertik<\/persName>/);
      expect(tei).toMatch(/<placeName ref="#kiev">Kiev<\/placeName>/);
      const out: string[] = [];
      const code = await run(['node', 'tei-edition', 'validate', join(dir, 'out/scratch.xml')], { stdout: (s) => out.push(s), stderr: (s) => out.push(s), cwd: dir });
      expect(out.join('')).toContain('1 valid, 0 invalid');
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
