/**
 * The outputs' own words in Spanish, Italian and Russian for an edition whose header is in one of
 * them, and no key of the strings tables without them. The Spanish line is Cervantes' (Don
 * Quijote, 1605, public domain) as Project Gutenberg #2000 prints it
 * (github.com/fernandocruzp/LectorQuijote@199d3a208ad453d86ff2583f2364ac4addbbb250, pg2000.txt).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { repoRoot } from '../helpers/edition-dir.js';

const tei = (lang: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="${lang}"><teiHeader><fileDesc><titleStmt><title>Don Quijote</title></titleStmt>
<publicationStmt><p>none</p></publicationStmt><sourceDesc><p>none</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" n="1"><head>Capítulo primero</head><p>En un lugar de la Mancha, de cuyo nombre no quiero acordarme.</p></div></body></text></TEI>`;

describe('Spanish, Italian and Russian outputs', () => {
  it('print the web edition’s own words in the language of the TEI (its 3-letter code too)', async () => {
    const skip = { spa: 'Ir al texto', it: 'Vai al testo', rus: 'Перейти к тексту' };
    for (const [lang, words] of Object.entries(skip)) {
      const index = String((await renderHtmlFiles(tei(lang))).files.get('index.html'));
      expect(index, lang).toContain(words);
      expect(index, lang).not.toContain('Skip to the text');
    }
  });

  it('have every key of the strings tables, with the placeholders of the English', () => {
    for (const file of ['xslt/core/strings.xsl', 'xslt/core/apparatus-strings.xsl']) {
      const entries = readFileSync(join(repoRoot, file), 'utf8').match(/^ {4}'[^']+': map \{.*$/gmu) ?? [];
      expect(entries.length).toBeGreaterThan(10);
      for (const lang of ['es', 'it', 'ru']) {
        const lacking = entries.filter((e) => {
          const own = new RegExp(`'${lang}': '([^']*)'`, 'u').exec(e)?.[1];
          const en = /'en': '([^']*)'/u.exec(e)![1]!;
          return own === undefined || [...own.matchAll(/\{\d\}/gu)].map(String).sort().join() !== [...en.matchAll(/\{\d\}/gu)].map(String).sort().join();
        });
        expect(lacking, lang).toEqual([]);
      }
    }
  });
});
