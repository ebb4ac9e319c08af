import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { repoRoot } from '../../helpers/edition-dir.js';
import { pdfText, popplerAvailable, popplerMissing } from './poppler.js';
import { searchableText } from './printed-text.js';

/**
 * The print of the Frankenstein example (examples/frankenstein/tei/frankenstein.xml), whose
 * paragraphs carry the lines of three hard-wrapped witnesses as runs of lb with @edRef and
 * whose chapters are titled by their printed heads ("CHAPTER IV."): the paragraphs flow with
 * one space where a witness's line ended, and each chapter has its heading once.
 */
describe.skipIf(!popplerAvailable)(popplerAvailable ? 'the print of the Frankenstein example' : `the Frankenstein print: skipped, ${popplerMissing}`, () => {
  /** The pages of the text (from the first chapter on), as pdftotext lays them out. */
  let layout: string[];
  let raw: string;

  beforeAll(async () => {
    const tei = readFileSync(join(repoRoot, 'examples/frankenstein/tei/frankenstein.xml'), 'utf8');
    const file = join(mkdtempSync(join(tmpdir(), 'tei-frankenstein-pdf-')), 'frankenstein.pdf');
    await renderPdf(tei, { outFile: file, paper: 'a4' });
    const pages = pdfText(file, undefined, undefined, ['-layout']).split('\f');
    const first = pages.findIndex((p) => p.includes('IT was on a dreary night'));
    expect(first, 'the first chapter is printed').toBeGreaterThan(0);
    layout = pages.slice(first);
    raw = searchableText(pdfText(file, undefined, undefined, ['-raw']));
  }, 300_000);

  it('sets a paragraph of wrapped witness lines as flowing text, not one printed line per witness line', () => {
    // the witness's first line ends after "accomplishment"; the print's line goes on
    expect(layout[0]).toMatch(/accomplishment of my toils\./);
    expect(raw).toMatch(/accomplishment\s+of my toils/);
  });

  it('puts exactly one space between the words of a line (no space per witness line)', () => {
    const doubled = layout.flatMap((p) => p.split('\n'))
      .map((l) => l.replace(/^\s*\d*\s+/, ''))
      .filter((l) => /[\p{L},;:.!?’”] {2,}\p{Ll}/u.test(l));
    expect(doubled).toEqual([]);
  });

  it('keeps the words apart where the lines of a reading begin ("my bed-chamber")', () => {
    expect(raw).toContain('my bed-chamber');
    expect(raw).not.toMatch(/mybed/);
  });

  it('prints a chapter heading once: the printed head, no generated "Chapter 4" above it', () => {
    expect(layout.join('\n')).not.toMatch(/Chapter 4|CHAPTER 4|Chapter 5|CHAPTER 5/);
    const opening = layout[0]!.split('\n').filter((l) => /CHAPTER IV\./.test(l));
    expect(opening).toHaveLength(1);
  });
});
