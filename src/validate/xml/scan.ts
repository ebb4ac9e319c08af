import { readXmlEvents, type ReadLimits, type XmlEventHandler, type XmlStartTag, type XmlSyntaxError } from './events.js';
import { LineIndex } from '../../model/line-index.js';

/** What the RELAX NG pass needs from a document: its lines, xml:ids and syntax errors, no DOM. */
export interface ScannedXml {
  readonly lines: LineIndex;
  readonly xmlIds: readonly { readonly id: string; readonly offset: number }[];
  readonly syntaxErrors: readonly XmlSyntaxError[];
}

/** Reads a document once for a handler (the RELAX NG walker), collecting its xml:ids on the way. */
export function scanXml(text: string, also?: XmlEventHandler, limits?: ReadLimits): ScannedXml {
  const xmlIds: { id: string; offset: number }[] = [];
  const handler: XmlEventHandler = {
    startElement(tag: XmlStartTag) {
      for (const a of tag.attributes) if (a.qname === 'xml:id') xmlIds.push({ id: a.value, offset: a.offset });
      also?.startElement(tag);
    },
    text: (t, offset) => also?.text(t, offset),
    endElement: (uri, local, offset) => also?.endElement(uri, local, offset),
  };
  const syntaxErrors = readXmlEvents(text, handler, limits);
  return { lines: new LineIndex(text), xmlIds, syntaxErrors };
}
