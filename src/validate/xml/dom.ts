import * as slimdom from 'slimdom';
import { readXmlEvents, XMLNS_NS, type ReadLimits, type XmlEventHandler, type XmlStartTag, type XmlSyntaxError } from './events.js';
import { LineIndex } from '../../model/line-index.js';

/** A parsed document: a DOM for XPath, plus where each node starts in the text. */
export interface ParsedXml {
  readonly document: slimdom.Document;
  readonly lines: LineIndex;
  /** Offset of the start of an element (`<`), attribute (its name) or text node. */
  offsetOf(node: slimdom.Node): number | undefined;
  /** `{uri}local` of every element in the document: rules that need others can be skipped. */
  readonly elementNames: ReadonlySet<string>;
  /** Local names of every attribute (without namespace declarations). */
  readonly attributeNames: ReadonlySet<string>;
  /** Every `xml:id`, with the offset of the attribute, in document order. */
  readonly xmlIds: readonly { readonly id: string; readonly offset: number }[];
  readonly syntaxErrors: readonly XmlSyntaxError[];
}

/**
 * Builds a slimdom document from the text. slimdom has its own parser, but it keeps no
 * positions; building from our event stream gives every node its offset.
 */
export function parseXml(text: string, also?: XmlEventHandler, limits?: ReadLimits): ParsedXml {
  const document = new slimdom.Document();
  // A Map rather than a WeakMap: it lives as long as the document, and a WeakMap of every node
  // made the garbage collector a third of the parse.
  const offsets = new Map<slimdom.Node, number>();
  const elementNames = new Set<string>();
  const attributeNames = new Set<string>();
  const xmlIds: { id: string; offset: number }[] = [];
  let current: slimdom.Node = document;
  let pendingText = '';
  let pendingOffset = 0;
  const flush = (): void => {
    if (pendingText === '') return;
    if (current !== document) {
      const node = document.createTextNode(pendingText);
      offsets.set(node, pendingOffset);
      current.appendChild(node);
    }
    pendingText = '';
  };
  const handler: XmlEventHandler = {
    startElement(tag: XmlStartTag) {
      flush();
      const el = document.createElementNS(tag.uri === '' ? null : tag.uri, tag.qname);
      offsets.set(el, tag.offset);
      elementNames.add(`{${tag.uri}}${tag.local}`);
      for (const a of tag.attributes) {
        if (a.isNamespaceDeclaration) {
          el.setAttributeNS(XMLNS_NS, a.qname, a.value);
          continue;
        }
        el.setAttributeNS(a.uri === '' ? null : a.uri, a.qname, a.value);
        const attr = el.getAttributeNodeNS(a.uri === '' ? null : a.uri, a.local);
        if (attr) offsets.set(attr, a.offset);
        attributeNames.add(a.local);
        if (a.qname === 'xml:id') xmlIds.push({ id: a.value, offset: a.offset });
      }
      current.appendChild(el);
      current = el;
      also?.startElement(tag);
    },
    text(t, offset) {
      if (pendingText === '') pendingOffset = offset;
      pendingText += t;
      also?.text(t, offset);
    },
    other(kind, data, offset, target) {
      flush();
      if (current !== document || kind === 'pi') {
        const node = kind === 'comment' ? document.createComment(data) : document.createProcessingInstruction(target ?? '', data);
        offsets.set(node, offset);
        current.appendChild(node);
      }
      also?.other?.(kind, data, offset, target);
    },
    endElement(uri, local, offset) {
      flush();
      current = current.parentNode ?? document;
      also?.endElement(uri, local, offset);
    },
  };
  const syntaxErrors = readXmlEvents(text, handler, limits);
  flush();
  return {
    document,
    lines: new LineIndex(text),
    offsetOf: (node) => offsets.get(node),
    elementNames,
    attributeNames,
    xmlIds,
    syntaxErrors,
  };
}
