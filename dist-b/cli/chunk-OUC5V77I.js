import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/io/read-text.js
import { readFileSync } from "node:fs";
function readTextFile(path, failure) {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new EditionError([
      error({
        message: `cannot read ${failure.what}: ${err.code ?? String(err)}`,
        rule: failure.rule,
        stage: failure.stage,
        file: failure.file,
        ...failure.hint ? { hint: failure.hint } : {}
      })
    ]);
  }
}

export {
  readTextFile
};
