import { describe, expect, it } from 'vitest';
import { planContext } from '../../src/validate/schematron/context-plan.js';

const ns = { tei: 'http://www.tei-c.org/ns/1.0' };
const T = (n: string) => `{${ns.tei}}${n}`;

describe('planContext', () => {
  it('takes single element steps from the name index', () => {
    const plan = planContext('tei:p', ns);
    expect(plan.required).toEqual([{ elements: [T('p')], attributes: [] }]);
    expect(plan.steps?.[0]).toMatchObject({ element: T('p'), hasPredicates: false });
  });

  it('reads the attribute a wildcard step needs from its predicates', () => {
    expect(planContext('tei:*[@when]', ns).steps?.[0]?.anyAttribute).toEqual(['when']);
    expect(planContext('tei:*[not(self::tei:schemaSpec)][@targetLang]', ns).steps?.[0]?.anyAttribute).toEqual(['targetLang']);
    expect(planContext("tei:*[ starts-with( @spanTo, '#') ]", ns).steps?.[0]?.anyAttribute).toEqual(['spanTo']);
    expect(planContext('tei:*[@when or @from or @to]', ns).steps?.[0]?.anyAttribute).toEqual(['when', 'from', 'to']);
    // not(@x) holds without the attribute: no filter.
    expect(planContext('tei:*[not(@x)]', ns).steps?.[0]?.anyAttribute).toEqual([]);
  });

  it('plans unions of steps, and needs every name of a path', () => {
    expect(planContext('tei:msContents|tei:physDesc', ns).steps).toHaveLength(2);
    const path = planContext('tei:l//tei:p', ns);
    // A path is matched backwards from its last step: p elements with an l ancestor.
    expect(path.steps).toEqual([
      { element: T('p'), namespace: ns.tei, anyAttribute: [], hasPredicates: true, selfExpression: 'self::tei:p[ancestor::tei:l]' },
    ]);
    expect(path.fullExpression).toBe('/descendant::tei:l//tei:p');
    expect(path.required).toEqual([{ elements: [T('l'), T('p')], attributes: [] }]);
    expect(planContext('tei:rt/@target', ns).required).toEqual([{ elements: [T('rt')], attributes: ['target'] }]);
  });

  it('uses the last step of a parenthesised union, and keeps absolute contexts as written', () => {
    const plan = planContext('( tei:classSpec | tei:dataSpec )/tei:listRef/tei:ptr | ( tei:classSpec )/tei:listRef/tei:ref', ns);
    expect(plan.required).toEqual([
      { elements: [T('ptr')], attributes: [] },
      { elements: [T('ref')], attributes: [] },
    ]);
    expect(plan.steps?.map((st) => st.selfExpression)).toEqual([
      'self::tei:ptr[parent::tei:listRef[parent::*[self::tei:classSpec | self::tei:dataSpec]]]',
      'self::tei:ref[parent::tei:listRef[parent::*[self::tei:classSpec]]]',
    ]);
    const grouped = planContext('(tei:constraintSpec|tei:constraintDecl)[@scheme]', ns);
    expect(grouped.required).toEqual([
      { elements: [T('constraintSpec')], attributes: [] },
      { elements: [T('constraintDecl')], attributes: [] },
    ]);
    const absolute = planContext('/*[ count( //tei:constraintDecl ) gt 1 ]', ns);
    expect(absolute.fullExpression).toBe('/*[ count( //tei:constraintDecl ) gt 1 ]');
    // Nothing to filter on: the rule is always evaluated.
    expect(absolute.required).toEqual([{ elements: [], attributes: [] }]);
  });
});

describe('descendantSteps', () => {
  it('walks // as descendant:: for name tests, and leaves positions, attributes and strings alone', async () => {
    const { descendantSteps } = await import('../../src/validate/schematron/xpath.js');
    expect(descendantSteps('count( //tei:constraintDecl ) gt 1')).toBe('count( /descendant::tei:constraintDecl ) gt 1');
    expect(descendantSteps('.//tei:note//tei:l[. = $x]')).toBe('./descendant::tei:note/descendant::tei:l[. = $x]');
    for (const same of ['//tei:x[1]', '//*[position() = 2]', '//@prefix', '//node()', "namespace-uri(.) = 'http://www.tei-c.org/ns/1.0'"]) {
      expect(descendantSteps(same)).toBe(same);
    }
  });
});

describe('rootDescendants', () => {
  it('looks up a descendant step from the root in the index, and leaves relative steps, wildcards and strings alone', async () => {
    const { rootDescendants } = await import('../../src/validate/schematron/xpath.js');
    const call = (name: string): string => `Q{urn:x-tei-edition:schematron}elements('${name}')`;
    expect(rootDescendants('/descendant::tei:standOff/descendant::tei:person/@xml:id')).toBe(`${call('tei:standOff')}/descendant::tei:person/@xml:id`);
    expect(rootDescendants('exists(/descendant::tei:lb[@edRef])')).toBe(`exists(${call('tei:lb')}[@edRef])`);
    expect(rootDescendants('(/descendant::a, $x ! /descendant::tei:b) and /descendant::c')).toBe(`(${call('a')}, $x ! ${call('tei:b')}) and ${call('c')}`);
    expect(rootDescendants('some $w in /descendant::tei:witness satisfies $w')).toBe(`some $w in ${call('tei:witness')} satisfies $w`);
    for (const same of ['./descendant::tei:note', 'tei:div/descendant::tei:lb', '/descendant::*', '/descendant::tei:*', "'/descendant::tei:x'", '/descendant::node()', '$a/descendant::tei:x']) {
      expect(rootDescendants(same)).toBe(same);
    }
  });

  it('gives the same answers as the walk it replaces, and the static error for an undeclared prefix', async () => {
    const { parseXml } = await import('../../src/validate/xml/dom.js');
    const { prepareSchematron, runSchematron } = await import('../../src/validate/schematron/run.js');
    const doc = parseXml('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p n="1"><lb ed="a"/></p><p n="2"><p n="3"/></p></body></text></TEI>');
    const schemaOf = (test: string) => ({
      namespaces: { tei: 'http://www.tei-c.org/ns/1.0' },
      lets: [],
      patterns: [{ id: 'p', lets: [], rules: [{ context: '/*', lets: [], checks: [{ kind: 'assert' as const, id: 'a', test, severity: 'error' as const, message: ['failed'] }] }] }],
    });
    const schema = (test: string) => prepareSchematron(schemaOf(test), false);
    for (const test of ["string-join(/descendant::tei:p/@n, ' ') = '1 2 3'", '/descendant::tei:p[2]/@n = 2', 'count(/descendant::tei:lb[@ed]) = 1', 'empty(/descendant::p)']) {
      expect(runSchematron(schema(test), doc, 'd.xml', 'rules'), test).toEqual([]);
    }
    const undeclared = runSchematron(schema('exists(/descendant::x:p)'), doc, 'd.xml', 'rules');
    expect(undeclared.map((d) => d.rule)).toEqual(['schematron-error']);
    expect(undeclared[0]?.message).toContain('XPST0081: the namespace prefix x is not declared');
    // Checked ahead, as the converted schema's patterns are, it sets the pattern aside.
    const checked = prepareSchematron({ ...schemaOf('exists(/descendant::x:p)') }, true);
    expect(checked.unsupported.map((u) => u.reason)).toEqual([expect.stringContaining('XPST0081')]);
  });
});
