// The header's sentence about each witness file, in the edition's language. The witness is
// the opening of Dumas's Les Frères corses (1844, public domain), ch. III, as
// oeuvres/oeuvres.github.io prints it (commit ae9f2d46dc6703b36e97fc213bad2f457609bea6,
// markdown/dumas_frerescorses.md; no licence stated).
import { describe, expect, it } from 'vitest';
import { toTei } from '../../src/tei/document.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';

const text = "III.\n\nC'était, comme me l'avait dit mon guide, un jeune homme de vingt à vingt et un ans.\n";

describe('the extent of each witness file, in the header', () => {
  it('is written in French for a French edition', () => {
    const e = editionOf([witnessOf('ELG', text)]);
    const tei = toTei({ ...e, header: { ...e.header, language: { ident: 'fr', name: 'French' } } });
    expect(tei).toMatch(/<note type="extent">Le fichier ELG\.txt \(\d+ octets, sha256 0+\) contient <ref target="#ch3">le chapitre 3<\/ref> \(lignes 1–\d\)\.<\/note>/);
  });

  it('stays English for an English edition and a language with no words of its own', () => {
    const e = editionOf([witnessOf('ELG', text)]);
    expect(toTei(e)).toContain('carries <ref target="#ch3">chapter 3</ref> (lines 1–');
    expect(toTei({ ...e, header: { ...e.header, language: { ident: 'cy', name: 'Welsh' } } })).toContain('carries <ref target="#ch3">chapter 3</ref>');
  });
});
