// dist/tei/tree.js
var XmlElement = class _XmlElement {
  nodeName;
  namespaceURI;
  nodeType = 1;
  childNodes = [];
  attributes;
  nodeValue = null;
  constructor(nodeName, attributes = {}, namespaceURI = null) {
    this.nodeName = nodeName;
    this.namespaceURI = namespaceURI;
    this.attributes = Object.entries(attributes).map(([name, value]) => ({ name, value }));
  }
  /** Appends a child element (in this element's namespace) and returns it. */
  ele(name, attributes) {
    const child = new _XmlElement(name, attributes, this.namespaceURI);
    this.childNodes.push(child);
    return child;
  }
  /** Appends text (joined to a text node just before it) and returns this element. */
  txt(value) {
    if (value === "")
      return this;
    const last = this.childNodes[this.childNodes.length - 1];
    if (last?.nodeType === 3)
      last.nodeValue += value;
    else
      this.childNodes.push({ nodeType: 3, nodeName: "#text", nodeValue: value, childNodes: [] });
    return this;
  }
  /** The node itself (xmlbuilder2's builders expose their DOM node the same way). */
  get node() {
    return this;
  }
};

// dist/tei/xml.js
var TEI_NS = "http://www.tei-c.org/ns/1.0";
function attrs(values) {
  const out = {};
  for (const [k, v] of Object.entries(values))
    if (v !== void 0 && v !== "")
      out[k] = String(v);
  return out;
}
var pointer = (id) => id.startsWith("#") ? id : `#${id}`;
var pointers = (ids) => ids.map(pointer).join(" ");

export {
  XmlElement,
  TEI_NS,
  attrs,
  pointer,
  pointers
};
