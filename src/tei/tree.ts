/**
 * A minimal element tree for writing the edition. The TEI writer used xmlbuilder2's DOM at
 * first; building a spec-complete DOM cost ~170 ms of every build (namespace checks on each
 * node) and its writer mis-escapes "&amp;" in text (xmlbuilder2 issue #117), so the edition is
 * built with this tree and written by ./serialize.ts. It keeps xmlbuilder2's small builder
 * API (`ele`, `txt`, `node`), so the writers read the same either way.
 */

export interface XmlText {
  readonly nodeType: 3;
  readonly nodeName: '#text';
  nodeValue: string;
  readonly childNodes: readonly never[];
}

export interface XmlAttribute {
  readonly name: string;
  readonly value: string;
}

export class XmlElement {
  readonly nodeType = 1 as const;
  readonly childNodes: (XmlElement | XmlText)[] = [];
  readonly attributes: XmlAttribute[];
  readonly nodeValue = null;

  constructor(
    readonly nodeName: string,
    attributes: Readonly<Record<string, string>> = {},
    readonly namespaceURI: string | null = null,
  ) {
    this.attributes = Object.entries(attributes).map(([name, value]) => ({ name, value }));
  }

  /** Appends a child element (in this element's namespace) and returns it. */
  ele(name: string, attributes?: Readonly<Record<string, string>>): XmlElement {
    const child = new XmlElement(name, attributes, this.namespaceURI);
    this.childNodes.push(child);
    return child;
  }

  /** Appends text (joined to a text node just before it) and returns this element. */
  txt(value: string): XmlElement {
    if (value === '') return this;
    const last = this.childNodes[this.childNodes.length - 1];
    if (last?.nodeType === 3) last.nodeValue += value;
    else this.childNodes.push({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] });
    return this;
  }

  /** The node itself (xmlbuilder2's builders expose their DOM node the same way). */
  get node(): XmlElement {
    return this;
  }
}
