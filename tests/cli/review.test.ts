import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { frankensteinCopy, tempFolders } from '../helpers/edition-dir.js';
import { scratchEdition } from '../annotate/scratch.js';

const fresh = tempFolders();

/** A copy of the Frankenstein example, without its outputs. */
const frankenstein = (): string => frankensteinCopy(fresh, 'review-frankenstein-');

describe('the review does not depend on the working directory', () => {
  it('review.md and review.json are the same from the edition folder and from elsewhere, with places relative to the config folder', async () => {
    const dir = frankenstein();
    const elsewhere = fresh('review-cwd-');
    const inside = await runCli(['review', '--out', 'from-inside'], dir);
    const outside = await runCli(['review', '--config', join(dir, 'edition.config.json'), '--out', join(dir, 'from-outside')], elsewhere);
    expect(inside.code).toBe(0);
    expect(outside.code).toBe(0);
    for (const name of ['review.md', 'review.json']) {
      const a = readFileSync(join(dir, 'from-inside', name), 'utf8');
      expect(readFileSync(join(dir, 'from-outside', name), 'utf8')).toBe(a);
      expect(a).toContain('witnesses/frankenstein-1818.txt:');
      expect(a).not.toContain(dir.slice(1));
    }
    const json = JSON.parse(readFileSync(join(dir, 'from-outside', 'review.json'), 'utf8')) as { items: Array<{ file?: string; places?: Array<{ file: string }> }> };
    const files = new Set(json.items.flatMap((i) => [...(i.file ? [i.file] : []), ...(i.places ?? []).map((p) => p.file)]));
    expect(files.size).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^witnesses\/frankenstein-18\d\d\.txt$/);
  });

  it('build writes the same review from the edition folder and from the root of the file system', async () => {
    const dir = frankenstein();
    expect((await runCli(['build', '--only', 'tei,review'], dir)).code).toBe(0);
    const first = ['review.md', 'review.json'].map((n) => readFileSync(join(dir, 'output', n), 'utf8'));
    rmSync(join(dir, 'output'), { recursive: true });
    expect((await runCli(['build', '--only', 'tei,review', '--config', join(dir, 'edition.config.json')], '/')).code).toBe(0);
    expect(['review.md', 'review.json'].map((n) => readFileSync(join(dir, 'output', n), 'utf8'))).toEqual(first);
  });

  it('review accept, run from another folder, writes the place relative to the config folder into the register note', async () => {
    const dir = frankenstein();
    const r = await runCli(['review', 'accept', 'entity-vicar-of-wakefield-4f26', '--config', join(dir, 'edition.config.json')], fresh('review-cwd-'));
    expect(r.stderr).toContain('accepted entity-vicar-of-wakefield-4f26');
    expect(r.code).toBe(0);
    const register = readFileSync(join(dir, 'registers/places.xml'), 'utf8');
    expect(register).toMatch(/<note>[^<]*first mention witnesses\/frankenstein-1818\.txt:\d+:\d+: /);
    expect(register).not.toContain(dir.slice(1));
  });
});

describe('review accept and reject honour --config', () => {
  const text = 'Comrade Kotolynov and the defendant Gertik were tried in Kiev in 1935.\n\nKotolynov denied everything, and Gertik said so.\n';

  const idOf = async (config: string, name: string, cwd: string) => {
    const r = await runCli(['review', '--format', 'json', '--config', config], cwd);
    expect(r.code).toBe(0);
    const items = (JSON.parse(r.stdout) as { items: Array<{ id?: string; rule: string; text: string }> }).items;
    return items.find((i) => i.rule === 'name-unknown' && i.text === name)!.id!;
  };

  it.each([
    ['--config after the id', (id: string, c: string) => ['review', 'accept', id, '--config', c]],
    ['-c after the id', (id: string, c: string) => ['review', 'accept', id, '-c', c]],
    ['--config=FILE before the id', (id: string, c: string) => ['review', 'accept', `--config=${c}`, id]],
    ['--config before the verb', (id: string, c: string) => ['review', '--config', c, 'accept', id]],
  ])('accept with %s, from a folder that has no config', async (_how, args) => {
    const dir = fresh.keep(scratchEdition(text));
    const cwd = fresh('review-cwd-');
    const config = join(dir, 'edition.config.json');
    const id = await idOf(config, 'Kotolynov', cwd);
    const r = await runCli(args(id, config), cwd);
    expect(r.stderr).not.toContain('config not found');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'registers/persons.xml'), 'utf8')).toContain('<person xml:id="kotolynov">');
    expect(existsSync(join(cwd, 'edition.config.json'))).toBe(false);
  });

  it('reject with -c and a reason after the id, from a folder that has no config', async () => {
    const dir = fresh.keep(scratchEdition(text));
    const cwd = fresh('review-cwd-');
    const config = join(dir, 'edition.config.json');
    const id = await idOf(config, 'Gertik', cwd);
    const r = await runCli(['review', 'reject', id, '-c', config, '--reason', 'a test rejection'], cwd);
    expect(r.code).toBe(0);
    const rules = readFileSync(join(dir, 'rules.json'), 'utf8');
    expect(rules).toContain(`"id": "${id}"`);
    expect(rules).toContain('"reason": "a test rejection"');
    expect(await idOf(config, 'Kotolynov', cwd)).toMatch(/^entity-kotolynov-/);
    const after = await runCli(['review', '--format', 'json', '-c', config], cwd);
    expect(after.stdout).not.toContain(`"id": "${id}"`);
  });

  it('without --config, the subcommands still look for the config in the working directory', async () => {
    const r = await runCli(['review', 'accept', 'entity-x-0000'], fresh('review-cwd-'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('edition config not found: edition.config.json');
  });
});
