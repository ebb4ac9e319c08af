import {
  compiledStylesheet,
  renderCacheDir,
  xsltDir
} from "./chunk-4I3R5V4J.js";
import {
  scanXml
} from "./chunk-56R55J5G.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/render/well-formed.js
function wellFormedError(xml, output) {
  const { syntaxErrors, lines } = scanXml(xml);
  const first = syntaxErrors[0];
  if (first === void 0)
    return void 0;
  return error({
    message: `the TEI is not well-formed XML: ${first.message}`,
    rule: `${output}-input-not-well-formed`,
    stage: "render",
    ...lines.at(first.offset),
    hint: "rebuild the edition (npm run edition) or fix the XML at that place"
  });
}
async function placingParseErrors(tei, output, run) {
  try {
    return await run();
  } catch (err) {
    const place = err instanceof EditionError ? wellFormedError(tei, output) : void 0;
    throw place ? new EditionError([place]) : err;
  }
}

// dist/render/overrides.js
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var overrideRule = "render-overrides";
function overrideStrings(overrides) {
  if (!overrides)
    return {};
  const file = join(resolve(overrides), "strings.json");
  if (!existsSync(file))
    return {};
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new EditionError([error({ message: `cannot read the strings file: ${err.message}`, rule: overrideRule, stage: "render", file, hint: "a JSON object of key \u2192 text (or key \u2192 { language: text })" })]);
  }
  const ok = typeof data === "object" && data !== null && !Array.isArray(data) && Object.values(data).every((v) => typeof v === "string" || typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((t) => typeof t === "string"));
  if (!ok) {
    throw new EditionError([error({ message: "the strings file is not an object of key \u2192 text (or key \u2192 { language: text })", rule: overrideRule, stage: "render", file })]);
  }
  return data;
}
async function stylesheetWithOverrides(driver, overrides) {
  if (!overrides)
    return compiledStylesheet(driver);
  const dir = resolve(overrides);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new EditionError([error({ message: `the render overrides folder does not exist: ${overrides}`, rule: overrideRule, stage: "render", hint: "set render.overrides to a folder (it may hold html.xsl, print.xsl, strings.json)" })]);
  }
  const module = join(dir, driver);
  if (!existsSync(module))
    return compiledStylesheet(driver);
  const hash = createHash("sha256").update(readFileSync(module)).update(module).update("2").digest("hex").slice(0, 16);
  const wrappers = join(renderCacheDir, "overrides");
  mkdirSync(wrappers, { recursive: true });
  const wrapper = join(wrappers, `${driver.replace(/\.xsl$/, "")}-${hash}.xsl`);
  if (!existsSync(wrapper)) {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated: the toolkit's ${driver} with an edition's overrides imported after it. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xpath-default-namespace="http://www.tei-c.org/ns/1.0">
  <xsl:import href="${pathToFileURL(join(xsltDir, driver)).href}"/>
  <xsl:import href="${pathToFileURL(module).href}"/>
</xsl:stylesheet>
`;
    const tmp = `${wrapper}.${process.pid}.tmp`;
    (await import("node:fs")).writeFileSync(tmp, text);
    renameSync(tmp, wrapper);
  }
  try {
    return await compiledStylesheet(wrapper);
  } catch (err) {
    if (!(err instanceof EditionError))
      throw err;
    throw new EditionError(err.diagnostics.map((d) => {
      if (d.rule !== "xslt-compile")
        return d;
      const line = /on line (\d+)/.exec(d.message)?.[1];
      const shown = relative(process.cwd(), module) || module;
      return error({
        message: d.message.replace(/^cannot compile \S+:/, `cannot compile the edition's ${driver} (imported after the toolkit's):`),
        rule: d.rule,
        stage: "render",
        file: shown,
        ...line ? { line: Number(line) } : {},
        hint: `correct ${shown}, or remove it to render with the toolkit's ${driver} alone`
      });
    }));
  }
}

export {
  placingParseErrors,
  overrideStrings,
  stylesheetWithOverrides
};
