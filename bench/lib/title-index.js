// A corpus index of TEI files (each file's TEI/@xml:id and first title of the titleStmt), made
// two ways for `npm run bench`: with saxes, the streaming parser the toolkit uses today
// (src/registers/load.ts, src/validate/xml), and with fast-xml-parser, the design card's
// package, which builds a plain object of the whole document. Positions are not needed here.
import { SaxesParser } from 'saxes';
import { XMLParser } from 'fast-xml-parser';

/** saxes: events, keeping only the root's id and the text of the first titleStmt/title. */
export function indexWithSaxes(text) {
  const parser = new SaxesParser({ xmlns: false });
  let id = '';
  let title = '';
  let depth = 0;
  let inTitleStmt = false;
  let inTitle = false;
  let done = false;
  parser.on('opentag', (tag) => {
    depth++;
    if (depth === 1) id = tag.attributes['xml:id'] ?? '';
    if (tag.name === 'titleStmt') inTitleStmt = true;
    else if (inTitleStmt && tag.name === 'title' && !done) inTitle = true;
  });
  parser.on('text', (t) => {
    if (inTitle) title += t;
  });
  parser.on('closetag', (tag) => {
    depth--;
    if (tag.name === 'title' && inTitle) {
      inTitle = false;
      done = true;
    }
    if (tag.name === 'titleStmt') inTitleStmt = false;
  });
  parser.write(text).close();
  return { id, title: title.replace(/\s+/g, ' ').trim() };
}

const fxp = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: false });

const textOf = (node) => {
  if (node === undefined || node === null) return '';
  if (typeof node !== 'object') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return Object.entries(node).filter(([k]) => !k.startsWith('@')).map(([, v]) => textOf(v)).join('');
};
const first = (x) => (Array.isArray(x) ? x[0] : x);

/** fast-xml-parser: the whole document as an object, then the same two values. */
export function indexWithFastXmlParser(text) {
  const doc = fxp.parse(text);
  const root = doc.TEI ?? doc.teiCorpus ?? {};
  const title = first(first(first(first(root.teiHeader)?.fileDesc)?.titleStmt)?.title);
  return { id: root['@xml:id'] ?? '', title: textOf(title).replace(/\s+/g, ' ').trim() };
}
