import { parseXmlDocument, type Element, type Node } from 'slimdom';
import { extractWitness } from '../../src/tei/extract.js';

const TEI = 'http://www.tei-c.org/ns/1.0';

/** Parses TEI text (throws on a document that is not well-formed). */
export function parseTei(xml: string) {
  return parseXmlDocument(xml);
}

/** All elements named `local` (TEI namespace) under `root`, in document order. */
export function elements(root: Node, local: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    for (const child of n.childNodes) {
      if (child.nodeType === 1) {
        const el = child as Element;
        if (el.localName === local && el.namespaceURI === TEI) out.push(el);
        walk(el);
      }
    }
  };
  walk(root);
  return out;
}

/** Each witness's text read back from a standalone collation, as `tei-edition extract` does. */
export function readWitnessesFromTei(xml: string): Map<string, string> {
  const doc = parseTei(xml);
  const sigla = elements(doc, 'witness').map((w) => w.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'id')!);
  return new Map(sigla.map((s) => [s, extractWitness(xml, s)]));
}

/** The lemma and the readings of an app, in document order (inside rdgGrp too). */
export function readingsOf(app: Element): Element[] {
  return [...elements(app, 'lem'), ...elements(app, 'rdg')].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The text of an element as a reader sees it: a line break (lb) is a word boundary. */
export function readingText(el: Node): string {
  let out = '';
  for (const child of el.childNodes) {
    if (child.nodeType === 3) out += (child as unknown as { data: string }).data;
    else if (child.nodeType === 1) out += (child as Element).localName === 'lb' ? ' ' : readingText(child);
  }
  return out;
}
