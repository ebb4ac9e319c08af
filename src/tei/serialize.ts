/**
 * Serialises an element tree: the edition's own (./tree.ts) or the DOM xmlbuilder2 builds (collation). Written by hand because xmlbuilder2's writer leaves
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

export interface SerializeOptions {
  readonly raw?: RawContent;
  /** Elements between whose children a newline and indentation may go (layout, never content). */
  readonly indent?: (element: DomNode) => boolean;
}

interface State {
  readonly out: string[];
  readonly raw: RawContent;
  readonly indent: (element: DomNode) => boolean;
}

const pads: string[] = [];
const pad = (depth: number): string => (pads[depth] ??= `\n${'  '.repeat(depth)}`);

function write(node: DomNode, parentNs: string | null, st: State, depth: number, verbatim: boolean): void {
  const { out, raw } = st;
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
      const attrs = node.attributes ?? [];
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i]!;
        if (a.name !== 'xmlns') out.push(` ${a.name}="${escapeAttribute(a.value)}"`);
      }
      const kids = node.childNodes;
      const extra = raw.get(node);
      if (kids.length === 0 && !extra) {
        out.push('/>');
        return;
      }
      out.push('>');
      // Included files keep their own layout; nothing below them is indented.
      const layout = !verbatim && st.indent(node);
      if (extra) out.push(...extra);
      for (let i = 0; i < kids.length; i++) {
        if (layout) out.push(pad(depth + 1));
        write(kids[i]!, ns, st, depth + 1, verbatim || extra !== undefined);
      }
      if (layout) out.push(pad(depth));
      out.push(`</${node.nodeName}>`);
      return;
    }
    default:
      return;
  }
}

/** The document element and everything under it, after an XML declaration. */
export function serializeDocument(root: DomNode, options: SerializeOptions = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, null, { out, raw: options.raw ?? new Map(), indent: options.indent ?? (() => false) }, 0, false);
  out.push('\n');
  return out.join('');
}
