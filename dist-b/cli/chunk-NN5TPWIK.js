import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/validate/schema-source.js
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var teiAllHint = `pass --schema PATH_OR_URL, set the TEI_ALL_RNG environment variable, or set "validation.schema" in edition.config.json; tei_all.rng comes with the TEI Guidelines release (tei-c.org, "P5/xml/tei/custom/schema/relaxng/tei_all.rng") or your XML editor's TEI framework`;
function chooseSchema(explicit, fromConfig, env = process.env) {
  const chosen = explicit ?? fromConfig ?? (env.TEI_ALL_RNG || void 0);
  if (chosen === void 0) {
    throw new EditionError([
      error({ message: "no RELAX NG schema to validate against", rule: "schema-missing", stage: "validate", hint: teiAllHint })
    ]);
  }
  return chosen;
}
async function loadSchemaSource(name, cwd = process.cwd()) {
  const isUrl = /^https?:\/\//i.test(name);
  const url = isUrl ? new URL(name) : name.startsWith("file:") ? new URL(name) : pathToFileURL(isAbsolute(name) ? name : resolve(cwd, name));
  let text;
  try {
    if (isUrl) {
      const response = await fetch(url, { signal: AbortSignal.timeout(6e4), redirect: "follow" });
      if (!response.ok)
        throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } else {
      text = await readFile(url, "utf8");
    }
  } catch (err) {
    const reason = err.code ?? (err instanceof Error ? err.message : String(err));
    throw new EditionError([
      error({ message: `cannot read the schema ${name} (${reason})`, rule: "schema-unreadable", stage: "validate", hint: teiAllHint })
    ]);
  }
  if (!/<grammar\b|<element\b/.test(text.slice(0, 2e4)) || !text.includes("http://relaxng.org/ns/structure/1.0")) {
    throw new EditionError([
      error({
        message: `${name} is not a RELAX NG schema in XML syntax`,
        rule: "schema-not-rng",
        stage: "validate",
        hint: "use the .rng file (the compact .rnc syntax is not read); " + teiAllHint
      })
    ]);
  }
  return { name, url, text, sha256: createHash("sha256").update(text).digest("hex") };
}

export {
  teiAllHint,
  chooseSchema,
  loadSchemaSource
};
