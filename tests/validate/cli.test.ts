import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, afterEach } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';
import { schemaMissing, teiAllSchema } from '../helpers/schema.js';
import { fixture } from './fixtures.js';

const letters = fixture('schema/letters.rng');
/** A fixture as a path relative to the repository, where these runs start. */
const fromRepo = (name: string): string => relative(repoRoot, fixture(name));
const savedEnv = process.env.TEI_ALL_RNG;
afterEach(() => {
  if (savedEnv === undefined) delete process.env.TEI_ALL_RNG;
  else process.env.TEI_ALL_RNG = savedEnv;
});

describe('tei-edition validate', () => {
  it('prints file:line:col severity message validate:rule for every error and exits 1', async () => {
    const r = await runCli(['validate', '--schema', letters, '--rules', 'none', fromRepo('letters-valid.xml'), fromRepo('letters-invalid.xml')], repoRoot);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('2 files checked (rules: none): 1 valid, 1 invalid\n');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'tests/fixtures/validate/letters-invalid.xml:3:23 error attribute "sent" of "{urn:example:letters}letter" has an invalid value "1936-08-32" validate:rng-attribute-value',
    );
  });

  it('shows a file given as an absolute path as given, inside the working directory or outside it', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'tei-edition-cli-')), 'letters-invalid.xml');
    copyFileSync(fixture('letters-invalid.xml'), outside);
    const inside = fixture('letters-invalid.xml');
    const r = await runCli(['validate', '-s', letters, '-r', 'none', '--format', 'json', inside, outside], repoRoot);
    expect((JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual([inside, outside]);
    const text = await runCli(['validate', '-s', letters, '-r', 'none', outside], repoRoot);
    expect(text.stderr.trim().split('\n').every((l) => l.startsWith(`${outside}:`)), text.stderr).toBe(true);
    expect(text.stderr).not.toContain('../');
  });

  it('exits 0 on a valid file', async () => {
    const r = await runCli(['validate', '-s', letters, '-r', 'none', fixture('letters-valid.xml')], repoRoot);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('writes a JSON report with --format json', async () => {
    const r = await runCli(['validate', '-s', letters, '-r', 'tei', '--format', 'json', fromRepo('letters-invalid.xml')], repoRoot);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { rules: string; notices: { rule: string }[]; files: { file: string; valid: boolean; diagnostics: { rule: string; line: number }[] }[] };
    expect(report.rules).toBe('tei');
    expect(report.notices.map((n) => n.rule)).toEqual(['schematron-unsupported']);
    expect(report.files[0]).toMatchObject({ file: 'tests/fixtures/validate/letters-invalid.xml', valid: false });
    expect(report.files[0]?.diagnostics.map((d) => d.rule)).toContain('reply-after-letter');
  });

  it('says how to get tei_all when no schema is configured', async () => {
    delete process.env.TEI_ALL_RNG;
    const r = await runCli(['validate', fixture('valid-edition.xml')], join(repoRoot, 'tests'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no RELAX NG schema to validate against');
    expect(r.stderr).toContain('TEI_ALL_RNG');
    expect(r.stderr).toContain('tei_all.rng comes with the TEI Guidelines release');
  });

  it('takes TEI_ALL_RNG when nothing else names a schema', async () => {
    process.env.TEI_ALL_RNG = letters;
    const r = await runCli(['validate', '--format', 'json', '-r', 'none', fixture('letters-valid.xml')], join(repoRoot, 'tests'));
    expect(JSON.parse(r.stdout).schema).toBe(letters);
  });

  it('picks up the schema, the rule set and the size limit of edition.config.json in the working directory', async () => {
    const { dir, config } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'A line.\n' }] });
    const data = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    writeFileSync(config, JSON.stringify({ ...data, validation: { schema: letters, maxFileBytes: 100 } }));
    delete process.env.TEI_ALL_RNG;
    const small = join(dir, 'small.xml');
    writeFileSync(small, '<letters xmlns="urn:example:letters"/>');
    const r = await runCli(['validate', '--format', 'json', small, fixture('letters-valid.xml')], dir);
    const report = JSON.parse(r.stdout) as { schema: string; rules: string; notices: { rule: string }[]; files: { diagnostics: { rule: string }[] }[] };
    expect(report.schema).toBe(letters);
    // files other than the edition's own TEI are checked with the TEI rules, and told so
    expect(report.rules).toBe('tei');
    expect(report.notices.map((n) => n.rule)).toContain('edition-rules-not-applied');
    expect(report.files[0]?.diagnostics.map((d) => d.rule)).toContain('rng-element-missing');
    expect(report.files[1]?.diagnostics.map((d) => d.rule)).toEqual(['input-too-large']);
    // the edition's own TEI (output.tei of the config) gets the edition rules as well
    mkdirSync(join(dir, 'out'), { recursive: true });
    writeFileSync(join(dir, 'out', 'edition.xml'), '<letters xmlns="urn:example:letters"/>');
    const ownRun = await runCli(['validate', '--format', 'json', 'out/edition.xml'], dir);
    const ownReport = JSON.parse(ownRun.stdout) as { rules: string; notices: { rule: string }[] };
    expect(ownReport.rules).toBe('all');
    expect(ownReport.notices.map((n) => n.rule)).not.toContain('edition-rules-not-applied');
  });

  it("checks the edition's own TEI with the closed lists its build used (the config's note types)", async () => {
    const schema = teiAllSchema();
    expect(schema, schemaMissing).toBeDefined();
    // The Frankenstein example, its author's note given a type of the editors' own choosing.
    const dir = join(mkdtempSync(join(tmpdir(), 'tei-edition-own-')), 'frankenstein');
    cpSync(join(repoRoot, 'examples', 'frankenstein'), dir, { recursive: true, filter: (p) => !p.includes('output') });
    const config = join(dir, 'edition.config.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"type": "author"', '"type": "gloss"'));
    const tei = join(dir, 'tei', 'frankenstein.xml');
    const built = readFileSync(tei, 'utf8');
    expect(built).toContain('type="author"');
    writeFileSync(tei, built.replace(/(<note\b[^>]*)type="author"/gu, '$1type="gloss"'));
    const own = await runCli(['validate', '--schema', schema!, 'tei/frankenstein.xml'], dir);
    expect(own.stderr).not.toContain('note-type');
    expect(own.stdout).toBe('1 file checked (rules: all): 1 valid, 0 invalid\n');
    // A type the config does not give is named against the config's list, not the toolkit's.
    writeFileSync(tei, built.replace(/(<note\b[^>]*)type="author"/gu, '$1type="marginal"'));
    const other = await runCli(['validate', '--schema', schema!, 'tei/frankenstein.xml'], dir);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('note needs @type from the closed list (gloss, author, editorial); it has "marginal" validate:note-type');
    // An edition's own rules file runs after the toolkit's rules, as in a build, not instead of them.
    writeFileSync(
      join(dir, 'own-rules.sch'),
      '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>' +
        '<pattern id="own"><rule context="tei:TEI"><report test="true()" role="warning">the edition\'s own rule ran</report></rule></pattern></schema>',
    );
    writeFileSync(config, readFileSync(config, 'utf8').replace('"output": {', '"validation": { "rules": "own-rules.sch" },\n  "output": {'));
    const both = await runCli(['validate', '--schema', schema!, 'tei/frankenstein.xml'], dir);
    expect(both.stderr).toContain("the edition's own rule ran");
    expect(both.stderr).toContain('it has "marginal" validate:note-type');
  });

  it('refuses hostile files and goes on with the others', async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'x\n' }] });
    const hostile = join(dir, 'xxe.xml');
    writeFileSync(hostile, '<?xml version="1.0"?>\n<!DOCTYPE letters [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<letters xmlns="urn:example:letters">&x;</letters>');
    const r = await runCli(['validate', '-s', letters, '-r', 'none', '-c', join(dir, 'edition.config.json'), hostile, fixture('letters-valid.xml')], repoRoot);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/xxe\.xml:2:1 error the DOCTYPE declares the entity x \(some load external files or URLs\)/);
    expect(r.stderr).not.toContain('root:');
    expect(r.stdout).toContain('1 valid, 1 invalid');
  });

  it('rejects an unknown rule set as bad usage', async () => {
    const r = await runCli(['validate', '--rules', 'some', fixture('letters-valid.xml')], repoRoot);
    expect(r.code).toBe(2);
  });
});
