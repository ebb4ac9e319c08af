import type * as slimdom from 'slimdom';
import { parseXml } from '../xml/dom.js';
import { XMLNS_NS } from '../xml/events.js';
import { SCH_NS, type MessagePart, type SchCheck, type SchLet, type SchPattern, type SchRule, type SchSeverity, type SchematronSchema } from './model.js';

/** Prefixes every Schematron expression may use (XSLT query binding conventions). */
const standardNamespaces: Record<string, string> = {
  xs: 'http://www.w3.org/2001/XMLSchema',
  xsl: 'http://www.w3.org/1999/XSL/Transform',
  fn: 'http://www.w3.org/2005/xpath-functions',
  map: 'http://www.w3.org/2005/xpath-functions/map',
  array: 'http://www.w3.org/2005/xpath-functions/array',
  math: 'http://www.w3.org/2005/xpath-functions/math',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/**
 * Collects the ISO Schematron in a document: the patterns embedded in a RELAX NG schema (as TEI
 * ODD processors write them) or a standalone `sch:schema` file. Namespace prefixes come from
 * `sch:ns` and from the declarations in scope where each pattern stands, as TEI's own
 * extraction stylesheet does.
 */
export function extractSchematron(xmlText: string, displayName: string): SchematronSchema {
  const parsed = parseXml(xmlText);
  if (parsed.syntaxErrors.length > 0) {
    const first = parsed.syntaxErrors[0];
    throw new Error(`${displayName} is not well-formed XML: ${first?.message ?? ''}`);
  }
  const namespaces: Record<string, string> = { ...standardNamespaces };
  const lets: SchLet[] = [];
  const patterns: SchPattern[] = [];
  const walk = (el: slimdom.Element, inSchemaRoot: boolean): void => {
    for (const child of el.children) {
      if (child.namespaceURI === SCH_NS) {
        if (child.localName === 'ns') {
          const prefix = child.getAttribute('prefix');
          const uri = child.getAttribute('uri');
          if (prefix && uri) namespaces[prefix] = uri;
        } else if (child.localName === 'let' && inSchemaRoot) {
          lets.push(letOf(child));
        } else if (child.localName === 'pattern') {
          Object.assign(namespaces, { ...inScopeNamespaces(child), ...namespaces });
          patterns.push(patternOf(child, patterns.length));
        } else {
          walk(child, false);
        }
      } else {
        walk(child, false);
      }
    }
  };
  const root = parsed.document.documentElement;
  if (root) {
    if (root.namespaceURI === SCH_NS && root.localName === 'schema') {
      Object.assign(namespaces, { ...inScopeNamespaces(root), ...namespaces });
      walk(root, true);
    } else walk(root, false);
  }
  return { namespaces, lets, patterns };
}

function inScopeNamespaces(el: slimdom.Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (let n: slimdom.Element | null = el; n; n = n.parentElement) {
    for (const a of n.attributes) {
      if (a.namespaceURI === XMLNS_NS && a.prefix === 'xmlns' && !(a.localName in out)) out[a.localName] = a.value;
    }
  }
  return out;
}

const schChildren = (el: slimdom.Element, local: string): slimdom.Element[] =>
  el.children.filter((c) => c.namespaceURI === SCH_NS && c.localName === local);

function letOf(el: slimdom.Element): SchLet {
  return { name: el.getAttribute('name') ?? '', value: el.getAttribute('value') ?? (el.textContent ?? '').trim() };
}

function patternOf(el: slimdom.Element, index: number): SchPattern {
  const id = el.getAttribute('id') ?? `pattern-${index + 1}`;
  let unsupported: string | undefined;
  if (el.getAttribute('abstract') === 'true' || el.hasAttribute('is-a')) unsupported = 'abstract patterns are not supported';
  const rules: SchRule[] = [];
  for (const r of schChildren(el, 'rule')) {
    if (r.getAttribute('abstract') === 'true' || schChildren(r, 'extends').length > 0) {
      unsupported ??= 'abstract rules (sch:extends) are not supported';
      continue;
    }
    const context = r.getAttribute('context');
    if (!context) continue;
    const checks: SchCheck[] = [];
    for (const c of r.children) {
      if (c.namespaceURI !== SCH_NS || (c.localName !== 'assert' && c.localName !== 'report')) continue;
      checks.push({
        kind: c.localName,
        test: c.getAttribute('test') ?? 'true()',
        id: c.getAttribute('id') ?? id,
        severity: severityOf(c.getAttribute('role') ?? c.getAttribute('flag')),
        message: messageOf(c),
      });
    }
    rules.push({ context, lets: schChildren(r, 'let').map(letOf), checks });
  }
  return { id, lets: schChildren(el, 'let').map(letOf), rules, ...(unsupported ? { unsupported } : {}) };
}

function severityOf(role: string | null): SchSeverity {
  const r = (role ?? '').toLowerCase();
  if (r === 'warning' || r === 'warn' || r === 'nonfatal') return 'warning';
  if (r === 'info' || r === 'information') return 'info';
  return 'error';
}

function messageOf(el: slimdom.Element): MessagePart[] {
  const parts: MessagePart[] = [];
  for (const n of el.childNodes) {
    if (n.nodeType === 3 || n.nodeType === 4) parts.push((n as slimdom.Text).data);
    else if (n.nodeType === 1) {
      const child = n as slimdom.Element;
      if (child.namespaceURI === SCH_NS && child.localName === 'value-of') parts.push({ kind: 'value-of', select: child.getAttribute('select') ?? '.' });
      else if (child.namespaceURI === SCH_NS && child.localName === 'name') parts.push({ kind: 'name', path: child.getAttribute('path') });
      else parts.push(child.textContent ?? '');
    }
  }
  return parts;
}
