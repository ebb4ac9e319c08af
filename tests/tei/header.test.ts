import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateXPathToBoolean, evaluateXPathToString, evaluateXPathToStrings } from 'fontoxpath';
import { parseXmlDocument } from 'slimdom';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/edition-dir.js';

const doc = parseXmlDocument(readFileSync(join(repoRoot, 'tei/red-book.xml'), 'utf8'));
const ns = { '': 'http://www.tei-c.org/ns/1.0' };
const options = { namespaceResolver: (p: string) => ns[p as ''] ?? null };
const header = (xpath: string): string => evaluateXPathToString(`/TEI/teiHeader/${xpath}`, doc, null, null, options);
const strings = (xpath: string): string[] => evaluateXPathToStrings(`/TEI/teiHeader/${xpath}`, doc, null, null, options);
const holds = (xpath: string): boolean => evaluateXPathToBoolean(xpath, doc, null, null, options);
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

/** The teiHeader of the committed edition says what issue 2 asks it to (point 7). */
describe('the teiHeader of tei/red-book.xml', () => {
  it('names the work, its author (a pointer into the person register) and who encoded it', () => {
    expect(header('fileDesc/titleStmt/title[@type = "main"]')).toBe('The Red Book on the Moscow Trials');
    expect(header('fileDesc/titleStmt/author/@ref')).toBe('#sedov');
    expect(holds('//standOff//person[@xml:id = "sedov"]')).toBe(true);
    expect(holds('/TEI/teiHeader/fileDesc/titleStmt/respStmt[@xml:id = "editor"]/resp')).toBe(true);
  });

  it('has an edition statement and a publication statement with a licence', () => {
    expect(header('fileDesc/editionStmt/edition')).not.toBe('');
    expect(header('fileDesc/publicationStmt/availability/licence/@target')).toMatch(/^https:\/\/creativecommons\.org\//);
  });

  it('lists the printed editions (New Park 1980, Russian Byulletin Oppositsii 52–53 of October 1936, French Paris 1936) and both witnesses', () => {
    const bibls = strings('fileDesc/sourceDesc/listBibl/bibl/string(.)');
    expect(bibls.some((b) => /New Park/.test(b) && /1980/.test(b))).toBe(true);
    expect(bibls.some((b) => /Byulletin Oppositsii/.test(b) && /52.53/.test(b) && /October 1936/.test(b))).toBe(true);
    expect(bibls.some((b) => /Paris/.test(b) && /1936/.test(b) && /Livre Rouge/.test(b))).toBe(true);
    expect(strings('fileDesc/sourceDesc/listWit/witness/@xml:id')).toEqual(['A', 'B']);
  });

  it('declares its editorial principles, the apparatus encoding, and this toolkit with its version', () => {
    for (const part of ['normalization', 'segmentation', 'quotation', 'correction']) {
      expect(header(`encodingDesc/editorialDecl/${part}`), part).not.toBe('');
    }
    expect(header('encodingDesc/editorialDecl/p[@n = "notes"]')).toMatch(/L\.S\./);
    expect(header('encodingDesc/variantEncoding/@method')).toBe('parallel-segmentation');
    expect(header('encodingDesc/appInfo/application[@ident = "tei-edition"]/@version')).toBe(pkg.version);
  });

  it('gives the language and the date of the work, and no build time anywhere', () => {
    expect(header('profileDesc/langUsage/language/@ident')).toBe('en');
    expect(header('profileDesc/creation/date/@when')).toBe('1936');
    // every date in the header comes from the editors' data (rebuilds are byte-identical: determinism test)
    const today = new Date().toISOString().slice(0, 10);
    expect(strings('descendant::date/@when')).not.toContain(today);
  });
});

describe('the extent of a witness', () => {
  it('counts the lines an editor counts: none after the last line end', async () => {
    const { editionOf, witnessOf } = await import('../helpers/in-memory.js');
    const { toTei } = await import('../../src/tei/document.js');
    const text = 'CHAPTER I.\n\nIt was a dark night.\n\nThe rain fell.\n';
    const tei = parseXmlDocument(toTei(editionOf([witnessOf('A', text)])));
    const extent = evaluateXPathToString('//witness[@xml:id = "A"]/note[@type = "extent"]', tei, null, null, options);
    // five lines, as `wc -l` counts them (the text ends with a line end)
    expect(extent).toMatch(/\(lines 1–5\)\.$/u);
  });
});
