// The TEI serialisation: shape of the apparatus, grouping, transpositions, validity (tei_all).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { collate, toTei } from '../../src/collate/index.js';
import { collateStrings } from './helpers.js';
import { elements, parseTei, readingText, readingsOf } from './tei-reader.js';
import { repoRoot, schemaSkipReason, teiAll } from './schema.js';

const XML = 'http://www.w3.org/XML/1998/namespace';
const witnessA = readFileSync(join(repoRoot, 'witnesses/red-book-part2-sph-compilation.txt'), 'utf8');
const witnessB = readFileSync(join(repoRoot, 'witnesses/red-book-ch11-etol.txt'), 'utf8');
/** Lines 136–179 of the compilation: the chapter the ETOL page also carries. */
const chapter11 = witnessA.split('\n').slice(135, 179).join('\n');

const case10 = [
  'The quick brown wombat jumps over the industrious brown dog.',
  'The brown koala jumps over the lazy yellow dog.',
  'The brown koala jumps over the industrious yellow dog.',
];

function apps(xml: string) {
  return elements(parseTei(xml), 'app').map((app) => ({
    id: app.getAttributeNS(XML, 'id'),
    type: app.getAttribute('type'),
    corresp: app.getAttribute('corresp'),
    readings: readingsOf(app).map((r) => ({
      wit: r.getAttribute('wit'),
      type: r.getAttribute('type'),
      text: readingText(r).replace(/\s+/g, ' ').trim(),
      empty: r.childNodes.length === 0,
      grouped: (r.parentNode as { localName?: string }).localName === 'rdgGrp',
    })),
  }));
}

describe('TEI output', () => {
  it('is a complete TEI document with listWit and parallel segmentation', () => {
    const doc = parseTei(toTei(collate(case10.map((text, i) => ({ siglum: 'ABC'[i]!, text, file: `${'abc'[i]}.txt` })))));
    expect(doc.documentElement!.localName).toBe('TEI');
    expect(doc.documentElement!.namespaceURI).toBe('http://www.tei-c.org/ns/1.0');
    expect(elements(doc, 'witness').map((w) => [w.getAttributeNS(XML, 'id'), w.textContent])).toEqual([
      ['A', 'a.txt'],
      ['B', 'b.txt'],
      ['C', 'c.txt'],
    ]);
    const enc = elements(doc, 'variantEncoding')[0]!;
    expect([enc.getAttribute('method'), enc.getAttribute('location')]).toEqual(['parallel-segmentation', 'internal']);
    expect(elements(doc, 'title')[0]!.textContent).toBe('Collation of A, B and C');
  });

  it('case 10: readings as CollateX gives them, with an explicit empty rdg for B and C where A has "quick"', () => {
    const found = apps(toTei(collateStrings(case10)));
    expect(found.map((a) => [a.type, a.readings.map((r) => `${r.wit}=${r.text}`)])).toEqual([
      ['omission', ['#A=quick', '#B #C=']],
      ['substantive', ['#A=wombat', '#B #C=koala']],
      ['substantive', ['#A #C=industrious', '#B=lazy']],
      ['substantive', ['#A=brown', '#B #C=yellow']],
    ]);
    expect(found[0]!.readings[1]).toMatchObject({ empty: true, type: 'omission' });
    // The base's own reading carries no type.
    expect(found.every((a) => a.readings[0]!.type === null)).toBe(true);
  });

  it('groups readings that normalise alike in rdgGrp, each surface form its own rdg', () => {
    const found = apps(toTei(collateStrings(['The cat', 'the cat', 'a cat'])));
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe('substantive');
    expect(found[0]!.readings.map((r) => [r.wit, r.text, r.type, r.grouped])).toEqual([
      ['#A', 'The', null, true],
      ['#B', 'the', 'case', true],
      ['#C', 'a', 'substantive', false],
    ]);
  });

  it('links the two places of a transposition both ways', () => {
    const found = apps(toTei(collateStrings(['the black dog chases a red cat', 'a red cat chases the black dog', 'a red cat chases the yellow dog'])));
    const moved = found.filter((a) => a.type === 'transposition');
    expect(moved.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(found.map((a) => a.id));
    for (const a of moved) {
      const targets = a.corresp!.split(' ').map((p) => p.replace(/^#/, ''));
      for (const t of targets) {
        expect(ids.has(t)).toBe(true);
        expect(moved.find((b) => b.id === t)!.corresp!.split(' ')).toContain(`#${a.id}`);
      }
    }
    const phrase = moved.find((a) => a.readings.some((r) => r.wit === '#A' && r.text === 'the black dog'))!;
    expect(phrase.readings.find((r) => r.wit === '#B #C')).toMatchObject({ empty: true });
  });

  it('chapter 11: the body agrees; the ETOL page adds its running head and footer', () => {
    const c = collate([
      { siglum: 'A', text: chapter11 },
      { siglum: 'B', text: witnessB },
    ]);
    const found = apps(toTei(c));
    expect(found.map((a) => [a.type, a.readings.map((r) => `${r.wit}=${r.text}`)])).toEqual([
      ['addition', ['#A=', '#B=The Red Book On the Moscow Trials']],
      ['addition', ['#A=', '#B=Last updated on: 13.2.2005']],
    ]);
  });

  it('matches the golden files for case 10 (UPDATE=1 regenerates them)', () => {
    const c = collate(case10.map((text, i) => ({ siglum: 'ABC'[i]!, text, file: `${'abc'[i]}.txt` })));
    const golden = join(repoRoot, 'tests/fixtures/collate/case10.tei.xml');
    if (process.env.UPDATE === '1') writeFileSync(golden, toTei(c));
    expect(toTei(c)).toBe(readFileSync(golden, 'utf8'));
  });

  const skip = schemaSkipReason();
  it.skipIf(skip !== undefined)(`is valid against tei_all (jing)${skip ? ` — skipped: ${skip}` : ''}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'collate-tei-'));
    try {
      const docs: [string, string][] = [
        ['case10', toTei(collateStrings(case10))],
        ['grouped', toTei(collateStrings(['The cat', 'the cat', 'a cat']))],
        ['transposed', toTei(collateStrings(['the black dog chases a red cat', 'a red cat chases the black dog', 'a red cat chases the yellow dog']))],
        ['swapped', toTei(collateStrings(['A black cat in a white basket', 'A white cat in a black basket']))],
        ['markup-chars', toTei(collateStrings(['a < b & c > "d"', "a <= b && c 'd'"]))],
        ['chapter11', toTei(collate([{ siglum: 'A', text: chapter11 }, { siglum: 'B', text: witnessB }]))],
        ['whole-witnesses', toTei(collate([{ siglum: 'A', text: witnessA, file: 'red-book-part2-sph-compilation.txt' }, { siglum: 'B', text: witnessB, file: 'red-book-ch11-etol.txt' }]))],
        ['empty-witness', toTei(collateStrings(['', 'something']))],
        ['siglum-like-an-app-id', toTei(collate([{ siglum: 'app1', text: 'a b' }, { siglum: 'B', text: 'b a' }]))],
      ];
      const files = docs.map(([name, xml]) => {
        const f = join(dir, `${name}.xml`);
        writeFileSync(f, xml);
        return f;
      });
      const run = spawnSync('jing', [teiAll()!, ...files], { encoding: 'utf8' });
      expect(run.stdout).toBe('');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
