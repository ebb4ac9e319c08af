/**
 * The outputs' own words in French for an edition whose header is in French, and no key of the
 * strings tables without its French. The paragraph is Dumas's (Les Frères corses, 1844, ch. III,
 * public domain), as oeuvres/oeuvres.github.io prints it (commit
 * ae9f2d46dc6703b36e97fc213bad2f457609bea6, markdown/dumas_frerescorses.md; no licence stated).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { teiToTypst } from '../../src/render/pdf/typst-source.js';
import { repoRoot } from '../helpers/edition-dir.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr"><teiHeader><fileDesc><titleStmt><title>Les Frères corses</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" n="3"><head>III.</head><p>– Depuis dix mois, monsieur.<note n="1">Une note.</note></p></div></body></text></TEI>`;

describe('French outputs', () => {
  it('prints the web edition’s own words in French when the TEI is in French', async () => {
    const { files } = await renderHtmlFiles(tei);
    const index = files.get('index.html')!;
    expect(index).toContain('>Table des matières<');
    expect(index).toContain('Aller au texte');
    expect(index).not.toContain('Skip to the text');
  });

  it('prints the book’s own words in French, with French spacing before a semicolon', async () => {
    const source = await teiToTypst(tei);
    expect(source).toContain('Comment lire cette édition');
    expect(source).toContain('chaque page\u202f; une ligne sur cinq est numérotée');
  });

  it('has French for every key of the strings tables', () => {
    for (const file of ['xslt/core/strings.xsl', 'xslt/core/apparatus-strings.xsl']) {
      const entries = readFileSync(join(repoRoot, file), 'utf8').match(/^ {4}'[^']+': map \{.*$/gmu) ?? [];
      expect(entries.length).toBeGreaterThan(10);
      expect(entries.filter((e) => !e.includes("'fr': '"))).toEqual([]);
    }
  });
});
