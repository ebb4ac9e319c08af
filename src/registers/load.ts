import { readFileSync } from 'node:fs';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { EditionError, error } from '../diagnostics/index.js';
import type { Register, RegisterEntry, RegisterKind } from '../model/register.js';

const listElement: Record<RegisterKind, string> = {
  persons: 'listPerson',
  places: 'listPlace',
  orgs: 'listOrg',
  bibls: 'listBibl',
};
const entryElement: Record<RegisterKind, string> = {
  persons: 'person',
  places: 'place',
  orgs: 'org',
  bibls: 'bibl',
};
const nameElement: Record<RegisterKind, string> = {
  persons: 'persName',
  places: 'placeName',
  orgs: 'orgName',
  bibls: 'title',
};

interface DomElement {
  getAttributeNS(ns: string, name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
}

const fail = (file: string, message: string, hint?: string): never => {
  throw new EditionError([error({ message, rule: 'register-invalid', stage: 'annotate', file, ...(hint ? { hint } : {}) })]);
};

/**
 * Reads a register kept by the editors: a TEI document whose `standOff` holds one list of
 * the given kind. The list is kept as written (to be included verbatim in the edition).
 */
export function loadRegister(kind: RegisterKind, path: string, file: string): Register {
  let doc: XMLBuilder;
  try {
    doc = create(readFileSync(path, 'utf8'));
  } catch (err) {
    return fail(file, `register is not well-formed XML: ${(err as Error).message.split('\n')[0]}`, 'fix the XML syntax');
  }
  const lists = doc.root().filter((n) => n.node.nodeName === listElement[kind], false, true);
  if (lists.length !== 1) {
    return fail(file, `a ${kind} register must contain exactly one <${listElement[kind]}> (found ${lists.length})`);
  }
  const list = lists[0]!;
  const entries: RegisterEntry[] = [];
  for (const entry of list.filter((n) => n.node.nodeName === entryElement[kind], false, true)) {
    // xmlbuilder2 nodes are DOM nodes; only the few members used here are typed.
    const el = entry.node as unknown as DomElement;
    const id = el.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'id');
    if (!id) fail(file, `a <${entryElement[kind]}> in the register has no xml:id`, 'give every entry an xml:id');
    const name = el.getElementsByTagName(nameElement[kind])[0]?.textContent?.trim() ?? id!;
    entries.push({ id: id!, kind, name });
  }
  return { kind, file, xml: list.toString(), entries };
}
