import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/render/html/index.js';
import { fixturesDir, textOf } from './site.js';

// A register kept for editions in several languages gives an entry a regularised name per
// language (xml:lang): the register page shows the one in the text's language (the fixture is
// in English), not the first the entry lists.
const constructs = readFileSync(join(fixturesDir, 'constructs.xml'), 'utf8');
const withNames = (names: string) => constructs.replace('<placeName type="reg">Moscow</placeName>', names);

async function heading(tei: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-html-'));
  await renderHtml(tei, { outDir: dir });
  return textOf(parse(readFileSync(join(dir, 'places.html'), 'utf8')).querySelector('#moscow h2'));
}

describe('an entry with a regularised name per language', () => {
  it('is headed by the name in the text’s language, else by its first', async () => {
    expect(await heading(withNames('<placeName type="reg" xml:lang="ru">Москва</placeName><placeName type="reg" xml:lang="en">Moscow</placeName>'))).toBe('Moscow');
    expect(await heading(withNames('<placeName type="reg" xml:lang="ru">Москва</placeName><placeName type="reg" xml:lang="fr">Moscou</placeName>'))).toBe('Москва');
  });
});
