import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonData } from '../../src/config/json-data.js';
import { editionConfig } from '../../src/config/schema.js';
import { headerData } from '../../src/model/header.js';
import { scaffoldEdition, slug } from '../../src/init/scaffold.js';
import { parseRegister } from '../../src/registers/load.js';
import type { RegisterRecord } from '../../src/registers/types.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { EditionError } from '../../src/diagnostics/index.js';

const witness = (siglum: string, file: string) => ({
  siglum,
  fileName: `examples/frankenstein/witnesses/${file}`,
  bytes: readFileSync(join(repoRoot, 'examples/frankenstein/witnesses', file)),
});

describe('scaffoldEdition', () => {
  const scaffold = scaffoldEdition({
    title: 'Frankenstein; or, The Modern Prometheus',
    author: 'Mary Wollstonecraft Shelley',
    witnesses: [witness('1818', 'frankenstein-1818.txt'), witness('1831', 'frankenstein-1831.txt')],
    date: '2026-12-05',
    workDate: '1818',
    schemaRef: 'node_modules/tei-edition/schema/edition-config.schema.json',
  });
  const text = (path: string) => String(scaffold.files.get(path));

  it('writes a config the toolkit accepts, naming the witnesses, their checksums and the base', () => {
    const config = parseJsonData(text('edition.config.json'), 'edition.config.json', editionConfig, 'config');
    expect(config.$schema).toBe('node_modules/tei-edition/schema/edition-config.schema.json');
    expect(config.id).toBe('frankenstein-or-the-modern-prometheus');
    expect(config.base).toBe('1818');
    expect(config.witnesses.map((w) => [w.siglum, w.file])).toEqual([
      ['1818', 'witnesses/frankenstein-1818.txt'],
      ['1831', 'witnesses/frankenstein-1831.txt'],
    ]);
    expect(config.witnesses[0]!.sha256).toBe('407bfa6cabf5835445e7996460b9699e6d40345c10c2a49b989f9b1e60a29253');
  });

  it('copies each witness byte for byte', () => {
    expect(Buffer.compare(Buffer.from(scaffold.files.get('witnesses/frankenstein-1831.txt') as Uint8Array), readFileSync(join(repoRoot, 'examples/frankenstein/witnesses/frankenstein-1831.txt')))).toBe(0);
  });

  it('writes header data whose author points at the first entry of the register of persons', () => {
    const header = parseJsonData(text('header.json'), 'header.json', headerData, 'config');
    expect(header.author).toEqual({ name: 'Mary Wollstonecraft Shelley', ref: '#mary-wollstonecraft-shelley' });
    expect(header.language).toEqual({ ident: 'en', name: 'English' });
    expect(header.workDate).toEqual({ when: '1818', text: '1818' });
    const persons = parseRegister('persons', text('registers/persons.xml'), 'registers/persons.xml');
    expect(persons.entries.map((e) => [e.id, e.name])).toEqual([['mary-wollstonecraft-shelley', 'Mary Wollstonecraft Shelley']]);
    // a form as well, which the annotation looks for in the text (it never looks for the reg)
    expect((persons.entries[0] as RegisterRecord).forms).toEqual([{ text: 'Mary Wollstonecraft Shelley', type: 'reg' }, { text: 'Mary Wollstonecraft Shelley', type: 'form' }]);
  });

  it('writes a README for the editors that names the build command and the files', () => {
    expect(text('README.md')).toContain('npx tei-edition build');
    expect(text('README.md')).toContain('tei/frankenstein-or-the-modern-prometheus.xml');
  });

  it('refuses a repeated siglum and an unknown base, saying what to do', () => {
    const w = witness('A', 'frankenstein-1818.txt');
    expect(() => scaffoldEdition({ title: 'T', author: 'A', witnesses: [w, w], date: '2026-01-01' })).toThrow(EditionError);
    expect(() => scaffoldEdition({ title: 'T', author: 'A', witnesses: [w], base: 'B', date: '2026-01-01' })).toThrow(/base "B" is not one of the sigla/);
  });
});

describe('slug', () => {
  it('derives XML names from free text', () => {
    expect(slug('Ms. B', 'wit')).toBe('ms-b');
    expect(slug('1818', 'wit')).toBe('wit-1818');
    expect(slug('Œuvres complètes', 'x')).toBe('oeuvres-completes');
    expect(slug('—', 'edition')).toBe('edition');
    // titles in other scripts name their files by a transliteration, not the fallback
    expect(slug('Война и мир', 'edition')).toBe('voyna-i-mir');
    expect(slug('Κατὰ Ἰωάννην 1:1-14', 'edition')).toBe('kata-ioannin-1-1-14');
    expect(slug('Lev Tolstoy, Война и мир', 'edition')).toBe('lev-tolstoy-voyna-i-mir');
  });
});
