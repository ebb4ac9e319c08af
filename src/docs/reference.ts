import { zodToJsonSchema } from 'zod-to-json-schema';
import { dataFiles, type DataFileDoc } from './data-files.js';
import { keyRows, keyTable, type JsonSchema } from './json-schema-table.js';

/** The JSON Schema of a data file, as editors' tools read it. */
export function jsonSchemaOf(doc: DataFileDoc): Record<string, unknown> {
  const schema = zodToJsonSchema(doc.schema, { $refStrategy: 'none', target: 'jsonSchema7' }) as Record<string, unknown>;
  if (doc.name === 'edition-config') {
    // The config may name its own schema; that key is for editors, the toolkit ignores it.
    const props = schema.properties as Record<string, unknown>;
    schema.properties = { $schema: { type: 'string', description: 'The JSON Schema of this file, for completion in an editor.' }, ...props };
  }
  return { title: doc.title, description: doc.about, ...schema };
}

function page(doc: DataFileDoc): string {
  const where = doc.configKey ? `Named in the config by \`${doc.configKey}\`. ` : '';
  return [
    `# ${doc.title}`,
    '',
    '<!-- Generated from the schema that validates this file (src/docs/data-files.ts); run `npm run docs` after changing it. -->',
    '',
    `${where}${doc.about}`,
    '',
    `JSON with comments and trailing commas allowed. JSON Schema: [\`schema/${doc.name}.schema.json\`](../../schema/${doc.name}.schema.json).`,
    '',
    keyTable(keyRows(jsonSchemaOf(doc) as JsonSchema)),
    '',
  ].join('\n');
}

function index(): string {
  return [
    '# Reference: the files of an edition',
    '',
    '<!-- Generated (src/docs/reference.ts); run `npm run docs` to regenerate. -->',
    '',
    'An edition is a config file and the data files it names; every path is relative to the config. Each file is checked against its schema when it is read, and a wrong key or value is reported at its line and column.',
    '',
    '| file | named by | what it is |',
    '|---|---|---|',
    ...dataFiles.map((d) => `| [${d.title}](${d.name}.md) | ${d.configKey ? `\`${d.configKey}\`` : '—'} | ${d.about.split('. ')[0]!.replace(/\.$/, '')}. |`),
    '| [Registers](registers.md) | `registers.*` | TEI lists of persons, places, organisations and periodicals the annotation links names to. |',
    '',
  ].join('\n');
}

/** The generated documentation: reference pages and JSON Schemas, by path in the repository. */
export function referenceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('docs/reference/README.md', index());
  for (const doc of dataFiles) {
    files.set(`docs/reference/${doc.name}.md`, page(doc));
    files.set(`schema/${doc.name}.schema.json`, `${JSON.stringify(jsonSchemaOf(doc), null, 2)}\n`);
  }
  return files;
}
