/**
 * Serialises the DOM xmlbuilder2 builds. Written by hand because xmlbuilder2's writer leaves
 * "&" unescaped when it looks like the start of an entity ("&amp;", "&lt;" in witness text
 * would come back as "&" and "<"; xmlbuilder2 issue #117), which breaks lossless extraction.
 * This writer escapes every "&", "<", ">" in text and every "&", "<", '"', TAB, LF, CR in
 * attribute values, and keeps element, comment and processing-instruction order as built.
 */

interface DomAttr {
  readonly name: string;
  readonly value: string;
}
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly namespaceURI?: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly attributes?: ArrayLike<DomAttr>;
  readonly data?: string;
  readonly target?: string;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PI = 7;
const COMMENT = 8;

export const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const escapeAttribute = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/** XML text to write, as it is, before the children of an element (included files). */
export type RawContent = ReadonlyMap<unknown, readonly string[]>;

function write(node: DomNode, parentNs: string | null, out: string[], raw: RawContent): void {
  switch (node.nodeType) {
    case TEXT:
      out.push(escapeText(node.nodeValue ?? ''));
      return;
    case CDATA:
      out.push(escapeText(node.nodeValue ?? ''));
      return;
    case COMMENT:
      out.push(`<!--${node.nodeValue ?? ''}-->`);
      return;
    case PI:
      out.push(`<?${node.target ?? node.nodeName} ${node.data ?? node.nodeValue ?? ''}?>`);
      return;
    case ELEMENT: {
      const ns = node.namespaceURI ?? null;
      out.push(`<${node.nodeName}`);
      if (ns !== parentNs && ns !== null && !node.nodeName.includes(':')) out.push(` xmlns="${escapeAttribute(ns)}"`);
      for (const a of Array.from(node.attributes ?? [])) {
        if (a.name === 'xmlns') continue;
        out.push(` ${a.name}="${escapeAttribute(a.value)}"`);
      }
      const kids = Array.from(node.childNodes);
      const extra = raw.get(node) ?? [];
      if (kids.length === 0 && extra.length === 0) {
        out.push('/>');
        return;
      }
      out.push('>');
      out.push(...extra);
      for (const k of kids) write(k, ns, out, raw);
      out.push(`</${node.nodeName}>`);
      return;
    }
    default:
      return;
  }
}

/** The document element and everything under it, after an XML declaration. */
export function serializeDocument(root: DomNode, raw: RawContent = new Map()): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, null, out, raw);
  out.push('\n');
  return out.join('');
}
