import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { P4_SAYS } from '../doctype.js';

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

/**
 * A well-formedness error with the offset where the parser stopped, or a refusal by the
 * reading limits (too deep, not TEI), after which nothing more is read.
 */
export interface XmlSyntaxError {
  readonly message: string;
  readonly offset: number;
  /** `xml-syntax` when absent. */
  readonly rule?: 'xml-syntax' | 'input-too-deep' | 'input-not-tei';
  readonly hint?: string;
}

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** Nesting deeper than any real TEI (a few dozen levels) by a wide margin; see ReadLimits. */
export const defaultMaxDepth = 1000;

/** What a reading refuses: applied while the text streams, so refused input costs little. */
export interface ReadLimits {
  /**
   * Deepest element nesting read (default {@link defaultMaxDepth}). Deeper input stops the
   * reading with one error: consumers may then walk trees recursively, and no parser or
   * stylesheet runs out of stack on hostile input.
   */
  readonly maxDepth?: number;
  /** The root must be TEI's `TEI` or `teiCorpus`. */
  readonly requireTei?: boolean;
}

/**
 * saxes resolves a namespace prefix by walking every open element up to the root, which makes
 * reading O(elements × depth): 100,000 nested elements take minutes. Remembering on each open
 * element what a prefix resolved to inside it makes each lookup a step or two; the answers are
 * the same, since an element's namespace declarations are complete once it is open.
 */
export class NamespaceParser extends SaxesParser<{ xmlns: true; position: true }> {
  constructor() {
    super({ xmlns: true, position: true });
  }

  override resolve(prefix: string): string | undefined {
    const self = this as unknown as { topNS: Record<string, string>; tags: { ns: Record<string, string>; inScope?: Record<string, string> }[]; ns: Record<string, string> };
    let uri = self.topNS[prefix];
    if (uri !== undefined) return uri;
    const tags = self.tags;
    for (let i = tags.length - 1; i >= 0 && uri === undefined; i--) uri = tags[i]!.ns[prefix] ?? tags[i]!.inScope?.[prefix];
    uri ??= self.ns[prefix];
    if (uri === undefined) return super.resolve(prefix);
    const parent = tags[tags.length - 1];
    if (parent) (parent.inScope ??= Object.create(null) as Record<string, string>)[prefix] = uri;
    return uri;
  }
}

/** Thrown by a handler to stop reading; its error is the reading's last. */
class StopReading extends Error {
  constructor(readonly refusal: XmlSyntaxError) {
    super(refusal.message);
  }
}

/**
 * Streams a document's events with offsets to a handler, through saxes (namespace-aware).
 * saxes expands only the five predefined entities and character references, never reads a DTD
 * and never fetches anything; undeclared entities are syntax errors. The DOCTYPE guard
 * ({@link checkDoctype}) refuses entity declarations before this runs.
 *
 * Returns the well-formedness errors; after the first one, the events are not reliable.
 */
export function readXmlEvents(text: string, handler: XmlEventHandler, limits: ReadLimits = {}): XmlSyntaxError[] {
  const errors: XmlSyntaxError[] = [];
  const parser = new NamespaceParser();
  const maxDepth = limits.maxDepth ?? defaultMaxDepth;
  let depth = 0;
  let sawRoot = false;
  // saxes reports positions just after each construct; we keep the end of the last markup
  // so that a text piece can be placed at its start.
  let lastEnd = 0;
  let pendingAttrOffsets: number[] = [];
  parser.on('error', (err) => {
    const offset = Math.min(text.length, Math.max(0, parser.position - 1));
    errors.push(namedEntity(cleanSaxesMessage(err.message), text, offset) ?? { message: cleanSaxesMessage(err.message), offset });
  });
  parser.on('xmldecl', () => (lastEnd = parser.position));
  parser.on('doctype', () => (lastEnd = parser.position));
  parser.on('opentagstart', () => (pendingAttrOffsets = []));
  parser.on('attribute', () => pendingAttrOffsets.push(attributeStart(text, parser.position)));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const end = parser.position;
    const offset = text.lastIndexOf(`<${tag.name}`, end - 1);
    const at = offset < 0 ? lastEnd : offset;
    if (!sawRoot && limits.requireTei && !(tag.uri === TEI_NS && (tag.local === 'TEI' || tag.local === 'teiCorpus'))) {
      throw new StopReading(notTei(tag, at));
    }
    sawRoot = true;
    if (++depth > maxDepth) throw new StopReading(tooDeep(maxDepth, at));
    if (tag.isSelfClosing) depth--;
    handler.startElement({
      uri: tag.uri,
      local: tag.local,
      qname: tag.name,
      offset: at,
      attributes: attributesOf(tag, pendingAttrOffsets),
    });
    lastEnd = end;
    if (tag.isSelfClosing) handler.endElement(tag.uri, tag.local, end);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.isSelfClosing) return; // reported with the start tag
    depth--;
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
    if (err instanceof StopReading) errors.push(err.refusal);
    // saxes throws on its own faults too (a lone surrogate at the end: "Invalid code point
    // NaN"), with a position that may lie past the end: kept inside the text.
    else errors.push({ message: err instanceof Error ? err.message : String(err), offset: Math.min(text.length, Math.max(0, parser.position - 1)) });
  }
  return errors;
}

function tooDeep(maxDepth: number, offset: number): XmlSyntaxError {
  return {
    rule: 'input-too-deep',
    offset,
    message: `elements are nested more than ${maxDepth} deep here; the file is refused before any further work`,
    hint: 'real TEI nests a few dozen levels: check how the file was made, or raise the limit with --max-depth if it is trusted',
  };
}

function notTei(tag: SaxesTagNS, offset: number): XmlSyntaxError {
  const ns = tag.uri === '' ? 'in no namespace' : `in the namespace ${tag.uri}`;
  return {
    rule: 'input-not-tei',
    offset,
    message: `the root element is <${tag.name}> ${ns}, not a TEI document (<TEI> or <teiCorpus> in ${TEI_NS})`,
    hint: tag.local === 'TEI' ? `declare the TEI namespace on the root: <TEI xmlns="${TEI_NS}">` : /^(TEI|teiCorpus)\.2$/.test(tag.local) ? `<${tag.local}> is ${P4_SAYS}` : 'name a TEI P5 file',
  };
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

/** saxes says "undefined entity." without its name: the message names it, at its `&`. */
function namedEntity(message: string, text: string, offset: number): XmlSyntaxError | undefined {
  if (!message.startsWith('undefined entity')) return undefined;
  const amp = text.lastIndexOf('&', offset);
  const semi = amp < 0 ? -1 : text.indexOf(';', amp);
  if (semi < 0 || semi - amp > 64 || semi < offset - 1) return undefined;
  return {
    message: `undefined entity &${text.slice(amp + 1, semi)}; (without a DTD only &amp; &lt; &gt; &quot; &apos; and character references such as &#160; are known)`,
    offset: amp,
  };
}

/** saxes prefixes messages with its own `line:col: `; we place errors ourselves. */
function cleanSaxesMessage(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
}
