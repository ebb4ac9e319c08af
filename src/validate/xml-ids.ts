import { error, type Diagnostic } from '../diagnostics/index.js';
import type { LineIndex } from '../model/line-index.js';

/**
 * `xml:id` values must be unique in a document (XML ID rules, which jing enforces and salve does
 * not). Each repeat is reported where it stands, with the place of the first use.
 */
export function checkXmlIds(ids: readonly { id: string; offset: number }[], lines: LineIndex, displayName: string): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const { id, offset } of ids) {
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, offset);
      continue;
    }
    const where = lines.at(seen);
    out.push(
      error({
        message: `xml:id "${id}" is used twice (first at line ${where.line}, column ${where.column})`,
        rule: 'xml-id-duplicate',
        stage: 'validate',
        file: displayName,
        ...lines.at(offset),
        hint: 'give each element its own id and update the pointers to it',
      }),
    );
  }
  return out;
}
