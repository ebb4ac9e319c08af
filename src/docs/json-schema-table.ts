/** The part of JSON Schema (draft 7, as zod-to-json-schema writes it) the reference reads. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly default?: unknown;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
}

/** One row of a reference table: a key path and what the schema says of it. */
export interface KeyRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly default?: string;
  readonly description: string;
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  const t = Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type as string | undefined);
  if (t === 'array') return `array of ${s.items ? typeOf(s.items) : 'values'}`;
  if (t === 'object' && !s.properties && typeof s.additionalProperties === 'object') return `map of ${typeOf(s.additionalProperties)}`;
  const range = [s.minimum !== undefined ? `≥ ${s.minimum}` : '', s.maximum !== undefined ? `≤ ${s.maximum}` : ''].filter(Boolean).join(', ');
  return `${t ?? 'any'}${range ? ` (${range})` : ''}`;
}

/**
 * Every key of a schema, depth first in the schema's own order, with its type, whether it is
 * required, its default and its description: the rows of a reference table.
 */
export function keyRows(schema: JsonSchema, prefix = ''): KeyRow[] {
  const rows: KeyRow[] = [];
  const visit = (s: JsonSchema, path: string, required: boolean): void => {
    if (path !== '') {
      rows.push({
        path,
        type: typeOf(s),
        required,
        ...(s.default !== undefined && JSON.stringify(s.default) !== '{}' ? { default: JSON.stringify(s.default) } : {}),
        description: s.description ?? '',
      });
    }
    const inner = [s, ...(s.allOf ?? []), ...(s.anyOf ?? [])];
    for (const part of inner) {
      for (const [key, child] of Object.entries(part.properties ?? {})) {
        visit(child, path ? `${path}.${key}` : key, (part.required ?? []).includes(key));
      }
      if (part.items?.properties) {
        for (const [key, child] of Object.entries(part.items.properties)) visit(child, `${path}[].${key}`, (part.items.required ?? []).includes(key));
      }
      if (typeof part.additionalProperties === 'object' && part.additionalProperties.properties) {
        for (const [key, child] of Object.entries(part.additionalProperties.properties)) {
          visit(child, `${path}.*.${key}`, (part.additionalProperties.required ?? []).includes(key));
        }
      }
      if (typeof part.additionalProperties === 'object' && part.additionalProperties.items?.properties) {
        const items = part.additionalProperties.items;
        for (const [key, child] of Object.entries(items.properties!)) visit(child, `${path}.*[].${key}`, (items.required ?? []).includes(key));
      }
    }
  };
  visit(schema, prefix, true);
  return rows.filter((r) => r.path !== '');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rows as a Markdown table. */
export function keyTable(rows: readonly KeyRow[]): string {
  const lines = ['| key | type | required | default | what it is |', '|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : ''} | ${r.default ? `\`${cell(r.default)}\`` : ''} | ${cell(r.description)} |`);
  }
  return lines.join('\n');
}
