// A language written by its name where a code is asked ("French" in header.json's
// language.ident, render.lang "french", init --language Deutsch) passed the syntax of xml:lang
// and matched none of what reads the language: the web edition's lang (hyphenation), the
// print's, the month names of dates, the outputs' own words, which stayed English.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageCodeProblem } from '../../src/model/language-code.js';
import { headerData } from '../../src/model/header.js';
import { renderConfig } from '../../src/config/sections/render.js';
import { scaffoldEdition } from '../../src/init/scaffold.js';
import { EditionError } from '../../src/diagnostics/index.js';
import { repoRoot, tempFolders } from '../helpers/edition-dir.js';
import { runCli } from '../helpers/cli.js';

describe('a language code', () => {
  it('accepts BCP 47 codes', () => {
    for (const code of ['fr', 'de', 'de-AT', 'en-GB', 'grc', 'la', 'zh-Hant-TW', 'x-klingon']) expect(languageCodeProblem(code)).toBeUndefined();
  });

  it('refuses a language’s name, in English or in itself, with its code', () => {
    expect(languageCodeProblem('French')).toBe('"French" is a language\'s name, not its code: write "fr" (BCP 47)');
    expect(languageCodeProblem('français')).toContain('write "fr"');
    expect(languageCodeProblem('Deutsch')).toContain('write "de"');
    expect(languageCodeProblem('german')).toContain('write "de"');
    expect(languageCodeProblem('klingonish')).toBe('"klingonish" is no BCP 47 language code: write a code such as "fr", "de" or "en-GB"');
  });

  it('is checked in the header data and in the config’s render.lang', () => {
    const header = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8'));
    const bad = headerData.safeParse({ ...header, language: { ident: 'French', name: 'French' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['language.ident', '"French" is a language\'s name, not its code: write "fr" (BCP 47)']]);
    expect(headerData.safeParse({ ...header, language: { ident: 'fr', name: 'français' } }).success).toBe(true);
    expect(renderConfig.safeParse({ lang: 'french' }).success).toBe(false);
    expect(renderConfig.safeParse({ lang: 'fr' }).success).toBe(true);
  });

  it('is checked by init before it writes anything', () => {
    const start = () =>
      scaffoldEdition({ title: 'Le Tour du monde', author: 'Jules Verne', witnesses: [{ siglum: 'A', fileName: 'a.txt', bytes: new TextEncoder().encode('I\n\nTexte.\n') }], date: '2026-12-07', language: 'French' });
    expect(start).toThrow(EditionError);
    expect(start).toThrow(/"French" is a language's name, not its code: write "fr"/u);
  });
});

describe('render --lang', () => {
  const temp = tempFolders();

  it.each(['html', 'pdf'])('%s: a language’s name is bad usage naming its code, and nothing is written', async (format) => {
    const dir = temp('tei-render-lang-');
    writeFileSync(join(dir, 'one.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Un</title></titleStmt><publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader><text><body><p>Texte.</p></body></text></TEI>');
    const r = await runCli(['render', format, 'one.xml', '--out', 'out', '--lang', 'français'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang "français" is a language\'s name, not its code: write "fr" (BCP 47)');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
