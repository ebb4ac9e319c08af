import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { checkEditionRules, defaultEditionRulesFile } from '../../src/validate/index.js';
import { readFixture, teiFixtures } from './fixtures.js';

const errors = (xml: string, name: string, rules?: string) => checkEditionRules(xml, name, rules).filter((d) => d.severity === 'error');

describe('edition rules (tei/edition-rules.sch and the pointer and xml:id checks)', () => {
  it('pass on the valid fixture edition, which uses every construct they check', () => {
    for (const { name } of teiFixtures('valid-')) expect(errors(readFixture(name), name), name).toEqual([]);
  });

  const failing = teiFixtures('invalid-edition-');
  it('have a failing fixture for every rule', () => {
    const rules = new Set(failing.map((f) => f.expect));
    for (const rule of ['pointer-unresolved', 'note-type', 'note-resp', 'date-iso', 'date-order-notbefore', 'date-order-from', 'app-witnesses', 'app-one-reading', 'app-nested-scope', 'witness-known', 'choice-sic-corr', 'corr-resp-source', 'supplied-resp-source', 'name-ref', 'name-ref-register']) {
      expect(rules.has(rule), rule).toBe(true);
    }
  });

  it.each(failing)('$name fails with $expect, at the element or attribute at fault', ({ name, expect: rule }) => {
    const xml = readFixture(name);
    const found = errors(xml, name);
    expect(found.map((d) => d.rule)).toContain(rule);
    const d = found.find((x) => x.rule === rule);
    expect(d?.file).toBe(name);
    expect(d?.line).toBeGreaterThan(2);
    expect(d?.column).toBeGreaterThan(0);
    // The line of the message holds the construct the fixture broke.
    expect(xml.split('\n')[(d?.line ?? 1) - 1]).toMatch(/<(persName|note|date|app|choice|corr|supplied|p|div)\b|ref=|resp=/);
  });

  it('name the missing witness, the bad value and the dangling pointer in their messages', () => {
    const app = errors(readFixture('invalid-edition-app-witness.xml'), 'a.xml').find((d) => d.rule === 'app-witnesses');
    expect(app?.message).toContain('#B');
    const type = errors(readFixture('invalid-edition-note-type.xml'), 'n.xml').find((d) => d.rule === 'note-type');
    expect(type?.message).toContain('"publisher"');
    const pointer = errors(readFixture('invalid-edition-pointer.xml'), 'p.xml').find((d) => d.rule === 'pointer-unresolved');
    expect(pointer?.message).toBe('@ref of persName points to #stallin, which is not an xml:id in this document');
  });

  it('check xml:id uniqueness with both places', () => {
    const dup = errors(readFixture('invalid-rng-duplicate-id.xml'), 'd.xml').filter((d) => d.rule === 'xml-id-duplicate');
    expect(dup).toHaveLength(1);
    expect(dup[0]?.message).toMatch(/^xml:id "note-45" is used twice \(first at line 47, column \d+\)$/);
    expect(dup[0]?.line).toBe(51);
  });

  it('take the app scope from listWit when the document has no line beginnings', () => {
    const xml = readFixture('valid-edition.xml').replace(/<lb [^>]*\/>/g, '');
    expect(errors(xml, 'no-lb.xml')).toEqual([]);
    // Without lbs, the frame app (lem #A, rdg #B) still accounts for both witnesses; one without #B does not.
    const broken = xml.replace('<lem wit="#A">here</lem>\n            <rdg wit="#B"/>', '<lem wit="#A">here</lem>');
    expect(errors(broken, 'no-lb.xml').map((d) => d.rule)).toEqual(['app-witnesses']);
  });

  it("take an app's scope from the lbs of its own chapter, with or without an id, and from the whole text outside chapters", () => {
    const broken = readFixture('invalid-edition-app-witness.xml');
    const rules = (xml: string) => errors(xml, 'scope.xml').map((d) => d.rule);
    expect(rules(broken)).toEqual(['app-witnesses']);
    // The chapter's witnesses are gathered once per chapter id; a chapter without one is walked itself.
    expect(rules(broken.replace(' xml:id="ch11"', ''))).toEqual(['app-witnesses']);
    // Where only A has lines in the chapter, an app giving A alone a reading is complete.
    const onlyA = broken.replace(/<lb edRef="#B" n="\d+"\/>/g, '').replace(/<app type="frame">[\s\S]*?<\/app>/g, '');
    expect(rules(onlyA)).toEqual([]);
    expect(rules(onlyA.replace(' xml:id="ch11"', ''))).toEqual([]);
    // In the front, outside every chapter, every witness with lines in the text counts.
    const inFront = broken.replace('<p><lb edRef="#A" n="1"/>The Red Book On the Moscow Trials - II</p>', '<p><lb edRef="#A" n="1"/>The Red Book <app><lem wit="#A">On</lem></app> the Moscow Trials - II</p>');
    expect(rules(inFront)).toEqual(['app-witnesses', 'app-witnesses']);
  });

  it('accept an app nested in a reading (parallel segmentation), which accounts for the witnesses of that reading only', () => {
    const xml = readFixture('valid-edition.xml');
    const nested = xml.replace(
      '<lem wit="#A">here</lem>\n            <rdg wit="#B"/>',
      '<lem wit="#A #B">h<app><lem wit="#A">er</lem><rdg wit="#B"/></app>e</lem>',
    );
    expect(nested).not.toBe(xml);
    expect(errors(nested, 'nested.xml')).toEqual([]);
    // The inner app must still give each witness of its reading a reading, an empty one explicitly.
    const short = nested.replace('<rdg wit="#B"/></app>', '</app>');
    expect(errors(short, 'nested.xml').map((d) => [d.rule, d.message])).toEqual([['app-witnesses', expect.stringContaining('#B')]]);
  });

  it('take their closed lists from the parameters the build gives, not from the rules file', () => {
    const xml = readFixture('valid-edition.xml');
    const rules = [{ text: readFileSync(defaultEditionRulesFile, 'utf8'), file: 'edition-rules.sch' }];
    expect(checkEditionRules(xml, 'v.xml', rules, {}).filter((d) => d.severity === 'error')).toEqual([]);
    // Another edition's lists: its own witnesses, note pointers and registers.
    const other = checkEditionRules(xml, 'v.xml', rules, { witnesses: ['#A'], noteResps: ['#editor'], persons: [] }).filter((d) => d.severity === 'error');
    expect(new Set(other.map((d) => d.rule))).toEqual(new Set(['witness-known', 'note-resp', 'name-ref-register']));
    expect(other.find((d) => d.rule === 'note-resp')?.message).toBe('note needs @resp from the closed list (#editor); it has "#sedov"');
    // A file that declares no one responsible for notes is told so, not shown an empty list.
    const none = checkEditionRules(xml, 'v.xml', rules, { noteResps: [] }).find((d) => d.rule === 'note-resp');
    expect(none?.message).toBe('note needs @resp from the closed list (empty: the header names no author with @ref and no respStmt with an xml:id); it has "#sedov"');
  });

  it('accept dates of every ISO form and refuse impossible days', () => {
    const withDate = (attrs: string) => readFixture('valid-edition.xml').replace('<date when="1980">', `<date ${attrs}>`);
    for (const ok of ['when="1936"', 'when="1936-02"', 'when="1936-02-29"', 'when="1936-08-19T10:30:00"', 'notBefore="1936" notAfter="1936-01"', 'from="1936-08" to="1936-08-31"',
      'when="0999"', 'when="1936-01-31"', 'when="1936Z"', 'when="-0044-03-15"']) {
      expect(errors(withDate(ok), 'd.xml'), ok).toEqual([]);
    }
    for (const bad of ['when="1937-02-29"', 'when="1936-04-31"', 'when="1936-13"', 'when="1936-00-10"', 'when="36"', 'when="1936-1-5"']) {
      expect(errors(withDate(bad), 'd.xml').map((d) => d.rule), bad).toEqual(['date-iso']);
    }
    expect(errors(withDate('notBefore="1936-09" notAfter="1936-08-31"'), 'd.xml').map((d) => d.rule)).toEqual(['date-order-notbefore']);
  });

  it('look a name up in its own register, one pointer at a time', () => {
    const xml = readFixture('valid-edition.xml');
    const persName = /<persName ref="(#[^"]+)">/.exec(xml);
    const org = /<org xml:id="([^"]+)"/.exec(xml);
    expect(persName && org).toBeTruthy();
    const pointing = (ref: string) => errors(xml.replace(persName![0], `<persName ref="${ref}">`), 'n.xml').map((d) => d.rule);
    expect(pointing(persName![1]!)).toEqual([]);
    expect(pointing(`#${org![1]}`)).toEqual(['name-ref-register']);
    expect(pointing(`${persName![1]} ${persName![1]}`)).toEqual(['name-ref-register']);
    expect(pointing(persName![1]!.slice(0, -1))).toContain('name-ref-register');
  });

  it('leave register entries and the header alone, and accept names marked for review', () => {
    const xml = readFixture('valid-edition.xml');
    expect(xml).toContain('<person xml:id="stalin"><persName>Joseph Stalin</persName>');
    expect(xml).toContain('<persName cert="unknown">Bakaev</persName>');
    expect(errors(xml, 'v.xml')).toEqual([]);
  });

  it('read another edition rules file when the config names one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const file = join(dir, 'rules.sch');
    writeFileSync(
      file,
      `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
        <pattern id="p"><rule context="tei:front"><assert id="front-preface" test="tei:div[@type = 'preface']">front without preface</assert></rule></pattern></schema>`,
    );
    const found = errors(readFixture('valid-edition.xml'), 'x.xml', file);
    expect(found.map((d) => [d.rule, d.message, d.line])).toEqual([['front-preface', 'front without preface', 30]]);
  });

  it('refuse hostile input before parsing, as validate does', () => {
    const d = checkEditionRules('<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]><TEI>&x;</TEI>', 'x.xml');
    expect(d.map((x) => x.rule)).toEqual(['doctype-entities']);
  });
});

describe('the choice rule', () => {
  it('says what the choice holds and what the rules take', () => {
    const found = errors(readFixture('invalid-edition-choice.xml'), 'invalid-edition-choice.xml').filter((d) => d.rule === 'choice-sic-corr');
    expect(found.map((d) => d.message)).toEqual(['choice holds sic, reg: these rules take one sic with one corr, an abbr with its expan, or an orig with its reg']);
  });
});
