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
  'epigraph', 'cit', 'floatingText', 'closer', 'opener', 'address', 'list', 'sp', 'app', 'lg',
]);
/** Elements that hold either text or blocks: indented only when they hold blocks. */
const sometimes = new Set(['quote', 'note', 'lem', 'rdg']);
const blockElements = new Set(['p', 'head', 'quote', 'cit', 'list', 'sp', 'ab', 'fw', 'div', 'floatingText', 'epigraph', 'app', 'closer', 'opener', 'label', 'lg', 'l', 'stage']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * Whether the serializer may put a newline and indentation between an element's children:
 * only where the element holds no text of its own (any text child, even a space, is content).
 */
export function isElementOnly(el: DomNode): boolean {
  const kids = el.childNodes;
  if (kids.length === 0) return false;
  for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === TEXT) return false;
  if (containers.has(el.nodeName)) return true;
  if (!sometimes.has(el.nodeName)) return false;
  for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === ELEMENT && !blockElements.has(kids[i]!.nodeName)) return false;
  return true;
}
