import type { RegisterKind } from '../model/register.js';
import type { EditionSource } from './source.js';

/** Every `#pointer` string anywhere in a value (the notes section names its `@resp` pointers). */
function pointersIn(value: unknown): string[] {
  if (typeof value === 'string') return /^#[A-Za-z_][\w.-]*$/u.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(pointersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(pointersIn);
  return [];
}

const registerParameter: Record<RegisterKind, string> = { persons: 'persons', places: 'places', orgs: 'orgs', bibls: 'bibls' };

/**
 * The closed lists of the edition rules, from the edition's own data rather than the rules
 * file: the witnesses (config), who may be responsible for a note (the notes section, the
 * header's author and responsibilities, the editors' pointer), the note types the toolkit
 * writes, and the ids of each register. They are the rules' schema-level lets of those names.
 */
export function ruleParameters(source: {
  readonly witnesses: readonly { readonly id: string }[];
  readonly header: EditionSource['header'];
  readonly structure: Pick<EditionSource['structure'], 'notes' | 'editorResp'>;
  readonly annotation: Pick<EditionSource['annotation'], 'editorResp'>;
  readonly registers: EditionSource['registers'];
}): Record<string, string[]> {
  const unique = (xs: readonly string[]): string[] => [...new Set(xs)];
  const params: Record<string, string[]> = {
    witnesses: source.witnesses.map((w) => `#${w.id}`),
    // The types the attribution rules give, and the editors' own notes.
    noteTypes: unique([...source.structure.notes.rules.map((r) => r.type), source.structure.notes.default.type, 'editorial']),
    noteResps: unique([
      ...pointersIn(source.structure.notes),
      source.structure.editorResp,
      source.header.author.ref,
      ...source.header.responsibilities.map((r) => `#${r.id}`),
      ...(source.annotation.editorResp ? [source.annotation.editorResp] : []),
    ]),
  };
  for (const kind of Object.keys(registerParameter) as RegisterKind[]) {
    params[registerParameter[kind]] = source.registers.filter((r) => r.kind === kind).flatMap((r) => r.entries.map((e) => `#${e.id}`));
  }
  return params;
}
