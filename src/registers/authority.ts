import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { Register, RegisterKind } from '../model/register.js';
import { setAuthority } from './edit.js';
import { registerRecords } from './load.js';

/**
 * Authority files an entry may be linked to, with the form of their ids and the URIs
 * reconciliation services return for them (OpenRefine's Wikidata service gives "Q42"; other
 * services give the entity URI). Only the form is checked: whether an id names the right
 * person or place is the editors' judgement.
 */
export const authorities = {
  viaf: { pattern: /^[1-9]\d{0,21}$/, uri: /^https?:\/\/(?:www\.)?viaf\.org\/viaf\/(\d+)\/?$/ },
  gnd: { pattern: /^(?:1[0123]?\d{7}[0-9X]|[47]\d{6}-\d|[1-9]\d{0,7}-[0-9X]|3\d{7}[0-9X])$/, uri: /^https?:\/\/d-nb\.info\/gnd\/([0-9X-]+)\/?$/ },
  wikidata: { pattern: /^Q[1-9]\d*$/, uri: /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[1-9]\d*)$/ },
  geonames: { pattern: /^[1-9]\d{0,9}$/, uri: /^https?:\/\/(?:sws\.|www\.)?geonames\.org\/(\d+)(?:\/.*)?$/ },
} as const;
export type AuthorityType = keyof typeof authorities;
export const authorityTypes = Object.keys(authorities) as AuthorityType[];

const typeOf: Record<RegisterKind, string> = { persons: 'person', places: 'place', orgs: 'organisation', bibls: 'periodical' };

/**
 * A cell a spreadsheet would take for a formula (=, +, -, @, tab or CR first: CSV injection, run
 * when the file is opened in Excel or LibreOffice before OpenRefine) gets a quote in front, the
 * OWASP way; so does one that already starts with quotes before such a character, so that
 * {@link restoreCell} can tell them apart and the round trip through `registers import` is lossless.
 */
const formulaStart = /^'*[=+\-@\t\r]/;
export const neutraliseCell = (value: string): string => (formulaStart.test(value) ? `'${value}` : value);
/** The inverse of {@link neutraliseCell}, applied to every cell that is read back. */
export const restoreCell = (value: string): string => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/**
 * The registers as CSV for OpenRefine: one row per entry with its id, kind, regularised name
 * (the column to reconcile), its other forms and description (context for the match), and a
 * column per authority, filled where the register has the id already.
 */
export function exportCsv(registers: readonly Register[]): string {
  const rows = registers.flatMap((r) =>
    registerRecords(r).map((e) => {
      const row: Record<string, string> = {
        id: e.id,
        register: r.kind,
        type: typeOf[r.kind],
        name: e.name.replace(/\s*\([^)]*\)\s*$/, ''),
        forms: e.forms.filter((f) => f.type !== 'reg').map((f) => f.text).join(' | '),
        description: e.description ?? '',
        ...Object.fromEntries(authorityTypes.map((t) => [t, e.authorities.find((a) => a.type === t)?.value ?? ''])),
      };
      return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutraliseCell(v)]));
    }),
  );
  return stringify(rows, { header: true, columns: ['id', 'register', 'type', 'name', 'forms', 'description', ...authorityTypes], record_delimiter: 'unix' });
}

/** An id as written in a cell: an entity URI is reduced to its id. */
export function normaliseId(type: AuthorityType, value: string): string {
  const v = value.trim();
  const m = authorities[type].uri.exec(v);
  return m ? m[1]! : v;
}

