import { readTextFile } from '../io/read-text.js';
import { SaxesParser } from 'saxes';
import { EditionError, error, type Diagnostic } from '../diagnostics/index.js';
import { isXmlName, notAnXmlName } from '../io/xml-name.js';
import type { Register, RegisterKind } from '../model/register.js';
import { formTypes, type Authority, type Cert, type FormType, type RegisterForm, type RegisterRecord } from './types.js';

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

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const certs: readonly Cert[] = ['high', 'medium', 'low'];

// The few DOM members the entry reader uses; the loader's light elements offer them.
interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}
interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  getAttributeNS(ns: string, name: string): string | null;
  /** Where its start tag begins in the file (1-based), when the reader knows it. */
  readonly line?: number;
  readonly column?: number;
}

const isElement = (n: DomNode): n is DomElement => n.nodeType === 1;
const childElements = (n: DomNode): DomElement[] => Array.from(n.childNodes).filter(isElement);
const text = (n: DomNode): string => (n.textContent ?? '').replace(/\s+/g, ' ').trim();

interface LightElement extends DomElement {
  readonly childNodes: DomNode[];
  readonly attrs: Record<string, string>;
}

function lightElement(qname: string, attrs: Record<string, string>, at: { line: number; column: number }): LightElement {
  const childNodes: DomNode[] = [];
  return {
    nodeType: 1,
    ...at,
    localName: qname.includes(':') ? qname.slice(qname.indexOf(':') + 1) : qname,
    childNodes,
    attrs,
    get textContent() {
      return childNodes.map((k) => k.textContent ?? '').join('');
    },
    getAttribute: (n: string) => attrs[n] ?? null,
    getAttributeNS: (ns: string, n: string) => (ns === XML_NS ? (attrs[`xml:${n}`] ?? null) : null),
  };
}

/**
 * Parses a register with saxes (a fast, strict SAX parser: a broken file is reported at its
 * line and column) into light elements, and returns its one list element.
 */
function findList(source: string, kind: RegisterKind, file: string): DomElement {
  const parser = new SaxesParser({ position: true });
  const stack: LightElement[] = [];
  const lists: LightElement[] = [];
  // saxes is just past the name at `opentagstart`: the tag's '<' is one name back.
  let at = { line: 1, column: 1 };
  parser.on('opentagstart', (tag) => {
    at = { line: parser.line, column: Math.max(1, parser.column - tag.name.length) };
  });
  parser.on('opentag', (tag) => {
    const el = lightElement(tag.name, tag.attributes as Record<string, string>, at);
    stack[stack.length - 1]?.childNodes.push(el);
    if (el.localName === listElement[kind]) lists.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void stack[stack.length - 1]?.childNodes.push({ nodeType: 3, childNodes: [], textContent: t }));
  parser.on('cdata', (t) => void stack[stack.length - 1]?.childNodes.push({ nodeType: 3, childNodes: [], textContent: t }));
  try {
    parser.write(source).close();
  } catch (err) {
    throw new EditionError([
      error({
        message: `register is not well-formed XML: ${(err as Error).message.replace(/^[^:]*:\d+:\d+: /, '')}`,
        rule: 'register-invalid',
        stage: 'annotate',
        file,
        line: parser.line,
        column: parser.column,
        hint: 'fix the XML syntax',
      }),
    ]);
  }
  if (lists.length !== 1) {
    throw new EditionError([
      error({
        message: `a ${kind} register must contain exactly one <${listElement[kind]}> (found ${lists.length})`,
        rule: 'register-invalid',
        stage: 'annotate',
        file,
      }),
    ]);
  }
  return lists[0]!;
}

/**
 * The list element exactly as the file has it: from its start tag to its end tag. Comments and
 * CDATA are blanked first (same length) so a tag name inside them is not taken for the list.
 */
function listSource(source: string, name: string): string {
  const masked = source.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => ' '.repeat(m.length));
  const start = masked.search(new RegExp(`<${name}[\\s/>]`));
  const close = `</${name}>`;
  const end = masked.lastIndexOf(close);
  if (start !== -1 && end > start) return source.slice(start, end + close.length);
  const selfClosing = /\/>/.exec(masked.slice(start));
  return source.slice(start, start + (selfClosing?.index ?? 0) + 2);
}

/** TEI's sex values: ISO 5218 codes (1, 2) or words; anything else is not used for guarding. */
function readSex(value: string | null): 'M' | 'F' | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (['m', '1', 'male', 'man'].includes(v)) return 'M';
  if (['f', '2', 'female', 'woman'].includes(v)) return 'F';
  return undefined;
}

/**
 * Reads the entries of one register list element: every entry's `xml:id`, regularised name,
 * name forms (with their `@type` and `@cert`), authority ids and description. Problems are
 * returned, not thrown, so that an editor sees all of them at once.
 */
