import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';
import { schemaMissing, teiAllSchema } from '../helpers/schema.js';

// The build checks its own TEI against RELAX NG before writing it, and takes register ids only
// when they are XML names.
const witness = 'CHAPTER 1\n\nA line of the witness.\n';

// A schema narrower than tei_all: a TEI with a header and nothing else. The build's TEI has a
// <text>, so the schema rejects it; the edition rules do not.
const headerOnly = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
  <start><element name="TEI"><zeroOrMore><attribute><anyName/></attribute></zeroOrMore>
    <element name="teiHeader"><ref name="any"/></element></element></start>
  <define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/><element><anyName/><ref name="any"/></element></choice></zeroOrMore></define>
</grammar>
`;

const savedSchema = process.env.TEI_ALL_RNG;
afterEach(() => {
  if (savedSchema === undefined) delete process.env.TEI_ALL_RNG;
  else process.env.TEI_ALL_RNG = savedSchema;
});

describe('build: RELAX NG before anything is written', () => {
  it('a TEI the named schema rejects is refused (exit 1) with the first errors at their place; nothing is written', { timeout: 120_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: witness }], extraConfig: { validation: { schema: 'header-only.rng' } } });
    writeFileSync(join(dir, 'header-only.rng'), headerOnly);
    const r = await runCli(['build', '--only', 'tei,review'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^out\/edition\.xml:\d+:\d+ error .*text.* validate:rng-\S+$/m);
    expect(r.stderr).toMatch(/error the edition breaks the rules above and was not written; the rejected TEI is kept at out\/test-book\.rejected\.xml/);
    expect(existsSync(join(dir, 'out', 'edition.xml'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'review.md'))).toBe(false);
    // The position is in the kept TEI: the error's line holds <text.
    const [, line] = /^out\/edition\.xml:(\d+):\d+ error/m.exec(r.stderr)!;
    expect(readFileSync(join(dir, 'out', 'test-book.rejected.xml'), 'utf8').split('\n')[Number(line) - 1]).toMatch(/<text\b/);
  });

  it('with tei_all the edition passes and no RELAX NG message is printed', { timeout: 120_000 }, async () => {
    const schema = teiAllSchema();
    expect(schema, schemaMissing).toBeDefined();
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: witness }], extraConfig: { validation: { schema } } });
    const r = await runCli(['build', '--only', 'tei'], dir);
    expect(r.stderr).not.toMatch(/validate:|error/);
    expect(r.code).toBe(0);
  });

  it('with no schema named the build says the TEI was not checked', { timeout: 120_000 }, async () => {
    delete process.env.TEI_ALL_RNG;
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: witness }] });
    const r = await runCli(['build', '--only', 'tei'], dir);
    expect(r.stderr).toMatch(/^out\/edition\.xml info the TEI was not checked against RELAX NG: no schema named \(set "validation\.schema" in the edition config .*\) validate:schema-unchecked$/m);
    expect(r.code).toBe(0);
  });
});

describe('register ids are XML names', () => {
  it('a person whose xml:id would be code in the Typst source is refused at its line and column', { timeout: 60_000 }, async () => {
    const persons = readFileSync(join(repoRoot, 'examples/frankenstein/registers/persons.xml'), 'utf8');
    const hostile = persons.replace(/xml:id="[^"]+"/, 'xml:id="zz&quot;)#text(&quot;TYPST-INJECTED&quot;)#index-mark(&quot;zz"');
    expect(hostile).not.toBe(persons);
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: witness }], extraConfig: { registers: { persons: 'persons.xml' } } });
    writeFileSync(join(dir, 'persons.xml'), hostile);
    const line = hostile.slice(0, hostile.indexOf('TYPST-INJECTED')).split('\n').length;
    const r = await runCli(['build'], dir);
    expect(r.stderr).toMatch(new RegExp(`^persons\\.xml:${line}:\\d+ error xml:id "zz\\\\"\\)#text\\(\\\\"TYPST-INJECTED.*" is not an XML name .*annotate:register-invalid$`, 'm'));
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
