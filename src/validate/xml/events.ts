import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** An attribute as the validators see it, with the offset of its name in the text. */
export interface XmlAttribute {
  readonly uri: string;
  readonly local: string;
  readonly qname: string;
  readonly value: string;
  readonly offset: number;
  /** `xmlns` and `xmlns:*` declarations: not attributes for RELAX NG or XPath. */
  readonly isNamespaceDeclaration: boolean;
}

/** A start tag, with the offset of its `<`. */
export interface XmlStartTag {
  readonly uri: string;
  readonly local: string;
  readonly qname: string;
  readonly attributes: readonly XmlAttribute[];
  readonly offset: number;
}

/** What a consumer of the event stream implements. */
export interface XmlEventHandler {
  startElement(tag: XmlStartTag): void;
  /** A piece of character data (text or CDATA); consecutive pieces belong together. */
  text(text: string, offset: number): void;
  /** A comment or processing instruction: it separates nothing for validation, but a DOM keeps it. */
  other?(kind: 'comment' | 'pi', data: string, offset: number, target?: string): void;
  endElement(uri: string, local: string, offset: number): void;
}

/** A well-formedness error with the offset where the parser stopped. */
export interface XmlSyntaxError {
  readonly message: string;
  readonly offset: number;
}

/**
 * Streams a document's events with offsets to a handler, through saxes (namespace-aware).
 * saxes expands only the five predefined entities and character references, never reads a DTD
 * and never fetches anything; undeclared entities are syntax errors. The DOCTYPE guard
 * ({@link checkDoctype}) refuses entity declarations before this runs.
 *
 * Returns the well-formedness errors; after the first one, the events are not reliable.
 */
export function readXmlEvents(text: string, handler: XmlEventHandler): XmlSyntaxError[] {
  const errors: XmlSyntaxError[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  // saxes reports positions just after each construct; we keep the end of the last markup
  // so that a text piece can be placed at its start.
  let lastEnd = 0;
  let pendingAttrOffsets: number[] = [];
  parser.on('error', (err) => {
    errors.push({ message: cleanSaxesMessage(err.message), offset: Math.max(0, parser.position - 1) });
  });
  parser.on('xmldecl', () => (lastEnd = parser.position));
  parser.on('doctype', () => (lastEnd = parser.position));
  parser.on('opentagstart', () => (pendingAttrOffsets = []));
  parser.on('attribute', () => pendingAttrOffsets.push(attributeStart(text, parser.position)));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const end = parser.position;
    const offset = text.lastIndexOf(`<${tag.name}`, end - 1);
    handler.startElement({
      uri: tag.uri,
      local: tag.local,
      qname: tag.name,
      offset: offset < 0 ? lastEnd : offset,
      attributes: attributesOf(tag, pendingAttrOffsets),
    });
    lastEnd = end;
    if (tag.isSelfClosing) handler.endElement(tag.uri, tag.local, end);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.isSelfClosing) return; // reported with the start tag
    const end = parser.position;
    const offset = text.lastIndexOf('</', end - 1);
    handler.endElement(tag.uri, tag.local, offset < 0 ? end : offset);
    lastEnd = end;
  });
  parser.on('text', (t) => {
    handler.text(t, lastEnd);
    lastEnd = parser.position - 1;
  });
  parser.on('cdata', (t) => {
    handler.text(t, lastEnd);
    lastEnd = parser.position;
  });
  parser.on('comment', (c) => {
    handler.other?.('comment', c, lastEnd);
    lastEnd = parser.position;
  });
  parser.on('processinginstruction', (pi) => {
    handler.other?.('pi', pi.body, lastEnd, pi.target);
    lastEnd = parser.position;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    // saxes throws only when no error handler exists; kept for safety.
    errors.push({ message: err instanceof Error ? err.message : String(err), offset: parser.position });
  }
  return errors;
}

function attributesOf(tag: SaxesTagNS, offsets: readonly number[]): XmlAttribute[] {
  const out: XmlAttribute[] = [];
  let i = 0;
  for (const a of Object.values(tag.attributes) as SaxesAttributeNS[]) {
    out.push({
      uri: a.uri,
      local: a.local,
      qname: a.name,
      value: a.value,
      offset: offsets[i++] ?? 0,
      isNamespaceDeclaration: a.prefix === 'xmlns' || a.name === 'xmlns',
    });
  }
  return out;
}

/** saxes reports just after an attribute's closing quote; walk back over `name="value"`. */
function attributeStart(text: string, after: number): number {
  const quoteAt = after - 1;
  const quote = text[quoteAt];
  if (quote !== '"' && quote !== "'") return quoteAt;
  let i = text.lastIndexOf(quote, quoteAt - 1) - 1;
  while (i > 0 && /\s/.test(text[i] ?? '')) i--;
  if (text[i] === '=') i--;
  while (i > 0 && /\s/.test(text[i] ?? '')) i--;
  while (i > 0 && !/[\s<]/.test(text[i - 1] ?? '')) i--;
  return i;
}

/** saxes prefixes messages with its own `line:col: `; we place errors ourselves. */
function cleanSaxesMessage(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
}
