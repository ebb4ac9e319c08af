// The variant classes an editor hides (collation.hide) are hidden in the reading views, as the
// config says: the site's filter starts with them off and marks their places and entries off,
// and the print's apparatus gives them no entry; the TEI keeps them, typed. Made-up lines in
// the shape of two printings that set quotation marks otherwise (Alice, PG 11 and PG 28885).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { EditionInput } from '../../src/pipeline/memory.js';
import { buildEdition } from '../../src/pipeline/build.js';
import { pdfText, popplerAvailable, popplerMissing } from '../render/pdf/poppler.js';
import { repoRoot } from '../helpers/edition-dir.js';

const header = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8')) as EditionInput['header'];
const text = (quote: [string, string], animal: string) =>
  `CHAPTER I.\n\n${quote[0]}Well!${quote[1]} thought Alice to herself, and the ${animal} sat on the mat by the fire.\n\nThe rest of the chapter is the same in both printings of the book.\n`;
const input = (hide?: 'typography'[]): EditionInput => ({
  id: 'hidden',
  witnesses: [
    { siglum: 'A', text: text(['“', '”'], 'cat') },
    { siglum: 'B', text: text(['"', '"'], 'dog') },
  ],
  header,
  ...(hide ? { collation: { hide } } : {}),
});

describe('variant classes the editor hides', () => {
  it('are off in the site and absent from the print apparatus; shown when not hidden', { timeout: 120_000 }, async (ctx) => {
    if (!popplerAvailable) return ctx.skip(popplerMissing);
    const dir = mkdtempSync(join(tmpdir(), 'tei-hidden-'));
    try {
      for (const hide of [undefined, ['typography' as const]]) {
        const r = await buildEdition(input(hide));
        expect(r.tei).toContain('type="typography"');
        const page = [...r.files].find(([f]) => f === 'html/ch1.html')!;
        const html = parse(Buffer.from(page[1]).toString('utf8'));
        const typo = html.querySelectorAll('span.app[data-vt="typography"]');
        expect(typo.length).toBeGreaterThan(0);
        expect(typo.every((e) => e.classList.contains('vt-off'))).toBe(hide !== undefined);
        expect(html.querySelectorAll('span.app[data-vt="substantive"]').some((e) => e.classList.contains('vt-off'))).toBe(false);
        const box = html.querySelector('input[name="variant-type"][value="typography"]')!;
        expect(box.hasAttribute('checked')).toBe(hide === undefined);
        const pdf = [...r.files].find(([f]) => f.endsWith('.pdf'))!;
        const file = join(dir, 'out.pdf');
        writeFileSync(file, pdf[1]);
        const printed = pdfText(file);
        expect(printed).toContain('dog');
        // an entry for the quotation mark: `“] " B`
        expect(/“\]/.test(printed)).toBe(hide === undefined);
        expect(/cat\]/.test(printed)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
