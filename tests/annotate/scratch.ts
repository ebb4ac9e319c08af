import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './seed.js';

const wrap = (list: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader><fileDesc><titleStmt><title>Register</title></titleStmt><publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>\n  <standOff>\n    <${list}>\n${body}    </${list}>\n  </standOff>\n</TEI>\n`;

/**
 * A small edition in a fresh folder: one witness, its registers, empty corrections and rules
 * data, and a config naming them all, for the commands that change an edition's data.
 */
export function scratchEdition(text: string, registers: { persons?: string; places?: string; orgs?: string; bibls?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'scratch-edition-'));
  mkdirSync(join(dir, 'witnesses'));
  mkdirSync(join(dir, 'registers'));
  writeFileSync(join(dir, 'witnesses', 'a.txt'), text);
  copyFileSync(join(root, 'tests/fixtures/minimal/header.json'), join(dir, 'header.json'));
  const lists = { persons: 'listPerson', places: 'listPlace', orgs: 'listOrg', bibls: 'listBibl' } as const;
  for (const [kind, list] of Object.entries(lists)) writeFileSync(join(dir, 'registers', `${kind}.xml`), wrap(list, registers[kind as keyof typeof lists] ?? ''));
  writeFileSync(join(dir, 'corrections.json'), '{\n  // corrections of this test edition\n  "corrections": []\n}\n');
  writeFileSync(join(dir, 'rules.json'), '{\n  // rules of this test edition\n  "exclusions": [],\n  "decisions": []\n}\n');
  writeFileSync(
    join(dir, 'edition.config.json'),
    JSON.stringify(
      {
        id: 'scratch',
        header: 'header.json',
        witnesses: [{ siglum: 'A', file: 'witnesses/a.txt', title: 'A test witness', provenance: 'written for a test' }],
        base: 'A',
        registers: { persons: 'registers/persons.xml', places: 'registers/places.xml', orgs: 'registers/orgs.xml', bibls: 'registers/bibls.xml' },
        annotation: { corrections: 'corrections.json', rules: 'rules.json' },
        output: { tei: 'out/scratch.xml', dir: 'out' },
      },
      null,
      2,
    ),
  );
  return dir;
}
