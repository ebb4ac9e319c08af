import { parseXmlDocument, type Element, type Node } from 'slimdom';

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

/**
 * Each witness's text from a parallel-segmentation TEI body: text outside `app` belongs to
 * every witness, a reading's text to the witnesses in its `@wit`.
 */
export function readWitnessesFromTei(xml: string): Map<string, string> {
  const doc = parseTei(xml);
  const sigla = elements(doc, 'witness').map((w) => w.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'id')!);
  const texts = new Map(sigla.map((s) => [s, '']));
  const add = (wits: readonly string[], s: string): void => wits.forEach((w) => texts.set(w, texts.get(w)! + s));
  const walk = (n: Node, wits: readonly string[]): void => {
    for (const child of n.childNodes) {
      if (child.nodeType === 3) add(wits, (child as unknown as { data: string }).data);
      else if (child.nodeType === 1) {
        const el = child as Element;
        const inner = el.localName === 'rdg' ? (el.getAttribute('wit') ?? '').split(/\s+/).map((p) => p.replace(/^#/, '')) : wits;
        walk(el, inner);
      }
    }
  };
  for (const ab of elements(doc, 'ab')) {
    walk(ab, sigla);
    add(sigla, '\n\n');
  }
  return texts;
}
