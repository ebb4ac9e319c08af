import { serializeDocument } from '../tei/serialize.js';
import { XmlElement } from '../tei/tree.js';
import { TEI_NS } from '../tei/xml.js';

/** The registers an edition can keep, with the TEI list and entry elements of each. */
export const registerKinds = [
  { kind: 'persons', title: 'persons', list: 'listPerson' },
  { kind: 'places', title: 'places', list: 'listPlace' },
  { kind: 'orgs', title: 'organisations', list: 'listOrg' },
  { kind: 'bibls', title: 'periodicals and works', list: 'listBibl' },
] as const;
export type ScaffoldRegisterKind = (typeof registerKinds)[number]['kind'];

/** Any element is laid out on its own lines: a register holds no mixed content at first. */
const indentAll = (el: { childNodes: ArrayLike<{ nodeType: number }> }): boolean =>
  el.childNodes.length > 0 && Array.from(el.childNodes).every((k) => k.nodeType === 1);

/**
 * A register file as TEI: its header and its list, empty but for the author in the register
 * of persons (the header's author points at that entry). An empty list is a placeholder the
 * toolkit reads as "no entries yet"; the editors (or `review accept`) add the first entry.
 */
export function emptyRegister(kind: ScaffoldRegisterKind, bookTitle: string, author?: { id: string; name: string }): string {
  const spec = registerKinds.find((k) => k.kind === kind)!;
  const tei = new XmlElement('TEI', {}, TEI_NS);
  const fileDesc = tei.ele('teiHeader').ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt(`Register of ${spec.title}: ${bookTitle}`);
  fileDesc.ele('publicationStmt').ele('p').txt('Part of the digital edition; maintained by its editors.');
  fileDesc.ele('sourceDesc').ele('p').txt('Compiled from the witnesses of the edition.');
  const list = tei.ele('standOff').ele(spec.list);
  if (author) {
    const person = list.ele('person', { 'xml:id': author.id });
    person.ele('persName', { type: 'reg' }).txt(author.name);
    // The annotation looks for forms only (a regularised name is seldom printed as such); the
    // name as the editor typed it is how a title page prints it.
    person.ele('persName', { type: 'form' }).txt(author.name);
    person.ele('note').txt('Author of the work.');
  }
  return serializeDocument(tei, { indent: indentAll });
}
