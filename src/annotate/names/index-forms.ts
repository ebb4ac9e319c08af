import { warning, type Diagnostic } from '../../diagnostics/index.js';
import type { NameType } from '../../model/inline.js';
import type { Register, RegisterKind } from '../../model/register.js';
import { registerRecords } from '../../registers/load.js';
import type { Cert, FormType, RegisterRecord } from '../../registers/types.js';

/** The entry a form points to. */
export interface EntryRef {
  readonly id: string;
  readonly kind: RegisterKind;
  readonly nameType: NameType;
}

/** A name form of the registers, with every entry that has it and its compiled pattern. */
export interface NameForm {
  readonly text: string;
  readonly type: FormType;
  readonly cert?: Cert;
  readonly entries: readonly EntryRef[];
  /** Sticky pattern: matches the form at a given position (see {@link formPattern}). */
  readonly pattern: RegExp;
}

export interface NameIndex {
  readonly forms: readonly NameForm[];
  /** Forms by their first word (letters and digits) or, for a form that starts otherwise, its first character. */
  readonly byFirst: ReadonlyMap<string, readonly NameForm[]>;
  readonly records: ReadonlyMap<string, RegisterRecord>;
  readonly diagnostics: readonly Diagnostic[];
}

export const nameTypeOf: Record<RegisterKind, NameType> = {
  persons: 'person',
  places: 'place',
  orgs: 'org',
  bibls: 'periodical',
};

// Only syntax characters: the pattern is compiled with the `u` flag, which refuses other escapes.
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The pattern of a form as it may be printed: any run of white space (a line break included)
 * where the form has a space, a curly or straight apostrophe where it has either, an optional
 * space after an inner full stop ("I.N." / "I. N.") and after a hyphen (a word broken at a
 * line end, "Anglo- Catholics").
 */
export function formPattern(form: string): RegExp {
  let source = '';
  const chars = [...form];
  chars.forEach((c, i) => {
    const last = i === chars.length - 1;
    if (/\s/.test(c)) {
      if (!/\s/.test(chars[i - 1] ?? '')) source += '\\s+';
    } else if (c === '’' || c === "'") source += "['’]";
    else if ((c === '.' || c === '-') && !last) source += `${escape(c)}\\s?`;
    else source += escape(c);
  });
  return new RegExp(source, 'uy');
}

/** The key a form is indexed by: its first word, or its first character when that is not a letter or digit. */
export function firstKey(text: string): string {
  const word = /^[\p{L}\p{N}]+/u.exec(text);
  const c = text[0] ?? '';
  return word ? word[0] : c === "'" ? '’' : c;
}

/** Whether a form marked with a language (`xml:lang`) is one the text's language writes: "de-AT" is "de". */
const inLanguage = (lang: string | undefined, language: string | undefined): boolean =>
  lang === undefined || language === undefined || lang.toLowerCase().split('-')[0] === language.toLowerCase().split('-')[0];

/**
 * Builds the matcher's index from the registers: every form of every entry that the witnesses
 * print (not the regularised name). A form that several entries share is ambiguous whatever its type says, and
 * the editor is told when the register does not mark it so. A form marked as another
 * language's than the text's (`xml:lang`: a register kept for editions in several languages,
 * "Wien" beside "Vienne") is not looked for; an unmarked one always is.
 */
export function buildNameIndex(registers: readonly Register[], language?: string): NameIndex {
  const diagnostics: Diagnostic[] = [];
  const records = new Map<string, RegisterRecord>();
  const byText = new Map<string, { type: FormType; cert?: Cert; entries: EntryRef[] }>();
  for (const register of registers) {
    for (const record of registerRecords(register)) {
      records.set(record.id, record);
      const ref: EntryRef = { id: record.id, kind: register.kind, nameType: nameTypeOf[register.kind] };
      // The regularised name is the register's own spelling; only the forms printed in the
      // witnesses are looked for (a regularised "Bolshevik" would find the party's adjective).
      for (const form of record.forms.filter((f) => f.type !== 'reg' && inLanguage(f.lang, language))) {
        const known = byText.get(form.text);
        if (!known) {
          byText.set(form.text, { type: form.type, ...(form.cert ? { cert: form.cert } : {}), entries: [ref] });
          continue;
        }
        if (known.entries.some((e) => e.id === record.id)) continue;
        if (form.type !== 'ambiguous' || known.type !== 'ambiguous') {
          diagnostics.push(
            warning({
              message: `the form "${form.text}" belongs to ${[...known.entries.map((e) => e.id), record.id].join(' and ')}; it is treated as ambiguous`,
              rule: 'register-shared-form',
              stage: 'annotate',
              file: register.file,
              hint: 'mark it type="ambiguous" in each entry, or keep it in one entry only',
            }),
          );
        }
        known.type = 'ambiguous';
        known.entries.push(ref);
      }
    }
  }
  const forms: NameForm[] = [...byText.entries()]
    .map(([text, f]) => ({ text, type: f.type, ...(f.cert ? { cert: f.cert } : {}), entries: f.entries, pattern: formPattern(text) }))
    .sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const byFirst = new Map<string, NameForm[]>();
  for (const form of forms) {
    const key = firstKey(form.text);
    byFirst.set(key, [...(byFirst.get(key) ?? []), form]);
  }
  return { forms, byFirst, records, diagnostics };
}
