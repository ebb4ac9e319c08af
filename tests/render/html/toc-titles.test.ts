/**
 * The contents (and the PDF's running heads) give a chapter's title as it reads: a title
 * printed over two lines has a space where its line breaks, and the marks of a plain-text
 * transcription (the _ of _italics_) are not in it. Built from plain text as a build reads it.
 * The Spanish heading is Cervantes' (Don Quijote, 1605, public domain), as Project Gutenberg #2000
 * prints it (github.com/fernandocruzp/LectorQuijote@199d3a208ad453d86ff2583f2364ac4addbbb250,
 * pg2000.txt); the French title is Jules Verne's (Vingt mille lieues sous les mers, 1870, Project
 * Gutenberg #5097, github.com/lucasn/file-compression-program@61b188f6f71456d9f97d0eb3090f787a6cddb4a5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../../src/pipeline/build.js';
import type { EditionInput } from '../../../src/pipeline/memory.js';
import { renderHtmlFiles } from '../../../src/render/html/index.js';
import { teiToTypst } from '../../../src/render/pdf/typst-source.js';
import { repoRoot } from '../../helpers/edition-dir.js';

const para = ['En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho', 'tiempo que vivía un hidalgo de los de lanza en astillero.', ''];

describe('titles in the contents and the running heads', () => {
  it('read across their line breaks, without the marks of the transcription', async () => {
    const text = [
      'Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo',
      'don Quijote de la Mancha',
      '',
      ...para,
      'VIII',
      '',
      '_MOBILIS IN MOBILE_',
      '',
      ...para,
    ].join('\n');
    const header = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8')) as EditionInput['header'];
    const built = await buildEdition({ id: 'toc', witnesses: [{ siglum: 'A', text }], header }, { only: ['tei'] });
    const { files } = await renderHtmlFiles(built.tei);
    const toc = parse(Buffer.from(files.get('index.html')!).toString('utf8')).querySelectorAll('.toc-list a').map((a) => a.textContent.replace(/\s+/gu, ' ').trim());
    expect(toc).toEqual(['Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo don Quijote de la Mancha', '8. MOBILIS IN MOBILE']);
    // the running heads of the PDF
    const running = [...(await teiToTypst(built.tei)).matchAll(/running: "([^"]*)"/gu)].map((m) => m[1]);
    expect(running.filter((r) => !['Editorial principles', 'The witnesses'].includes(r ?? ''))).toEqual(['Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo don Quijote de la Mancha', 'MOBILIS IN MOBILE']);
  });
});
