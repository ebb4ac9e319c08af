import type * as slimdom from 'slimdom';
import { error, type Diagnostic } from '../../diagnostics/index.js';
import type { ParsedXml } from '../xml/dom.js';

/** Attributes whose `#id` values must name an element of the same document. */
export const pointerAttributes = ['ref', 'target', 'wit', 'source', 'resp', 'edRef'] as const;

/**
 * Every local pointer (`#id`) in a pointer attribute names an `xml:id` of the document.
 * In code rather than Schematron: it touches every `lb` and name of the edition, and one hash
 * lookup per pointer keeps the build's check in milliseconds. Pointers to other documents
 * (URLs, `file.xml#id`) are left alone.
 */
export function checkPointers(parsed: ParsedXml, displayName: string): Diagnostic[] {
  const ids = new Set(parsed.xmlIds.map((x) => x.id));
  const out: Diagnostic[] = [];
  // Iterative, in document order: the walk must not run out of stack on deep input.
  const stack: slimdom.Element[] = parsed.document.documentElement ? [parsed.document.documentElement] : [];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const name of pointerAttributes) {
      const attr = el.getAttributeNodeNS(null, name);
      if (!attr) continue;
      const missing = attr.value
        .split(/\s+/)
        .filter((t) => t.startsWith('#') && !ids.has(t.slice(1)));
      if (missing.length === 0) continue;
      const offset = parsed.offsetOf(attr) ?? parsed.offsetOf(el);
      out.push(
        error({
          message: `@${name} of ${el.localName} points to ${missing.join(', ')}, which ${missing.length === 1 ? 'is not an xml:id' : 'are not xml:ids'} in this document`,
          rule: 'pointer-unresolved',
          stage: 'validate',
          file: displayName,
          ...(offset === undefined ? {} : parsed.lines.at(offset)),
          hint: 'fix the pointer or add the register entry or witness it names',
        }),
      );
    }
    if (el.namespaceURI === 'http://www.tei-c.org/ns/Examples') continue; // examples (egXML) point nowhere
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}
