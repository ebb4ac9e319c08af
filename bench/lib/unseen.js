// The held-aside texts of the annotation stage (tests/fixtures/annotate/unseen), as small
// editions in a temporary folder: the model, the witness text, the hand annotation and the
// register texts to measure with.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../dist/config/load.js';
import { readConfigured } from '../../dist/pipeline/read.js';
import { collatedEdition } from '../../dist/pipeline/process.js';

const lists = { persons: 'listPerson', places: 'listPlace', orgs: 'listOrg', bibls: 'listBibl' };
const empty = (list) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><${list}>\n</${list}></standOff></TEI>\n`;

/** Each held-aside text with the registers it is measured with (the Red Book's, or none). */
export const unseenTexts = [
  { name: 'trotsky-wikipedia', registers: 'Red Book' },
  { name: 'frankenstein-1818-ch5', registers: 'none' },
  // Annotated by hand and kept aside: measured, never used to change a rule.
  { name: 'russian-revolution-wikipedia', registers: 'Red Book' },
];

export function loadUnseen(root, { name, registers }) {
  const fixtures = join(root, 'tests/fixtures/annotate/unseen');
  const text = readFileSync(join(fixtures, `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(fixtures, `${name}.gold.json`), 'utf8')).mentions;
  const dir = mkdtempSync(join(tmpdir(), `bench-unseen-${name}-`));
  try {
    mkdirSync(join(dir, 'w'));
    writeFileSync(join(dir, 'w/a.txt'), text);
    copyFileSync(join(root, 'tests/fixtures/minimal/header.json'), join(dir, 'header.json'));
    writeFileSync(
      join(dir, 'edition.config.json'),
      JSON.stringify({
        id: 'unseen',
        header: 'header.json',
        witnesses: [{ siglum: 'A', file: 'w/a.txt', title: name, provenance: 'held-aside test text' }],
        base: 'A',
        output: { tei: 'out.xml' },
      }),
    );
    const source = readConfigured(loadConfig('edition.config.json', dir), { cwd: dir });
    const model = collatedEdition(source);
    const texts = new Map(
      Object.entries(lists).map(([kind, list]) => [kind, registers === 'none' ? empty(list) : readFileSync(join(root, `tei/registers/${kind}.xml`), 'utf8')]),
    );
    return { model, text, gold, registers: texts, annotation: source.annotation };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
