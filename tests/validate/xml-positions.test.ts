import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/validate/xml/dom.js';

const text = [
  '<?xml version="1.0"?>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
  '  <p n="1">“é𝄞” <persName',
  '     ref="#stalin"',
  "     cert='high'>Stalin</persName><lb/>tail</p>",
  '</TEI>',
].join('\n');

describe('parseXml positions', () => {
  const parsed = parseXml(text);
  const el = (name: string) => {
    const found = [...parsed.document.getElementsByTagName(name)][0];
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  const at = (node: Parameters<typeof parsed.offsetOf>[0]) => parsed.lines.at(parsed.offsetOf(node) ?? -1);

  it('places elements at their "<", in UTF-16 columns as jing counts', () => {
    expect(at(el('TEI'))).toEqual({ line: 2, column: 1 });
    expect(at(el('p'))).toEqual({ line: 3, column: 3 });
    // After '<p n="1">' (columns 3–11), “é𝄞” takes 5 UTF-16 units and a space 1: '<' is at 18.
    expect(at(el('persName'))).toEqual({ line: 3, column: 18 });
    expect(at(el('lb'))).toEqual({ line: 5, column: 35 });
  });

  it('places attributes at their name, even across lines', () => {
    const persName = el('persName');
    expect(at(persName.getAttributeNode('ref') as never)).toEqual({ line: 4, column: 6 });
    expect(at(persName.getAttributeNode('cert') as never)).toEqual({ line: 5, column: 6 });
    expect(at(el('p').getAttributeNode('n') as never)).toEqual({ line: 3, column: 6 });
  });

  it('keeps the text, names and ids it needs for the rules', () => {
    expect(el('persName').textContent).toBe('Stalin');
    expect(parsed.elementNames.has('{http://www.tei-c.org/ns/1.0}persName')).toBe(true);
    expect([...parsed.attributeNames].sort()).toEqual(['cert', 'n', 'ref']);
    expect(parsed.syntaxErrors).toEqual([]);
  });

  it('reports the first well-formedness error where it is', () => {
    const bad = parseXml('<TEI>\n  <p>unclosed</TEI>');
    expect(bad.syntaxErrors[0]?.message).toMatch(/unexpected close tag/i);
    expect(bad.lines.at(bad.syntaxErrors[0]?.offset ?? 0).line).toBe(2);
  });

  it('never expands undeclared entities', () => {
    const bad = parseXml('<TEI>&xxe;</TEI>');
    expect(bad.syntaxErrors[0]?.message).toMatch(/undefined entity/i);
    expect(bad.document.documentElement?.textContent ?? '').not.toContain('root:');
  });
});
