import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { teiAllSchema } from '../helpers/schema.js';

/**
 * Texts made of the conventions the structure stage knows, in any order, with any spacing:
 * whatever the rules make of them, every character comes back from the TEI.
 */
const piece = (k: number) =>
  fc.constantFrom(
    `CHAPTER ${['I', 'IV', 'XII'][k % 3]}.`,
    `Chapter ${k + 1}`,
    `${['II', 'IX'][k % 2]}.`,
    'BOOK II',
    'PART THE FIRST',
    'LETTER III',
    'THE HALL OF JUSTICE',
    'A paragraph of prose that runs on\nover two lines of the witness.',
    `A sentence that cites a note [${k + 1}] and goes on.`,
    `[${k + 1}] The note itself. (L.S.)`,
    'A claim with a dagger† in it.',
    '† The dagger note.',
    'A source¹ cited.',
    '¹ The superscript note.',
    'He said (1. A note in parentheses.) and left.',
    '      Like one who, on a lonely road,\n      Doth walk in fear and dread,',
    'Tyger Tyger, burning bright,\nIn the forests of the night;',
    'Ham. To be, or not to be: that is the question:\nWhether \'tis nobler in the mind to suffer',
    'Hor.\nMy lord, I came to see your father\'s funeral.',
    '[Exeunt all but Hamlet.]',
    'Enter Horatio.',
    'To Mrs. Saville, England.',
    'St. Petersburgh, Dec. 11th, 17—.',
    'My dear Sister,',
    'Your affectionate brother,',
    'R. WALTON.',
    'NOTES',
    '* * *',
    'Name        Age\nVictor       17',
    'Vyshinsky: When did you leave?',
    'Smirnov: I did not have to leave it.',
    '   ',
  );

const text = fc
  .array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 14 })
  .chain((ks) => fc.tuple(...ks.map((k) => fc.tuple(piece(k), fc.constantFrom('\n\n', '\n\n\n', '\n\n\n\n', '\n')))))
  .map((parts) => `Opening words of the book.\n\n${parts.map(([p, sep]) => p + sep).join('')}`);

describe('the structure rules lose nothing', () => {
  it('any mixture of headings, verse, drama, letters and notes comes back byte for byte from the TEI', () => {
    fc.assert(
      fc.property(text, (t) => {
        let edition;
        try {
          edition = editionOf([witnessOf('A', t)]);
        } catch (err) {
          // Two notes with one number in one chapter are refused, as they should be.
          expect(String((err as Error).message)).toMatch(/two notes numbered/);
          return;
        }
        expect(extractWitness(toTei(edition), 'A')).toBe(t);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('and the TEI it makes of 60 such mixtures is valid against tei_all', () => {
    const schema = teiAllSchema();
    expect(schema, 'tei_all.rng is needed (TEI_ALL_RNG)').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'mixtures-'));
    const files = fc.sample(text, { numRuns: 60, seed: 5 }).flatMap((t, i) => {
      try {
        const f = join(dir, `m${i}.xml`);
        writeFileSync(f, toTei(editionOf([witnessOf('A', t)])));
        return [f];
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(40);
    const r = spawnSync('jing', [schema!, ...files], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => l.includes(' error: '))).toEqual([]);
  });
});
