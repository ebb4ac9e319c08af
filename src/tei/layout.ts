/**
 * Indentation for readable diffs, added only where it cannot change the text: between the
 * children of elements that hold no text of their own. xmlbuilder2's pretty printer also
 * indents mixed content (it would put spaces into paragraphs), hence this small pass.
 */

/** Elements whose children are always elements. */
const containers = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'respStmt', 'editionStmt', 'publicationStmt', 'availability',
  'sourceDesc', 'listBibl', 'listWit', 'encodingDesc', 'editorialDecl', 'correction', 'normalization',
  'quotation', 'hyphenation', 'segmentation', 'interpretation', 'punctuation', 'projectDesc', 'appInfo', 'application',
  'profileDesc', 'langUsage', 'text', 'front', 'body', 'back', 'div', 'standOff', 'listAnnotation',
  'epigraph', 'cit', 'floatingText', 'closer', 'list', 'sp', 'app',
]);
/** Elements that hold either text or blocks: indented only when they hold blocks. */
const sometimes = new Set(['quote', 'note', 'lem', 'rdg']);
const blockElements = new Set(['p', 'head', 'quote', 'cit', 'list', 'sp', 'ab', 'fw', 'div', 'floatingText', 'epigraph', 'app', 'closer', 'label']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  ownerDocument: { createTextNode(text: string): DomNode } | null;
  insertBefore(node: DomNode, ref: DomNode | null): void;
  appendChild(node: DomNode): void;
}

const ELEMENT = 1;
const TEXT = 3;

function indentable(el: DomNode): boolean {
  const kids = Array.from(el.childNodes);
  // Any text child, even a space, is content here: the witness's characters.
  if (kids.length === 0 || kids.some((k) => k.nodeType === TEXT)) return false;
  if (containers.has(el.nodeName)) return true;
  return sometimes.has(el.nodeName) && kids.every((k) => blockElements.has(k.nodeName));
}

/**
 * Adds newline + indentation between the children of element-only elements. Below an element
 * named in `verbatim` (included files, such as the registers) nothing is touched.
 */
export function indentElementContent(root: DomNode, depth = 0, verbatim: ReadonlySet<string> = new Set()): void {
  if (root.nodeType !== ELEMENT) return;
  const kids = Array.from(root.childNodes);
  if (indentable(root)) {
    const doc = root.ownerDocument!;
    const pad = '\n' + '  '.repeat(depth + 1);
    for (const k of kids) {
      if (k.nodeType === TEXT) continue;
      root.insertBefore(doc.createTextNode(pad), k);
    }
    root.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)));
  }
  if (verbatim.has(root.nodeName)) return;
  for (const k of kids) indentElementContent(k, depth + 1, verbatim);
}
