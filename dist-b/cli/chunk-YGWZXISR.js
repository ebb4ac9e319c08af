import {
  buildOutputs,
  htmlFolder,
  lazyEdition,
  staged,
  wholeFromCache
} from "./chunk-DDKTI24A.js";
import {
  configInputs,
  refuseOutputsOverInputs
} from "./chunk-R4AKOHHY.js";
import {
  previousKept,
  replaceOutputsTogether
} from "./chunk-CSM52BRK.js";
import {
  sweepCacheFolders
} from "./chunk-YJAXDVXE.js";
import {
  manifestName,
  manifestOf,
  writeOutputs
} from "./chunk-ZJLYYUJM.js";
import {
  BuildCache,
  hashFiles,
  hashOf,
  toolkitFingerprint
} from "./chunk-NQLUTXVE.js";
import {
  cacheRoot
} from "./chunk-TCSM6RUB.js";
import {
  readEdition
} from "./chunk-XNNTYGFN.js";
import {
  displayPath,
  loadConfig,
  resolveFromConfig
} from "./chunk-VQ3TIYKH.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/pipeline/build.js
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
function outputPaths(config) {
  return { tei: resolveFromConfig(config, config.output.tei), dir: resolveFromConfig(config, config.output.dir) };
}
var refused = (diagnostics, file, kept) => new EditionError([
  ...diagnostics,
  error({
    message: `the edition breaks the rules above and was not written${kept ? `; the rejected TEI is kept at ${kept} for inspection (the positions above are in it)` : ""}`,
    rule: "build-refused",
    stage: "tei",
    file
  })
]);
async function buildEdition(from, options = {}) {
  const on = options.onStage;
  if (typeof from !== "string") {
    const [{ sourceFromInput }, { processEdition }] = await Promise.all([import("./memory-MURSMLGA.js"), import("./process-MB7RJF5W.js")]);
    const built = await processEdition(sourceFromInput(from), { schema: false, ...options.only ? { only: options.only } : {}, ...on ? { onStage: on } : {} });
    if (!built.passed)
      throw refused(built.diagnostics, `${built.edition.id}.xml`);
    return { edition: built.edition, tei: built.tei, files: built.files, written: [], diagnostics: built.diagnostics, reused: [], inputs: [] };
  }
  const cwd = options.cwd ?? process.cwd();
  const write = options.write !== false;
  if (write) {
    const named = loadConfig(from, cwd);
    const inputs2 = configInputs(resolve(cwd, from), named, named.root, ["output"]).map((i) => ({ ...i, shown: displayPath(named, i.path, cwd) }));
    refuseOutputsOverInputs(plannedOutputs(named, outputPaths(named), (p) => displayPath(named, p, cwd)), inputs2, "write");
  }
  sweepCacheFolders(cacheRoot());
  const { source, config, files: inputs } = staged(on, "read", () => readEdition(from, { cwd }));
  const paths = outputPaths(config);
  const shown = (p) => displayPath(config, p, cwd);
  const only = write ? options.only : options.only ?? ["tei"];
  const store = options.cache === true ? new BuildCache() : options.cache || void 0;
  const cache = store ? { store, inputs: hashOf(toolkitFingerprint(), cwd, hashFiles(inputs), schemaStamp(source.schema)) } : void 0;
  const teiFile = shown(paths.tei);
  const whole = cache ? wholeFromCache(cache.store, cache.inputs, teiFile, new Set(only ?? buildOutputs), source.render) : void 0;
  try {
    let built;
    if (whole) {
      for (const stage of whole.reused)
        on?.({ stage, phase: "reused" });
      built = { ...whole, passed: true, files: whole.files, edition: lazyEdition(source.id, () => modelOf(source, only)) };
    } else {
      const { processEdition } = await staged(on, "load", () => import("./process-MB7RJF5W.js"));
      built = await processEdition(source, { teiFile, ...only ? { only } : {}, ...on ? { onStage: on } : {}, ...cache ? { cache } : {}, ...options.printThreads === false ? { printThreads: false } : {}, ...options.reviewThread === false ? { reviewThread: false } : {} });
    }
    if (!built.passed) {
      const rejected = join(paths.dir, `${config.id}.rejected.xml`);
      if (write)
        writeOutputs(/* @__PURE__ */ new Map([[rejected, built.tei]]));
      throw refused(built.diagnostics, shown(paths.tei), write ? shown(rejected) : void 0);
    }
    const result = { edition: built.edition, tei: built.tei, files: built.files, diagnostics: built.diagnostics, reused: built.reused, inputs };
    if (!write)
      return { ...result, written: [] };
    return { ...result, written: staged(on, "write", () => writeBuild(built, paths, shown)) };
  } catch (err) {
    if (!write || !(err instanceof EditionError) || err.diagnostics.some((d) => d.rule === "outputs-kept"))
      throw err;
    throw new EditionError([...err.diagnostics, previousKept("write")], err.exitCode);
  }
}
var require2 = createRequire(import.meta.url);
function modelOf(source, only) {
  let stages;
  try {
    stages = require2("./process.js");
  } catch (err) {
    throw new Error(`the edition model of a build taken from the cache could not be made (build without the cache to have it): ${err.message}`);
  }
  return stages.editionModel(source, !only || only.includes("review") ? {} : { unknownNames: false });
}
function plannedOutputs(config, paths, shown) {
  const hint = "change the output paths of the config (output.tei, output.dir) so that no input is an output";
  const file = (path) => ({ path, shown: shown(path), kind: "file", hint });
  return [
    file(paths.tei),
    ...["review.md", "review.json", `${config.id}.pdf`, `${config.id}.rejected.xml`].map((name) => file(join(paths.dir, name))),
    { path: join(paths.dir, htmlFolder), shown: shown(join(paths.dir, htmlFolder)), kind: "folder", hint }
  ];
}
function writeBuild(built, paths, shown) {
  const outputs = [{ path: paths.tei, data: built.tei, shown: shown(paths.tei) }];
  const html = /* @__PURE__ */ new Map();
  for (const [name, data] of built.files) {
    if (name.startsWith(`${htmlFolder}/`))
      html.set(name.slice(htmlFolder.length + 1), data);
    else
      outputs.push({ path: join(paths.dir, name), data, shown: shown(join(paths.dir, name)) });
  }
  const htmlDir = join(paths.dir, htmlFolder);
  const pages = html.size;
  if (pages > 0) {
    html.set(manifestName, manifestOf([...html.keys()]));
    outputs.push({ path: htmlDir, tree: html, shown: shown(htmlDir) });
  }
  replaceOutputsTogether(outputs);
  return outputs.map((o) => o.tree ? `${o.shown}/ (${pages} files)` : o.path.endsWith(".pdf") && built.pages !== void 0 ? `${o.shown} (${built.pages} pages)` : o.shown);
}
function schemaStamp(schema) {
  if (schema === void 0)
    return "no schema";
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(schema) ? schema : hashFiles([schema]);
}

export {
  outputPaths,
  buildEdition
};
