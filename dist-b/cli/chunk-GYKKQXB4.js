import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/validate/edition/read-rules.js
import { readFileSync } from "node:fs";
function readEditionRules(path, shown = path) {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new EditionError([
      error({
        message: `cannot read the edition rules ${shown} (${err.code ?? String(err)})`,
        rule: "rules-unreadable",
        stage: "validate",
        hint: 'check "validation.rules" in the edition config'
      })
    ]);
  }
}

export {
  readEditionRules
};
