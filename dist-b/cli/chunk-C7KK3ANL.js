// dist/validate/edition/default-rules.js
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var defaultEditionRulesFile = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "tei", "edition-rules.sch");

export {
  defaultEditionRulesFile
};
