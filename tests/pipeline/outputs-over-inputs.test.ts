import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir, repoRoot } from '../helpers/edition-dir.js';

// A build never writes over one of its inputs: an output path of the config that resolves to
// a witness, the config, the header or a register is refused with exit 2 before any work,
// and every input keeps its bytes.
const witness = 'CHAPTER 1\n\nA line of the witness.\n';

function edition(output: Record<string, string>) {
  const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: witness }], extraConfig: { output, registers: { persons: 'persons.xml' } } });
  cpSync(join(repoRoot, 'examples/frankenstein/registers/persons.xml'), join(dir, 'persons.xml'));
  return { dir, bytes: () => Object.fromEntries(['witnesses/A.txt', 'edition.config.json', 'header.json', 'persons.xml'].map((f) => [f, readFileSync(join(dir, f), 'utf8')])) };
}

describe('build: an output over an input is refused (exit 2) before any work', () => {
  for (const [output, names] of [
    [{ tei: 'witnesses/A.txt', dir: 'out' }, /^witnesses\/A\.txt error the output would overwrite the file witnesses\[0\]\.file of the edition config names \(witnesses\/A\.txt\); an input is never an output .*write:output-is-input$/m],
    [{ tei: 'edition.config.json', dir: 'out' }, /^edition\.config\.json error the output would overwrite the edition config/m],
    [{ tei: './header.json', dir: 'out' }, /^header\.json error the output would overwrite the file header of the edition config names/m],
    [{ tei: 'persons.xml', dir: 'out' }, /^persons\.xml error the output would overwrite the file registers\.persons of the edition config names/m],
  ] as const) {
    it(`output ${JSON.stringify(output)}`, { timeout: 60_000 }, async () => {
      const { dir, bytes } = edition(output);
      const kept = bytes();
      const r = await runCli(['build'], dir);
      expect(r.stderr).toMatch(names);
      expect(r.stderr).not.toMatch(/^wrote /m);
      expect(r.code).toBe(2);
      expect(bytes()).toEqual(kept);
      expect(readdirSync(dir).sort()).toEqual(['edition.config.json', 'header.json', 'persons.xml', 'witnesses']);
    });
  }

  it('a register named as the PDF (the output folder and the edition id make its path) is refused', { timeout: 60_000 }, async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: witness }], extraConfig: { output: { tei: 'out/edition.xml', dir: '.' }, registers: { persons: 'test-book.pdf' } } });
    cpSync(join(repoRoot, 'examples/frankenstein/registers/persons.xml'), join(dir, 'test-book.pdf'));
    const before = readFileSync(join(dir, 'test-book.pdf'));
    const r = await runCli(['build'], dir);
    expect(r.stderr).toMatch(/^test-book\.pdf error the output would overwrite the file registers\.persons of the edition config names/m);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'test-book.pdf'))).toEqual(before);
  });
});
