import {
  readTextFile
} from "./chunk-OUC5V77I.js";
import {
  lineColumnAt
} from "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/config/json-data.js
import { parseTree, findNodeAtLocation, printParseErrorCode } from "jsonc-parser";
function issuePlace(text, tree, issue) {
  for (let depth = issue.path.length; depth >= 0 && tree; depth--) {
    const node = findNodeAtLocation(tree, issue.path.slice(0, depth));
    if (node)
      return lineColumnAt(text, node.offset);
  }
  return { line: 1, column: 1 };
}
function loadJsonData(file, displayName, schema, stage) {
  const text = readTextFile(file, { what: displayName, rule: "data-unreadable", stage, file: displayName, hint: "check the path in the edition config" });
  return parseJsonData(text, displayName, schema, stage);
}
function parseJsonData(text, displayName, schema, stage) {
  const parseErrors = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0 || tree === void 0) {
    const diagnostics = parseErrors.map((e) => ({
      ...lineColumnAt(text, e.offset),
      ...error({
        message: `invalid JSON: ${printParseErrorCode(e.error)}`,
        rule: "data-json-syntax",
        stage,
        file: displayName,
        hint: "fix the JSON syntax at this place"
      })
    }));
    if (diagnostics.length === 0) {
      diagnostics.push(error({ message: "the file is empty", rule: "data-json-syntax", stage, file: displayName }));
    }
    throw new EditionError(diagnostics);
  }
  const value = JSON.parse(JSON.stringify(evaluate(tree)));
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new EditionError(result.error.issues.map((issue) => ({
      ...error({
        message: `${issue.path.length ? `"${issue.path.join(".")}": ` : ""}${issue.message}`,
        rule: "data-schema",
        stage,
        file: displayName
      }),
      ...issuePlace(text, tree, issue)
    })));
  }
  return result.data;
}
function evaluate(node) {
  switch (node.type) {
    case "object": {
      const out = {};
      for (const prop of node.children ?? []) {
        const [key, val] = prop.children ?? [];
        if (key && val)
          out[String(key.value)] = evaluate(val);
      }
      return out;
    }
    case "array":
      return (node.children ?? []).map(evaluate);
    default:
      return node.value;
  }
}

export {
  loadJsonData,
  parseJsonData
};
