import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeEditionDir } from '../helpers/edition-dir.js';
import { teiAllSchema } from '../helpers/schema.js';
import { fixturesDir, generatedInputs, nested, refusals, xmlCommands } from './cases.js';

// The hostile corpus of issue 16 (tests/hostile/README.md): each case against every command
// that reads XML, with the exit code and the one message expected.

const schema = teiAllSchema();
const savedSchema = process.env.TEI_ALL_RNG;
beforeAll(() => {
  if (schema) process.env.TEI_ALL_RNG = schema;
});
afterAll(() => {
  if (savedSchema === undefined) delete process.env.TEI_ALL_RNG;
  else process.env.TEI_ALL_RNG = savedSchema;
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fresh = (): string => mkdtempSync(join(tmpdir(), 'tei-edition-hostile-out-'));

/** The refusal is one error line, in the shape `file:line:col error message stage:rule`; nothing is written. */
function expectRefused(r: { code: number; stderr: string }, out: string, file: string, place: string, stage: string, rule: string, says: RegExp): void {
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  const errors = r.stderr.split('\n').filter((l) => / error /.test(l));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(new RegExp(`^${escape(file)}${place} error .* ${stage}:${rule}$`));
  expect(errors[0]).toMatch(says);
  expect(r.code).toBe(1);
  expect(readdirSync(out)).toEqual([]);
}

describe('hostile XML: every command refuses it the same way (exit 1, one message naming the file)', () => {
  for (const c of refusals) {
    it(`${c.file}`, { timeout: 180_000 }, async () => {
      const out = fresh();
      for (const command of xmlCommands(out)) {
        const r = await runCli([...command.args, c.file], fixturesDir);
        expectRefused(r, out, c.file, c.place, command.stage, c.rule, c.says);
      }
    });
  }
});

describe('deep and huge input is refused at once by every command', () => {
  const generated = generatedInputs();
  const name = (path: string): string => path.slice(generated.dir.length + 1);
  const cases = [
    { file: generated.deep5k, rule: 'input-too-deep', place: ':2:\\d+', says: /nested more than 1000 deep/ },
    { file: generated.deep100k, rule: 'input-too-deep', place: ':2:\\d+', says: /nested more than 1000 deep.*--max-depth/ },
    { file: generated.huge, rule: 'input-too-large', place: '', says: /has 209715200 bytes, more than the limit of 33554432.*--max-bytes/ },
  ];
  for (const c of cases) {
    it(name(c.file), { timeout: 180_000 }, async () => {
      const out = fresh();
      for (const command of xmlCommands(out)) {
        const r = await runCli([...command.args, name(c.file)], generated.dir);
        expectRefused(r, out, name(c.file), c.place, command.stage, c.rule, c.says);
      }
    });
  }

  it('takes its limits from the command line: --max-depth and --max-bytes', async () => {
    const file = join(generated.dir, 'deep-20.xml');
    writeFileSync(file, nested(20));
    const out = fresh();
    for (const command of xmlCommands(out).filter((c) => c.name !== 'validate')) {
      const r = await runCli([...command.args, '--max-depth', '10', 'deep-20.xml'], generated.dir);
      expectRefused(r, out, 'deep-20.xml', ':2:\\d+', command.stage, 'input-too-deep', /more than 10 deep/);
      const small = await runCli([...command.args, '--max-bytes', '100', 'deep-20.xml'], generated.dir);
      expectRefused(small, out, 'deep-20.xml', '', command.stage, 'input-too-large', /more than the limit of 100/);
    }
    expect((await runCli(['render', 'html', '--max-depth', 'deep', file], generated.dir)).code).toBe(2);
  });

  it('validates the same deep file within the default limit with every rule set (no stack overflow in the walks)', { timeout: 180_000 }, async () => {
    const file = join(generated.dir, 'deep-900.xml');
    writeFileSync(file, nested(900));
    const r = await runCli(['validate', '--rules', 'all', file], generated.dir);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(r.stdout).toContain('1 file checked');
  });

  it('says where the stylesheets give up on nesting the intake allowed, about the input, not a cache file', { timeout: 120_000 }, async () => {
    const file = join(generated.dir, 'deep-990.xml');
    writeFileSync(file, nested(990));
    const out = fresh();
    const r = await runCli(['render', 'html', '--out', join(out, 'site'), 'deep-990.xml'], generated.dir);
    // The HTML stylesheets render this depth or say so about the input: never exit 3, never the SEF file.
    expect(r.stderr).not.toMatch(/internal error|sef\.json/);
    if (r.code !== 0) expect(r.stderr).toMatch(/^deep-990\.xml:2:\d+ error the stylesheets ran out of stack on this TEI: its elements nest 99\d deep here/m);
    expect([0, 1]).toContain(r.code);
  });

  // (emphasis: Typst's emph is a style rule that nests; italics asked for by @rend are set, not nested, and print at any depth)
  it('says so about the input where the print cannot nest styles deeper (70 phrases in phrases, which the HTML renders)', { timeout: 120_000 }, async () => {
    const phrases = `${'<emph>'.repeat(70)}deep${'</emph>'.repeat(70)}`;
    writeFileSync(join(generated.dir, 'hi-70.xml'), `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>\n<text><body><p>${phrases}</p></body></text></TEI>`);
    const out = fresh();
    const r = await runCli(['render', 'pdf', '--out', join(out, 'hi.pdf'), 'hi-70.xml'], generated.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hi-70\.xml:2:\d+ error the print cannot set styles nested so deep on this TEI: its elements nest 7\d deep here/m);
    expect(r.stderr).not.toMatch(/edition\.typ|a bug in/);
    expect(existsSync(join(out, 'hi.pdf'))).toBe(false);
  });
});

describe('converted encodings are read with a note, the same by every command', () => {
  for (const [file, text] of [
    ['utf16-bom.xml', 'Œuvres complètes'],
    ['latin1-declared.xml', 'Oeuvres complètes'],
  ] as const) {
    it(file, { timeout: 180_000 }, async () => {
      const v = await runCli(['validate', '--rules', 'tei', file], fixturesDir);
      expect(v.stderr).toMatch(new RegExp(`^${escape(file)} info read as .*; the text is handled as Unicode and written as UTF-8 validate:input-decoded$`, 'm'));
      expect(v.code).toBe(0);
      const out = fresh();
      const h = await runCli(['render', 'html', '--out', join(out, 'site'), file], fixturesDir);
      expect(h.stderr).toMatch(new RegExp(`^${escape(file)} info read as .* render:input-decoded$`, 'm'));
      expect(h.code).toBe(0);
      const pages = readdirSync(join(out, 'site')).filter((f) => f.endsWith('.html'));
      expect(pages.some((p) => readFileSync(join(out, 'site', p), 'utf8').includes(text))).toBe(true);
    });
  }
});

describe('what held stays held: nothing is fetched, included or injected', () => {
  const site = async (file: string): Promise<string> => {
    const out = fresh();
    const r = await runCli(['render', 'html', '--out', join(out, 'site'), file], fixturesDir);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    return readdirSync(join(out, 'site'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(out, 'site', f), 'utf8'))
      .join('\n');
  };

  it('a remote stylesheet processing instruction is neither followed nor copied', { timeout: 120_000 }, async () => {
    const html = await site('stylesheet-pi.xml');
    expect(html).toContain('plain');
    expect(html).not.toContain('evil.xsl');
  });

  it('XInclude is not performed: no file of the machine enters the output', { timeout: 120_000 }, async () => {
    const html = await site('xinclude.xml');
    expect(html).toContain('before');
    expect(html).not.toMatch(/root:.*:0:0/);
  });

  it('markup in the text stays text in the HTML', { timeout: 120_000 }, async () => {
    const html = await site('typst-in-text.xml');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('inputs are never outputs (exit 2, before any work)', () => {
  it('render pdf --out onto a witness of the edition, or onto its config', async () => {
    const { dir } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'A line.\n' }] });
    mkdirOut(dir);
    const witness = readFileSync(join(dir, 'witnesses/A.txt'));
    for (const target of ['witnesses/A.txt', 'edition.config.json', 'header.json', 'out/edition.xml']) {
      const r = await runCli(['render', 'pdf', '--out', target], dir);
      expect(r.stderr).toMatch(new RegExp(`^${escape(target)} error the output would overwrite .* render:output-is-input$`, 'm'));
      expect(r.code).toBe(2);
    }
    expect(readFileSync(join(dir, 'witnesses/A.txt')).equals(witness)).toBe(true);
  });

  it('render html --out onto the TEI file, or a folder that holds it', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'book.xml'), nested(1));
    for (const out of ['book.xml', '.']) {
      const r = await runCli(['render', 'html', 'book.xml', '--out', out], dir);
      expect(r.stderr).toMatch(/render:output-is-input/);
      expect(r.code).toBe(2);
    }
    expect(readFileSync(join(dir, 'book.xml'), 'utf8')).toBe(nested(1));
  });

  it('collate A B -o A, through a symbolic link and through a hard link', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), 'The first text.\n');
    writeFileSync(join(dir, 'b.txt'), 'The second text.\n');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    linkSync(join(dir, 'b.txt'), join(dir, 'hard.txt'));
    for (const out of ['a.txt', 'link.txt', 'hard.txt']) {
      const r = await runCli(['collate', 'a.txt', 'b.txt', '-o', out], dir);
      expect(r.stderr).toMatch(new RegExp(`^${escape(out)} error the output would overwrite witness \\d .* collate:output-is-input$`, 'm'));
      expect(r.code).toBe(2);
    }
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('The first text.\n');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('The second text.\n');
  });

  it('review -o into a folder where review.md is a data file of the edition', async () => {
    const { dir, config } = makeEditionDir({ witnesses: [{ siglum: 'A', content: 'A line.\n' }] });
    const data = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'review.md'), '# kept\n');
    writeFileSync(config, JSON.stringify({ ...data, header: 'header.json', structure: { firstChapter: 1, interventions: 'review.md' } }));
    const r = await runCli(['review', '-o', '.'], dir);
    expect(r.stderr).toMatch(/review\.md error the output would overwrite .* review:output-is-input/);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'review.md'), 'utf8')).toBe('# kept\n');
  });
});

