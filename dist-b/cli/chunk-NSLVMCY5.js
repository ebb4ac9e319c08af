import {
  addEntry,
  addForm
} from "./chunk-6Q2N5OIY.js";

// dist/annotate/review/apply.js
import { createHash } from "node:crypto";
import { applyEdits, modify, parseTree, findNodeAtLocation } from "jsonc-parser";
function reviewId(prefix, text, key) {
  const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]s?\b/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "x";
  const hash = createHash("sha256").update(`${prefix}\0${text}\0${key}`).digest("hex").slice(0, 4);
  return `${prefix}-${slug}-${hash}`;
}
var ReviewApplyError = class extends Error {
};
var formatting = { insertSpaces: true, tabSize: 2, eol: "\n" };
function appendToJsonArray(text, key, value) {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const exists = tree ? findNodeAtLocation(tree, [key]) : void 0;
  const edits = exists ? modify(text, [key, -1], value, { formattingOptions: formatting }) : modify(text, [key], [value], { formattingOptions: formatting });
  return applyEdits(text, edits);
}
function need(file, what, key) {
  if (!file)
    throw new ReviewApplyError(`the edition config names no ${what} file; add "${key}" to the config to record this decision`);
  return file;
}
function acceptChanges(action, files, read) {
  switch (action.kind) {
    case "add-register-entry": {
      const file = need(files.registers[action.register], `${action.register} register`, `registers.${action.register}`);
      return [{ file, text: addEntry(read(file), action.register, action.xml, file.display) }];
    }
    case "add-register-form": {
      const file = need(files.registers[action.register], `${action.register} register`, `registers.${action.register}`);
      return [{ file, text: addForm(read(file), action.register, action.entryId, action.form, action.formType, file.display) }];
    }
    case "add-correction": {
      const file = need(files.corrections, "corrections", "annotation.corrections");
      return [{ file, text: appendToJsonArray(read(file), "corrections", action.correction) }];
    }
    case "record-decision": {
      const file = need(files.rules, "annotation rules", "annotation.rules");
      return [{ file, text: appendToJsonArray(read(file), "decisions", { form: action.form, decision: action.decision, reason: action.reason }) }];
    }
  }
}
function rejectChanges(item, reason, files, read) {
  const file = need(files.rules, "annotation rules", "annotation.rules");
  return [{ file, text: appendToJsonArray(read(file), "rejections", { id: item.id, rule: item.rule, text: item.text, reason }) }];
}

export {
  reviewId,
  ReviewApplyError,
  appendToJsonArray,
  acceptChanges,
  rejectChanges
};
