import type { RegisterKind } from '../model/register.js';
import { parseRegister } from './load.js';

/**
 * Edits of a register file as text: an editor's layout, comments and entries are kept byte for
 * byte, and only the lines an edit adds change. Each edit parses the result again, so a
 * change that would break the file is refused before anything is written.
 */

const listElement: Record<RegisterKind, string> = { persons: 'listPerson', places: 'listPlace', orgs: 'listOrg', bibls: 'listBibl' };
const entryElement: Record<RegisterKind, string> = { persons: 'person', places: 'place', orgs: 'org', bibls: 'bibl' };
export const nameElementOf: Record<RegisterKind, string> = { persons: 'persName', places: 'placeName', orgs: 'orgName', bibls: 'title' };

/** Characters that must be escaped in XML text and attribute values. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Comments and CDATA blanked (same length), so a tag inside them is never taken for markup.
const masked = (text: string) => text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => ' '.repeat(m.length));

/** [start, end) of the entry with this xml:id, or undefined. */
export function entryRange(text: string, kind: RegisterKind, id: string): { start: number; end: number; indent: string } | undefined {
  const m = masked(text);
  const el = entryElement[kind];
  const open = new RegExp(`<${el}\\b[^>]*\\bxml:id\\s*=\\s*["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*>`, 'g').exec(m);
  if (!open) return undefined;
  const close = m.indexOf(`</${el}>`, open.index);
  if (close === -1) return undefined;
  const lineStart = m.lastIndexOf('\n', open.index) + 1;
  return { start: open.index, end: close + el.length + 3, indent: m.slice(lineStart, open.index).replace(/\S.*$/, '') };
}

function check(kind: RegisterKind, text: string, file: string): string {
  parseRegister(kind, text, file);
  return text;
}

/** Adds an entry (its TEI, as proposed) at the end of the register's list. */
export function addEntry(text: string, kind: RegisterKind, entryXml: string, file: string): string {
  const m = masked(text);
  const close = m.lastIndexOf(`</${listElement[kind]}>`);
  if (close === -1) throw new Error(`${file}: no </${listElement[kind]}> to add the entry before`);
  const lineStart = m.lastIndexOf('\n', close) + 1;
  const listIndent = m.slice(lineStart, close);
  const onOwnLine = /^[ \t]*$/.test(listIndent);
  const indent = `${onOwnLine ? listIndent : ''}  `;
  const body = entryXml
    .trim()
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
  const insertAt = onOwnLine ? lineStart : close;
  const added = onOwnLine ? `${body}\n` : `\n${body}\n`;
  return check(kind, text.slice(0, insertAt) + added + text.slice(insertAt), file);
}

/** Inserts a child element just before the entry's end tag, on its own line, indented like its siblings. */
function insertChild(text: string, kind: RegisterKind, id: string, childXml: string, file: string, replace?: RegExp): string {
  const range = entryRange(text, kind, id);
  if (!range) throw new Error(`${file}: no entry with xml:id "${id}"`);
  let entry = text.slice(range.start, range.end);
  if (replace) {
    const old = replace.exec(entry);
    if (old) return check(kind, text.slice(0, range.start) + entry.replace(replace, childXml) + text.slice(range.end), file);
  }
  // Names and ids go before the entry's notes: TEI wants them first in places and organisations.
  const note = /<note\b/.exec(entry);
  const at = note ? note.index : entry.lastIndexOf('</');
  const childIndent = /\n([ \t]*)<[^/!]/.exec(entry)?.[1] ?? `${range.indent}  `;
  const multiline = entry.includes('\n');
  if (!multiline) entry = `${entry.slice(0, at)}${childXml}${entry.slice(at)}`;
  else if (note) entry = `${entry.slice(0, at)}${childXml}\n${childIndent}${entry.slice(at)}`;
  else {
    const before = entry.slice(0, at).replace(/[ \t]*$/, '');
    entry = `${before}${before.endsWith('\n') ? '' : '\n'}${childIndent}${childXml}\n${range.indent}${entry.slice(at)}`;
  }
  return check(kind, text.slice(0, range.start) + entry + text.slice(range.end), file);
}

/** Adds a name form to an entry (after its last child). */
export function addForm(text: string, kind: RegisterKind, id: string, form: string, formType: string, file: string): string {
  const el = nameElementOf[kind];
  const attrs = kind === 'bibls' ? ` level="j" type="${escapeXml(formType)}"` : ` type="${escapeXml(formType)}"`;
  return insertChild(text, kind, id, `<${el}${attrs}>${escapeXml(form)}</${el}>`, file);
}

/** Sets an authority id of an entry: replaces the `idno` of that type, or adds one. */
export function setAuthority(text: string, kind: RegisterKind, id: string, type: string, value: string, file: string): string {
  const replace = new RegExp(`<idno\\b[^>]*\\btype\\s*=\\s*["']${type}["'][^>]*>[^<]*</idno>`);
  return insertChild(text, kind, id, `<idno type="${escapeXml(type)}">${escapeXml(value)}</idno>`, file, replace);
}
