import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSchema, validateFiles, validateText, type CompiledSchema } from '../../src/validate/index.js';
import { RngChecker } from '../../src/validate/relaxng/check.js';
import { DerivativeChecker } from '../../src/validate/relaxng/derivative.js';
import { scanXml } from '../../src/validate/xml/scan.js';
import { jingAvailable, schemaMissing, teiAllSchema } from '../helpers/schema.js';
import { fixture } from './fixtures.js';

/**
 * xsd:anyURI values and jing's verdicts on them (jing 20181222, Debian, on OpenJDK 17; the
 * last test asks jing again when it is installed). jing accepts IRIs: non-ASCII letters, and
 * characters it escapes first (space, `<`, `"`, `{`…); it refuses a bad %-escape, a second
 * `#`, brackets outside a host, an empty scheme-specific part.
 */
const jingVerdicts: [value: string, valid: boolean][] = [
  ['#Γ', true],
  ['ü', true],
  ['a b', true],
  ['%zz', false],
  ['%4', false],
  ['http://x/ü', true],
  ['[::1]', false],
  ['#a#b', false],
  ['', true],
  ['https://example.org/ü', true],
  ['%41', true],
  ['a%4', false],
  ['a]b', false],
  ['a<b', true],
  ['a"b{c}|d', true],
  ['http://[::1]/', true],
  ['http://[::1/', false],
  ['http://', false],
  ['a:', false],
  ['1a:b', false],
  ['ä:b', false],
  ['mailto:ü@x', true],
  ['Γ#', true],
  [' #a ', true],
  ['a#b c#d', false],
];

/**
 * Where RFC 3986, which the toolkit asks (any-uri.ts), is looser than java.net.URI: an empty
 * authority or path after a scheme. Those values are accepted here and refused by jing.
 */
const looser = new Set(['http://', 'a:']);
const ours = jingVerdicts.map(([value, valid]): [string, boolean] => [value, valid || looser.has(value)]);

const xmlAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
/** A letter of tests/fixtures/validate/schema/letters.rng, whose replyTo is a plain xsd:anyURI. */
const letter = (replyTo: string): string =>
  `<letters xmlns="urn:example:letters"><letter xml:id="l1" sent="1936-08-19" replyTo="${xmlAttr(replyTo)}"><from>S</from><body>B.</body></letter></letters>`;

describe('xsd:anyURI as jing reads it', () => {
  let letters: CompiledSchema;
  beforeAll(async () => {
    letters = await compileSchema(fixture('schema/letters.rng'));
  });

  it('gives jing’s verdict on every value but the looser ones, in the derivative engine and in salve alike', () => {
    for (const [value, valid] of ours) {
      const text = letter(value);
      const fast = new DerivativeChecker(letters.grammar);
      scanXml(text, fast);
      const salve = new RngChecker(letters.grammar);
      scanXml(text, salve);
      const expected = valid ? 'valid' : 'invalid';
      expect({ fast: fast.verdict(), salve: salve.finish(text.length).length === 0 ? 'valid' : 'invalid' }, JSON.stringify(value)).toEqual({
        fast: expected,
        salve: expected,
      });
    }
  });

  const teiAll = teiAllSchema();
  it.skipIf(teiAll === undefined)(`accepts Greek sigla and IRIs in TEI pointers, and still refuses a malformed one${teiAll ? '' : ` (skipped: ${schemaMissing})`}`, async () => {
    const schema = await compileSchema(teiAll!);
    const doc = (target: string) =>
      `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="F">F</witness><witness xml:id="Γ">G</witness></listWit></sourceDesc></fileDesc></teiHeader><text><body><p>a <app><lem wit="#F">x</lem><rdg wit="#Γ">y</rdg></app> <ref target="${target}">r</ref></p></body></text></TEI>`;
    for (const ok of ['#Γ', 'https://example.org/ü', '#F #Γ']) expect(validateText(schema, doc(ok), 'd.xml', { rules: 'none' }), ok).toEqual([]);
    for (const bad of ['#a#b', '%zz', 'https://example.org/%4']) {
      expect(validateText(schema, doc(bad), 'd.xml', { rules: 'none' }).map((d) => d.rule), bad).toEqual(['rng-attribute-value']);
    }
  });

  describe('from a snapshot', () => {
    const saved = { cache: process.env.TEI_EDITION_CACHE, off: process.env.TEI_EDITION_NO_SNAPSHOT };
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-anyuri-'));
    beforeAll(() => {
      process.env.TEI_EDITION_CACHE = join(dir, 'cache');
      delete process.env.TEI_EDITION_NO_SNAPSHOT;
    });
    afterAll(() => {
      for (const [key, value] of [['TEI_EDITION_CACHE', saved.cache], ['TEI_EDITION_NO_SNAPSHOT', saved.off]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    it('gives the same verdicts as in process', async () => {
      const files = jingVerdicts.map(([value], i) => {
        const file = join(dir, `letter-${i}.xml`);
        writeFileSync(file, letter(value));
        return file;
      });
      const options = { schema: fixture('schema/letters.rng'), cwd: dir, rules: 'none' } as const;
      await validateFiles(files, { ...options, engine: 'auto' }); // builds the snapshot
      const fast = await validateFiles(files, { ...options, engine: 'auto' });
      expect(fast.engine).toBe('snapshot');
      expect(fast.results.map((r) => r.diagnostics.length === 0)).toEqual(ours.map(([, valid]) => valid));
      expect(fast.results).toEqual((await validateFiles(files, { ...options, engine: 'in-process' })).results);
    });
  });

  it.skipIf(!jingAvailable())(`records what jing says${jingAvailable() ? '' : ' (skipped: jing is not installed)'}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'jing-anyuri-'));
    const files = jingVerdicts.map(([value], i) => {
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, letter(value));
      return file;
    });
    const out = spawnSync('jing', [fixture('schema/letters.rng'), ...files], { encoding: 'utf8' }).stdout;
    const refused = (file: string) => out.split('\n').some((l) => l.startsWith(`${file}:`) && / error: /.test(l));
    expect(files.map((f, i) => [jingVerdicts[i]![0], !refused(f)])).toEqual(jingVerdicts);
  });
});
