import { readTextFile } from '../io/read-text.js';
import { parseTree, findNodeAtLocation, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import type { ZodType, ZodTypeDef, ZodIssue } from 'zod';
import { error, type Diagnostic, type Stage } from '../diagnostics/index.js';
import { EditionError } from '../diagnostics/index.js';
import { lineColumnAt } from '../model/line-index.js';

function issuePlace(text: string, tree: Node | undefined, issue: ZodIssue): { line: number; column: number } {
  // Walk up the path until a node exists (a missing key is reported at its parent object).
  for (let depth = issue.path.length; depth >= 0 && tree; depth--) {
    const node = findNodeAtLocation(tree, issue.path.slice(0, depth) as (string | number)[]);
    if (node) return lineColumnAt(text, node.offset);
  }
  return { line: 1, column: 1 };
}

/**
 * Reads a JSON data file (comments and trailing commas allowed, since editors annotate their
 * data) and checks it against a schema. Every problem becomes a diagnostic at its position;
 * any error throws an `EditionError` so no stage runs on half-valid data.
 */
export function loadJsonData<T>(file: string, displayName: string, schema: ZodType<T, ZodTypeDef, unknown>, stage: Stage): T {
  const text = readTextFile(file, { what: displayName, rule: 'data-unreadable', stage, file: displayName, hint: 'check the path in the edition config' });
  return parseJsonData(text, displayName, schema, stage);
}

/** As {@link loadJsonData}, for text already in memory. */
export function parseJsonData<T>(text: string, displayName: string, schema: ZodType<T, ZodTypeDef, unknown>, stage: Stage): T {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0 || tree === undefined) {
    const diagnostics: Diagnostic[] = parseErrors.map((e) => ({
      ...lineColumnAt(text, e.offset),
      ...error({
        message: `invalid JSON: ${printParseErrorCode(e.error)}`,
        rule: 'data-json-syntax',
        stage,
        file: displayName,
        hint: 'fix the JSON syntax at this place',
      }),
    }));
    if (diagnostics.length === 0) {
      diagnostics.push(error({ message: 'the file is empty', rule: 'data-json-syntax', stage, file: displayName }));
    }
    throw new EditionError(diagnostics);
  }
  const value: unknown = JSON.parse(JSON.stringify(evaluate(tree)));
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new EditionError(
      result.error.issues.map((issue) => ({
        ...error({
          message: `${issue.path.length ? `"${issue.path.join('.')}": ` : ''}${issue.message}`,
          rule: 'data-schema',
          stage,
          file: displayName,
        }),
        ...issuePlace(text, tree, issue),
      })),
    );
  }
  return result.data;
}

/** Turns a jsonc-parser tree into a plain value (comments already dropped by the parser). */
function evaluate(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, val] = prop.children ?? [];
        if (key && val) out[String(key.value)] = evaluate(val);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(evaluate);
    default:
      return node.value;
  }
}
