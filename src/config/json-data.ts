import { readTextFile } from '../io/read-text.js';
import { parseTree, findNodeAtLocation, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import type { ZodType, ZodTypeAny, ZodTypeDef, ZodIssue } from 'zod';
import { closestKey, keysAt } from './schema-walk.js';
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
  return loadJsonDocument(file, displayName, schema, stage).data;
}

/** Checked data, and where a value of it is written (for later messages about that value). */
export interface JsonDocument<T> {
  readonly data: T;
  /** Line and column of the value at `path` in the file, if it is written there. */
  placeOf(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** As {@link loadJsonData}, keeping the places of the values. */
export function loadJsonDocument<T>(file: string, displayName: string, schema: ZodType<T, ZodTypeDef, unknown>, stage: Stage): JsonDocument<T> {
  const text = readTextFile(file, { what: displayName, rule: 'data-unreadable', stage, file: displayName, hint: 'check the path in the edition config' });
  return parseJsonDocument(text, displayName, schema, stage);
}

/** As {@link loadJsonData}, for text already in memory. */
export function parseJsonData<T>(text: string, displayName: string, schema: ZodType<T, ZodTypeDef, unknown>, stage: Stage): T {
  return parseJsonDocument(text, displayName, schema, stage).data;
}

/** As {@link loadJsonDocument}, for text already in memory. */
export function parseJsonDocument<T>(text: string, displayName: string, schema: ZodType<T, ZodTypeDef, unknown>, stage: Stage): JsonDocument<T> {
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
  if (!result.success) throw new EditionError(schemaDiagnostics(result.error.issues, schema, text, tree, displayName, stage));
  return {
    data: result.data,
    placeOf: (path) => {
      const node = findNodeAtLocation(tree, path as (string | number)[]);
      return node ? lineColumnAt(text, node.offset) : undefined;
    },
  };
}

/** Where the key `key` of the object at `path` is written (the key itself, not its value). */
function keyPlace(text: string, tree: Node, path: readonly (string | number)[], key: string): { line: number; column: number } | undefined {
  const value = findNodeAtLocation(tree, [...path, key] as (string | number)[]);
  const name = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  return name ? lineColumnAt(text, name.offset) : undefined;
}

const shownPath = (path: readonly (string | number)[]): string => (path.length ? `"${path.join('.')}": ` : '');

/**
 * Zod's complaints as diagnostics at their places. An unknown key is named, with the known key
 * it is probably a misspelling of; a required key that is missing because it is misspelt is
 * one diagnostic naming both, at the misspelt key.
 */
export function schemaDiagnostics(
  issues: readonly ZodIssue[],
  schema: ZodTypeAny,
  text: string,
  tree: Node | undefined,
  displayName: string,
  stage: Stage,
  rule = 'data-schema',
): Diagnostic[] {
  const at = (issue: ZodIssue): { line: number; column: number } => issuePlace(text, tree, issue);
  const unknown = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => {
          const known = keysAt(schema, issue.path);
          return { issue, key, known, guess: closestKey(key, known) };
        })
      : [],
  );
  const missing = (issue: ZodIssue): boolean => issue.code === 'invalid_type' && issue.received === 'undefined';
  /** The unknown key that stands for a missing required one (`provenence` for `provenance`). */
  const misspeltFor = (issue: ZodIssue) =>
    missing(issue) ? unknown.find((u) => u.guess === issue.path.at(-1) && u.issue.path.join('\0') === issue.path.slice(0, -1).join('\0')) : undefined;
  const merged = new Set(issues.map(misspeltFor).filter((u) => u !== undefined));
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const u of unknown.filter((x) => x.issue === issue && !merged.has(x))) {
        diagnostics.push({
          ...error({
            message: `${shownPath(issue.path)}unknown key "${u.key}"${u.guess ? ` (did you mean "${u.guess}"?)` : ''}`,
            rule,
            stage,
            file: displayName,
            hint: `${u.guess ? `rename it "${u.guess}"; ` : ''}${u.known.length ? `the keys allowed here: ${u.known.join(', ')}` : 'remove it'}`,
          }),
          ...((tree && keyPlace(text, tree, issue.path, u.key)) ?? at(issue)),
        });
      }
      continue;
    }
    const misspelt = misspeltFor(issue);
    diagnostics.push({
      ...error({
        message: `${shownPath(issue.path)}${issue.message}${misspelt ? `; unknown key "${misspelt.key}" (did you mean "${misspelt.guess}"?)` : ''}`,
        rule,
        stage,
        file: displayName,
        ...(misspelt ? { hint: `rename "${misspelt.key}" to "${misspelt.guess}"` } : {}),
      }),
      ...((misspelt && tree && keyPlace(text, tree, misspelt.issue.path, misspelt.key)) || at(issue)),
    });
  }
  return diagnostics;
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
