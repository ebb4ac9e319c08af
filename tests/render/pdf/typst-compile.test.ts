import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTypst, compileTypstOnThread } from '../../../src/render/pdf/typst-compile.js';
import { teiToTypst } from '../../../src/render/pdf/typst-source.js';
import { facesFor, fontFaces, fontFamilies } from '../../../src/render/pdf/fonts.js';
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

  it('makes the same bytes with its caches dropped before the export (keepCaches: false, a one-book render)', async () => {
    const tei = readFileSync(join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), 'utf8');
    const source = await teiToTypst(tei);
    const kept = compileTypst(source).pdf;
    const dropped = compileTypst(`${source}\n`, { keepCaches: false });
    expect(dropped.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Buffer.from(dropped.pdf).equals(Buffer.from(kept))).toBe(true);
    // and the compiler works as before afterwards
    expect(Buffer.from(compileTypst(source).pdf).equals(Buffer.from(kept))).toBe(true);
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

  it('reads the Hebrew, Arabic and CJK faces only for a text that has a character no earlier face has, with the same PDF', async () => {
    const tei = readFileSync(join(repoRoot, 'tests/fixtures/pdf/annotated.xml'), 'utf8');
    const source = await teiToTypst(tei);
    expect(facesFor(source)).toEqual(fontFaces.slice(0, 1));
    // every face but those of scripts the text does not have (the faces with ranges)
    expect(facesFor(`${source}שלום`)).toEqual(fontFaces.filter((f) => f.ranges === undefined));
    expect(facesFor(`${source}שלום 한`)).toEqual(fontFaces.filter((f) => f.ranges === undefined || f.family === 'Noto Serif KR'));
    // a comment with a CJK character makes the compiler read those faces and prints nothing
    const lean = compileTypst(source);
    const full = compileTypst(`${source}\n// 中\n`);
    expect(lean.diagnostics).toEqual(full.diagnostics);
    expect(Buffer.from(lean.pdf).equals(Buffer.from(full.pdf))).toBe(true);
    expect((await compileTypstOnThread(source)).diagnostics).toEqual(lean.diagnostics);
    // The page design's own characters are not in the markup facesFor reads: those Noto Serif
    // lacks must print from Libertinus Serif, as the brackets of a deletion do here (a new one
    // needs a case of its own).
    const design = readFileSync(join(repoRoot, 'xslt/print/book.typ'), 'utf8');
    const outside = [...new Set([...design].filter((c) => c.codePointAt(0)! >= 0x80 && facesFor(c).length > 1))];
    expect(outside.sort()).toEqual(['⟦', '⟧']);
    const deletion = `#import "book.typ": *\n#set text(font: (${fontFamilies.map((f) => JSON.stringify(f)).join(', ')}))\nword #deleted[struck] word\n`;
    expect(facesFor(deletion)).toEqual(fontFaces.slice(0, 1));
    const printed = compileTypst(deletion);
    expect(printed.diagnostics).toEqual([]);
    expect(Buffer.from(printed.pdf).equals(Buffer.from(compileTypst(`${deletion}// 中\n`).pdf))).toBe(true);
  });
});
