import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTypst, compileTypstOnThread } from '../../../src/render/pdf/typst-compile.js';
import { teiToTypst } from '../../../src/render/pdf/typst-source.js';
import { repoRoot } from '../../helpers/edition-dir.js';

describe('compileTypst', () => {
  it('reports a Typst error at its line in the generated markup, with the TEI element it came from', () => {
    const source = '#import "book.typ": *\n// #p-A42\n#"fine text"\n#nosuchfunction()\n';
    const { pdf, diagnostics } = compileTypst(source);
    expect(pdf.length).toBe(0);
    const [d] = diagnostics.filter((x) => x.severity === 'error');
    expect(d).toMatchObject({ rule: 'typst', stage: 'render', line: 4 });
    expect(d!.message).toMatch(/unknown variable: nosuchfunction.*near TEI #p-A42/);
    expect(d!.file).toContain('edition.typ');
  });

  it('makes the same bytes from the same TEI (the PDF date is the edition’s, not the clock’s)', async () => {
    const tei = readFileSync(join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), 'utf8');
    const source = await teiToTypst(tei);
    const first = compileTypst(source).pdf;
    const second = compileTypst(`${source}\n`).pdf;
    expect(first.length).toBeGreaterThan(10_000);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).toString('latin1')).toContain('2020-01-02');
  });

  it('makes the same PDF and the same diagnostics on the print thread as here (a build sets its PDF there)', async () => {
    const tei = readFileSync(join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), 'utf8');
    const source = await teiToTypst(tei);
    const here = compileTypst(source);
    const there = await compileTypstOnThread(source);
    expect(there.pages).toBe(here.pages);
    expect(Buffer.from(there.pdf).equals(Buffer.from(here.pdf))).toBe(true);
    const broken = '#import "book.typ": *\n// #p-A42\n#nosuchfunction()\n';
    expect((await compileTypstOnThread(broken)).diagnostics).toEqual(compileTypst(broken).diagnostics);
  });
});
