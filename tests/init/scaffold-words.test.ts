// A French edition started with `init --language fr` speaks French in its placeholders. The
// witness is the opening of Dumas's Les Frères corses (1844, public domain), ch. III, as
// oeuvres/oeuvres.github.io prints it (commit ae9f2d46dc6703b36e97fc213bad2f457609bea6,
// markdown/dumas_frerescorses.md; no licence stated).
import { describe, expect, it } from 'vitest';
import { parseJsonData } from '../../src/config/json-data.js';
import { editionConfig } from '../../src/config/schema.js';
import { headerData } from '../../src/model/header.js';
import { scaffoldEdition } from '../../src/init/scaffold.js';
import { scaffoldWords } from '../../src/init/scaffold-words.js';

const text = "III.\n\nC'était, comme me l'avait dit mon guide, un jeune homme de vingt à vingt et un ans.\n";

describe('the placeholders of a new edition, in its language', () => {
  const scaffold = scaffoldEdition({
    title: 'Les Frères corses',
    author: 'Alexandre Dumas',
    language: 'fr',
    witnesses: [{ siglum: 'ELG', fileName: 'freres-corses.txt', bytes: new TextEncoder().encode(text) }],
    date: '2026-12-07',
  });
  const file = (path: string) => String(scaffold.files.get(path));

  it('writes the witness title, the responsibility, the edition and the principles in French', () => {
    const config = parseJsonData(file('edition.config.json'), 'edition.config.json', editionConfig, 'config');
    expect(config.witnesses[0]!.title).toBe('Témoin ELG');
    const header = parseJsonData(file('header.json'), 'header.json', headerData, 'config');
    expect(header.responsibilities[0]).toMatchObject({ resp: 'édité par', name: 'Les éditeurs' });
    expect(header.edition).toBe('Édition numérique, première version');
    expect(header.principles?.normalization?.[0]).toContain('rien n’est normalisé');
    expect(header.language).toEqual({ ident: 'fr', name: 'French' });
  });

  it('falls back to English for a language it has no words for, and reads a region subtag', () => {
    expect(scaffoldWords('fr-CA').editors).toBe('Les éditeurs');
    expect(scaffoldWords('cy').editors).toBe('The editors');
  });

  it('has Spanish, Italian and Russian words too', () => {
    expect(['es', 'it', 'ru'].map((l) => scaffoldWords(l).witnessTitle('A'))).toEqual(['Testimonio A', 'Testimone A', 'Список A']);
    expect(scaffoldWords('es-MX').edition).toBe('Edición digital, primer borrador');
  });
});
