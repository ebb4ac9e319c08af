import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileSchema, validateText } from '../../src/validate/index.js';
import { jingAvailable, schemaMissing, teiAllSchema } from '../helpers/schema.js';
import { fixture, readFixture, teiFixtures } from './fixtures.js';

const teiAll = teiAllSchema();
const jing = jingAvailable();
const reason = teiAll === undefined ? schemaMissing : !jing ? 'jing is not installed (Debian package jing)' : '';

/** Our RELAX NG verdict (with --rules none, what jing checks) equals jing's on every TEI fixture. */
describe.skipIf(reason !== '')(`agreement with jing${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('valid and invalid alike, fixture by fixture', async () => {
    const names = [...teiFixtures('valid-'), ...teiFixtures('invalid-rng-'), ...teiFixtures('invalid-edition-')].map((f) => f.name);
    const out = spawnSync('jing', [teiAll ?? '', ...names.map(fixture)], { encoding: 'utf8' }).stdout;
    const schema = await compileSchema(teiAll ?? '');
    for (const name of names) {
      const jingInvalid = out.split('\n').some((l) => l.startsWith(`${fixture(name)}:`) && / (error|fatal): /.test(l));
      const oursInvalid = validateText(schema, readFixture(name), name, { rules: 'none' }).some((d) => d.severity === 'error');
      expect(oursInvalid, name).toBe(jingInvalid);
      expect(jingInvalid, name).toBe(name.startsWith('invalid-rng-'));
    }
  });
});
