import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { teiAllSchema, jingAvailable, schemaMissing } from '../helpers/schema.js';
import { root, seedEdition } from './seed.js';

describe('the annotated seed edition as TEI', () => {
  it('still gives back both witnesses byte for byte (lossless extraction)', () => {
    const { annotated } = seedEdition();
    const tei = toTei(annotated);
    expect(tei).toContain('<persName ref="#n-lurie" cert="medium">Lurie</persName>');
    expect(tei).toMatch(/<choice><sic>Demark<\/sic><corr [^>]*resp="#editor" source="#denmark">Denmark<\/corr><\/choice>/);
    for (const w of annotated.witnesses) {
      expect(extractWitness(tei, w.siglum)).toBe(readFileSync(join(root, w.file), 'utf8'));
    }
  });

  const schema = teiAllSchema();
  it.skipIf(!schema || !jingAvailable())(`is valid against tei_all, registers in standOff included${schema ? '' : ` (skipped: ${schemaMissing})`}`, () => {
    const { annotated } = seedEdition();
    const dir = mkdtempSync(join(tmpdir(), 'annotate-tei-'));
    try {
      const file = join(dir, 'edition.xml');
      writeFileSync(file, toTei(annotated));
      const r = spawnSync('jing', [schema!, file], { encoding: 'utf8' });
      expect(r.stdout + r.stderr.split('\n').filter((l) => !l.includes('Unable to locate')).join('\n')).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!schema || !jingAvailable())(`keeps each register file valid TEI${schema ? '' : ` (skipped: ${schemaMissing})`}`, () => {
    const files = ['persons', 'places', 'orgs', 'bibls'].map((f) => join(root, 'tei', 'registers', `${f}.xml`));
    const r = spawnSync('jing', [schema!, ...files], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, '']);
  });
});
