import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { parse } from 'csv-parse/sync';
import { exportCsv, importCsv, neutraliseCell, normaliseId, restoreCell } from '../../src/registers/authority.js';
import { addEntry, addForm, setAuthority } from '../../src/registers/edit.js';
import { parseRegister, registerRecords } from '../../src/registers/load.js';
import { scratchEdition } from '../annotate/scratch.js';

const persons = `<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <standOff>
    <listPerson>
      <!-- kept as written -->
      <person xml:id="trotsky">
        <persName type="reg">Leon Trotsky</persName>
        <persName type="form">Trotsky</persName>
        <idno type="wikidata">Q33391</idno>
        <note>Revolutionary.</note>
      </person>
      <person xml:id="sedov">
        <persName type="reg">Leon Sedov</persName>
        <persName type="form">Sedov</persName>
      </person>
    </listPerson>
  </standOff>
</TEI>
`;
const places = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPlace>
<place xml:id="russia"><placeName type="reg">Russia (the Russian Empire)</placeName><placeName type="form">Russia</placeName><note>Before 1917.</note></place>
</listPlace></standOff></TEI>
`;
const reg = (kind: 'persons' | 'places', text: string) => ({ register: parseRegister(kind, text, `${kind}.xml`), text });

describe('register edits', () => {
  it('add an entry, a form and an id where an editor would, keeping everything else byte for byte', () => {
    const entry = addEntry(persons, 'persons', '<person xml:id="gertik">\n  <persName type="reg">Gertik</persName>\n</person>', 'persons.xml');
    expect(entry).toContain('      </person>\n      <person xml:id="gertik">\n        <persName type="reg">Gertik</persName>\n      </person>\n    </listPerson>');
    expect(entry.replace(/      <person xml:id="gertik">[\s\S]*?<\/person>\n/, '')).toBe(persons);
    const form = addForm(persons, 'persons', 'trotsky', 'Trotskys', 'plural', 'persons.xml');
    expect(form).toContain('<persName type="form">Trotsky</persName>\n        <idno type="wikidata">Q33391</idno>\n        <persName type="plural">Trotskys</persName>\n        <note>');
    const id = setAuthority(places, 'places', 'russia', 'geonames', '2017370', 'places.xml');
    expect(id).toContain('<placeName type="form">Russia</placeName><idno type="geonames">2017370</idno><note>');
    expect(() => addEntry(persons, 'persons', '<person xml:id="trotsky"><persName type="reg">X</persName></person>', 'persons.xml')).toThrow(/used by two entries/);
  });
});

describe('authority ids through OpenRefine', () => {
  it('exports one row per entry with the name to reconcile, its forms, description and known ids', () => {
    const csv = exportCsv([reg('persons', persons).register, reg('places', places).register]);
    expect(csv.split('\n')).toEqual([
      'id,register,type,name,forms,description,viaf,gnd,wikidata,geonames',
      'trotsky,persons,person,Leon Trotsky,Trotsky,Revolutionary.,,,Q33391,',
      'sedov,persons,person,Leon Sedov,Sedov,,,,,',
      'russia,places,place,Russia,Russia,Before 1917.,,,,',
      '',
    ]);
  });

  it('imports reconciled ids (entity URIs reduced to ids), and refuses ids of the wrong form, unknown entries and ids given twice', () => {
    expect(normaliseId('wikidata', 'http://www.wikidata.org/entity/Q42')).toBe('Q42');
    expect(normaliseId('viaf', 'https://viaf.org/viaf/8191/')).toBe('8191');
    const regs = [reg('persons', persons), reg('places', places)];
    const ok = importCsv('id,name,wikidata,viaf,gnd\nsedov,Leon Sedov,http://www.wikidata.org/entity/Q436853,100906296,118612255\ntrotsky,Leon Trotsky,Q33391,,\n', 'r.csv', regs);
    expect(ok.diagnostics).toEqual([]);
    expect(ok.set).toBe(3);
    const text = ok.changed.get('persons')!;
    expect(registerRecords(parseRegister('persons', text, 'p.xml')).find((e) => e.id === 'sedov')?.authorities).toEqual([
      { type: 'viaf', value: '100906296' },
      { type: 'gnd', value: '118612255' },
      { type: 'wikidata', value: 'Q436853' },
    ]);
    expect(ok.changed.has('places')).toBe(false);
    const bad = importCsv('id,wikidata,geonames\nsedov,Q33391,\nnobody,Q1,\nrussia,,x12\n', 'r.csv', regs);
    expect(bad.changed.size).toBe(0);
    expect(bad.diagnostics.map((d) => d.message)).toEqual([
      'no register entry has the id "nobody"',
      'geonames id "x12" of #russia is not of the form of geonames ids',
      'wikidata id Q33391 is given to both #trotsky and #sedov',
    ]);
    expect(bad.diagnostics.map((d) => d.line)).toEqual([3, 4, 2]);
  });

  it('round-trips through the CLI: export, reconcile, import into the register files', async () => {
    const dir = scratchEdition('Trotsky and Sedov.\n', { persons: '      <person xml:id="trotsky"><persName type="reg">Leon Trotsky</persName><persName type="form">Trotsky</persName></person>\n' });
    try {
      const io = (out: string[], err: string[]) => ({ stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd: dir });
      const out: string[] = [];
      expect(await run(['node', 'tei-edition', 'registers', 'export', '--format', 'csv'], io(out, []))).toBe(0);
      const reconciled = out.join('').replace('trotsky,persons,person,Leon Trotsky,Trotsky,,,,,', 'trotsky,persons,person,Leon Trotsky,Trotsky,,,,http://www.wikidata.org/entity/Q33391,');
      writeFileSync(join(dir, 'reconciled.csv'), reconciled);
      const err: string[] = [];
      expect(await run(['node', 'tei-edition', 'registers', 'import', 'reconciled.csv'], io([], err))).toBe(0);
      expect(err.join('')).toContain('1 authority id(s) set in registers/persons.xml');
      expect(readFileSync(join(dir, 'registers/persons.xml'), 'utf8')).toContain('<persName type="form">Trotsky</persName><idno type="wikidata">Q33391</idno></person>');
      writeFileSync(join(dir, 'bad.csv'), 'id,wikidata\ntrotsky,33391\n');
      const err2: string[] = [];
      expect(await run(['node', 'tei-edition', 'registers', 'import', 'bad.csv'], io([], err2))).toBe(1);
      expect(err2.join('')).toContain('bad.csv:2:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  const hostile = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>
<person xml:id="a"><persName type="reg">=1+2</persName><persName type="form">@SUM(1+1)*cmd|' /C calc'!A0</persName><note>-2+3 the note</note></person>
<person xml:id="b"><persName type="reg">+Plus</persName><persName type="form">'=quoted already</persName><note>plain 'quoted' note</note></person>
</listPerson></standOff></TEI>
`;

  it('are neutralised with a leading quote, and restored exactly by the reading side', () => {
    for (const v of ['=1+2', '+1', '-1', '@A1', '\tcmd', '\rcmd', "'=x", "''+x"]) {
      expect(neutraliseCell(v)).toBe(`'${v}`);
      expect(restoreCell(neutraliseCell(v))).toBe(v);
    }
    for (const v of ['Leon Trotsky', "'quoted'", "'", '', 'Q42', '1-2', ' =x']) {
      expect(neutraliseCell(v)).toBe(v);
      expect(restoreCell(v)).toBe(v);
    }
  });

  it('registers export writes no cell that starts like a formula, and reading it back gives the register values', () => {
    const register = parseRegister('persons', hostile, 'persons.xml');
    const csv = exportCsv([register]);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.map((r) => [r.name, r.forms, r.description])).toEqual([
      ["'=1+2", "'@SUM(1+1)*cmd|' /C calc'!A0", "'-2+3 the note"],
      ["'+Plus", "''=quoted already", "plain 'quoted' note"],
    ]);
    const restored = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restoreCell(v)])));
    const records = registerRecords(register);
    expect(restored.map((r) => [r.id, r.name, r.forms, r.description])).toEqual(
      records.map((e) => [e.id, e.name, e.forms.filter((f) => f.type !== 'reg').map((f) => f.text).join(' | '), e.description]),
    );
  });

  it('registers import takes the exported file back: the quoted cells are read as the values, nothing changes', async () => {
    const dir = scratchEdition('Nothing here.\n', { persons: hostile.match(/<person[\s\S]*<\/person>\n/)![0] });
    try {
      const io = (out: string[], err: string[]) => ({ stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd: dir });
      const before = readFileSync(join(dir, 'registers/persons.xml'), 'utf8');
      const out: string[] = [];
      expect(await run(['node', 'tei-edition', 'registers', 'export'], io(out, []))).toBe(0);
      expect(out.join('')).toContain("a,persons,person,'=1+2,");
      writeFileSync(join(dir, 'same.csv'), out.join(''));
      const err: string[] = [];
      expect(await run(['node', 'tei-edition', 'registers', 'import', 'same.csv'], io([], err))).toBe(0);
      expect(readFileSync(join(dir, 'registers/persons.xml'), 'utf8')).toBe(before);
      // An id cell quoted the same way is read as the id it guards.
      const err2: string[] = [];
      writeFileSync(join(dir, 'quoted.csv'), "id,wikidata\nb,'+Q42\n");
      expect(await run(['node', 'tei-edition', 'registers', 'import', 'quoted.csv'], io([], err2))).toBe(1);
      expect(err2.join('')).toContain('wikidata id "+Q42" of #b is not of the form of wikidata ids');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