describe('the small points', () => {
  it('render without a subcommand is bad usage (exit 2) with the usage', async () => {
    const r = await runCli(['render'], fixturesDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('render needs a subcommand, html or pdf');
    expect(r.stderr).toContain('Usage: tei-edition render');
  });

  it('a missing input is exit 1 with what, where and what to do, in every command', { timeout: 180_000 }, async () => {
    const out = fresh();
    for (const command of xmlCommands(out)) {
      const r = await runCli([...command.args, 'missing.xml'], out);
      expectRefused(r, out, 'missing.xml', '', command.stage, 'input-unreadable', /cannot read the file: it does not exist \(ENOENT\).*check the path/);
    }
    const c = await runCli(['collate', 'missing.txt', 'missing-too.txt'], out);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/^missing\.txt error the witness file was not found/m);
  });

  it('a folder named as the input is exit 1, not a crash', async () => {
    const out = fresh();
    const r = await runCli(['render', 'html', '--out', join(out, 'site'), fixturesDir], out);
    expect(r.stderr).toMatch(/error not a regular file .*render:input-unreadable/);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'site'))).toBe(false);
  });
});

function mkdirOut(dir: string): void {
  // The edition's TEI exists as if built, so that render has something to read.
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, 'out', 'edition.xml'), nested(1));
}