export interface ImportResult {
  /** New text of each register file that changes. */
  readonly changed: ReadonlyMap<RegisterKind, string>;
  /** How many ids were set (new or changed). */
  readonly set: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads reconciled ids back from a CSV (the columns `id` and any of viaf, gnd, wikidata,
 * geonames; other columns are ignored) into the register texts. Every id is checked for form,
 * and for uniqueness: one authority id on two entries is an error, as is an unknown entry id.
 * Nothing changes when there is any error.
 */
export function importCsv(csv: string, file: string, registers: ReadonlyArray<{ register: Register; text: string }>): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, message: string, hint?: string) =>
    diagnostics.push({ ...error({ message, rule: 'authority-invalid', stage: 'annotate', file, ...(hint ? { hint } : {}) }), line });
  let rows: Array<Record<string, string>>;
  try {
    const read = parse(csv, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Array<Record<string, string>>;
    rows = read.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, restoreCell(v)])));
  } catch (err) {
    problem(1, `not a CSV file this command can read: ${(err as Error).message}`, 'export with `registers export --format csv`, reconcile in OpenRefine, and export the project as CSV');
    return { changed: new Map(), set: 0, diagnostics };
  }
  const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
  if (!columns.includes('id')) problem(1, 'the CSV has no "id" column', 'keep the id column of the exported file');
  const used = authorityTypes.filter((t) => columns.includes(t));
  if (used.length === 0) problem(1, `the CSV has none of the columns ${authorityTypes.join(', ')}`, 'name the column of reconciled ids after its authority');
  if (diagnostics.length > 0) return { changed: new Map(), set: 0, diagnostics };

  const entryKind = new Map<string, RegisterKind>();
  const current = new Map<string, string>(); // type:value → entry id
  for (const { register } of registers) {
    for (const e of registerRecords(register)) {
      entryKind.set(e.id, register.kind);
      for (const a of e.authorities) if ((authorityTypes as string[]).includes(a.type)) current.set(`${a.type}:${a.value}`, e.id);
    }
  }
  const wanted: Array<{ id: string; type: AuthorityType; value: string; line: number }> = [];
  rows.forEach((row, k) => {
    const line = k + 2;
    const id = row.id ?? '';
    if (!entryKind.has(id)) {
      problem(line, `no register entry has the id "${id}"`, 'keep the id column as exported');
      return;
    }
    for (const type of used) {
      const raw = row[type] ?? '';
      if (raw === '') continue;
      const value = normaliseId(type, raw);
      if (!authorities[type].pattern.test(value)) {
        problem(line, `${type} id "${raw}" of #${id} is not of the form of ${type} ids`, type === 'wikidata' ? 'a Wikidata id is Q followed by digits' : undefined);
        continue;
      }
      wanted.push({ id, type, value, line });
    }
  });
  // Uniqueness, over what the registers hold and what the file brings.
  const owner = new Map(current);
  for (const w of wanted) for (const [key, id] of owner) if (id === w.id && key.startsWith(`${w.type}:`)) owner.delete(key);
  for (const w of wanted) {
    const key = `${w.type}:${w.value}`;
    const other = owner.get(key);
    if (other !== undefined && other !== w.id) problem(w.line, `${w.type} id ${w.value} is given to both #${other} and #${w.id}`, 'one authority record names one entry; check which is right');
    else owner.set(key, w.id);
  }
  if (diagnostics.length > 0) return { changed: new Map(), set: 0, diagnostics };

  const texts = new Map(registers.map(({ register, text }) => [register.kind, { text, file: register.file }]));
  let set = 0;
  for (const w of wanted) {
    const kind = entryKind.get(w.id)!;
    const t = texts.get(kind)!;
    const before = t.text;
    t.text = setAuthority(t.text, kind, w.id, w.type, w.value, t.file);
    if (t.text !== before) set++;
  }
  const changed = new Map<RegisterKind, string>();
  for (const { register, text } of registers) {
    const now = texts.get(register.kind)!.text;
    if (now !== text) changed.set(register.kind, now);
  }
  return { changed, set, diagnostics };
}

/** Authority ids of the registers that are of the wrong form or given to two entries (for the build's checks). */
export function checkAuthorities(registers: readonly Register[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const r of registers) {
    for (const e of registerRecords(r)) {
      for (const a of e.authorities) {
        if (!(authorityTypes as string[]).includes(a.type)) continue;
        if (!authorities[a.type as AuthorityType].pattern.test(a.value)) {
          out.push(error({ message: `#${e.id}: ${a.type} id "${a.value}" is not of the form of ${a.type} ids`, rule: 'authority-invalid', stage: 'annotate', file: r.file }));
        }
        const key = `${a.type}:${a.value}`;
        const other = seen.get(key);
        if (other && other !== e.id) out.push(error({ message: `${a.type} id ${a.value} is given to both #${other} and #${e.id}`, rule: 'authority-duplicate', stage: 'annotate', file: r.file }));
        seen.set(key, e.id);
      }
    }
  }
  return out;
}