export function readEntries(kind: RegisterKind, list: DomElement, file: string, taken?: Map<string, string>): { entries: RegisterRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let place: Pick<DomElement, 'line' | 'column'> = {};
  const problem = (message: string, hint?: string) =>
    diagnostics.push(
      error({ message, rule: 'register-invalid', stage: 'annotate', file, ...(place.line !== undefined ? { line: place.line, column: place.column ?? 1 } : {}), ...(hint ? { hint } : {}) }),
    );
  const entries: RegisterRecord[] = [];
  const seen = new Set<string>();
  for (const el of childElements(list).filter((e) => e.localName === entryElement[kind])) {
    place = el;
    const id = el.getAttributeNS(XML_NS, 'id');
    if (!id) {
      problem(`a <${entryElement[kind]}> in the register has no xml:id`, 'give every entry an xml:id');
      continue;
    }
    // An id reaches the TEI, the HTML and the Typst source: only an XML name is taken.
    if (!isXmlName(id)) {
      problem(notAnXmlName(id), 'rename the entry and the pointers to it (#id)');
      continue;
    }
    if (seen.has(id)) problem(`xml:id "${id}" is used by two entries`, 'ids must be unique in the edition');
    else if (taken?.has(id)) problem(`xml:id "${id}" is already the id of an entry of ${taken.get(id)}`, 'ids must be unique in the edition: rename one of the two entries and the pointers to it (#id)');
    seen.add(id);
    if (!taken?.has(id)) taken?.set(id, file);
    const forms: RegisterForm[] = [];
    for (const nameEl of childElements(el).filter((e) => e.localName === nameElement[kind])) {
      const value = text(nameEl);
      const type = (nameEl.getAttribute('type') ?? 'form') as FormType;
      if (!formTypes.includes(type)) {
        problem(`entry "${id}": <${nameElement[kind]} type="${type}"> is not a known form type`, `use one of ${formTypes.join(', ')}`);
        continue;
      }
      const cert = nameEl.getAttribute('cert');
      if (cert !== null && !certs.includes(cert as Cert)) {
        problem(`entry "${id}": cert="${cert}" on "${value}" is not high, medium or low`);
        continue;
      }
      if (value === '') {
        problem(`entry "${id}" has an empty <${nameElement[kind]}>`);
        continue;
      }
      const lang = nameEl.getAttributeNS(XML_NS, 'lang')?.trim();
      forms.push({ text: value, type, ...(cert ? { cert: cert as Cert } : {}), ...(lang ? { lang } : {}) });
    }
    if (forms.length === 0) {
      problem(`entry "${id}" has no <${nameElement[kind]}>`, 'give it at least its regularised name');
      continue;
    }
    const authorities: Authority[] = childElements(el)
      .filter((e) => e.localName === 'idno')
      .map((e) => ({ type: e.getAttribute('type') ?? '', value: text(e) }));
    const note = childElements(el).find((e) => e.localName === 'note');
    const name = (forms.find((f) => f.type === 'reg') ?? forms[0]!).text;
    const sexEl = childElements(el).find((e) => e.localName === 'sex');
    const sex = readSex(el.getAttribute('sex') ?? sexEl?.getAttribute('value') ?? (sexEl ? text(sexEl) : null));
    entries.push({ id, kind, name, forms, authorities, ...(note ? { description: text(note) } : {}), ...(sex ? { sex } : {}) });
  }
  return { entries, diagnostics };
}

/**
 * Reads a register kept by the editors: a TEI document whose `standOff` holds one list of
 * the given kind. The list is kept as written (to be included verbatim in the edition); its
 * entries carry the name forms the annotation stage matches. `taken` (id → file) holds the ids
 * of the edition's registers read before this one: all of them share the edition's ids, so an
 * id taken there is refused here, at its entry.
 */
export function loadRegister(kind: RegisterKind, path: string, file: string, taken?: Map<string, string>): Register {
  const source = readTextFile(path, { what: 'register', rule: 'register-unreadable', stage: 'annotate', file, hint: 'check registers.* in the edition config' });
  return parseRegister(kind, source, file, taken);
}

/** As {@link loadRegister}, for a register already in memory. */
export function parseRegister(kind: RegisterKind, source: string, file: string, taken?: Map<string, string>): Register {
  const list = findList(source, kind, file);
  const { entries, diagnostics } = readEntries(kind, list, file, taken);
  if (diagnostics.length > 0) throw new EditionError(diagnostics);
  return { kind, file, xml: listSource(source, listElement[kind]), entries };
}

/**
 * The entries of a register with their forms. Registers read by {@link loadRegister} have
 * them already; for one built elsewhere, the forms are read back from its `xml`.
 */
export function registerRecords(register: Register): readonly RegisterRecord[] {
  if (register.entries.every((e) => Array.isArray((e as Partial<RegisterRecord>).forms))) {
    return register.entries as readonly RegisterRecord[];
  }
  const list = findList(register.xml, register.kind, register.file);
  const { entries, diagnostics } = readEntries(register.kind, list, register.file);
  if (diagnostics.length > 0) throw new EditionError(diagnostics);
  return entries;
}
